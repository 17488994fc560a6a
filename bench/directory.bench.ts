/**
 * `npx tsx bench/directory.bench.ts`: the directory's costs on an SQLite file with the demo data,
 * in process (no page cache, so every request renders): the support finder, a municipality page,
 * the HSDS export and the import of that export. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';
import { createApp } from '../src/app.js';
import * as directory from '../src/directory/directory.service.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-bench-dir-'));
try {
  const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: path.join(dir, 'bench.db'), LOG_LEVEL: 'silent', PAGE_CACHE: 'false' });
  const handle = createDb(config);
  await migrateToLatest(handle.db);
  let t = performance.now();
  await seedDemo(handle.db);
  console.log(`seed (all demo content)            ${(performance.now() - t).toFixed(0)} ms`);
  const app = await createApp(config, handle, { logger: false });

  async function measure(label: string, urls: string[]) {
    for (const url of urls) await app.inject(url); // warm up
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const url = urls[i % urls.length]!;
      const start = performance.now();
      const res = await app.inject(url);
      times.push(performance.now() - start);
      if (res.statusCode >= 500) throw new Error(`${url}: ${res.statusCode}`);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(`${label.padEnd(36)} p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  (${ROUNDS} renders)`);
  }

  await measure('/ondersteuning?postcode=…', ['/ondersteuning?postcode=2440', '/ondersteuning?postcode=9000', '/ondersteuning?postcode=1050', '/ondersteuning?postcode=Kortrijk&soort=respijtzorg']);
  await measure('/gemeente/<slug>', ['/gemeente/geel', '/gemeente/gent', '/gemeente/elsene']);
  await measure('/organisatie/<slug>', ['/organisatie/samana', '/organisatie/dvc-de-linde-geel']);
  await measure('/api/hsds/services?per_page=20', ['/api/hsds/services?per_page=20']);

  t = performance.now();
  const doc = await directory.exportHsds(handle.db, config.baseUrl);
  const json = JSON.stringify(doc);
  console.log(`HSDS export                        ${(performance.now() - t).toFixed(0)} ms, ${doc.organizations.length} organisations, ${doc.services.length} services, ${(json.length / 1024).toFixed(0)} KiB`);
  t = performance.now();
  await directory.importHsds(handle.db, JSON.parse(json), { sourceTitle: 'bench' });
  console.log(`HSDS import of that export         ${(performance.now() - t).toFixed(0)} ms (validation and one transaction)`);
  await app.close();
  await handle.destroy();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
