/**
 * Directory pages say when a listing was last checked and flag it after a year: kept in the page cache
 * until midnight in Brussels, so the flag appears at 00:00 the day it is due (Brussels, not UTC).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';

forEachDialect('directory: cached pages follow the day', (ctx) => {
  test('the "more than a year ago" flag appears the day it is due, on the finder, the service and its organisation', async () => {
    const slug = 'dagopvang-de-linde-geel';
    await sql`update directory_services set last_verified_on = '2025-06-01' where slug = ${slug}`.execute(ctx.db);
    await sql`update directory_organizations set last_verified_on = '2025-06-01' where id = (select organization_id from directory_services where slug = ${slug})`.execute(ctx.db);
    const org = (await sql<{ slug: string }>`select o.slug from directory_organizations o join directory_services s on s.organization_id = o.id where s.slug = ${slug}`.execute(ctx.db)).rows[0]!.slug;
    // 23:59 on 1 June in Brussels (summer time, UTC+2), then midnight.
    let clock = new Date('2026-06-01T21:59:00Z');
    const app = await ctx.app({ now: () => clock });
    const flagged = async (url: string, scope: string) => {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, url);
      const $ = cheerio.load(res.body);
      return $(scope).find('.stale').length > 0;
    };
    const pages = [
      ['/ondersteuning?postcode=2440', `.card:has(a[href="/ondersteuning/${slug}"])`],
      [`/ondersteuning/${slug}`, 'main'],
      [`/organisatie/${org}`, 'main > article > :not(ul)'],
    ] as const;
    for (const [url, scope] of pages) assert.equal(await flagged(url, scope), false, `${url} at 23:59 on 1 June`);
    clock = new Date('2026-06-01T22:00:00Z');
    for (const [url, scope] of pages) assert.equal(await flagged(url, scope), true, `${url} at 00:00 on 2 June`);
  });
});
