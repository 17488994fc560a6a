/** Request schemas of the knowledge library's public routes: validation, types and (later) OpenAPI. */
import { Type, type Static } from '@sinclair/typebox';
import { ITEM_TYPES, TYPE_INFO } from './content.model.js';

const SlugParam = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 200 });

export const SlugParams = Type.Object({ slug: SlugParam });
export type SlugParams = Static<typeof SlugParams>;

export const AudienceParams = Type.Object({ audience: Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 100 }) });
export type AudienceParams = Static<typeof AudienceParams>;

const Page = Type.Integer({ minimum: 1, maximum: 10000 });

/** /kennis?type=recht&doelgroep=werkgevers&thema=dementie&pagina=2 — empty values mean "all". */
export const ItemListQuery = Type.Object({
  type: Type.Optional(Type.Union([Type.Literal(''), ...ITEM_TYPES.map((t) => Type.Literal(TYPE_INFO[t].slug))])),
  doelgroep: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 100 })])),
  thema: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 100 })])),
  pagina: Type.Optional(Page),
});
export type ItemListQuery = Static<typeof ItemListQuery>;

export const PageQuery = Type.Object({ pagina: Type.Optional(Page) });
export type PageQuery = Static<typeof PageQuery>;

// ---- /api/v1: English names, the same rules as the pages ----

const SlugValue = Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 100 });

export const ApiItemListQuery = Type.Object({
  type: Type.Optional(Type.Union(ITEM_TYPES.map((t) => Type.Literal(t)), { description: 'item type' })),
  audience: Type.Optional({ ...SlugValue, description: 'audience slug, see /api/v1/audiences' }),
  theme: Type.Optional({ ...SlugValue, description: 'theme slug (includes its sub-themes), see /api/v1/themes' }),
  sort: Type.Optional(Type.Union([Type.Literal('published'), Type.Literal('updated')], { description: 'newest first by publication (default) or by last update' })),
  page: Type.Optional(Page),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'default 20' })),
});
export type ApiItemListQuery = Static<typeof ApiItemListQuery>;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ description: 'ISO 8601, UTC' });
const DateOnly = Type.String({ description: 'YYYY-MM-DD' });

export const ApiItemCard = Type.Object({
  id: Type.Integer(),
  type: Type.Union(ITEM_TYPES.map((t) => Type.Literal(t))),
  slug: Type.String(),
  url: Type.String({ description: 'the page on the site' }),
  title: Type.String(),
  summary: Type.String(),
  publishedAt: Nullable(DateTime),
  updatedAt: DateTime,
  lastReviewedAt: Nullable(DateTime),
  validFrom: Nullable(DateOnly),
  validUntil: Nullable(DateOnly),
});

export const ApiItemList = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  pageCount: Type.Integer(),
  items: Type.Array(ApiItemCard),
});

const ApiAudience = Type.Object({ slug: Type.String(), name: Type.String(), description: Type.String() });
const ApiThemeRef = Type.Object({ slug: Type.String(), name: Type.String() });

export const ApiItem = Type.Composite([
  ApiItemCard,
  Type.Object({
    body: Type.String({ description: 'Markdown' }),
    details: Type.Record(Type.String(), Type.Unknown(), { description: "the type's own fields" }),
    reviewBy: Nullable(DateOnly),
    audiences: Type.Array(ApiAudience),
    themes: Type.Array(ApiThemeRef),
    sources: Type.Array(Type.Object({ title: Type.String(), url: Type.String() })),
    related: Type.Array(ApiItemCard),
  }),
]);

export const ApiAudienceList = Type.Object({ audiences: Type.Array(ApiAudience) });

export const ApiTheme = Type.Recursive((This) =>
  Type.Object({ slug: Type.String(), name: Type.String(), description: Type.String(), children: Type.Array(This) }),
);
export const ApiThemeList = Type.Object({ themes: Type.Array(ApiTheme) });
export const AttachmentParams = Type.Object({ id: Type.Integer({ minimum: 1 }), name: Type.String({ maxLength: 300 }) });
export type AttachmentParams = Static<typeof AttachmentParams>;

// ---- back office ----
const Csrf = Type.Optional(Type.String({ maxLength: 300 }));
const Slugs = Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }));

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type IdParams = Static<typeof IdParams>;

export const RevisionParams = Type.Object({ id: Type.Integer({ minimum: 1 }), nr: Type.Integer({ minimum: 1 }) });
export type RevisionParams = Static<typeof RevisionParams>;

export const AttachmentAdminParams = Type.Object({ id: Type.Integer({ minimum: 1 }), aid: Type.Integer({ minimum: 1 }) });
export type AttachmentAdminParams = Static<typeof AttachmentAdminParams>;

export const AdminItemListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('draft'), Type.Literal('in_review'), Type.Literal('published'), Type.Literal('archived')])),
  type: Type.Optional(Type.Union([Type.Literal(''), ...ITEM_TYPES.map((t) => Type.Literal(t))])),
  pagina: Type.Optional(Page),
  gelukt: Type.Optional(Type.String({ maxLength: 40 })),
});
export type AdminItemListQuery = Static<typeof AdminItemListQuery>;

export const NewItemQuery = Type.Object({ type: Type.Optional(Type.Union([Type.Literal(''), ...ITEM_TYPES.map((t) => Type.Literal(t))])) });
export type NewItemQuery = Static<typeof NewItemQuery>;

export const FlashQuery = Type.Object({ gelukt: Type.Optional(Type.String({ maxLength: 40 })) });
export type FlashQuery = Static<typeof FlashQuery>;

/** The item form; the type's own fields come as d_<key> (checked by the service). */
export const ItemFormBody = Type.Object(
  {
    _csrf: Csrf,
    type: Type.String({ maxLength: 20 }),
    title: Type.String({ maxLength: 1000 }),
    slug: Type.String({ maxLength: 1000 }),
    summary: Type.String({ maxLength: 5000 }),
    body: Type.String({ maxLength: 200_000 }),
    audiences: Slugs,
    themes: Slugs,
    sources: Type.String({ maxLength: 20_000 }),
    reviewBy: Type.Optional(Type.String({ maxLength: 10 })),
    reviewedNow: Type.Optional(Type.String({ maxLength: 5 })),
  },
  { additionalProperties: Type.String({ maxLength: 5000 }) },
);
export type ItemFormBody = Static<typeof ItemFormBody>;

export const StatusBody = Type.Object({
  _csrf: Csrf,
  to: Type.Union([Type.Literal('draft'), Type.Literal('in_review'), Type.Literal('published'), Type.Literal('archived')]),
  publishAt: Type.Optional(Type.String({ maxLength: 30 })),
});
export type StatusBody = Static<typeof StatusBody>;

export const PreviewBody = Type.Object({ _csrf: Csrf, body: Type.String({ maxLength: 200_000 }) });
export type PreviewBody = Static<typeof PreviewBody>;

export const CsrfOnlyBody = Type.Object({ _csrf: Csrf });

export const ThemeFormBody = Type.Object({
  _csrf: Csrf,
  name: Type.String({ maxLength: 1000 }),
  slug: Type.String({ maxLength: 1000 }),
  description: Type.String({ maxLength: 5000 }),
  parentId: Type.Optional(Type.String({ maxLength: 12 })),
  position: Type.Optional(Type.String({ maxLength: 6 })),
});
export type ThemeFormBody = Static<typeof ThemeFormBody>;

/** One audience's form; its fields are named name-<id> and description-<id>, so each form on the page has its own labels. */
export const AudienceFormBody = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 5000 }), { maxProperties: 10 });
export type AudienceFormBody = Static<typeof AudienceFormBody>;
