/**
 * Open data: complete downloads of the knowledge library as JSON and CSV, listed with their licence
 * and date on /open-data. Generated on request from the database and cached like pages, so every
 * content change gives a fresh file.
 */
import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/database.js';
import * as content from '../content/content.service.js';
import { Layout } from '../web/layout.js';
import { formatDate } from '../web/render.js';

export interface OpenDataOptions {
  db: Db;
  baseUrl: string;
}

export const LIBRARY_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' };

const CSV_COLUMNS = [
  'id',
  'type',
  'slug',
  'url',
  'title',
  'summary',
  'audiences',
  'themes',
  'sources',
  'published_at',
  'updated_at',
  'last_reviewed_at',
  'review_by',
  'valid_from',
  'valid_until',
  'related',
  'details_json',
  'body_markdown',
] as const;

function itemRecord(item: content.Item, baseUrl: string) {
  return {
    id: item.id,
    type: item.type,
    slug: item.slug,
    url: `${baseUrl}/kennis/${item.slug}`,
    title: item.title,
    summary: item.summary,
    body: item.body,
    details: item.details,
    audiences: item.audiences.map((a) => a.slug),
    themes: item.themes.map((t) => t.slug),
    sources: item.sources,
    related: item.related.map((r) => r.slug),
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    lastReviewedAt: item.lastReviewedAt,
    reviewBy: item.reviewBy,
    validFrom: item.validFrom,
    validUntil: item.validUntil,
  };
}

function lastChange(items: content.Item[]): string | null {
  return items.reduce<string | null>((max, i) => (max === null || i.updatedAt > max ? i.updatedAt : max), null);
}

export async function registerOpenData(app: FastifyInstance, options: OpenDataOptions): Promise<void> {
  const { db, baseUrl } = options;

  app.get('/open-data/kennis.json', async (_request, reply) => {
    reply.header('content-disposition', 'inline; filename="expertisepunt-kennis.json"');
    return reply.sendCachedText('application/json; charset=utf-8', async () => {
      const items = await content.exportPublishedItems(db);
      return JSON.stringify({
        title: 'Kennisbank Expertisepunt Mantelzorg',
        licence: LIBRARY_LICENCE,
        source: baseUrl,
        updatedAt: lastChange(items),
        count: items.length,
        items: items.map((i) => itemRecord(i, baseUrl)),
      });
    });
  });

  app.get('/open-data/kennis.csv', async (_request, reply) => {
    reply.header('content-disposition', 'attachment; filename="expertisepunt-kennis.csv"');
    return reply.sendCachedText('text/csv; charset=utf-8', async () => {
      const rows = (await content.exportPublishedItems(db)).map((item) => {
        const r = itemRecord(item, baseUrl);
        return {
          ...r,
          audiences: r.audiences.join(';'),
          themes: r.themes.join(';'),
          sources: r.sources.map((s) => `${s.title} <${s.url}>`).join(' | '),
          related: r.related.join(';'),
          published_at: r.publishedAt,
          updated_at: r.updatedAt,
          last_reviewed_at: r.lastReviewedAt,
          review_by: r.reviewBy,
          valid_from: r.validFrom,
          valid_until: r.validUntil,
          details_json: JSON.stringify(r.details),
          body_markdown: r.body,
        };
      });
      // A byte order mark so spreadsheet programs read the file as UTF-8.
      return '\uFEFF' + stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
    });
  });

  app.get('/open-data', async (_request, reply) =>
    reply.html(async () => {
      const latest = await content.listPublishedItems(db, { sort: 'updated', pageSize: 1 });
      const total = latest.total;
      const updated = latest.items[0]?.updatedAt;
      return (
        <Layout
          title="Open data"
          path="/open-data"
          baseUrl={baseUrl}
          description="Download alle info van de kennisbank als open data, in JSON en CSV."
          breadcrumbs={[{ label: 'Start', href: '/' }]}
        >
          <h1>Open data</h1>
          <p class="lead">Alle info op deze site mag je hergebruiken: in je eigen website, app of onderzoek. Vermeld de bron.</p>
          <h2>Downloads</h2>
          <table class="data-table">
            <caption>Bestanden die je vrij kan downloaden</caption>
            <thead>
              <tr>
                <th scope="col">Wat</th>
                <th scope="col">Formaat</th>
                <th scope="col">Licentie</th>
                <th scope="col">Bijgewerkt</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>
                  <a href="/open-data/kennis.json">Kennisbank ({total} items)</a>
                </td>
                <td>JSON</td>
                <td>
                  <a href={LIBRARY_LICENCE.url}>{LIBRARY_LICENCE.name}</a>
                </td>
                <td>{updated ? <time dateTime={updated}>{formatDate(updated)}</time> : '–'}</td>
              </tr>
              <tr>
                <td>
                  <a href="/open-data/kennis.csv">Kennisbank ({total} items)</a>
                </td>
                <td>CSV (UTF-8, komma's)</td>
                <td>
                  <a href={LIBRARY_LICENCE.url}>{LIBRARY_LICENCE.name}</a>
                </td>
                <td>{updated ? <time dateTime={updated}>{formatDate(updated)}</time> : '–'}</td>
              </tr>
            </tbody>
          </table>
          <p>De bestanden worden opnieuw gemaakt telkens de inhoud verandert.</p>
          <h2>Bronnen en licenties</h2>
          <p>
            De info in de kennisbank schrijven we in eigen woorden op basis van publieke bronnen; elk item noemt zijn bronnen. Gemeenten en
            postcodes: BeST Address (FOD BOSA) via Digitaal Vlaanderen en Paradigm.brussels, CC BY 4.0.
          </p>
          <h2>Volgen</h2>
          <p>
            Wil je op de hoogte blijven? Volg de <a href="/feeds/kennis.atom">Atom-feed van alle info</a> in een nieuwslezer.
          </p>
        </Layout>
      );
    }),
  );
}
