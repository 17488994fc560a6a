/** JSON search API: GET /api/v1/search and the suggestions under the search box. Routes validate and call the service. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import * as content from '../content/content.service.js';
import * as search from './search.service.js';
import { SEARCH_TYPES, typeLabel } from './search.labels.js';
import { SearchApiQuery, SearchApiResult, SuggestQuery, SuggestResult } from './search.schemas.js';
import { ApiError } from '../api/api.schemas.js';
import { checkFacets } from './search.filters.js';

export interface SearchApiOptions {
  db: Db;
  baseUrl: string;
  /** keep results in memory per index version (PAGE_CACHE) */
  resultCache?: boolean;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The snippet as HTML: escaped text, matches in <mark>. */
function snippetHtml(parts: search.SnippetPart[]): string {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

export async function registerSearchApi(app: FastifyInstance, options: SearchApiOptions): Promise<void> {
  const { db, baseUrl } = options;
  const resultCache = options.resultCache ?? false;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/search',
    { schema: { summary: 'Search the library (Dutch analysis, synonyms, typo tolerance)', tags: ['search'], querystring: SearchApiQuery, response: { 200: SearchApiResult, 400: ApiError } } },
    async (request, reply) => {
    const q = request.query;
    if (q.q === undefined || q.q.trim() === '') throw new AppError('missing_query', 400, 'Geef een zoekvraag mee in de parameter "q".', { q: 'Verplicht.' });
    if (q.type !== undefined && !SEARCH_TYPES.includes(q.type)) {
      throw new AppError('unknown_type', 400, `Het type "${q.type.slice(0, 40)}" bestaat niet. Kies uit: ${SEARCH_TYPES.join(', ')}.`, { type: 'Onbekend type.' });
    }
    await checkFacets(db, q.audience, q.theme, { audience: 'audience', theme: 'theme' });
    const result = await search.search(db, { q: q.q, type: q.type, audience: q.audience, theme: q.theme, page: q.page }, { log: true, cache: resultCache });
    reply.header('cache-control', 'no-store');
    return {
      total: result.total,
      ...(result.approximate ? { approximate: true } : {}),
      page: result.page,
      pageCount: result.pageCount,
      ...(result.corrected ? { corrected: result.corrected } : {}),
      results: result.hits.map((h) => ({
        title: h.title,
        url: baseUrl + h.url,
        type: h.type,
        kind: h.kind,
        label: typeLabel(h.type),
        summary: h.summary,
        snippet: snippetHtml(h.snippet),
        ...(h.expired ? { expired: true } : {}),
      })),
    };
  },
  );

  r.get(
    '/api/v1/search/suggest',
    { schema: { summary: 'Suggestions while typing (titles that complete the query)', tags: ['search'], querystring: SuggestQuery, response: { 200: SuggestResult, 400: ApiError } } },
    async (request, reply) => {
    const suggestions = await search.suggest(db, request.query.q ?? '');
    reply.header('cache-control', 'no-store');
    return { suggestions };
  },
  );
}
