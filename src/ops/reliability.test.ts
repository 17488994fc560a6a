/**
 * PostgreSQL drops every connection (a restart or failover, as seen from the app): requests fail
 * cleanly at worst, and the app recovers by itself without a restart.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from '../../test/dialects.js';
import { createApp } from '../app.js';

describe('PostgreSQL connections lost under load', { skip: process.env.EP_SKIP_POSTGRES }, () => {
  let state: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: FastifyInstance;
  before(async () => {
    state = await createTestDatabase('postgres');
    // No page cache: every request goes to the database.
    app = await createApp({ ...state.config, pageCache: false }, state.handle, { logger: false });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await state?.cleanup();
  });

  test('requests fail cleanly (never a crash or a stack trace) and the app recovers by itself', async () => {
    // A connection that ends mid-query used to surface as an uncaught exception, which ends a server process.
    const escaped: string[] = [];
    const onEscape = (err: unknown) => escaped.push(err instanceof Error ? err.message : String(err));
    process.on('uncaughtException', onEscape);
    process.on('unhandledRejection', onEscape);
    try {
      const load = () => Promise.all(Array.from({ length: 12 }, (_, i) => app.inject({ url: i % 2 ? '/kennis' : '/thema/rechten-en-geld' })));
      const terminateAll = async () => {
        const admin = new pg.Client({ connectionString: state.config.databaseUrl });
        await admin.connect();
        const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
        await admin.end();
        return killed.rowCount ?? 0;
      };
      const assertClean = (responses: Awaited<ReturnType<typeof load>>) => {
        for (const res of responses) {
          assert.ok([200, 500, 503].includes(res.statusCode), `status ${res.statusCode}`);
          if (res.statusCode !== 200) {
            const $ = cheerio.load(res.body);
            assert.match($('h1').text(), /.+/);
            assert.doesNotMatch(res.body, /terminat|at \w+ \(|\.ts:\d+/i, 'no database error or stack trace reaches the visitor');
          }
        }
      };
      for (const res of await load()) assert.equal(res.statusCode, 200);

      // Cut while idle: the pool's connections and the LISTEN connection.
      assert.ok((await terminateAll()) >= 2, 'the pool and the LISTEN connection were cut');
      assertClean(await load());
      // Cut while queries are running, a few times.
      for (let round = 0; round < 5; round++) {
        const [during] = await Promise.all([load(), new Promise((r) => setTimeout(r, round * 2)).then(terminateAll)]);
        assertClean(during);
      }

      let healthy = 0;
      for (let i = 0; i < 200 && healthy < 12; i++) {
        const res = await app.inject({ url: '/kennis' });
        healthy = res.statusCode === 200 ? healthy + 1 : 0;
        if (res.statusCode !== 200) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(healthy, 12, 'twelve requests in a row succeed again');
      assert.equal((await app.inject({ url: '/readyz' })).statusCode, 200);
      assert.deepEqual(escaped, [], 'nothing escaped as an uncaught exception or unhandled rejection');
    } finally {
      process.off('uncaughtException', onEscape);
      process.off('unhandledRejection', onEscape);
    }
  });
});
