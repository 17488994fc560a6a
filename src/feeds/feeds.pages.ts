/**
 * Atom 1.0 feeds (RFC 4287) of new and updated knowledge items: all of them, per audience, per
 * theme, and the centre's news. Pages announce the feed that follows them with <link rel="alternate">. Built with the `feed`
 * package; cached like pages and dropped on every content change.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Feed } from 'feed';
import type { Db } from '../db/database.js';
import * as content from '../content/content.service.js';
import { SITE_NAME } from '../web/layout.js';

export interface FeedsOptions {
  db: Db;
  baseUrl: string;
}

const ATOM = 'application/atom+xml; charset=utf-8';
const ENTRIES = 30;
const Slug = Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 120 });

/** The feed that follows a page, for its <link rel="alternate">. */
export function feedFor(page: { audience?: string; theme?: string; news?: boolean } = {}): string {
  if (page.news) return '/feeds/nieuws.atom';
  if (page.audience) return `/feeds/voor/${page.audience}.atom`;
  if (page.theme) return `/feeds/thema/${page.theme}.atom`;
  return '/feeds/kennis.atom';
}

async function renderFeed(db: Db, baseUrl: string, self: string, title: string, description: string, filter: content.ItemFilter): Promise<string> {
  const list = await content.listPublishedItems(db, { ...filter, sort: 'updated', pageSize: ENTRIES });
  // An empty feed still needs an updated date: the newest change we know of, or the epoch.
  const updated = new Date(list.items[0]?.updatedAt ?? '1970-01-01T00:00:00.000Z');
  const feed = new Feed({
    title: `${title} | ${SITE_NAME}`,
    description,
    id: baseUrl + self,
    link: baseUrl + '/kennis',
    language: 'nl-BE',
    updated,
    feedLinks: { atom: baseUrl + self },
    author: { name: SITE_NAME, link: baseUrl },
    copyright: `${SITE_NAME}. Demo-inhoud in eigen woorden op basis van publieke bronnen.`,
    generator: 'expertisepunt',
  });
  for (const item of list.items) {
    const url = `${baseUrl}/kennis/${item.slug}`;
    feed.addItem({
      title: item.title,
      id: url,
      link: url,
      description: item.summary,
      date: new Date(item.updatedAt),
      ...(item.publishedAt ? { published: new Date(item.publishedAt) } : {}),
      category: [{ name: content.TYPE_INFO[item.type].label, term: item.type }],
    });
  }
  // The package writes no language into Atom; RFC 4287 takes it from xml:lang on the root.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-BE">');
}

export async function registerFeeds(app: FastifyInstance, options: FeedsOptions): Promise<void> {
  const { db, baseUrl } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/feeds/kennis.atom', async (request, reply) =>
    reply.sendCachedText(ATOM, () => renderFeed(db, baseUrl, request.url.split('?')[0]!, 'Nieuw en bijgewerkt', 'Nieuwe en bijgewerkte info over mantelzorg.', {})),
  );

  r.get('/feeds/nieuws.atom', async (request, reply) =>
    reply.sendCachedText(ATOM, () => renderFeed(db, baseUrl, request.url.split('?')[0]!, 'Nieuws', 'Nieuws over mantelzorg in Vlaanderen en Brussel.', { type: 'news' })),
  );

  r.get('/feeds/voor/:audience.atom', { schema: { params: Type.Object({ audience: Slug }) } }, async (request, reply) =>
    reply.sendCachedText(ATOM, async () => {
      const audience = await content.getAudience(db, request.params.audience);
      return renderFeed(db, baseUrl, feedFor({ audience: audience.slug }), `Voor ${audience.name.toLowerCase()}`, audience.description, { audience: audience.slug });
    }),
  );

  r.get('/feeds/thema/:theme.atom', { schema: { params: Type.Object({ theme: Slug }) } }, async (request, reply) =>
    reply.sendCachedText(ATOM, async () => {
      const { theme } = await content.getTheme(db, request.params.theme);
      return renderFeed(db, baseUrl, feedFor({ theme: theme.slug }), theme.name, theme.description, { theme: theme.slug });
    }),
  );
}
