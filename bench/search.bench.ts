/**
 * `npm run bench:search`: quality and speed of the site search. See bench/README.md.
 *
 * 1. Relevance: the queries of bench/search-relevance.ts against the demo content, on SQLite and
 *    PostgreSQL; MRR and success@3 per kind of query and overall.
 * 2. Scale: SEARCH_BENCH_ITEMS generated items (default 100,000) varied from the demo content;
 *    time to reindex them, the index size, and p50/p99 of GET /api/v1/search at 20 connections,
 *    with the server in a child process.
 *
 * Environment: SEARCH_BENCH_ITEMS (default 100000; e.g. 5000 for a quick run), SEARCH_BENCH_SECONDS
 * (per load run, default 10), SEARCH_BENCH_DIALECTS (default "sqlite,postgres"), SEARCH_BENCH_SKIP
 * ("relevance" or "scale"), TEST_DATABASE_URL (PostgreSQL server, default postgres://postgres@127.0.0.1:5432/test).
 * Exit code 0 when the bench ran (targets are reported, not enforced), 1 when it failed.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Dialect } from '../src/config.js';
import type { Db } from '../src/db/database.js';
import { seedDemo } from '../src/db/seed/index.js';
import { demoItems } from '../src/db/seed/items/index.js';
import * as search from '../src/search/search.service.js';
import { allSearchSources } from '../src/search/search.sources.js';
import { createBenchDb, type BenchDb } from './bench-db.js';
import { generateItems } from './search-items.js';
import { generatorOf, runLoad, type LoadResult } from './load-generator.js';
import { answerKind, answerOf, relevanceSet, type AnswerKind, type QueryKind } from './search-relevance.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 20;
const TARGETS = { success3: 0.9, kindSuccess3: 0.8, p99Ms: 50, reindexSeconds: 120 };

function envNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${text}")`);
  return n;
}

const ITEMS = Math.round(envNumber('SEARCH_BENCH_ITEMS', 100_000));
const SECONDS = envNumber('SEARCH_BENCH_SECONDS', 10);
const DIALECTS = (process.env.SEARCH_BENCH_DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()) as Dialect[];
const SKIP = new Set((process.env.SEARCH_BENCH_SKIP ?? '').split(',').filter(Boolean));
const ORDER = process.env.SEARCH_BENCH_ORDER ?? 'mixed';
/** Reader threads for the last uncached run on SQLite (0: no such run). */
const READERS = process.env.SEARCH_BENCH_READERS === '0' ? 0 : Math.round(envNumber('SEARCH_BENCH_READERS', 2));
if (ORDER !== 'mixed' && ORDER !== 'same') throw new Error(`SEARCH_BENCH_ORDER must be mixed or same (got "${ORDER}")`);

// ---------------------------------------------------------------------------------------------
// Databases

// ---------------------------------------------------------------------------------------------
// Output

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

// ---------------------------------------------------------------------------------------------
// 1. Relevance

interface Score {
  n: number;
  rr: number;
  hit3: number;
}

interface Relevance {
  overall: Score;
  perKind: Map<QueryKind, Score>;
  /** the old rule, for comparison: only knowledge items count as answers */
  itemsOnly: Score;
  /** what the first three results were, per kind of record */
  top3Kinds: Map<AnswerKind, number>;
  /** which kind of record the first right answer was */
  answeredBy: Map<AnswerKind, number>;
  misses: string[];
}

function add(s: Score, rank: number): void {
  s.n++;
  s.rr += rank > 0 ? 1 / rank : 0;
  s.hit3 += rank > 0 && rank <= 3 ? 1 : 0;
}

async function relevance(dialect: Dialect): Promise<Relevance> {
  const bench = await createBenchDb(dialect, 'rel');
  try {
    await seedDemo(bench.handle.db);
    const r: Relevance = { overall: { n: 0, rr: 0, hit3: 0 }, perKind: new Map(), itemsOnly: { n: 0, rr: 0, hit3: 0 }, top3Kinds: new Map(), answeredBy: new Map(), misses: [] };
    for (const query of relevanceSet) {
      const result = await search.search(bench.handle.db, { q: query.q, pageSize: 10 });
      const ranked = result.hits.map((h) => answerOf(h.url));
      const rank = ranked.findIndex((answer) => query.expect.includes(answer)) + 1;
      const score = r.perKind.get(query.kind) ?? { n: 0, rr: 0, hit3: 0 };
      add(score, rank);
      add(r.overall, rank);
      r.perKind.set(query.kind, score);
      const items = query.expect.filter((e) => answerKind(e) === 'item');
      if (items.length > 0) add(r.itemsOnly, ranked.findIndex((answer) => items.includes(answer)) + 1);
      for (const answer of ranked.slice(0, 3)) r.top3Kinds.set(answerKind(answer), (r.top3Kinds.get(answerKind(answer)) ?? 0) + 1);
      if (rank > 0) r.answeredBy.set(answerKind(ranked[rank - 1]!), (r.answeredBy.get(answerKind(ranked[rank - 1]!)) ?? 0) + 1);
      if (rank === 0 || rank > 3) r.misses.push(`  [${query.kind}] "${query.q}": rank ${rank || '-'}; top 3: ${ranked.slice(0, 3).join(', ') || '(none)'}`);
    }
    return r;
  } finally {
    await bench.drop();
  }
}

