/**
 * `npm run bench`: throughput and latency of three public pages of the real server, next to a
 * plain node:http server that answers the same bytes from memory (the ceiling for one Node
 * process on this machine), plus the server's peak memory. See bench/README.md.
 *
 * The server and the baseline each run in their own child process, so the load generator
 * (autocannon, in this process) never shares an event loop with what it measures.
 *
 * Environment: BENCH_SECONDS (measured seconds per run, default 10).
 * Exit code: 0 when every run completed (targets are reported, not enforced); 1 when the bench
 * itself failed (startup failure, connection errors, timeouts or non-2xx responses).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { ConfigError, loadConfig } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const STARTUP_TIMEOUT_MS = 60_000;
const RSS_SAMPLE_MS = 200;

const TARGET_ITEM_RATIO = 0.8;
const TARGET_ITEM_P99_MS = 25;
const TARGET_RSS_MB = 150;

interface Page {
  name: string;
  path: string;
}

interface Measurement {
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requests: number;
}

class BenchError extends Error {}

function benchSeconds(): number {
  const text = process.env.BENCH_SECONDS;
  if (text === undefined || text === '') return 10;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new BenchError(`BENCH_SECONDS must be a positive number (got "${text}")`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface Child {
  label: string;
  proc: ChildProcess;
  /** last part of stdout+stderr, shown when something goes wrong */
  output(): string;
  exited: Promise<void>;
}

function startChild(label: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-16_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once('exit', () => resolve());
  });
  proc.once('error', (err) => keep(Buffer.from(`\n[spawn error] ${err.message}\n`)));
  return { label, proc, output: () => log, exited };
}

function isRunning(child: Child): boolean {
  return child.proc.exitCode === null && child.proc.signalCode === null;
}

async function stopChild(child: Child): Promise<void> {
  if (!isRunning(child)) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (isRunning(child)) child.proc.kill('SIGKILL');
  }, 5_000);
  await child.exited;
  clearTimeout(timer);
}

