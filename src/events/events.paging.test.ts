/**
 * The calendar's pages read single events a page at a time from the database: every page must be
 * exactly the slice of the full, expanded list (series and single events mixed, ties included).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../test/dialects.js';
import { generateActivities } from '../../bench/load.bench.js';
import * as events from './events.service.js';

forEachDialect('calendar pages with many activities', (ctx) => {
  test('each page equals the slice of every occurrence, with or without filters', { timeout: 120_000 }, async () => {
    await generateActivities(ctx.db, 600);
    // Thirty single events at the very same moment as another one, across a page boundary.
    const singles = ctx.db.selectFrom('activities').where('rrule', 'is', null).where('starts_at', '>', new Date().toISOString()).orderBy('id');
    const first = await singles.selectAll().executeTakeFirstOrThrow();
    const same = { starts_local: first.starts_local, ends_local: first.ends_local, starts_at: first.starts_at, ends_at: first.ends_at, last_ends_at: first.last_ends_at, time_zone: first.time_zone, all_day: first.all_day };
    const ids = (await singles.select('id').limit(31).execute()).map((r) => r.id).slice(1);
    await ctx.db.updateTable('activities').set(same).where('id', 'in', ids).execute();
    const now = new Date();
    const base = { from: now, to: new Date(now.getTime() + 365 * 86_400_000) };
    const key = (o: events.Occurrence) => `${o.activity.id}@${o.start} ${o.title} ${o.distanceKm ?? ''}`;
    const near = { lat: 51.2194, lon: 4.4025, km: 40 };
    for (const filter of [base, { ...base, kinds: ['peer_support', 'info_session'] as events.ActivityKind[] }, { ...base, audience: 'mantelzorgers' }, { ...base, near }, { ...base, near, audience: 'mantelzorgers' }, { from: new Date(now.getTime() + 10 * 86_400_000), to: new Date(now.getTime() + 375 * 86_400_000) }]) {
      const all = await events.listAllOccurrences(ctx.db, filter);
      assert.ok(all.length > 100, `enough occurrences (${all.length})`);
      assert.ok(all.some((o) => o.activity.rrule !== null) && all.some((o) => o.activity.rrule === null), 'series and single events');
      const pageCount = Math.ceil(all.length / 20);
      for (const page of [1, 2, 3, Math.floor(pageCount / 2), pageCount, pageCount + 5]) {
        const got = await events.listOccurrences(ctx.db, filter, { page });
        const expected = Math.min(page, pageCount);
        assert.equal(got.total, all.length);
        assert.equal(got.page, expected);
        assert.equal(got.pageCount, pageCount);
        assert.deepEqual(got.items.map(key), all.slice((expected - 1) * 20, expected * 20).map(key), `page ${page}`);
      }
    }
  });
});
