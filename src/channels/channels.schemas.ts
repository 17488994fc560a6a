/** /api/v1 shapes of the directory, the calendar and the municipalities: validation, OpenAPI and types. */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ACTIVITY_KINDS, KIND_INFO } from '../events/events.model.js';

const SlugValue = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 200 });
const Page = Type.Integer({ minimum: 1, maximum: 10000, description: 'page number, from 1' });
const PageSize = Type.Integer({ minimum: 1, maximum: 100, description: 'default 20' });
const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Brussels time)' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ApiSlugParams = Type.Object({ slug: SlugValue });
export type ApiSlugParams = Static<typeof ApiSlugParams>;

export const ApiPageQuery = Type.Object({ page: Type.Optional(Page), pageSize: Type.Optional(PageSize) });
export type ApiPageQuery = Static<typeof ApiPageQuery>;

export const ApiServiceListQuery = Type.Object({
  postcode: Type.Optional(Type.String({ maxLength: 100, description: 'a postcode or a municipality name; nearest services first' })),
  municipality: Type.Optional({ ...SlugValue, description: 'municipality slug, see /api/v1/municipalities' }),
  kind: Type.Optional({ ...SlugValue, description: 'kind of support (respijtzorg, dagopvang, …), as on /ondersteuning' }),
  audience: Type.Optional({ ...SlugValue, description: 'audience slug (mantelzorgers, ouderen, …)' }),
  page: Type.Optional(Page),
  pageSize: Type.Optional(PageSize),
});
export type ApiServiceListQuery = Static<typeof ApiServiceListQuery>;

export const ApiActivityListQuery = Type.Object({
  kind: Type.Optional(Type.Union(ACTIVITY_KINDS.map((k) => Type.Literal(KIND_INFO[k].slug)), { description: 'kind of activity, as on /activiteiten' })),
  postcode: Type.Optional(Type.String({ maxLength: 80, description: 'a postcode or a municipality name' })),
  distance: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'km around postcode, default 20' })),
  audience: Type.Optional({ ...SlugValue, description: 'audience slug, see /api/v1/audiences' }),
  from: Type.Optional({ ...DateText, description: 'first day (default today)' }),
  to: Type.Optional({ ...DateText, description: 'last day (default: a year after from)' }),
  page: Type.Optional(Page),
  pageSize: Type.Optional(PageSize),
});
export type ApiActivityListQuery = Static<typeof ApiActivityListQuery>;

const Paging = { total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), pageCount: Type.Integer() };
const Ref = Type.Object({ slug: Type.String(), name: Type.String() });
const Url = Type.String({ description: 'the page on the site' });

const ApiLocation = Type.Object({
  name: Nullable(Type.String()),
  type: Type.String({ description: 'physical, postal or virtual' }),
  address: Nullable(Type.Object({ street: Type.String(), postalCode: Type.String(), city: Type.String() })),
  municipality: Nullable(Ref),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
});

export const ApiServiceCard = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  url: Url,
  description: Type.String(),
  status: Type.String(),
  organisation: Type.Object({ slug: Type.String(), name: Type.String(), url: Url }),
  kinds: Type.Array(Ref),
  audiences: Type.Array(Ref),
  fees: Nullable(Type.String()),
  lastVerifiedOn: Nullable(Type.String({ description: 'YYYY-MM-DD' })),
  updatedAt: Type.String(),
});

const ApiServiceMatch = Type.Composite([ApiServiceCard, Type.Object({ distanceKm: Nullable(Type.Number({ description: 'from the municipality centre to the nearest location' })) })]);

export const ApiServiceList = Type.Object({
  ...Paging,
  municipality: Nullable(Ref),
  services: Type.Array(ApiServiceMatch),
});

export const ApiService = Type.Composite([
  ApiServiceCard,
  Type.Object({
    website: Nullable(Type.String()),
    email: Nullable(Type.String()),
    applicationProcess: Nullable(Type.String()),
    eligibility: Nullable(Type.String()),
    areas: Type.Array(Type.String({ description: 'where the service helps: Geel, provincie Antwerpen, heel Vlaanderen' })),
    phones: Type.Array(Type.String()),
    locations: Type.Array(ApiLocation),
  }),
]);