function childFailure(child: Child, message: string): BenchError {
  const tail = child.output().trim();
  return new BenchError(`${child.label}: ${message}${tail ? `\n--- last output of ${child.label} ---\n${tail}` : ''}`);
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A plain GET without accept-encoding, so the bytes are what autocannon receives too. */
function get(url: string, timeoutMs = 5_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

async function waitUntilAnswering(child: Child, url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (!isRunning(child)) throw childFailure(child, `exited during startup (exit ${child.proc.exitCode ?? child.proc.signalCode})`);
    try {
      const res = await get(url, 2_000);
      if (res.status === 200) return;
      throw childFailure(child, `GET ${url} returned status ${res.status}`);
    } catch (err) {
      if (err instanceof BenchError) throw err;
      // not listening yet
    }
    if (Date.now() > deadline) throw childFailure(child, `did not answer GET ${url} within ${STARTUP_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForListeningLine(child: Child): Promise<number> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    const m = /LISTENING (\d+)/.exec(child.output());
    if (m) return Number(m[1]);
    if (!isRunning(child)) throw childFailure(child, `exited during startup (exit ${child.proc.exitCode ?? child.proc.signalCode})`);
    if (Date.now() > deadline) throw childFailure(child, `did not start within ${STARTUP_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// Memory

/** Resident set size of a process in kB, from /proc (Linux), or undefined. */
function rssKb(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function rssSampler(pid: number) {
  let peak: number | undefined;
  const sample = () => {
    const kb = rssKb(pid);
    if (kb !== undefined && (peak === undefined || kb > peak)) peak = kb;
    return kb;
  };
  const first = sample();
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  timer.unref();
  return {
    firstKb: first,
    stop(): number | undefined {
      sample();
      clearInterval(timer);
      return peak;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Load

async function load(url: string, seconds: number, title: string): Promise<Result> {
  return await autocannon({ url, connections: CONNECTIONS, duration: seconds, title });
}

function summarise(r: Result): Measurement {
  return {
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    requests: r['2xx'] + r.non2xx,
  };
}

function problemsOf(label: string, r: Result): string[] {
  const problems: string[] = [];
  if (r.errors > 0) problems.push(`${label}: ${r.errors} errors (${r.timeouts} of them timeouts)`);
  if (r.non2xx > 0) {
    const codes = Object.entries(r.statusCodeStats)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, s]) => `${code}×${s.count}`)
      .join(', ');
    problems.push(`${label}: ${r.non2xx} non-2xx responses (${codes})`);
  }
  if (r['2xx'] === 0) problems.push(`${label}: no successful response at all`);
  return problems;
}

async function measure(label: string, url: string, seconds: number, problems: string[]): Promise<Measurement> {
  process.stderr.write(`  ${label}: warm-up ${WARMUP_SECONDS} s, measuring ${seconds} s… `);
  const warm = await load(url, WARMUP_SECONDS, `${label} (warm-up)`);
  problems.push(...problemsOf(`${label} (warm-up)`, warm));
  const result = await load(url, seconds, label);
  problems.push(...problemsOf(label, result));
  const m = summarise(result);
  process.stderr.write(`${Math.round(m.reqPerSec)} req/s\n`);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Output

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fmtRate = (n: number) => Math.round(n).toString();
const fmtMs = (n: number) => n.toFixed(1);
const fmtMb = (kb: number) => (kb / 1024).toFixed(1);
const passFail = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const seconds = benchSeconds();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'expertisepunt-bench-'));
  const children: Child[] = [];
  let cleanedUp = false;
  const cleanup = async () => {
    if (cleanedUp) return;
    cleanedUp = true;
    await Promise.all(children.map(stopChild));
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: cleaning up…\n`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    // 1. A fresh copy of the demo database.
    const databaseUrl = path.join(tmp, 'expertisepunt.db');
    const config = loadConfig({ DATA_DIR: tmp, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000' });
    const handle = createDb(config);
    let itemSlug: string;
    let counts: Awaited<ReturnType<typeof seedDemo>>;
    try {
      await migrateToLatest(handle.db);
      counts = await seedDemo(handle.db);
      const right = await handle.db
        .selectFrom('items')
        .select('slug')
        .where('type', '=', 'right')
        .where('status', '=', 'published')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!right) throw new BenchError('the demo content has no published item of type "right"');
      itemSlug = right.slug;
    } finally {
      await handle.destroy();
    }

    const pages: Page[] = [
      { name: 'home', path: '/' },
      { name: 'item', path: `/kennis/${itemSlug}` },
      { name: 'theme', path: '/thema/rechten-en-geld' },
    ];

    // 2. The real server in a child process.
    const port = await freePort();
    const serverUrl = `http://127.0.0.1:${port}`;
    const serverEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: serverUrl,
      DATA_DIR: tmp,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
    };
    const serverConfig = loadConfig(serverEnv); // the server reads the same; fails early on a bad PAGE_CACHE etc.
    const server = startChild('server', [path.join(ROOT, 'bin/expertisepunt.js'), 'serve'], serverEnv);
    children.push(server);
    const startedAt = Date.now();
    await waitUntilAnswering(server, `${serverUrl}/`);
    const startupMs = Date.now() - startedAt;
    const pid = server.proc.pid;
    if (pid === undefined) throw childFailure(server, 'has no pid');
    const rss = rssSampler(pid);

    // 5a. The exact bytes of each page, for the baseline.
    const manifest: Record<string, string> = {};
    const sizes = new Map<string, number>();
    for (const [i, page] of pages.entries()) {
      const res = await get(serverUrl + page.path);
      if (res.status !== 200) throw childFailure(server, `GET ${page.path} returned status ${res.status}`);
      if (!String(res.headers['content-type'] ?? '').startsWith('text/html')) throw new BenchError(`GET ${page.path} returned content-type ${res.headers['content-type']}`);
      if (res.headers['content-encoding']) throw new BenchError(`GET ${page.path} came back compressed (${res.headers['content-encoding']})`);
      const file = path.join(tmp, `page-${i}.html`);
      fs.writeFileSync(file, res.body);
      manifest[page.path] = file;
      sizes.set(page.path, res.body.length);
    }
    const manifestFile = path.join(tmp, 'baseline-pages.json');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));

    // 5b. The baseline in a second child process.
    const baseline = startChild('baseline', ['--import', 'tsx', path.join(ROOT, 'bench/static-baseline.ts'), manifestFile], {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
    });
    children.push(baseline);
    const baselinePort = await waitForListeningLine(baseline);
    const baselineUrl = `http://127.0.0.1:${baselinePort}`;
    const baselineRss = baseline.proc.pid !== undefined ? rssSampler(baseline.proc.pid) : undefined;
    for (const page of pages) {
      const res = await get(baselineUrl + page.path);
      if (res.status !== 200 || res.body.length !== sizes.get(page.path)) throw childFailure(baseline, `GET ${page.path} did not return the same bytes`);
    }

    process.stderr.write(`server ready after ${startupMs} ms; ${CONNECTIONS} connections, ${seconds} s per run after ${WARMUP_SECONDS} s warm-up\n`);

    // 4. Measure each page on the server, then on the baseline.
    const problems: string[] = [];
    const results: { page: Page; server: Measurement; baseline: Measurement }[] = [];
    for (const page of pages) {
      const s = await measure(`server   ${page.path}`, serverUrl + page.path, seconds, problems);
      const b = await measure(`baseline ${page.path}`, baselineUrl + page.path, seconds, problems);
      results.push({ page, server: s, baseline: b });
    }
    const peakKb = rss.stop();
    const baselinePeakKb = baselineRss?.stop();
    if (!isRunning(server)) problems.push(`the server exited during the runs (exit ${server.proc.exitCode ?? server.proc.signalCode})`);

    // 6. Report.
    const rows = results.map(({ page, server: s, baseline: b }) => [
      page.name,
      page.path,
      `${(sizes.get(page.path) ?? 0).toLocaleString('en-US')}`,
      fmtRate(s.reqPerSec),
      fmtMs(s.p50),
      fmtMs(s.p99),
      fmtRate(b.reqPerSec),
      fmtMs(b.p50),
      fmtMs(b.p99),
      (s.reqPerSec / b.reqPerSec).toFixed(2),
    ]);
    const out: string[] = [];
    out.push('');
    out.push(`expertisepunt site bench: ${CONNECTIONS} connections, ${seconds} s per run after ${WARMUP_SECONDS} s warm-up, Node ${process.version}, ${os.cpus().length} CPUs`);
    out.push(`page cache: ${serverConfig.pageCache ? 'on' : 'off'} (PAGE_CACHE); demo content: ${counts.items} items, ${counts.themes} themes, ${counts.pages} pages`);
    out.push('');
    out.push(
      table(
        ['page', 'path', 'bytes', 'server req/s', 'p50 ms', 'p99 ms', 'baseline req/s', 'p50 ms', 'p99 ms', 'ratio'],
        rows,
        [false, false, true, true, true, true, true, true, true, true],
      ),
    );
    out.push('');
    const totals = results.flatMap((r) => [r.server, r.baseline]);
    out.push(
      `requests: ${totals.reduce((n, m) => n + m.requests, 0).toLocaleString('en-US')} measured; ` +
        `non-2xx: ${totals.reduce((n, m) => n + m.non2xx, 0)}, errors: ${totals.reduce((n, m) => n + m.errors, 0)}, timeouts: ${totals.reduce((n, m) => n + m.timeouts, 0)}`,
    );
    out.push(`server RSS: ${rss.firstKb !== undefined ? fmtMb(rss.firstKb) : 'n/a'} MB after startup, peak ${peakKb !== undefined ? fmtMb(peakKb) : 'n/a'} MB (sampled every ${RSS_SAMPLE_MS} ms)`);
    out.push(
      `baseline RSS (for reference, same Node + tsx loader): ${baselineRss?.firstKb !== undefined ? fmtMb(baselineRss.firstKb) : 'n/a'} MB after startup, ` +
        `peak ${baselinePeakKb !== undefined ? fmtMb(baselinePeakKb) : 'n/a'} MB`,
    );
    out.push('');

    const item = results.find((r) => r.page.name === 'item');
    if (item) {
      const ratio = item.server.reqPerSec / item.baseline.reqPerSec;
      out.push(`item page ≥ ${TARGET_ITEM_RATIO}x baseline: ${passFail(ratio >= TARGET_ITEM_RATIO)} (${ratio.toFixed(2)})`);
      out.push(`item p99 < ${TARGET_ITEM_P99_MS} ms: ${passFail(item.server.p99 < TARGET_ITEM_P99_MS)} (${fmtMs(item.server.p99)} ms)`);
    }
    out.push(`RSS < ${TARGET_RSS_MB} MB: ${peakKb === undefined ? 'n/a (no /proc)' : `${passFail(peakKb / 1024 < TARGET_RSS_MB)} (${fmtMb(peakKb)} MB)`}`);
    process.stdout.write(out.join('\n') + '\n');

    if (problems.length > 0) {
      process.stderr.write(`\nThe bench itself failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      const tail = server.output().trim();
      if (tail) process.stderr.write(`--- last output of the server ---\n${tail}\n`);
      return 1;
    }
    return 0;
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`\nbench failed: ${err instanceof BenchError || err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
