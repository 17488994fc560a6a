/** /api/v1 reads of the knowledge library: items, audiences and themes, through the same service as the pages. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { readErrors } from '../api/api.schemas.js';
import * as content from './content.service.js';
import type { Item, ItemCard, Theme } from './content.model.js';
import { ApiAudienceList, ApiItem, ApiItemList, ApiItemListQuery, ApiThemeList, SlugParams } from './content.schemas.js';

export interface ContentApiOptions {
  db: Db;
  baseUrl: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export async function registerContentApi(app: FastifyInstance, options: ContentApiOptions): Promise<void> {
  const { db, baseUrl } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const card = (c: ItemCard) => ({ ...c, url: `${baseUrl}/kennis/${c.slug}` });
  const theme = (t: Theme): unknown => ({ slug: t.slug, name: t.name, description: t.description, children: t.children.map(theme) });
  const item = (i: Item) => ({
    ...card(i),
    body: i.body,
    details: i.details,
    reviewBy: i.reviewBy,
    audiences: i.audiences.map((a) => ({ slug: a.slug, name: a.name, description: a.description })),
    themes: i.themes.map((t) => ({ slug: t.slug, name: t.name })),
    sources: i.sources,
    related: i.related.map(card),
  });
  // Responses go through the page cache (ETag, 304, dropped on every change) as ready JSON text.
  const json = (value: unknown) => JSON.stringify(value);

  r.get(
    '/api/v1/items',
    { schema: { summary: 'Published items, newest first', tags: ['library'], querystring: ApiItemListQuery, response: { 200: ApiItemList, ...readErrors } } },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, async () => {
        const q = request.query;
        const list = await content.listPublishedItems(db, { type: q.type, audience: q.audience, theme: q.theme, sort: q.sort, page: q.page, pageSize: q.pageSize });
        return json({ total: list.total, page: list.page, pageSize: list.pageSize, pageCount: list.pageCount, items: list.items.map(card) });
      }),
  );

  r.get(
    '/api/v1/items/:slug',
    { schema: { summary: 'One published item in full', tags: ['library'], params: SlugParams, response: { 200: ApiItem, ...readErrors } } },
    async (request, reply) => reply.sendCachedText(JSON_TYPE, async () => json(item(await content.getPublishedItem(db, request.params.slug)))),
  );

  r.get('/api/v1/audiences', { schema: { summary: 'The audiences the library is organised by', tags: ['library'], response: { 200: ApiAudienceList } } }, async (_request, reply) =>
    reply.sendCachedText(JSON_TYPE, async () => json({ audiences: (await content.listAudiences(db)).map((a) => ({ slug: a.slug, name: a.name, description: a.description })) })),
  );

  r.get('/api/v1/themes', { schema: { summary: 'The themes, nested', tags: ['library'], response: { 200: ApiThemeList } } }, async (_request, reply) =>
    reply.sendCachedText(JSON_TYPE, async () => json({ themes: (await content.listThemes(db)).map(theme) })),
  );
}
