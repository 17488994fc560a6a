/**
 * `npm run bench:soak`: a bounded soak. Starts the real server (compiled, SQLite, demo content)
 * in its own process, loads it in rounds with a mix of pages (cached hits, uncached variants that
 * go to the database, 404s, /metrics), and reads the server's memory from its own /metrics after
 * each round. Prints a table and whether memory stayed flat: resident memory of the last round
 * within 15% of the second (the first round warms caches and the JIT).
 *
 * Environment: SOAK_MINUTES (default 3), SOAK_ROUND_SECONDS (default 20).
 * Exit code: 0 when flat and without errors, 1 otherwise.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, waitForReady } from '../test/process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const minutes = Number(process.env.SOAK_MINUTES ?? 3);
const roundSeconds = Number(process.env.SOAK_ROUND_SECONDS ?? 20);
const rounds = Math.max(3, Math.round((minutes * 60) / roundSeconds));
const FLAT_RATIO = 1.15;

function metric(text: string, name: string): number {
  const m = new RegExp(`^${name} ([0-9.e+]+)`, 'm').exec(text);
  return m ? Number(m[1]) : NaN;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-soak-'));
const port = await freePort();
const server = spawn(process.execPath, [path.join(ROOT, 'bin/expertisepunt.js'), 'serve'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
let failed = false;
try {
  await waitForReady(base);
  let n = 0;
  // Every request differs in its page number or query, so many miss the cache and hit SQLite,
  // and the cache's eviction (2000 entries) is exercised too.
  const requests = [
    { path: '/' },
    { path: '/kennis' },
    { path: '/thema/rechten-en-geld' },
    { path: '/bestaat-niet' },
    { path: '/metrics' },
    { setupRequest: (r: Record<string, unknown>) => ({ ...r, path: `/kennis?pagina=${(n++ % 3000) + 1}` }) },
    { setupRequest: (r: Record<string, unknown>) => ({ ...r, path: `/kennis?type=recht&pagina=${(n++ % 500) + 1}` }) },
  ];
  console.log(`soak: ${rounds} rounds of ${roundSeconds} s, 20 connections, server pid ${server.pid} on SQLite\n`);
  console.log('round  req/s   p99 ms  errors  rss MB  heap MB');
  const rss: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const result = await autocannon({ url: base, connections: 20, duration: roundSeconds, requests });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const rssMb = metric(metrics, 'process_resident_memory_bytes') / 1e6;
    const heapMb = metric(metrics, 'nodejs_heap_size_used_bytes') / 1e6;
    rss.push(rssMb);
    const errors = result.errors + result.timeouts + result.non2xx - (result.statusCodeStats?.['404']?.count ?? 0);
    if (errors > 0) failed = true;
    console.log(
      `${String(round).padStart(5)}  ${result.requests.average.toFixed(0).padStart(6)}  ${String(result.latency.p99).padStart(6)}  ${String(errors).padStart(6)}  ${rssMb.toFixed(1).padStart(6)}  ${heapMb.toFixed(1).padStart(7)}`,
    );
  }
  const ratio = rss[rss.length - 1]! / rss[1]!;
  const flat = ratio <= FLAT_RATIO;
  console.log(`\nresident memory, round 2 -> round ${rounds}: ${rss[1]!.toFixed(1)} -> ${rss[rss.length - 1]!.toFixed(1)} MB (x${ratio.toFixed(2)}); ${flat ? 'flat' : `GROWING (more than x${FLAT_RATIO})`}`);
  if (!flat) failed = true;
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