export const ApiOrganisationCard = Type.Object({ slug: Type.String(), name: Type.String(), url: Url, description: Type.String(), kind: Type.String(), updatedAt: Type.String() });
export const ApiOrganisationList = Type.Object({ ...Paging, organisations: Type.Array(ApiOrganisationCard) });
export const ApiOrganisation = Type.Composite([
  ApiOrganisationCard,
  Type.Object({
    website: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phones: Type.Array(Type.String()),
    locations: Type.Array(ApiLocation),
    services: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), url: Url })),
  }),
]);

const ApiPremium = Type.Object({
  status: Type.Union([Type.Literal('premium'), Type.Literal('none')]),
  name: Type.String(),
  amount: Nullable(Type.String()),
  conditions: Nullable(Type.String()),
  howToApply: Nullable(Type.String()),
  validFrom: Nullable(Type.String()),
  sourceUrl: Type.String(),
  checkedOn: Nullable(Type.String()),
});

export const ApiMunicipalityCard = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  nameFr: Nullable(Type.String()),
  nisCode: Type.String(),
  province: Nullable(Type.String()),
  region: Type.String(),
  url: Url,
  carerPremium: Type.Union([Type.Literal('premium'), Type.Literal('none'), Type.Literal('unknown')], { description: 'what we know of its carer premium' }),
});
export const ApiMunicipalityList = Type.Object({ ...Paging, municipalities: Type.Array(ApiMunicipalityCard) });
export const ApiMunicipality = Type.Composite([
  ApiMunicipalityCard,
  Type.Object({
    latitude: Type.Number(),
    longitude: Type.Number(),
    premium: Nullable(ApiPremium),
    services: Type.Array(ApiServiceMatch),
  }),
]);

const ApiPlace = Type.Object({
  venue: Nullable(Type.String()),
  address: Nullable(Type.String()),
  postcode: Nullable(Type.String()),
  municipality: Nullable(Type.String()),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
});

const ApiActivityBase = {
  slug: Type.String(),
  url: Url,
  kind: Type.String(),
  organiser: Type.String(),
  place: Nullable(ApiPlace),
  online: Type.Boolean(),
  allDay: Type.Boolean(),
  price: Nullable(Type.String()),
  audiences: Type.Array(Type.String()),
};

export const ApiOccurrence = Type.Object({
  ...ApiActivityBase,
  title: Type.String(),
  start: Type.String({ description: 'ISO 8601, UTC' }),
  end: Type.String({ description: 'ISO 8601, UTC' }),
  distanceKm: Nullable(Type.Number()),
});
export const ApiActivityList = Type.Object({ ...Paging, activities: Type.Array(ApiOccurrence) });
export const ApiActivity = Type.Object({
  ...ApiActivityBase,
  title: Type.String(),
  summary: Type.String(),
  description: Type.String(),
  ical: Type.String({ description: 'the activity as iCalendar' }),
  registrationUrl: Nullable(Type.String()),
  accessibility: Nullable(Type.String()),
  recurrence: Nullable(Type.String({ description: 'RRULE' })),
  upcoming: Type.Array(Type.Object({ title: Type.String(), start: Type.String(), end: Type.String() })),
});

// ---- widgets: checked in the handler, so a wrong value gives a Dutch answer inside the frame ----

/** /widget/activiteiten?gemeente=geel&kleur=0b4f5c */
export const WidgetQuery = Type.Object({
  gemeente: Type.Optional(Type.String({ maxLength: 100 })),
  kleur: Type.Optional(Type.String({ maxLength: 20 })),
});
export type WidgetQuery = Static<typeof WidgetQuery>;

export const WIDGET_KINDS = ['activiteiten', 'ondersteuning', 'zoeken'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** /widgets?widget=activiteiten&gemeente=Geel&kleur=0b4f5c: the snippet generator */
export const WidgetSnippetQuery = Type.Object({
  widget: Type.Optional(Type.String({ maxLength: 30 })),
  gemeente: Type.Optional(Type.String({ maxLength: 100 })),
  kleur: Type.Optional(Type.String({ maxLength: 20 })),
});
export type WidgetSnippetQuery = Static<typeof WidgetSnippetQuery>;

export const ColourParams = Type.Object({ file: Type.String({ maxLength: 30 }) });
export type ColourParams = Static<typeof ColourParams>;
