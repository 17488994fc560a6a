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
