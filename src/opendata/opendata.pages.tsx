/**
 * Open data: complete downloads of the knowledge library as JSON and CSV, the directory as HSDS 3.0
 * JSON and the calendar as iCalendar, listed with their licence and date on /open-data. Generated
 * on request from the database and cached like pages, so every content change gives a fresh file;
 * the calendar (upcoming activities) is cached like /activiteiten.ics.
 */
import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/database.js';
import * as content from '../content/content.service.js';
import { Layout } from '../web/layout.js';
import { formatDate } from '../web/render.js';
import { upcomingFeed } from '../events/events.pages.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';

export interface OpenDataOptions {
  db: Db;
  baseUrl: string;
  /** the current instant (the calendar lists upcoming activities) */
  now?: () => Date;
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

/** The last change of the directory: its newest organisation or service. */
function directoryUpdated(whole: { organizations: { updatedAt: string }[]; services: { updatedAt: string }[] }): string | null {
  return [...whole.organizations, ...whole.services].reduce<string | null>((max, r) => (max === null || r.updatedAt > max ? r.updatedAt : max), null);
}

export async function registerOpenData(app: FastifyInstance, options: OpenDataOptions): Promise<void> {
  const { db, baseUrl } = options;
  const now = options.now ?? (() => new Date());
  const upcomingCalendar = async () => (await events.resolveActivityQuery(db, {}, now())).filter;

  // The whole directory as one HSDS 3.0 document (the same export as `directory export-hsds`), with licence and date.
  app.get('/open-data/ondersteuning.hsds.json', async (_request, reply) => {
    reply.header('content-disposition', 'inline; filename="expertisepunt-ondersteuning-hsds.json"');
    return reply.sendCachedText('application/json; charset=utf-8', async () => {
      const whole = await directory.loadWholeDirectory(db);
      const hsds = await directory.exportHsds(db, baseUrl);
      return JSON.stringify({ title: 'Hulp voor mantelzorgers: organisaties en diensten (HSDS 3.0)', licence: LIBRARY_LICENCE, source: baseUrl, updatedAt: directoryUpdated(whole), ...hsds });
    });
  });

  // Every upcoming activity, as /activiteiten.ics without filters.
  // Kept like /activiteiten.ics: per calendar version, for the day, until one of its activities ends.
  app.get('/open-data/activiteiten.ics', async (_request, reply) => {
    const [filter, key] = await Promise.all([upcomingCalendar(), events.calendarPageKey(db)]);
    reply.header('content-disposition', 'attachment; filename="expertisepunt-activiteiten.ics"');
    return reply.sendCachedText('text/calendar; charset=utf-8', (page) => upcomingFeed(db, filter, baseUrl, page), { key, day: true });
  });

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
      const whole = await directory.loadWholeDirectory(db);
      const directoryDate = directoryUpdated(whole);
      const upcoming = await events.listAllOccurrences(db, await upcomingCalendar());
      const activities = new Map(upcoming.map((o) => [o.activity.id, o.activity]));
      const calendarDate = [...activities.values()].reduce<string | null>((max, a) => (max === null || a.updatedAt > max ? a.updatedAt : max), null);
      return (
        <Layout
          title="Open data"
          path="/open-data"
          baseUrl={baseUrl}
          description="Download alle info als open data: de kennisbank in JSON en CSV, de organisaties en diensten in HSDS en de activiteiten in iCalendar."
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
              <tr>
                <td>
                  <a href="/open-data/ondersteuning.hsds.json">
                    Organisaties en diensten ({whole.organizations.length} organisaties, {whole.services.length} diensten)
                  </a>
                </td>
                <td>
                  JSON volgens <a href="https://docs.openreferral.org/en/v3.0/">HSDS 3.0</a>
                </td>
                <td>
                  <a href={LIBRARY_LICENCE.url}>{LIBRARY_LICENCE.name}</a>
                </td>
                <td>{directoryDate ? <time dateTime={directoryDate}>{formatDate(directoryDate)}</time> : '–'}</td>
              </tr>
              <tr>
                <td>
                  <a href="/open-data/activiteiten.ics">Activiteitenkalender ({activities.size} komende activiteiten)</a>
                </td>
                <td>iCalendar (.ics)</td>
                <td>
                  <a href={LIBRARY_LICENCE.url}>{LIBRARY_LICENCE.name}</a>
                </td>
                <td>{calendarDate ? <time dateTime={calendarDate}>{formatDate(calendarDate)}</time> : '–'}</td>
              </tr>
            </tbody>
          </table>
          <p>De bestanden worden opnieuw gemaakt telkens de inhoud verandert.</p>
          <h2>Bronnen en licenties</h2>
          <p>
            De info in de kennisbank schrijven we in eigen woorden op basis van publieke bronnen; elk item noemt zijn bronnen. Gemeenten en
            postcodes: BeST Address (FOD BOSA) via Digitaal Vlaanderen en Paradigm.brussels, CC BY 4.0.
          </p>
          <p>
            Liever de info rechtstreeks op je eigen website? Gebruik een <a href="/widgets">widget</a> of de <a href="/api">open API</a>.
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
