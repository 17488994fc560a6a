import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { createBroadcast, type Broadcast } from './broadcast.js';
import { createRedis } from './redis.js';

const silent = { info() {}, warn() {}, error() {} };
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`gave up waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function exchange(a: Broadcast, b: Broadcast): Promise<void> {
  const atA: (string | null)[] = [];
  const atB: (string | null)[] = [];
  a.subscribe('pages', (m) => atA.push(m));
  b.subscribe('pages', (m) => atB.push(m));
  await a.publish('pages', 'from-a');
  await waitFor('b to hear a', () => atB.length === 1);
  await b.publish('pages', 'from-b');
  await waitFor('a to hear b', () => atA.length === 1);
  assert.deepEqual(atA, ['from-b'], 'a process does not hear itself');
  assert.deepEqual(atB, ['from-a']);
}


/** PostgreSQL: a lost LISTEN connection comes back, and listeners are told to drop their caches. */
async function lostListenConnectionComesBack(db: Db, config: Config): Promise<void> {
  const ctx = { db, config };
  const [a, b] = [await createBroadcast(ctx.config, silent), await createBroadcast(ctx.config, silent)];
  const heard: (string | null)[] = [];
  b.subscribe('pages', (m) => heard.push(m));
  try {
    const killed = await sql<{ ok: boolean }>`select pg_terminate_backend(pid) as ok from pg_stat_activity
      where datname = current_database() and application_name = 'expertisepunt-listen'`.execute(ctx.db);
    assert.ok(killed.rows.length >= 2);
    await waitFor('the reconnect', () => heard.includes(null));
    await waitFor('a message after the reconnect', () => {
      void a.publish('pages', 'after');
      return heard.includes('after');
    });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

test('createRedis gives a client when REDIS_URL is set, null otherwise', { skip: process.env.EP_SKIP_REDIS }, async () => {
  assert.equal(createRedis({ redisUrl: null }), null);
  const client = createRedis({ redisUrl: REDIS_URL })!;
  try {
    assert.equal(await client.ping(), 'PONG');
  } finally {
    client.disconnect();
  }
});

forEachDialect(
  'cache invalidation across processes',
  (ctx) => {
    test('two broadcasts reach each other (PostgreSQL LISTEN/NOTIFY; SQLite stays in process)', async () => {
      const [a, b] = [await createBroadcast(ctx.config, silent), await createBroadcast(ctx.config, silent)];
      try {
        if (ctx.dialect === 'postgres') {
          assert.equal(a.kind, 'postgres');
          await exchange(a, b);
          await lostListenConnectionComesBack(ctx.db, ctx.config);
        } else {
          assert.equal(a.kind, 'local');
          const heard: unknown[] = [];
          b.subscribe('pages', (m) => heard.push(m));
          await a.publish('pages', 'x');
          await new Promise((r) => setTimeout(r, 100));
          assert.deepEqual(heard, [], 'one SQLite process: nothing to send');
        }
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    test('with REDIS_URL the broadcast goes over Redis pub/sub, scoped by REDIS_PREFIX', { skip: process.env.EP_SKIP_REDIS }, async () => {
      const config = { ...ctx.config, redisUrl: REDIS_URL, redisPrefix: `ep-test-${randomUUID()}:` };
      const [a, b] = [await createBroadcast(config, silent), await createBroadcast(config, silent)];
      const other = await createBroadcast({ ...config, redisPrefix: `ep-test-${randomUUID()}:` }, silent);
      const heardByOther: unknown[] = [];
      other.subscribe('pages', (m) => heardByOther.push(m));
      try {
        assert.equal(a.kind, 'redis');
        await exchange(a, b);
        assert.deepEqual(heardByOther, [], 'another installation on the same Redis hears nothing');
      } finally {
        await Promise.all([a.close(), b.close(), other.close()]);
      }
    });
  },
  { seed: false },
);
