/**
 * `tsx bench/search-profile.ts [cpu|sql|dump FILE]`: where the CPU of one uncached search goes, on a
 * SQLite database of SEARCH_BENCH_ITEMS items (default 100,000) that is built once and kept in
 * SEARCH_PROFILE_DB (default /tmp/search100k/bench.db), so runs before and after a change compare on
 * the same file. See bench/README.md.
 *
 * - cpu: CPU time per search (process.cpuUsage) over SEARCH_PROFILE_ROUNDS (default 3) rounds of the
 *   relevance queries, mean and p99, and the slowest queries. Run under `node --cpu-prof` for a profile.
 * - sql: the statements one search sends, counted and their CPU time per statement text (better-sqlite3 calls).
 * - dump FILE: every relevance query, pages 1 and 2, with facets: hits, snippets, totals, corrections,
 *   as JSON lines, to compare the results before and after a change (`diff`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';
import { demoItems } from '../src/db/seed/items/index.js';
import * as search from '../src/search/search.service.js';
import { allSearchSources } from '../src/search/search.sources.js';
import { generateItems } from './search-items.js';
import { relevanceSet } from './search-relevance.js';

const FILE = process.env.SEARCH_PROFILE_DB ?? '/tmp/search100k/bench.db';
const ITEMS = Number(process.env.SEARCH_BENCH_ITEMS ?? 100_000);
const ROUNDS = Number(process.env.SEARCH_PROFILE_ROUNDS ?? 3);
/** A fixed day, so that dumps taken on different days compare (expiry and review boosts depend on it). */
const DAY = '2026-12-04';

async function open(): Promise<{ db: Db; destroy(): Promise<void> }> {
  const fresh = !fs.existsSync(FILE);
  const handle = createDb({ databaseUrl: FILE, dialect: 'sqlite' });
  if (fresh) {
    const db = handle.db;
    await migrateToLatest(db);
    await seedDemo(db);
    process.stderr.write(`building ${FILE}: ${ITEMS} items… `);
    await generateItems(db, ITEMS - demoItems.length);
    await sql`analyze`.execute(db);
    await search.reindex(db, allSearchSources());
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
    process.stderr.write('done\n');
  }
  return handle;
}

/** Counts every statement better-sqlite3 runs, and the CPU time it takes, per SQL text. */
function traceStatements(): Map<string, { calls: number; ms: number }> {
  const stats = new Map<string, { calls: number; ms: number }>();
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['all', 'get', 'run', 'iterate']) {
    const original = proto[method]!;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      const t = process.cpuUsage();
      try {
        return original.apply(this, args);
      } finally {
        const used = process.cpuUsage(t);
        const s = stats.get(this.source) ?? { calls: 0, ms: 0 };
        s.calls++;
        s.ms += (used.user + used.system) / 1000;
        stats.set(this.source, s);
      }
    };
  }
  return stats;
}

async function cpu(db: Db): Promise<void> {
  // The first pass loads the vocabulary (first query) and analyzes every query (plans are kept after).
  await search.search(db, { q: relevanceSet[0]!.q, today: DAY });
  const first = process.cpuUsage();
  for (const r of relevanceSet.slice(1)) await search.search(db, { q: r.q, today: DAY });
  const firstUsed = process.cpuUsage(first);
  console.log(`first pass (cold: caches, pages, compiled code): ${((firstUsed.user + firstUsed.system) / 1000 / (relevanceSet.length - 1)).toFixed(3)} ms per search`);
  // Warm, but every query analyzed anew: a trailing stop word makes another query string with the same terms.
  const fresh: number[] = [];
  for (const r of relevanceSet) {
    const before = process.cpuUsage();
    await search.search(db, { q: `${r.q} de`, today: DAY });
    const used = process.cpuUsage(before);
    fresh.push((used.user + used.system) / 1000);
  }
  fresh.sort((a, b) => a - b);
  console.log(`queries not analyzed before: mean ${(fresh.reduce((x, y) => x + y, 0) / fresh.length).toFixed(3)} ms, p99 ${fresh[Math.floor(fresh.length * 0.99)]!.toFixed(2)} ms`);
  const times: { q: string; ms: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const r of relevanceSet) {
      const before = process.cpuUsage();
      await search.search(db, { q: r.q, today: DAY });
      const used = process.cpuUsage(before);
      times.push({ q: r.q, ms: (used.user + used.system) / 1000 });
    }
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const mean = sorted.reduce((x, y) => x + y, 0) / sorted.length;
  console.log(`CPU per search over ${times.length} searches: mean ${mean.toFixed(3)} ms, p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}, p99 ${sorted[Math.floor(sorted.length * 0.99)]!.toFixed(2)} ms; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const perQuery = new Map<string, number>();
  for (const t of times) perQuery.set(t.q, Math.min(perQuery.get(t.q) ?? Infinity, t.ms));
  const best = [...perQuery.values()];
  console.log(`best of ${ROUNDS} per query (less noisy on a busy machine): mean ${(best.reduce((x, y) => x + y, 0) / best.length).toFixed(3)} ms, max ${Math.max(...best).toFixed(2)} ms`);
  const worst = [...perQuery].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`slowest (best of ${ROUNDS}): ${worst.map(([q, ms]) => `"${q}" ${ms.toFixed(1)}`).join(', ')}`);
}

async function statements(db: Db): Promise<void> {
  for (const r of relevanceSet) await search.search(db, { q: r.q, today: DAY });
  const stats = traceStatements();
  const before = process.cpuUsage();
  for (const r of relevanceSet) await search.search(db, { q: r.q, today: DAY });
  const used = process.cpuUsage(before);
  const n = relevanceSet.length;
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  const calls = rows.reduce((x, [, s]) => x + s.calls, 0);
  const ms = rows.reduce((x, [, s]) => x + s.ms, 0);
  console.log(`${n} searches: ${(calls / n).toFixed(2)} statements and ${(ms / n).toFixed(3)} ms CPU in SQLite per search; CPU per search ${((used.user + used.system) / 1000 / n).toFixed(3)} ms`);
  for (const [text, s] of rows.slice(0, 15)) console.log(`${(s.calls / n).toFixed(2).padStart(6)} ×  ${(s.ms / n).toFixed(3)} ms  ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
}

async function dump(db: Db, file: string): Promise<void> {
  const lines: string[] = [];
  for (const r of relevanceSet) {
    for (const page of [1, 2]) {
      const { durationMs: _, ...result } = await search.search(db, { q: r.q, page, today: DAY, facets: page === 1 });
      lines.push(JSON.stringify(result));
    }
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${lines.length} results written to ${file}`);
}

const [command = 'cpu', arg] = process.argv.slice(2);
const handle = await open();
try {
  if (command === 'cpu') await cpu(handle.db);
  else if (command === 'sql') await statements(handle.db);
  else if (command === 'dump' && arg) await dump(handle.db, arg);
  else if (command !== 'build') throw new Error('usage: search-profile.ts [build|cpu|sql|dump FILE]');
} finally {
  await handle.destroy();
}
