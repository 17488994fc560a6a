import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Writable } from 'node:stream';

import { forEachDialect } from '../../test/dialects.js';
import { createApp } from '../app.js';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { createDb, type Database, type DbHandle } from '../db/database.js';
import { STALL_LOG_MS } from './metrics.js';

/** A log stream for pino that keeps the lines written to it. */
function logCapture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

forEachDialect('operations endpoints', (ctx) => {
  test('/healthz answers, uncached and without cookies', async () => {
    const app = await ctx.app();
    const res = await app.inject({ url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['set-cookie'], undefined);
  });

  test('/readyz is 200 when migrated, 503 when a migration is missing', async () => {
    const app = await ctx.app();
    const ok = await app.inject({ url: '/readyz' });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().migrations, 'ok');
    assert.equal(ok.headers['cache-control'], 'no-store');
    assert.equal(ok.headers['set-cookie'], undefined);

    const row = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration order by name desc limit 1`.execute(ctx.db);
    const last = row.rows[0]!;
    await sql`delete from kysely_migration where name = ${last.name}`.execute(ctx.db);
    try {
      const pending = await app.inject({ url: '/readyz' });
      assert.equal(pending.statusCode, 503);
      assert.deepEqual(pending.json().pending, [last.name]);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last.name}, ${last.timestamp})`.execute(ctx.db);
    }
    assert.equal((await app.inject({ url: '/readyz' })).statusCode, 200);
  });

  test('/readyz is 503 when the database does not answer, and when it was never migrated', async () => {
    // PostgreSQL: nothing listens on port 1. SQLite: the file cannot be opened (a directory).
    const broken: DbHandle =
      ctx.dialect === 'postgres'
        ? createDb({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', dialect: 'postgres', poolSize: 1 })
        : (() => {
            const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: async () => new SQLite(ctx.config.dataDir, { fileMustExist: true }) }) });
            return { db, dialect: 'sqlite', destroy: () => db.destroy() };
          })();
    const brokenApp = await createApp(ctx.config, broken, { logger: false });
    try {
      const res = await brokenApp.inject({ url: '/readyz' });
      assert.equal(res.statusCode, 503);
      assert.equal(res.json().database, 'unreachable');
      assert.equal((await brokenApp.inject({ url: '/healthz' })).statusCode, 200);
    } finally {
      await brokenApp.close();
      await broken.destroy().catch(() => {});
    }
    if (ctx.dialect === 'sqlite') {
      const emptyHandle = createDb({ databaseUrl: path.join(ctx.config.dataDir, 'empty.db'), dialect: 'sqlite' });
      const emptyApp = await createApp(ctx.config, emptyHandle, { logger: false });
      try {
        const res = await emptyApp.inject({ url: '/readyz' });
        assert.equal(res.statusCode, 503);
        assert.equal(res.json().migrations, 'pending');
      } finally {
        await emptyApp.close();
        await emptyHandle.destroy();
      }
    }
  });

  test('a well-formed X-Request-Id is kept, anything else replaced; each log line is JSON with it', async () => {
    const { lines, stream } = logCapture();
    const app = await createApp(ctx.config, ctx.handle, { logger: { level: 'info', stream } });
    try {
      const kept = await app.inject({ url: '/kennis', headers: { 'x-request-id': 'lb-7f3a.42' } });
      assert.equal(kept.statusCode, 200);
      assert.equal(kept.headers['x-request-id'], 'lb-7f3a.42');
      const replaced = await app.inject({ url: '/', headers: { 'x-request-id': 'two words' } });
      assert.match(String(replaced.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      const fresh = await app.inject({ url: '/' });
      assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      assert.notEqual(fresh.headers['x-request-id'], replaced.headers['x-request-id']);

      const entries = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string; req?: { url: string }; res?: { statusCode: number } });
      const mine = entries.filter((e) => e.reqId === 'lb-7f3a.42');
      assert.ok(mine.some((e) => e.req?.url === '/kennis'), 'the incoming request is logged with its id');
      assert.ok(mine.some((e) => e.res?.statusCode === 200), 'the response is logged with its id');
    } finally {
      await app.close();
    }
  });

  test('/metrics counts requests by route and status, jobs, and (PostgreSQL) the pool', async () => {
    const app = await ctx.app();
    await app.inject({ url: '/kennis' });
    await app.inject({ url: '/kennis' });
    await app.inject({ url: '/bestaat-niet' });
    await app.jobs.enqueue('ops.ping', { note: 'metrics' });
    const res = await app.inject({ url: '/metrics' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const text = res.body;
    assert.match(text, /http_requests_total\{method="GET",route="\/kennis",status="200"\} 2/);
    assert.match(text, /http_requests_total\{method="GET",route="not_found",status="404"\} 1/);
    assert.match(text, /http_request_duration_seconds_bucket\{le="0\.5",method="GET",route="\/kennis"\} 2/);
    assert.match(text, /jobs_total\{name="ops.ping",outcome="enqueued"\} 1/);
    assert.match(text, /process_resident_memory_bytes/);
    // The event loop's delay since the last scrape (the load bench reads these before and after each run).
    assert.match(text, /^nodejs_eventloop_lag_max_seconds \d/m);
    assert.match(text, /^nodejs_eventloop_lag_p99_seconds \d/m);
    if (ctx.dialect === 'postgres') assert.match(text, /db_pool_connections \d+/);
    else assert.doesNotMatch(text, /db_pool_connections/);
  });

  test('a blocked event loop is logged as a warning with how long it was blocked', async () => {
    const { lines, stream } = logCapture();
    const app = await createApp(ctx.config, ctx.handle, { logger: { level: 'warn', stream } });
    try {
      await app.ready();
      // Start-up itself may block (compiling schemas): only what comes after counts here.
      await new Promise((resolve) => setTimeout(resolve, 100));
      lines.length = 0;
      // Synchronous work that keeps the loop from turning, as a slow query or a long computation would.
      const until = performance.now() + STALL_LOG_MS + 150;
      while (performance.now() < until);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const stalls = lines.map((l) => JSON.parse(l) as { level: number; msg: string; blockedMs?: number }).filter((l) => /event loop blocked/.test(l.msg));
      assert.equal(stalls.length, 1, lines.join('\n'));
      assert.equal(stalls[0]!.level, 40);
      assert.ok(stalls[0]!.blockedMs! >= STALL_LOG_MS, `blockedMs ${stalls[0]!.blockedMs}`);
    } finally {
      await app.close();
    }
  });

  test('METRICS_TOKEN protects /metrics with a bearer token', async () => {
    const token = 'a-secret-of-some-length';
    const app = await createApp({ ...ctx.config, metricsToken: token }, ctx.handle, { logger: false });
    try {
      const none = await app.inject({ url: '/metrics' });
      assert.equal(none.statusCode, 401);
      assert.equal(none.headers['www-authenticate'], 'Bearer realm="metrics"');
      assert.equal((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-secret-of-length' } })).statusCode, 401);
      const ok = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      assert.equal(ok.statusCode, 200);
      assert.match(ok.body, /http_requests_total/);
    } finally {
      await app.close();
    }
  });
});
