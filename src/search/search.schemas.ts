/** Request schemas of the search page and the search API. Queries up to 2,000 characters are accepted and cut. */
import { Type, type Static } from '@sinclair/typebox';
import { SEARCH_TYPE_SLUGS } from './search.labels.js';

const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 });
const Query = Type.String({ maxLength: 2000 });
const PageNumber = Type.Integer({ minimum: 1, maximum: 1000 });

/** /zoeken?q=…&type=recht&doelgroep=…&thema=…&pagina=2 (Dutch names, as on /kennis; empty means all). */
export const SearchPageQuery = Type.Object({
  q: Type.Optional(Query),
  type: Type.Optional(Type.Union([Type.Literal(''), ...SEARCH_TYPE_SLUGS.map((t) => Type.Literal(t))])),
  doelgroep: Type.Optional(Type.Union([Type.Literal(''), Slug])),
  thema: Type.Optional(Type.Union([Type.Literal(''), Slug])),
  pagina: Type.Optional(PageNumber),
});
export type SearchPageQuery = Static<typeof SearchPageQuery>;

/** GET /api/v1/search?q=&type=&audience=&theme=&page= */
export const SearchApiQuery = Type.Object({
  q: Type.Optional(Query),
  /** checked against the known types in the route, so the message can list them */
  type: Type.Optional(Type.String({ maxLength: 40 })),
  audience: Type.Optional(Slug),
  theme: Type.Optional(Slug),
  page: Type.Optional(PageNumber),
});
export type SearchApiQuery = Static<typeof SearchApiQuery>;

export const SuggestQuery = Type.Object({ q: Type.Optional(Query) });
export type SuggestQuery = Static<typeof SuggestQuery>;

// ---- responses of /api/v1/search (documented in the OpenAPI description) ----

export const SearchApiResult = Type.Object({
  total: Type.Integer(),
  approximate: Type.Optional(Type.Boolean({ description: 'true when total is an estimate (more than 1,000 matches)' })),
  page: Type.Integer(),
  pageCount: Type.Integer(),
  corrected: Type.Optional(Type.String({ description: 'the corrected query, when a typo was fixed ("Bedoelde je …?")' })),
  results: Type.Array(
    Type.Object({
      title: Type.String(),
      url: Type.String(),
      type: Type.String({ description: 'item type (article, tip, right, …), or organisation, service, activity' }),
      kind: Type.String({ description: 'item, organisation, service or activity' }),
      label: Type.String({ description: 'the type in Dutch: "Recht of regeling", "Organisatie", "Hulp/dienst", "Activiteit" …' }),
      summary: Type.String(),
      snippet: Type.String({ description: 'HTML: escaped text with the matches in <mark>' }),
      expired: Type.Optional(Type.Boolean({ description: 'a right whose validity has ended' })),
    }),
  ),
});

export const SuggestResult = Type.Object({
  suggestions: Type.Array(Type.Object({ title: Type.String(), url: Type.String(), type: Type.String() })),
});
