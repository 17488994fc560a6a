/** Request schemas of the directory's pages and of the HSDS API: validation and types. */
import { Type, type Static } from '@sinclair/typebox';

const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 200 });
const OptionalSlug = Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 })]));

export const SlugParams = Type.Object({ slug: Slug });
export type SlugParams = Static<typeof SlugParams>;

/** /ondersteuning?postcode=2440&soort=respijtzorg&doelgroep=ouderen (postcode also takes a municipality's name) */
export const SupportQuery = Type.Object({
  postcode: Type.Optional(Type.String({ maxLength: 100 })),
  gemeente: OptionalSlug,
  soort: OptionalSlug,
  doelgroep: OptionalSlug,
});
export type SupportQuery = Static<typeof SupportQuery>;

/** /gemeente?plaats=Geel */
export const MunicipalityLookupQuery = Type.Object({ plaats: Type.Optional(Type.String({ maxLength: 100 })) });
export type MunicipalityLookupQuery = Static<typeof MunicipalityLookupQuery>;

const Uuid = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' });

export const HsdsIdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export type HsdsIdParams = Static<typeof HsdsIdParams>;

/** The HSDS API's list parameters (openapi.json components.parameters); others are ignored. */
export const HsdsListQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  search: Type.Optional(Type.String({ maxLength: 200 })),
  organization_id: Type.Optional(Uuid),
  full: Type.Optional(Type.Boolean()),
});
export type HsdsListQuery = Static<typeof HsdsListQuery>;

export const HsdsDetailQuery = Type.Object({ full: Type.Optional(Type.Boolean()), full_service: Type.Optional(Type.Boolean()) });
export type HsdsDetailQuery = Static<typeof HsdsDetailQuery>;

// Answers of the HSDS API, loosely: each object is an HSDS 3.0 object (the specification's schemas
// describe them in full; the tests validate every answer against those). Extra properties pass through.
const HsdsObject = Type.Object(
  { id: Type.String({ description: 'UUID, stable across exports' }) },
  { additionalProperties: true, description: 'An HSDS 3.0 object (https://docs.openreferral.org/en/v3.0/)' },
);
export const HsdsBase = Type.Object({ version: Type.String(), profile: Type.String(), openapi_url: Type.String() });
export const HsdsPage = Type.Object({
  total_items: Type.Integer(),
  total_pages: Type.Integer(),
  page_number: Type.Integer(),
  size: Type.Integer(),
  first_page: Type.Boolean(),
  last_page: Type.Boolean(),
  empty: Type.Boolean(),
  contents: Type.Array(HsdsObject),
});
export const HsdsOne = HsdsObject;

// --- the back office's forms (/beheer/organisaties, /beheer/aanbod, /beheer/locaties, /beheer/premies) ---

const Csrf = Type.Optional(Type.String({ maxLength: 300 }));
const Line = (max = 300) => Type.Optional(Type.String({ maxLength: max }));
/** one value per row of a repeated group; a browser sends every row's fields in order */
const Rows = (max = 300) => Type.Optional(Type.Array(Type.String({ maxLength: max }), { maxItems: 60 }));

export const OrganisationIdParams = Type.Object({ organisationId: Uuid });
export type OrganisationIdParams = Static<typeof OrganisationIdParams>;
export const ServiceIdParams = Type.Object({ serviceId: Uuid });
export type ServiceIdParams = Static<typeof ServiceIdParams>;
export const LocationIdParams = Type.Object({ locationId: Uuid });
export type LocationIdParams = Static<typeof LocationIdParams>;
export const NisCodeParams = Type.Object({ nisCode: Type.String({ pattern: '^\\d{5}$' }) });
export type NisCodeParams = Static<typeof NisCodeParams>;

export const AdminListQuery = Type.Object({ q: Line(100), gelukt: Line(40) });
export type AdminListQuery = Static<typeof AdminListQuery>;
export const AdminFlashQuery = Type.Object({ gelukt: Line(40) });
export type AdminFlashQuery = Static<typeof AdminFlashQuery>;

const RowFields = {
  phoneId: Rows(64),
  phoneNumber: Rows(40),
  phoneDescription: Rows(200),
  contactId: Rows(64),
  contactName: Rows(200),
  contactTitle: Rows(200),
  contactEmail: Rows(254),
  contactPhoneId: Rows(64),
  contactPhone: Rows(40),
  hoursId: Rows(64),
  hoursDays: Rows(60),
  hoursOpens: Rows(10),
  hoursCloses: Rows(10),
  hoursNote: Rows(300),
};

const ListingFields = {
  _csrf: Csrf,
  name: Type.String({ maxLength: 300 }),
  alternateName: Line(300),
  description: Type.String({ maxLength: 5000 }),
  email: Line(254),
  sourceTitle: Line(300),
  sourceUrl: Line(1000),
  verifiedNow: Line(5),
  ...RowFields,
};

export const OrganisationFormBody = Type.Object({ ...ListingFields, kind: Type.String({ maxLength: 40 }), website: Line(1000), legalStatus: Line(200) });
export type OrganisationFormBody = Static<typeof OrganisationFormBody>;

export const ServiceFormBody = Type.Object({
  ...ListingFields,
  status: Type.String({ maxLength: 40 }),
  url: Line(1000),
  applicationProcess: Line(5000),
  feesDescription: Line(2000),
  eligibilityDescription: Line(2000),
  minimumAge: Line(10),
  maximumAge: Line(10),
  kinds: Rows(100),
  audiences: Rows(100),
  areas: Line(10000),
  locations: Rows(64),
});
export type ServiceFormBody = Static<typeof ServiceFormBody>;

export const LocationFormBody = Type.Object({
  _csrf: Csrf,
  locationType: Type.String({ maxLength: 20 }),
  name: Line(300),
  address1: Line(300),
  address2: Line(300),
  postalCode: Line(10),
  city: Line(100),
  description: Line(2000),
  transportation: Line(2000),
  url: Line(1000),
  ...RowFields,
});
export type LocationFormBody = Static<typeof LocationFormBody>;

export const PremiumFormBody = Type.Object({
  _csrf: Csrf,
  place: Line(100),
  status: Type.String({ maxLength: 20 }),
  name: Type.String({ maxLength: 300 }),
  amount: Line(300),
  conditions: Line(3000),
  howToApply: Line(3000),
  validFrom: Line(10),
  sourceUrl: Type.String({ maxLength: 1000 }),
  checkedOn: Line(10),
  note: Line(2000),
});
export type PremiumFormBody = Static<typeof PremiumFormBody>;

export const ConfirmBody = Type.Object({ _csrf: Csrf, bevestig: Line(5) });
export type ConfirmBody = Static<typeof ConfirmBody>;
export const CsrfOnlyBody = Type.Object({ _csrf: Csrf });
