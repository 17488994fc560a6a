/**
 * `npm run bench:load`: the site at national-campaign size. See bench/README.md.
 *
 * 1. Generates 100,000 items, 10,000 organisations (with their services, locations and service
 *    areas) and 50,000 activities from the demo content, in batched transactions, then rebuilds
 *    the search index; both timed. Once on PostgreSQL, once on SQLite.
 * 2. Loads five public pages (home, an item page, search, the support finder, the calendar) with
 *    wrk (or autocannon, see load-generator.ts) at 100 connections through nginx on loopback, in three setups: one app process on
 *    PostgreSQL, two app processes on PostgreSQL and Redis, one app process on SQLite.
 * 3. Prints requests/s, p50 and p99 per page and setup, and the two-process/one-process ratio.
 *
 * Environment: LOAD_SCALE (data size, default 1 = the sizes above; 0.01 for a quick run),
 * LOAD_SECONDS (measured seconds per page and setup, default 10), LOAD_SETUPS (default
 * "pg1,pg2,sqlite"), TEST_DATABASE_URL (the PostgreSQL server; the bench creates and drops its own
 * database), TEST_REDIS_URL, NGINX (default /usr/sbin/nginx).
 * Exit code 0 when the bench ran (targets are reported, not enforced), 1 when it failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { Dialect } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/index.js';
import * as search from '../src/search/search.service.js';
import { allSearchSources } from '../src/search/search.sources.js';
import { relevanceSet } from './search-relevance.js';
import { createBenchDb, type BenchDb } from './bench-db.js';
import { cpuSnapshot, cpuUsed } from './machine-cpu.js';
import { GENERATOR, runLoad, type LoadResult } from './load-generator.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const CONNECTIONS = 100;
const WARMUP_SECONDS = 2;
const TARGETS = { ratio: 1.6, p99Ms: 100 };

function envNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${text}")`);
  return n;
}

const SCALE = envNumber('LOAD_SCALE', 1);
/** LOAD_PAGES: some of the pages only, by name (home, item, search, support finder, calendar) */
const PAGES = process.env.LOAD_PAGES ? process.env.LOAD_PAGES.split(',').map((s) => s.trim()) : null;
const CPU_PROF_DIR = process.env.LOAD_CPU_PROF ? path.resolve(process.env.LOAD_CPU_PROF) : '';
const SECONDS = envNumber('LOAD_SECONDS', 10);
const SIZES = { items: Math.round(100_000 * SCALE), organisations: Math.round(10_000 * SCALE), activities: Math.round(50_000 * SCALE) };
/** Search reader threads of the SQLite app (LOAD_SEARCH_READERS, default 2). */
const SQLITE_SEARCH_READERS = String(Math.round(Number(process.env.LOAD_SEARCH_READERS ?? 2)));
const SETUPS = (process.env.LOAD_SETUPS ?? 'pg1,pg2,sqlite').split(',').map((s) => s.trim()) as SetupName[];
type SetupName = 'pg1' | 'pg2' | 'sqlite';
const SETUP_LABELS: Record<SetupName, string> = { pg1: 'PostgreSQL, 1 process', pg2: 'PostgreSQL + Redis, 2 processes', sqlite: 'SQLite, 1 process' };

/** Everything started, so a failure or Ctrl-C still stops it. */
const cleanups: (() => Promise<void>)[] = [];

// ---------------------------------------------------------------------------------------------
// Data

