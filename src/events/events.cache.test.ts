/**
 * The calendar's lists come from the page cache (per URL, calendar version and Brussels day, until one of
 * their occurrences ends) and are never stale: a new, changed or deleted activity shows at once, also when
 * written with plain SQL that nobody announces (another process, the CLI); an ended occurrence drops out;
 * the day change moves "today". On both databases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import * as events from './events.service.js';
import { activityInput } from '../../test/activities.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const HOUR = 3600000;

/** An evening in Geel on 10 December 2026, after the fixed clock. */
const base = (slug: string, overrides: Partial<events.ActivityInput> = {}) => activityInput(slug, { startLocal: '2026-12-10T19:00', endLocal: '2026-12-10T21:00', ...overrides });

forEachDialect(
  'activities: calendar pages from the page cache, never stale',
  (ctx) => {
    let clock = NOW;
    const list = async (url: string) => {
      const res = await (await ctx.app({ now: () => clock })).inject(url);
      assert.equal(res.statusCode, 200, url);
      const $ = cheerio.load(res.body);
      return {
        etag: res.headers.etag,
        titles: $('.activity h4 a').map((_, a) => $(a).text()).get(),
        heading: $('main h2').first().text(),
        groups: $('.group-label').map((_, g) => $(g).text()).get(),
        audiences: $('#f-doelgroep option').map((_, o) => $(o).text()).get(),
      };
    };

    test('the list is served from the page cache: an unannounced write outside the calendar is not seen until the calendar changes', async () => {
      await events.saveActivity(ctx.db, base('eerste'), NOW);
      const before = await list('/activiteiten');
      assert.deepEqual(before.titles, ['Test eerste']);
      // Audiences are not calendar data: a plain SQL rename is not seen while the cached page holds.
      await sql`update audiences set name = 'Hernoemde doelgroep' where slug = 'werkgevers'`.execute(ctx.db);
      const cached = await list('/activiteiten');
      assert.equal(cached.etag, before.etag);
      assert.ok(!cached.audiences.includes('Hernoemde doelgroep'));
      // A 304 for a client that has it.
      const app = await ctx.app({ now: () => clock });
      assert.equal((await app.inject({ url: '/activiteiten', headers: { 'if-none-match': before.etag! } })).statusCode, 304);
      // Any calendar write (here unannounced plain SQL) gives the page a new key: rendered anew.
      await sql`update activities set title = 'Test eerste, hernoemd' where slug = 'eerste'`.execute(ctx.db);
      const after = await list('/activiteiten');
      assert.deepEqual(after.titles, ['Test eerste, hernoemd']);
      assert.ok(after.audiences.includes('Hernoemde doelgroep'));
    });

    test('a new, changed or deleted activity shows at once, through the service or plain SQL', async () => {
      const urls = ['/activiteiten', '/activiteiten?postcode=2440', '/activiteiten?soort=lotgenotencontact'];
      const seen = async () => Promise.all(urls.map(async (u) => (await list(u)).titles));
      for (const titles of await seen()) assert.ok(!titles.includes('Test nieuw'));

      await events.saveActivity(ctx.db, base('nieuw'), NOW);
      for (const titles of await seen()) assert.ok(titles.includes('Test nieuw'), titles.join(', '));

      const saved = await events.getActivity(ctx.db, 'nieuw');
      await events.saveActivity(ctx.db, base('nieuw', { uid: saved.uid, title: 'Test nieuw, gewijzigd' }), NOW);
      for (const titles of await seen()) assert.ok(titles.includes('Test nieuw, gewijzigd') && !titles.includes('Test nieuw'), titles.join(', '));

      // Moved out of reach of Geel by plain SQL (as another process or the CLI would): gone from the place's list at once.
      await sql`update activities set kind = 'training' where slug = 'nieuw'`.execute(ctx.db);
      assert.ok(!(await list('/activiteiten?soort=lotgenotencontact')).titles.includes('Test nieuw, gewijzigd'));
      assert.ok((await list('/activiteiten?soort=vorming')).titles.includes('Test nieuw, gewijzigd'));

      await events.deleteActivity(ctx.db, 'nieuw');
      for (const titles of await seen()) assert.ok(!titles.some((t) => t.startsWith('Test nieuw')), titles.join(', '));

      // Deleted with plain SQL: gone at once too.
      await events.saveActivity(ctx.db, base('weg-via-sql'), NOW);
      assert.ok((await list('/activiteiten')).titles.includes('Test weg-via-sql'));
      const id = (await events.getActivity(ctx.db, 'weg-via-sql')).id;
      await sql`delete from activity_audiences where activity_id = ${id}`.execute(ctx.db);
      await sql`delete from activities where id = ${id}`.execute(ctx.db);
      assert.ok(!(await list('/activiteiten')).titles.includes('Test weg-via-sql'));
    });

    test('an occurrence that ends drops out of the cached list; the day change moves "today"', async () => {
      // Today 11:00-12:00 in Brussels (10:00-11:00 UTC) and tomorrow evening.
      await events.saveActivity(ctx.db, base('vandaag', { startLocal: '2026-12-01T11:00', endLocal: '2026-12-01T12:00' }), NOW);
      await events.saveActivity(ctx.db, base('morgen', { startLocal: '2026-12-02T19:00', endLocal: '2026-12-02T21:00' }), NOW);
      clock = NOW;
      const first = await list('/activiteiten?postcode=2440');
      assert.ok(first.titles.includes('Test vandaag') && first.titles.includes('Test morgen'));
      assert.equal(first.groups[0], 'Vandaag');
      // Half an hour later: still on, the same page.
      clock = new Date(NOW.getTime() + HOUR / 2);
      assert.equal((await list('/activiteiten?postcode=2440')).etag, first.etag);
      // Two hours later (same day): it has ended, so it is no longer listed.
      clock = new Date(NOW.getTime() + 2 * HOUR);
      const later = await list('/activiteiten?postcode=2440');
      assert.ok(!later.titles.includes('Test vandaag'), later.titles.join(', '));
      assert.ok(later.titles.includes('Test morgen'));
      // The next day: tomorrow's activity is today's.
      clock = new Date('2026-12-02T08:00:00Z');
      const nextDay = await list('/activiteiten?postcode=2440');
      assert.equal(nextDay.groups[0], 'Vandaag');
      assert.equal(nextDay.titles[0], 'Test morgen');
    });

    const get = async (url: string) => {
      const res = await (await ctx.app({ now: () => clock })).inject(url);
      assert.equal(res.statusCode, 200, url);
      return res;
    };
    const page = async (url: string) => {
      const res = await get(url);
      const $ = cheerio.load(res.body);
      return { etag: res.headers.etag, h1: $('h1').text(), dates: $('.dates li').map((_, li) => $(li).text()).get(), nearby: $('.nearby-activities h3').map((_, h) => $(h).text()).get() };
    };
    const feed = async (url: string) => {
      const res = await get(url);
      return { etag: res.headers.etag, summaries: [...res.body.matchAll(/^SUMMARY:(.*)\r$/gm)].map((m) => m[1]) };
    };

    test('an activity page, its .ics, the feeds and the municipality page come from the page cache and show a write at once', async () => {
      clock = NOW;
      await events.saveActivity(ctx.db, base('gevolgd'), NOW);
      const urls = { page: '/activiteiten/gevolgd', ics: '/activiteiten/gevolgd.ics', feed: '/activiteiten.ics?postcode=2440', open: '/open-data/activiteiten.ics', town: '/gemeente/geel' };
      const before = { page: await page(urls.page), ics: await feed(urls.ics), feed: await feed(urls.feed), open: await feed(urls.open), town: await page(urls.town) };
      assert.equal(before.page.h1, 'Test gevolgd');
      assert.deepEqual(before.ics.summaries, ['Test gevolgd']);
      assert.ok(before.feed.summaries.includes('Test gevolgd') && before.open.summaries.includes('Test gevolgd'));
      assert.ok(before.town.nearby.includes('Test gevolgd'));
      // Served from the cache: a write whose version is put back (so the keys are the same again) is not seen.
      const version = (await sql<{ version: number }>`select version from calendar_version where id = 1`.execute(ctx.db)).rows[0]!.version;
      await sql`update activities set title = 'Ongezien' where slug = 'gevolgd'`.execute(ctx.db);
      await sql`update calendar_version set version = ${version} where id = 1`.execute(ctx.db);
      for (const [name, url] of Object.entries(urls)) assert.equal((await get(url)).headers.etag, before[name as keyof typeof before].etag, url);
      // A calendar write by plain SQL (another process, the CLI; announced to nobody) shows at once everywhere.
      await sql`update activities set title = 'Test gevolgd hernoemd' where slug = 'gevolgd'`.execute(ctx.db);
      assert.equal((await page(urls.page)).h1, 'Test gevolgd hernoemd');
      assert.deepEqual((await feed(urls.ics)).summaries, ['Test gevolgd hernoemd']);
      assert.ok((await feed(urls.feed)).summaries.includes('Test gevolgd hernoemd'));
      assert.ok((await feed(urls.open)).summaries.includes('Test gevolgd hernoemd'));
      assert.ok((await page(urls.town)).nearby.includes('Test gevolgd hernoemd'));
      await events.deleteActivity(ctx.db, 'gevolgd');
      assert.equal((await (await ctx.app({ now: () => clock })).inject(urls.page)).statusCode, 404);
      assert.ok(!(await page(urls.town)).nearby.some((t) => t.startsWith('Test gevolgd')));
    });

    test('cached activity pages, feeds and the municipality page follow the clock: an ended date gives way to the next', async () => {
      // Weekly on Tuesdays from 1 December 2026, 11:00-12:00 in Brussels (10:00-11:00 UTC); and a single event that day.
      await events.saveActivity(ctx.db, base('wekelijks', { startLocal: '2026-12-01T11:00', endLocal: '2026-12-01T12:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' }), NOW);
      await events.saveActivity(ctx.db, base('eenmalig', { startLocal: '2026-12-01T11:00', endLocal: '2026-12-01T12:00' }), NOW);
      clock = NOW;
      const first = await page('/activiteiten/wekelijks');
      assert.match(first.dates[0]!, /1 december 2026/);
      const feedUrl = '/activiteiten.ics?postcode=2440';
      assert.ok((await feed(feedUrl)).summaries.includes('Test eenmalig'));
      assert.ok((await feed('/open-data/activiteiten.ics')).summaries.includes('Test eenmalig'));
      assert.ok((await page('/gemeente/geel')).nearby.includes('Test eenmalig'));
      // Half an hour later, still on: the same pages.
      clock = new Date(NOW.getTime() + HOUR / 2);
      assert.equal((await page('/activiteiten/wekelijks')).etag, first.etag);
      // Two hours later: today's date has ended; the single event is over, out of the feeds and the municipality page.
      clock = new Date(NOW.getTime() + 2 * HOUR);
      assert.match((await page('/activiteiten/wekelijks')).dates[0]!, /8 december 2026/);
      assert.ok(!(await feed(feedUrl)).summaries.includes('Test eenmalig'));
      assert.ok(!(await feed('/open-data/activiteiten.ics')).summaries.includes('Test eenmalig'));
      assert.ok(!(await page('/gemeente/geel')).nearby.includes('Test eenmalig'));
      await events.deleteActivity(ctx.db, 'wekelijks');
      await events.deleteActivity(ctx.db, 'eenmalig');
    });

    test('expansions of unchanged series are kept across a rebuild, also when there are more series than the floor', { timeout: 120_000 }, async () => {
      const floor = events.expansionCache.minimum;
      events.expansionCache.minimum = 20;
      events.expansionCache.fit(0);
      try {
        for (let i = 0; i < 60; i++) await events.saveActivity(ctx.db, base(`reeks-${i}`, { startLocal: '2026-12-02T10:00', endLocal: '2026-12-02T11:00', rrule: `FREQ=WEEKLY;INTERVAL=${1 + (i % 4)};BYDAY=${['MO', 'TU', 'WE', 'TH', 'FR'][i % 5]};COUNT=${40 + i}` }), NOW);
        clock = NOW;
        await list('/activiteiten');
        // One series changes: the rebuild expands that one again, not the others.
        await sql`update activities set title = 'Gewijzigde reeks' where slug = 'reeks-7'`.execute(ctx.db);
        const misses = events.expansionCache.misses;
        assert.ok((await list('/activiteiten')).titles.length > 0);
        assert.equal(events.expansionCache.misses - misses, 0, 'a title is not part of the expansion: nothing expanded again');
        await sql`update activities set exdates = '["2026-12-09T10:00:00"]' where slug = 'reeks-7'`.execute(ctx.db);
        const before = events.expansionCache.misses;
        await list('/activiteiten');
        assert.equal(events.expansionCache.misses - before, 1, 'only the changed series is expanded again');
        assert.ok(events.expansionCache.capacity >= 60 + 20, `sized from the data (${events.expansionCache.capacity})`);
      } finally {
        events.expansionCache.minimum = floor;
        events.expansionCache.fit(0);
        for (let i = 0; i < 60; i++) await events.deleteActivity(ctx.db, `reeks-${i}`);
      }
    });
  },
  { seed: false },
);
