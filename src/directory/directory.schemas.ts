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