let seed = 42;
function rnd(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const PLACES = ['Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Hasselt', 'Mechelen', 'Kortrijk', 'Aalst', 'Genk', 'Roeselare', 'Geel', 'Turnhout'];
/**
 * Rows per INSERT: as many as the database's limit on bound parameters allows (SQLite 32,766,
 * PostgreSQL 65,535), at most 2,000. Far fewer statements than one per 500 rows.
 */
function batchOf(rows: readonly object[]): number {
  const columns = Math.max(1, ...rows.slice(0, 10).map((r) => Object.keys(r).length));
  return Math.max(1, Math.min(2000, Math.floor(30_000 / columns)));
}

/** Inserts rows with multi-row INSERTs in the caller's transaction. */
async function insertBatches<T extends keyof import('../src/db/database.js').Database & string>(tx: Db, table: T, rows: object[]): Promise<void> {
  const size = batchOf(rows);
  for (let i = 0; i < rows.length; i += size) await tx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

/** Inserts rows and returns their new ids in order (both databases return them in VALUES order). */
async function insertReturningIds<T extends 'items' | 'activities'>(tx: Db, table: T, rows: object[]): Promise<number[]> {
  const size = batchOf(rows);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = await tx.insertInto(table).values(rows.slice(i, i + size) as never).returning('id').execute();
    ids.push(...chunk.map((r) => Number(r.id)));
  }
  return ids;
}

/** Groups rows by a key once (instead of filtering the whole list per generated row). */
function groupBy<R, K>(rows: readonly R[], key: (r: R) => K): Map<K, R[]> {
  const out = new Map<K, R[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** Items made from the published demo items (one transaction: the rows, then their audiences and themes). */
export async function generateItems(db: Db, count: number): Promise<void> {
  const demo = await db.selectFrom('items').selectAll().where('status', '=', 'published').orderBy('id').execute();
  const audiences = groupBy(await db.selectFrom('item_audiences').selectAll().execute(), (l) => l.item_id);
  const themes = groupBy(await db.selectFrom('item_themes').selectAll().execute(), (l) => l.item_id);
  const now = Date.now();
  const bases = Array.from({ length: count }, (_, k) => demo[k % demo.length]!);
  const rows = bases.map((base, k) => {
    // 1 to 1,000 days ago: an item published in the last minutes is "due" for the apps' announce job
    // (content.announce-due), which would put it in the search index again while the bench runs.
    const when = new Date(now - (Math.floor(rnd() * 1000) + 1) * 86_400_000).toISOString();
    const { id: _id, ...rest } = base;
    return { ...rest, slug: `${base.slug}-${k}`.slice(0, 200), title: `${base.title} (${pick(PLACES)} ${k})`, published_at: when, created_at: when, updated_at: when, last_reviewed_at: when };
  });
  await db.transaction().execute(async (tx) => {
    const ids = await insertReturningIds(tx, 'items', rows);
    const links = <L extends { item_id: number }>(by: Map<number, L[]>) => ids.flatMap((id, k) => (by.get(bases[k]!.id) ?? []).map((l) => ({ ...l, item_id: id })));
    await insertBatches(tx, 'item_audiences', links(audiences));
    await insertBatches(tx, 'item_themes', links(themes));
  });
}

/** Copies of the demo organisations with their services, locations, service areas and terms; each copy in (and serving) a random municipality. */
export async function generateOrganisations(db: Db, count: number): Promise<void> {
  const orgs = await db.selectFrom('directory_organizations').selectAll().execute();
  const services = groupBy(await db.selectFrom('directory_services').selectAll().execute(), (s) => s.organization_id);
  const locations = groupBy(await db.selectFrom('directory_locations').selectAll().execute(), (l) => l.organization_id);
  const serviceLocations = await db.selectFrom('directory_service_locations').selectAll().execute();
  const areas = groupBy(await db.selectFrom('directory_service_areas').selectAll().execute(), (a) => a.service_id);
  const terms = groupBy(await db.selectFrom('directory_service_terms').selectAll().execute(), (t) => t.service_id);
  const places = await db
    .selectFrom('postcodes')
    .innerJoin('municipalities', 'municipalities.nis_code', 'postcodes.nis_code')
    .select(['postcodes.postcode', 'postcodes.locality', 'postcodes.nis_code', 'municipalities.lat', 'municipalities.lon'])
    .execute();
  const out = { orgs: [] as object[], services: [] as object[], locations: [] as object[], serviceLocations: [] as object[], areas: [] as object[], terms: [] as object[] };
  for (let copy = 1, made = 0; made < count; copy++) {
    for (const org of orgs) {
      if (made++ >= count) break;
      const place = pick(places);
      const ids = new Map<string, string>([[org.id, randomUUID()]]);
      out.orgs.push({ ...org, id: ids.get(org.id), slug: `${org.slug}-${copy}`, name: `${org.name} ${place.locality}` });
      for (const s of services.get(org.id) ?? []) {
        ids.set(s.id, randomUUID());
        out.services.push({ ...s, id: ids.get(s.id), organization_id: ids.get(org.id), slug: `${s.slug}-${copy}` });
        // A copy serves its own municipality: only the demo services cover a province or the region.
        const mine = areas.get(s.id)?.[0];
        if (mine) out.areas.push({ ...mine, id: randomUUID(), service_id: ids.get(s.id), scope: 'municipality', value: place.nis_code });
        for (const t of terms.get(s.id) ?? []) out.terms.push({ ...t, id: randomUUID(), service_id: ids.get(s.id) });
      }
      for (const l of locations.get(org.id) ?? []) {
        ids.set(l.id, randomUUID());
        const physical = l.postal_code !== null;
        out.locations.push({
          ...l,
          id: ids.get(l.id),
          organization_id: ids.get(org.id),
          address_id: null,
          ...(physical ? { postal_code: place.postcode, city: place.locality, nis_code: place.nis_code, latitude: place.lat, longitude: place.lon } : {}),
        });
      }
      for (const sl of serviceLocations) {
        if (ids.has(sl.service_id) && ids.has(sl.location_id)) out.serviceLocations.push({ ...sl, id: randomUUID(), service_id: ids.get(sl.service_id), location_id: ids.get(sl.location_id) });
      }
    }
  }
  await db.transaction().execute(async (tx) => {
    await insertBatches(tx, 'directory_organizations', out.orgs);
    await insertBatches(tx, 'directory_services', out.services);
    await insertBatches(tx, 'directory_locations', out.locations);
    await insertBatches(tx, 'directory_service_locations', out.serviceLocations);
    await insertBatches(tx, 'directory_service_areas', out.areas);
    await insertBatches(tx, 'directory_service_terms', out.terms);
  });
}

/**
 * Activities made from the demo ones: four in five single events spread from half a year ago to a
 * year ahead, one in five a recurring series (the demo's rule) starting within two months of today.
 */
export async function generateActivities(db: Db, count: number): Promise<void> {
  const demo = await db.selectFrom('activities').selectAll().orderBy('id').execute();
  const audiences = groupBy(await db.selectFrom('activity_audiences').selectAll().execute(), (a) => a.activity_id);
  const shift = (local: string, days: number, allDay: boolean) => {
    const d = DateTime.fromISO(local).plus({ days });
    return allDay ? d.toISODate()! : d.toFormat("yyyy-MM-dd'T'HH:mm:ss");
  };
  const utc = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toUTC().toJSDate().toISOString();
  const today = DateTime.now().startOf('day');
  // Days from each demo activity's start to today; the times of a copy depend only on (base, days): computed once each.
  const toToday = new Map(demo.map((d) => [d.id, Math.round(today.diff(DateTime.fromISO(d.starts_local).startOf('day'), 'days').days)]));
  const times = new Map<string, { startsLocal: string; endsLocal: string; startsAt: string; endsAt: string; lastEndsAt: string | null }>();
  const timesOf = (base: (typeof demo)[number], days: number) => {
    const key = `${base.id} ${days}`;
    let t = times.get(key);
    if (!t) {
      const allDay = base.all_day === 1;
      const startsLocal = shift(base.starts_local, days, allDay);
      const endsLocal = shift(base.ends_local, days, allDay);
      const lastEndsAt = base.last_ends_at === null ? null : DateTime.fromISO(base.last_ends_at).plus({ days }).toJSDate().toISOString();
      t = { startsLocal, endsLocal, startsAt: utc(startsLocal, base.time_zone), endsAt: utc(endsLocal, base.time_zone), lastEndsAt };
      times.set(key, t);
    }
    return t;
  };
  const bases = Array.from({ length: count }, (_, k) => demo[k % demo.length]!);
  const rows = bases.map((base, k) => {
    const recurring = base.rrule !== null && rnd() < 0.2;
    const days = toToday.get(base.id)! + (recurring ? Math.floor(rnd() * 120) - 60 : Math.floor(rnd() * 545) - 180);
    const { startsLocal, endsLocal, startsAt, endsAt, lastEndsAt } = timesOf(base, days);
    const { id: _id, ...rest } = base;
    return {
      ...rest,
      uid: `${randomUUID()}@load.bench`,
      slug: `${base.slug}-${k}`.slice(0, 200),
      title: `${base.title} (${k})`,
      starts_local: startsLocal,
      ends_local: endsLocal,
      starts_at: startsAt,
      ends_at: endsAt,
      rrule: recurring ? base.rrule : null,
      rdates: '[]',
      exdates: '[]',
      last_ends_at: recurring ? lastEndsAt : endsAt,
      source: 'import',
    };
  });
  await db.transaction().execute(async (tx) => {
    const ids = await insertReturningIds(tx, 'activities', rows);
    await insertBatches(tx, 'activity_audiences', ids.flatMap((id, k) => (audiences.get(bases[k]!.id) ?? []).map((a) => ({ ...a, activity_id: id }))));
  });
}

interface LoadDb extends BenchDb {
  /** seconds per generated table group, in order */
  steps: { items: number; organisations: number; activities: number };
  generateSeconds: number;
  reindexSeconds: number;
}

/**
 * LOAD_KEEP_SQLITE=DIR: the SQLite database is DIR/bench.db, kept after the run and used again by
 * the next run (no generation or reindex: their times show as 0), whatever LOAD_SCALE it was made with.
 * For investigating one size quickly; the runs' own writes (search log, jobs) stay in it.
 */
async function keptSqliteDb(dir: string): Promise<LoadDb | null> {
  const url = path.join(dir, 'bench.db');
  if (!fs.existsSync(url)) return null;
  const handle = createDb({ databaseUrl: url, dialect: 'sqlite', poolSize: 4 });
  await migrateToLatest(handle.db);
  process.stderr.write(`sqlite: using ${url} as it is (LOAD_KEEP_SQLITE)\n`);
  return { dialect: 'sqlite', url, dataDir: dir, handle, drop: () => handle.destroy(), steps: { items: 0, organisations: 0, activities: 0 }, generateSeconds: 0, reindexSeconds: 0 };
}

async function prepareDb(dialect: Dialect): Promise<LoadDb> {
  const keep = dialect === 'sqlite' ? process.env.LOAD_KEEP_SQLITE : undefined;
  if (keep) {
    const kept = await keptSqliteDb(path.resolve(keep));
    if (kept) return kept;
  }
  const base = await createBenchDb(dialect, 'load');
  cleanups.push(base.drop);
  const { handle } = base;
  const db = handle.db;
  await seedDemo(db);
  const say = (text: string) => process.stderr.write(`${dialect}: ${text}`);
  let t = performance.now();
  say(`generating ${SIZES.items.toLocaleString('en-US')} items, ${SIZES.organisations.toLocaleString('en-US')} organisations, ${SIZES.activities.toLocaleString('en-US')} activities… `);
  const have = async (table: 'items' | 'directory_organizations' | 'activities') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const timed = async (step: () => Promise<void>) => {
    const t0 = performance.now();
    await step();
    return (performance.now() - t0) / 1000;
  };
  const steps = {
    items: await timed(async () => generateItems(db, SIZES.items - (await have('items')))),
    organisations: await timed(async () => generateOrganisations(db, SIZES.organisations - (await have('directory_organizations')))),
    activities: await timed(async () => generateActivities(db, SIZES.activities - (await have('activities')))),
  };
  const generateSeconds = (performance.now() - t) / 1000;
  process.stderr.write(`${generateSeconds.toFixed(1)} s (items ${steps.items.toFixed(1)}, organisations ${steps.organisations.toFixed(1)}, activities ${steps.activities.toFixed(1)}; load average ${os.loadavg()[0]!.toFixed(1)})\n`);
  t = performance.now();
  say('reindexing… ');
  const result = await search.reindex(db, allSearchSources());
  const reindexSeconds = (performance.now() - t) / 1000;
  process.stderr.write(`${result.documents.toLocaleString('en-US')} documents in ${reindexSeconds.toFixed(1)} s (load average ${os.loadavg()[0]!.toFixed(1)})\n`);
  // Fresh statistics for the planner (and PostgreSQL's visibility map), as autovacuum or SQLite's `optimize` would make them.
  if (dialect === 'postgres') await sql`vacuum analyze`.execute(db);
  else {
    await sql`analyze`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
    if (keep) {
      fs.mkdirSync(path.resolve(keep), { recursive: true });
      await sql`vacuum into ${path.join(path.resolve(keep), 'bench.db')}`.execute(db);
    }
  }
  return { ...base, steps, generateSeconds, reindexSeconds };
}

// ---------------------------------------------------------------------------------------------
// Processes: app servers and nginx

async function freePort(): Promise<number> {
  const srv = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => srv.once('listening', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

interface Proc {
  child: ChildProcess;
  stop(): Promise<void>;
}

function startProcess(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Proc & { log(): string } {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (c: Buffer) => (log = (log + c.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('error', (err) => keep(Buffer.from(`[${label}] ${err.message}`)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc = {
    child,
    log: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  cleanups.push(() => proc.stop());
  return proc;
}

async function waitForOk(url: string, proc: Proc & { log(): string }, label: string, minutes = 2): Promise<void> {
  const deadline = Date.now() + minutes * 60_000;
  for (;;) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) throw new Error(`${label} exited: ${proc.log()}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${label} did not answer ${url} within ${minutes} minutes: ${proc.log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function startApps(bench: LoadDb, count: number, frontPort: number, redis: boolean, setupLabel: string): Promise<{ proc: Proc; port: number }[]> {
  const apps: { proc: Proc; port: number }[] = [];
  const prefix = `ep-load-bench-${randomUUID()}:`;
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `http://127.0.0.1:${frontPort}`,
      DATA_DIR: bench.dataDir,
      DATABASE_URL: bench.url,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      REDIS_URL: redis ? REDIS_URL : '',
      REDIS_PREFIX: prefix,
      METRICS_TOKEN: '', // the bench reads /metrics to wait for the apps to go idle
      // SQLite at this size runs as docs/OPERATIONS.md advises for a large index: searches on reader threads.
      SEARCH_READERS: bench.dialect === 'sqlite' ? SQLITE_SEARCH_READERS : '0',
    };
    // LOAD_CPU_PROF=DIR: each app writes a V8 CPU profile there when it stops (bench/stalls.ts reads them).
    const profile = CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`, `--cpu-prof-name=${setupLabel}-app${i + 1}.cpuprofile`] : [];
    const app = startProcess(`app ${i + 1}`, process.execPath, [...profile, path.join(ROOT, 'bin/expertisepunt.js'), 'serve'], env);
    // At full size an app can take minutes before /readyz answers (seen on SQLite on the busy 2-core machine).
    const t = performance.now();
    await waitForOk(`http://127.0.0.1:${port}/readyz`, app, `app ${i + 1}`, 15);
    process.stderr.write(`app ${i + 1} ready in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    apps.push({ proc: app, port });
  }
  return apps;
}

async function startNginx(frontPort: number, appPorts: number[]): Promise<Proc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-load-nginx-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${appPorts.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive ${CONNECTIONS * 2};
  }
  server {
    listen 127.0.0.1:${frontPort};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto http;
      proxy_buffers 16 64k;
    }
  }
}
`,
  );
  const proc = startProcess('nginx', NGINX, ['-p', dir, '-c', conf, '-e', `${dir}/error.log`], process.env);
  await waitForOk(`http://127.0.0.1:${frontPort}/readyz`, proc, 'nginx');
  return proc;
}

// ---------------------------------------------------------------------------------------------
// Pages and runs

interface PageLoad {
  name: string;
  paths: string[];
}

async function pagesOf(db: Db): Promise<PageLoad[]> {
  const items = await db.selectFrom('items').select('slug').where('status', '=', 'published').orderBy(sql`random()`).limit(1000).execute();
  const postcodes = await db.selectFrom('postcodes').select('postcode').orderBy(sql`random()`).limit(200).execute();
  return [
    { name: 'home', paths: ['/'] },
    { name: 'item', paths: items.map((r) => `/kennis/${r.slug}`) },
    { name: 'search', paths: relevanceSet.map((r) => `/zoeken?q=${encodeURIComponent(r.q)}`) },
    { name: 'support finder', paths: postcodes.map((r) => `/ondersteuning?postcode=${r.postcode}`) },
    { name: 'calendar', paths: ['/activiteiten', ...postcodes.slice(0, 20).map((r) => `/activiteiten?postcode=${r.postcode}`)] },
  ];
}

interface Run extends LoadResult {
  setup: SetupName;
  page: string;
  /** the apps' event-loop delay (worst app), ms: during the warm-up (with what came before it since the last read: start-up or the previous page's backlog) and during the run */
  warmLagMax: number;
  lagMax: number;
  lagP99: number;
  /** the apps' CPU and garbage-collection seconds during the run (all apps together) */
  appCpu: number;
  appGc: number;
  /** the apps' own p99 (upper bound of its histogram bucket), ms */
  appP99: number;
  /** seconds the apps took after the run to finish the requests still in progress (at most 60) */
  backlog: number;
  /** where the CPU went during the run (machine-cpu.ts) */
  machine: string;
}

/** The URLs in turn across all connections (visitors do not ask for the same pages in lockstep). */
async function load(url: string, page: PageLoad, seconds: number): Promise<LoadResult> {
  return runLoad({ url, paths: page.paths, start: Math.floor(rnd() * page.paths.length), connections: CONNECTIONS, seconds, timeout: 10 });
}

/** What an app's /metrics says about its event loop, CPU and garbage collection. */
interface AppStats {
  /** event-loop delay since the previous read of /metrics (prom-client resets its histogram on every read), ms */
  lagMax: number;
  lagP99: number;
  /** totals since the process started, seconds */
  cpu: number;
  gc: number;
  /** requests answered (not /metrics itself) by the upper bound of their duration bucket, cumulative: le (s) -> count */
  buckets: Map<number, number>;
}

/** Reads every app's /metrics directly on its own port (not through nginx, which would pick one app). */
async function readStats(apps: { port: number }[]): Promise<AppStats[]> {
  return Promise.all(
    apps.map(async ({ port }) => {
      const text = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.text(), () => '');
      const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
      const gc = [...text.matchAll(/^nodejs_gc_duration_seconds_sum\{[^}]*\} (\S+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
      const buckets = new Map<number, number>();
      for (const m of text.matchAll(/^http_request_duration_seconds_bucket\{([^}]*)\} (\S+)$/gm)) {
        if (m[1]!.includes('route="/metrics"')) continue;
        const bound = /le="([^"]+)"/.exec(m[1]!)?.[1];
        const le = bound === '+Inf' ? Infinity : Number(bound);
        buckets.set(le, (buckets.get(le) ?? 0) + Number(m[2]));
      }
      return { lagMax: value('nodejs_eventloop_lag_max_seconds') * 1000, lagP99: value('nodejs_eventloop_lag_p99_seconds') * 1000, cpu: value('process_cpu_seconds_total'), gc, buckets };
    }),
  );
}

/**
 * The worst event-loop delay over the apps, their CPU and GC seconds between two reads, and the
 * apps' own p99 (the upper bound of the duration bucket that holds it, in ms: from the request's
 * arrival in Fastify to its answer, so without nginx, the network and the wait before the app reads it).
 */
function statsBetween(before: AppStats[], after: AppStats[]): { lagMax: number; lagP99: number; cpu: number; gc: number; appP99: number } {
  const counts = new Map<number, number>();
  after.forEach((a, i) => {
    for (const [le, n] of a.buckets) counts.set(le, (counts.get(le) ?? 0) + n - (before[i]!.buckets.get(le) ?? 0));
  });
  const bounds = [...counts.keys()].sort((x, y) => x - y);
  const total = counts.get(Infinity) ?? 0;
  const appP99 = total ? bounds.find((le) => counts.get(le)! >= 0.99 * total)! * 1000 : NaN;
  return {
    lagMax: Math.max(...after.map((a) => a.lagMax)),
    lagP99: Math.max(...after.map((a) => a.lagP99)),
    cpu: after.reduce((sum, a, i) => sum + a.cpu - before[i]!.cpu, 0),
    gc: after.reduce((sum, a, i) => sum + a.gc - before[i]!.gc, 0),
    appP99,
  };
}

/**
 * Waits until every app has finished the requests a run left behind (the load generator stops at the
 * end of its run, but an app finishes what it started, which would slow the next run down): twice in a
 * row, /metrics of each app answers within 50 ms and its PostgreSQL pool has no busy connection and
 * no query waiting. At most a minute. Returns the seconds waited.
 */
async function drain(apps: { port: number }[]): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + 60_000;
  for (let quiet = 0; quiet < 2 && Date.now() < deadline; ) {
    const idle = await Promise.all(
      apps.map(async ({ port }) => {
        const t = performance.now();
        const text = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.text(), () => null);
        if (text === null || performance.now() - t > 50) return false;
        const gauge = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
        return gauge('db_pool_waiting_requests') === 0 && gauge('db_pool_connections') === gauge('db_pool_idle_connections');
      }),
    );
    quiet = idle.every(Boolean) ? quiet + 1 : 0;
    if (quiet < 2) await new Promise((r) => setTimeout(r, 250));
  }
  return (performance.now() - started) / 1000;
}

async function runSetup(setup: SetupName, bench: LoadDb, pages: PageLoad[]): Promise<Run[]> {
  const frontPort = await freePort();
  const apps = await startApps(bench, setup === 'pg2' ? 2 : 1, frontPort, setup === 'pg2', setup);
  const nginx = await startNginx(
    frontPort,
    apps.map((a) => a.port),
  );
  // LOAD_DIRECT=1: the load generator talks to the (first) app itself, without nginx in between.
  const url = process.env.LOAD_DIRECT === '1' ? `http://127.0.0.1:${apps[0]!.port}` : `http://127.0.0.1:${frontPort}`;
  const runs: Run[] = [];
  // The first warm-up's event-loop delay then starts from the apps' readiness, not their start-up.
  await readStats(apps);
  try {
    for (const page of pages) {
      process.stderr.write(`${SETUP_LABELS[setup]}: ${page.name}… `);
      // Each read of /metrics starts the apps' event-loop delay histogram afresh.
      const start = await readStats(apps);
      await load(url, page, WARMUP_SECONDS);
      const warm = await readStats(apps);
      const appPids = apps.flatMap((a) => (a.proc.child.pid === undefined ? [] : [a.proc.child.pid]));
      const cpuBefore = cpuSnapshot(appPids);
      const r = await load(url, page, SECONDS);
      // wrk has ended by now, so /proc no longer has it: its CPU comes from the shell's `times`.
      const machine = `${cpuUsed(cpuBefore, cpuSnapshot(appPids))}, load generator ${Math.round((r.generatorCpu / SECONDS) * 100)}%`;
      const end = await readStats(apps);
      const backlog = await drain(apps);
      const during = statsBetween(warm, end);
      const run: Run = { setup, page: page.name, ...r, backlog, warmLagMax: statsBetween(start, warm).lagMax, lagMax: during.lagMax, lagP99: during.lagP99, appCpu: during.cpu, appGc: during.gc, appP99: during.appP99, machine };
      runs.push(run);
      process.stderr.write(
        `${Math.round(r.rps)} req/s (${r.requests} requests), p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (in the app <= ${run.appP99} ms), errors ${r.errors}, non-2xx ${r.non2xx}, event loop delay max ${run.lagMax.toFixed(0)} ms (warm-up ${run.warmLagMax.toFixed(0)}) p99 ${run.lagP99.toFixed(0)} ms, app CPU ${run.appCpu.toFixed(1)} s (GC ${run.appGc.toFixed(2)} s), load generator ${r.generatorCpu.toFixed(1)} s CPU, load average ${os.loadavg()[0]!.toFixed(1)}; backlog ${backlog.toFixed(1)} s; CPU: ${machine}\n`,
      );
    }
  } finally {
    await nginx.stop();
    for (const app of apps) await app.proc.stop();
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Output

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(runs: Run[], dbs: LoadDb[]): void {
  console.log(`\nexpertisepunt load bench: Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`data: ${SIZES.items.toLocaleString('en-US')} items, ${SIZES.organisations.toLocaleString('en-US')} organisations, ${SIZES.activities.toLocaleString('en-US')} activities (LOAD_SCALE=${SCALE}); ${CONNECTIONS} connections through nginx, ${SECONDS} s per run; load generator ${GENERATOR}\n`);
  console.log(
    table(
      ['database', 'items (s)', 'organisations (s)', 'activities (s)', 'generate (s)', 'reindex (s)'],
      dbs.map((d) => [d.dialect, d.steps.items.toFixed(1), d.steps.organisations.toFixed(1), d.steps.activities.toFixed(1), d.generateSeconds.toFixed(1), d.reindexSeconds.toFixed(1)]),
    ),
  );
  console.log();
  console.log(
    table(
      ['setup', 'page', 'req/s', 'requests', 'p50 (ms)', 'p99 (ms)', 'errors', 'non-2xx', `p99 < ${TARGETS.p99Ms}`, 'app p99 <= (ms)', 'loop max (ms)', 'loop p99 (ms)', 'warm-up loop max (ms)', 'app CPU/req (ms)', 'app GC (s)', 'load gen. CPU (s)', 'backlog (s)'],
      runs.map((r) => [
        SETUP_LABELS[r.setup],
        r.page,
        Math.round(r.rps).toString(),
        String(r.requests),
        r.requests ? r.p50.toFixed(0) : '-',
        r.requests ? r.p99.toFixed(0) : '-',
        String(r.errors),
        String(r.non2xx),
        r.requests > 0 && r.errors === 0 && r.p99 < TARGETS.p99Ms ? 'PASS' : 'FAIL',
        String(r.appP99),
        r.lagMax.toFixed(0),
        r.lagP99.toFixed(0),
        r.warmLagMax.toFixed(0),
        r.requests ? ((r.appCpu * 1000) / r.requests).toFixed(2) : '-',
        r.appGc.toFixed(2),
        r.generatorCpu.toFixed(1),
        r.backlog.toFixed(1),
      ]),
    ),
  );
  // Whether a run was limited by the machine: a second app process adds nothing when the cores are busy already.
  console.log(`\nwhere the CPU went during each run (share of one core):\n${runs.map((r) => `  ${SETUP_LABELS[r.setup]}, ${r.page}: ${r.machine}`).join('\n')}`);
  const one = runs.filter((r) => r.setup === 'pg1');
  const two = runs.filter((r) => r.setup === 'pg2');
  if (one.length && two.length) {
    const ratios = one.map((r) => ({ page: r.page, ratio: (two.find((t) => t.page === r.page)?.rps ?? 0) / r.rps }));
    const total = two.reduce((s, r) => s + r.rps, 0) / one.reduce((s, r) => s + r.rps, 0);
    console.log(`\ntwo processes / one process (PostgreSQL), requests/s: ${ratios.map((r) => `${r.page} ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '-'}`).join(', ')}; all pages ${total.toFixed(2)} (target >= ${TARGETS.ratio}: ${total >= TARGETS.ratio ? 'PASS' : 'FAIL'})`);
  }
  const failed = runs.filter((r) => r.errors > 0 || r.non2xx > 0 || r.requests === 0);
  console.log(failed.length ? `errors, non-2xx answers or no answer at all in: ${failed.map((r) => `${r.setup}/${r.page}`).join(', ')}` : 'no errors, no non-2xx answers');
  if (failed.length) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------

async function cleanup(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
}
async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));
  try {
    for (const s of SETUPS) if (!(s in SETUP_LABELS)) throw new Error(`LOAD_SETUPS: unknown setup "${s}" (pg1, pg2, sqlite)`);
    // Before the data is generated (half an hour at full scale), not after.
    if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (apt-get install -y nginx, or set NGINX)`);
    const runs: Run[] = [];
    const dbs: LoadDb[] = [];
    const failedSetups: string[] = [];
    for (const dialect of ['postgres', 'sqlite'] as const) {
      const mine = SETUPS.filter((s) => (s === 'sqlite') === (dialect === 'sqlite'));
      if (!mine.length) continue;
      const bench = await prepareDb(dialect);
      dbs.push(bench);
      const pages = (await pagesOf(bench.handle.db)).filter((p) => !PAGES || PAGES.includes(p.name));
      for (const setup of mine) {
        // One setup failing (an app that does not start) leaves the others' figures to report.
        try {
          runs.push(...(await runSetup(setup, bench, pages)));
        } catch (err) {
          failedSetups.push(`${setup}: ${err instanceof Error ? err.message.slice(0, 500) : String(err)}`);
          process.stderr.write(`\n${SETUP_LABELS[setup]} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        }
      }
      await bench.drop();
    }
    report(runs, dbs);
    if (failedSetups.length) {
      console.log(`setups that failed: ${failedSetups.join('; ')}`);
      process.exitCode = 1;
    }
  } catch (err) {
    process.stderr.write(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

// Run as a script; the generators are also used by other benches.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
