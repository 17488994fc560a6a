/**
 * `npx tsx bench/calendar-cache.bench.ts`: CPU time per request of the calendar's pages (an activity, its
 * .ics, municipality pages, the feeds, the list) with the page cache off and on, in process (app.inject,
 * which copies and decodes every body: large answers cost more here than through a socket), on a SQLite
 * file with the demo content and the load bench's generated activities; then the rebuild of the kept
 * occurrences after a write and how many series it expands again. Prints figures; asserts nothing.
 *
 * Environment: ACTIVITIES (generated, default 5,000 = LOAD_SCALE 0.1), UNCACHED_RUNS (default 10),
 * CACHED_RUNS (default 200), URLS (space-separated, instead of the default list).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';
import { createApp } from '../src/app.js';
import * as events from '../src/events/events.service.js';
import { generateActivities } from './load.bench.js';

const COUNT = Number(process.env.ACTIVITIES ?? 5000);
const RUNS = { uncached: Number(process.env.UNCACHED_RUNS ?? 10), cached: Number(process.env.CACHED_RUNS ?? 200) };
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-bench-calendar-cache-'));
try {
  const handle = createDb(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  await migrateToLatest(handle.db);
  await seedDemo(handle.db);
  await generateActivities(handle.db, COUNT);
  const slug = (await sql<{ slug: string }>`select slug from activities where rrule is not null and nis_code = '13008' order by id limit 1`.execute(handle.db)).rows[0]?.slug ?? 'praatcafe-mantelzorg-geel';
  const urls = process.env.URLS?.split(' ') ?? [`/activiteiten/${slug}`, `/activiteiten/${slug}.ics`, '/gemeente/geel', '/gemeente/antwerpen', '/activiteiten.ics?postcode=2440', '/activiteiten'];
  let t = cpuMs();
  await events.warmOccurrences(handle.db);
  console.log(`${(await events.countActivities(handle.db)).toLocaleString('en-US')} activities; first build of the kept occurrences ${(cpuMs() - t).toFixed(0)} ms CPU; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  console.log('page cache'.padEnd(11), 'url'.padEnd(58), 'ms CPU/request'.padStart(15), 'bytes'.padStart(9));
  for (const cache of [false, true]) {
    const app = await createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PAGE_CACHE: String(cache) }), handle, { logger: false });
    for (const url of urls) {
      const first = await app.inject(url);
      if (first.statusCode !== 200) throw new Error(`${url}: ${first.statusCode}`);
      const n = cache ? RUNS.cached : RUNS.uncached;
      t = cpuMs();
      for (let i = 0; i < n; i++) await app.inject(url);
      console.log((cache ? 'on' : 'off').padEnd(11), url.padEnd(58), ((cpuMs() - t) / n).toFixed(2).padStart(15), String(first.rawPayload.length).padStart(9));
    }
    await app.close();
  }
  // One series changed, as an editor would: the rebuild expands that one again, not every series.
  await sql`update activities set exdates = '["2099-01-01T00:00:00"]' where id = (select min(id) from activities where rrule is not null)`.execute(handle.db);
  const misses = events.expansionCache.misses;
  t = cpuMs();
  await events.warmOccurrences(handle.db);
  console.log(`\nrebuild after a write: ${(cpuMs() - t).toFixed(0)} ms CPU, ${events.expansionCache.misses - misses} series expanded again (expansions kept ${events.expansionCache.size}, room for ${events.expansionCache.capacity}); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await handle.destroy();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
