/** TypeBox schemas of the partners' write API (validation and OpenAPI) and of the token pages in /beheer. */
import { Type, type Static } from '@sinclair/typebox';
import { ACTIVITY_KINDS } from '../events/events.model.js';
import { SERVICE_STATUSES } from '../directory/directory.model.js';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);
const Url = Type.String({ pattern: '^https?://\\S+$', maxLength: 2000, description: 'http(s) link' });
const Local = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$', description: "wall-clock time in Europe/Brussels, '2027-01-05T19:00' (or '2027-01-05' with allDay)" });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 200 });
const TermSlug = Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 100 });

/** An activity as a partner sends it (POST creates, PUT replaces every field). */
export const ApiActivityWrite = Type.Object(
  {
    uid: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'your own stable id (iCalendar UID); generated when absent' })),
    slug: Type.Optional({ ...Slug, description: 'the address /activiteiten/<slug>; generated from the title when absent' }),
    kind: Type.Union(
      ACTIVITY_KINDS.map((k) => Type.Literal(k)),
      { description: 'kind of activity' },
    ),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    summary: Type.String({ minLength: 1, maxLength: 1000 }),
    description: Type.Optional(Type.String({ maxLength: 50000 })),
    organiser: Type.Optional(Type.String({ maxLength: 300, description: "default: the organisation's name" })),
    venue: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    address: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    postcode: Type.Optional(Nullable(Type.String({ pattern: '^\\d{4}$', description: 'Belgian postcode in Flanders or Brussels' }))),
    onlineUrl: Type.Optional(Nullable(Url)),
    start: Local,
    end: Local,
    allDay: Type.Optional(Type.Boolean()),
    rrule: Type.Optional(Nullable(Type.String({ maxLength: 500, description: "RFC 5545 RRULE on the wall clock, e.g. 'FREQ=MONTHLY;BYDAY=1TU'" }))),
    exdates: Type.Optional(Type.Array(Local, { maxItems: 500, description: 'cancelled occurrences (their wall-clock start)' })),
    priceCents: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000, description: '0: free' }))),
    priceNote: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    registrationUrl: Type.Optional(Nullable(Url)),
    placesLeft: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
    accessibility: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    infoUrl: Type.Optional(Nullable(Url)),
    audiences: Type.Optional(Type.Array(TermSlug, { maxItems: 20, description: 'audience slugs, see /api/v1/audiences; default mantelzorgers' })),
  },
  { additionalProperties: false },
);
export type ApiActivityWrite = Static<typeof ApiActivityWrite>;

export const ApiActivityWritten = Type.Object({
  id: Type.Integer(),
  uid: Type.String(),
  slug: Type.String(),
  url: Type.String({ description: 'the page on the site' }),
  organisationId: Nullable(Type.String()),
});

export const ApiActivityRefParams = Type.Object({ ref: Type.String({ minLength: 1, maxLength: 255, description: 'the id, UID or slug of the activity' }) });
export type ApiActivityRefParams = Static<typeof ApiActivityRefParams>;

/** A service (listing) of the token's organisation. */
export const ApiServiceWrite = Type.Object(
  {
    slug: Type.Optional(Slug),
    name: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.String({ maxLength: 20000 }),
    status: Type.Optional(Type.Union(SERVICE_STATUSES.map((s) => Type.Literal(s)), { description: 'default active' })),
    url: Type.Optional(Nullable(Url)),
    email: Type.Optional(Nullable(Type.String({ pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', maxLength: 254 }))),
    applicationProcess: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    feesDescription: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    eligibilityDescription: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    minimumAge: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 150 }))),
    maximumAge: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 150 }))),
    kinds: Type.Optional(Type.Array(TermSlug, { maxItems: 20, description: 'kinds of support (added to those the service has)' })),
    audiences: Type.Optional(Type.Array(TermSlug, { maxItems: 20, description: 'audiences (added to those the service has)' })),
    municipalities: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{5}$' }), { maxItems: 400, description: 'NIS codes of the municipalities it serves (added)' })),
  },
  { additionalProperties: false },
);
export type ApiServiceWrite = Static<typeof ApiServiceWrite>;

export const ApiServiceWritten = Type.Object({
  id: Type.String({ description: 'HSDS UUID' }),
  slug: Type.String(),
  url: Type.String({ description: 'the page on the site' }),
  organisationId: Type.String(),
});

export const ApiServiceIdParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', description: 'HSDS UUID of the service' }) });
export type ApiServiceIdParams = Static<typeof ApiServiceIdParams>;

// ---- /beheer/sleutels ----

const Csrf = Type.Optional(Type.String({ maxLength: 300 }));

export const TokenFormBody = Type.Object({ _csrf: Csrf, name: Type.Optional(Type.String({ maxLength: 1000 })), organisationId: Type.Optional(Type.String({ maxLength: 64 })) });
export type TokenFormBody = Static<typeof TokenFormBody>;

export const TokenIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type TokenIdParams = Static<typeof TokenIdParams>;

export const TokenCsrfBody = Type.Object({ _csrf: Csrf });

export const TokenListQuery = Type.Object({ organisatie: Type.Optional(Type.String({ maxLength: 64 })), gelukt: Type.Optional(Type.String({ maxLength: 40 })) });
export type TokenListQuery = Static<typeof TokenListQuery>;
