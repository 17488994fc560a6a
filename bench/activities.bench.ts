/**
 * `npx tsx bench/activities.bench.ts`: what the activities calendar costs per request, in process
 * (app.inject, no network), on a fresh SQLite file with the demo content, and with 1,000 extra
 * recurring activities to see how the expansion on read scales. Prints figures; asserts nothing.
 *
 * Environment: BENCH_RUNS (requests per URL, default 200).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';
import { createApp } from '../src/app.js';
import * as events from '../src/events/events.service.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const URLS = ['/activiteiten', '/activiteiten?postcode=2440&afstand=20', '/activiteiten?soort=lotgenotencontact&pagina=2', '/activiteiten/praatcafe-mantelzorg-geel', '/activiteiten.ics', '/activiteiten/praatcafe-mantelzorg-geel.ics'];
const POSTCODES = ['2440', '2000', '3500', '9000', '8000', '3000', '1000', '2800', '8500', '9300'];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(app: Awaited<ReturnType<typeof createApp>>, label: string) {
  console.log(`\n${label}`);
  console.log('url'.padEnd(50), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'bytes'.padStart(8));
  for (const url of URLS) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS + 10; i++) {
      const t = performance.now();
      const res = await app.inject(url);
      const ms = performance.now() - t;
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
      bytes = res.rawPayload.length;
      if (i >= 10) times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(url.padEnd(50), quantile(times, 0.5).toFixed(1).padStart(8), quantile(times, 0.95).toFixed(1).padStart(8), String(bytes).padStart(8));
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-bench-events-'));
try {
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PAGE_CACHE: 'false' });
  const handle = createDb(config);
  await migrateToLatest(handle.db);
  let t = performance.now();
  await seedDemo(handle.db);
  console.log(`demo content seeded in ${(performance.now() - t).toFixed(0)} ms (${await events.countActivities(handle.db)} activities)`);
  const app = await createApp(config, handle, { logger: false });
  await measure(app, `demo calendar, ${RUNS} requests per URL`);

  t = performance.now();
  for (let i = 0; i < 1000; i++) {
    await events.saveActivity(handle.db, {
      slug: `bench-${i}`,
      kind: i % 2 ? 'peer_support' : 'training',
      title: `Bench-activiteit ${i}`,
      summary: 'Voor de meting.',
      organiser: 'Samana',
      place: { postcode: POSTCODES[i % POSTCODES.length] },
      startLocal: '2026-01-06T19:00',
      endLocal: '2026-01-06T21:00',
      rrule: i % 3 ? 'FREQ=MONTHLY;BYDAY=1TU' : 'FREQ=WEEKLY',
      exdates: ['2026-02-03T19:00'],
      audiences: ['mantelzorgers'],
      source: 'editor',
    });
  }
  console.log(`\n1,000 recurring activities saved in ${(performance.now() - t).toFixed(0)} ms`);
  await measure(app, `with 1,000 extra recurring activities, ${RUNS} requests per URL`);
  await app.close();
  await handle.destroy();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