function printRelevance(dialect: Dialect, r: Awaited<ReturnType<typeof relevance>>): void {
  const rows = [...r.perKind].map(([kind, s]) => [kind, String(s.n), (s.rr / s.n).toFixed(3), (s.hit3 / s.n).toFixed(3)]);
  rows.push(['overall', String(r.overall.n), (r.overall.rr / r.overall.n).toFixed(3), (r.overall.hit3 / r.overall.n).toFixed(3)]);
  const worst = Math.min(...[...r.perKind.values()].map((s) => s.hit3 / s.n));
  console.log(`\nrelevance on ${dialect}: ${relevanceSet.length} queries against ${demoItems.length} demo items`);
  console.log(table(['kind', 'queries', 'MRR', 'success@3'], rows));
  console.log(`success@3 ≥ ${TARGETS.success3} overall: ${pass(r.overall.hit3 / r.overall.n >= TARGETS.success3)}; no kind under ${TARGETS.kindSuccess3}: ${pass(worst >= TARGETS.kindSuccess3)}`);
  const kinds = (m: Map<AnswerKind, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`items only (the earlier rule, ${r.itemsOnly.n} queries with an item answer): MRR ${(r.itemsOnly.rr / r.itemsOnly.n).toFixed(3)}, success@3 ${(r.itemsOnly.hit3 / r.itemsOnly.n).toFixed(3)}`);
  console.log(`first three results by kind: ${kinds(r.top3Kinds)}; first right answer by kind: ${kinds(r.answeredBy)}`);
  if (r.misses.length) console.log(`not in the top 3:\n${r.misses.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Scale

async function freePort(): Promise<number> {
  const srv = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => srv.once('listening', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

async function startServer(bench: BenchDb, extraEnv: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', BASE_URL: url, DATA_DIR: bench.dataDir, DATABASE_URL: bench.url, LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...extraEnv };
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/expertisepunt.js'), 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    const ok = await fetch(`${url}/api/v1/search?q=zorg`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** CPU time (this process: ranking and, on SQLite, the queries) per uncached search, mean and p99, over three rounds of the relevance queries. */
/**
 * CPU ms per search in this process: `repeated`, the relevance queries three times over (as the load
 * runs ask them: a query's plan, its analysis and typo corrections, is kept from the first time);
 * `fresh`, every query analyzed anew (a trailing stop word makes a new query string with the same terms).
 */
async function searchCpu(db: Db): Promise<{ repeated: { mean: number; p99: number }; fresh: { mean: number; p99: number } }> {
  const measure = async (queries: string[]) => {
    const times: number[] = [];
    for (const q of queries) {
      const before = process.cpuUsage();
      await search.search(db, { q });
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    return { mean: times.reduce((x, y) => x + y, 0) / times.length, p99: times[Math.floor(times.length * 0.99)]! };
  };
  const queries = relevanceSet.map((r) => r.q);
  await measure(queries);
  return { repeated: await measure([...queries, ...queries, ...queries]), fresh: await measure(queries.map((q) => `${q} de`)) };
}

const loadAverage = () => os.loadavg()[0]!.toFixed(1);

/**
 * One load run at CONNECTIONS connections. `mixed` (the default): every request, from whichever
 * connection, takes the next query of the list, so the 20 connections ask 20 different queries at a
 * time, as 20 people would (wrk when installed, else autocannon: bench/load-generator.ts). `same`
 * (SEARCH_BENCH_ORDER=same, the bench before 5 December; autocannon only): every connection goes
 * through the list from its start, so the connections move in step and the queue holds 20 copies of
 * one query at a time: an expensive query arrives 20 times at once.
 */
function loadRun(url: string, paths: string[], seconds: number): Promise<LoadResult> {
  return runLoad({ url, paths, connections: CONNECTIONS, seconds, inStep: ORDER === 'same' });
}

async function scale(dialect: Dialect): Promise<void> {
  const bench = await createBenchDb(dialect, 'scale');
  try {
    const db = bench.handle.db;
    await seedDemo(db);
    process.stderr.write(`${dialect}: generating ${ITEMS.toLocaleString('en-US')} items… `);
    let t = performance.now();
    await generateItems(db, ITEMS - demoItems.length);
    // Statistics for the generated rows, as autovacuum would gather (it may be off, as on the bench
    // machine): without them the planner takes items for a small table, and every reindex batch read
    // and sorted all published items (two thirds of a 270 s reindex at 100,000 on PostgreSQL).
    await sql`analyze`.execute(db);
    process.stderr.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);

    t = performance.now();
    let shown = -1;
    const result = await search.reindex(db, allSearchSources(), (p) => {
      const step = Math.floor((p.done / p.total) * 10);
      if (p.phase === 'index' && step !== shown) {
        shown = step;
        process.stderr.write(`  reindex ${p.done}/${p.total}\n`);
      }
    });
    const reindexSeconds = (performance.now() - t) / 1000;
    const reindexLoad = loadAverage();
    if (dialect === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(db);
    const size = await search.indexSize(db);

    // CPU per search: every relevance query in turn, in this process, computing every answer.
    const cpuMs = await searchCpu(db);

    // The relevance queries against a server in its own process: once with the result cache
    // (PAGE_CACHE, the default; popular queries repeat), then computing every answer.
    const paths = relevanceSet.map((r) => `/api/v1/search?q=${encodeURIComponent(r.q)}`);
    const runs: { label: string; p50: number; p99: number; rps: number; errors: number; non2xx: number; load: string; generatorCpu: number }[] = [];
    // Uncached on SQLite: on the main connection, and on reader threads (SEARCH_READERS), which is
    // what a large SQLite installation should run (docs/OPERATIONS.md).
    const setups: [string, Record<string, string>][] = [
      ['cached', { PAGE_CACHE: 'true' }],
      ['uncached', { PAGE_CACHE: 'false', SEARCH_READERS: '0' }],
    ];
    if (dialect === 'sqlite' && READERS > 0) setups.push([`uncached, ${READERS} readers`, { PAGE_CACHE: 'false', SEARCH_READERS: String(READERS) }]);
    for (const [label, env] of setups) {
      const server = await startServer(bench, env);
      try {
        // Warm-up: every query once (with the cache on, this is when the answers are computed), then 2 s of load.
        for (const p of paths) await fetch(server.url + p).then((res) => res.arrayBuffer());
        await loadRun(server.url, paths, 2);
        const r = await loadRun(server.url, paths, SECONDS);
        runs.push({ label, p50: r.p50, p99: r.p99, rps: r.rps, errors: r.errors, non2xx: r.non2xx, load: loadAverage(), generatorCpu: r.generatorCpu });
      } finally {
        await server.stop();
      }
    }
    const generator = generatorOf({ inStep: ORDER === 'same' });
    console.log(`\nscale on ${dialect}: ${result.documents.toLocaleString('en-US')} documents, ${result.terms.toLocaleString('en-US')} terms, ${CONNECTIONS} connections, ${SECONDS} s per run, query order: ${ORDER}, load generator: ${generator}`);
    console.log(
      table(
        ['measure', 'value', 'target'],
        [
          ['reindex (s)', reindexSeconds.toFixed(1), `< ${TARGETS.reindexSeconds} ${pass(reindexSeconds < TARGETS.reindexSeconds)}`],
          ['  load average after reindex', reindexLoad, ''],
          ['index size (MB)', (size / 1024 / 1024).toFixed(1), ''],
          ['CPU per search, mean (ms)', cpuMs.repeated.mean.toFixed(2), ''],
          ['CPU per search, p99 (ms)', cpuMs.repeated.p99.toFixed(2), ''],
          ['  query analyzed anew, mean (ms)', cpuMs.fresh.mean.toFixed(2), ''],
          ['  query analyzed anew, p99 (ms)', cpuMs.fresh.p99.toFixed(2), ''],
          ...runs.flatMap((run) => [
            [`API p50, ${run.label} (ms)`, run.p50.toFixed(1), ''],
            [`API p99, ${run.label} (ms)`, run.p99.toFixed(1), dialect === 'sqlite' ? `< ${TARGETS.p99Ms} ${pass(run.p99 < TARGETS.p99Ms)}` : ''],
            [`API requests/s, ${run.label}`, Math.round(run.rps).toString(), ''],
            [`errors / non-2xx, ${run.label}`, `${run.errors} / ${run.non2xx}`, '0 / 0'],
            [`  load generator CPU (s), ${run.label}`, run.generatorCpu.toFixed(1), ''],
            [`  load average, ${run.label}`, run.load, ''],
          ]),
        ],
      ),
    );
    if (runs.some((run) => run.errors > 0 || run.non2xx > 0)) process.exitCode = 1;
  } finally {
    await bench.drop();
  }
}

// ---------------------------------------------------------------------------------------------

try {
  console.log(`expertisepunt search bench: Node ${process.version}, ${os.cpus().length} CPUs`);
  if (!SKIP.has('relevance')) for (const dialect of DIALECTS) printRelevance(dialect, await relevance(dialect));
  if (!SKIP.has('scale')) for (const dialect of DIALECTS) await scale(dialect);
} catch (err) {
  process.stderr.write(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
