/**
 * Rate limits across processes: with REDIS_URL, two app instances count in the same Redis keys,
 * so the limit holds for the whole cluster; without it, each process counts on its own.
 */
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { forEachDialect } from '../../test/dialects.js';
import { csrfOf, form } from '../../test/backoffice.js';
import { createApp } from '../app.js';
import { RATE_LIMITS } from '../web/web.plugin.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MAX = RATE_LIMITS.login.max;

async function attempt(app: FastifyInstance, ip: string) {
  const page = await app.inject({ url: '/beheer/aanmelden', remoteAddress: ip });
  return app.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: ip, ...form({ _csrf: csrfOf(page.body), email: 'niemand@example.be', password: 'fout' }) });
}

forEachDialect('rate limits', (ctx) => {
  const apps: FastifyInstance[] = [];
  after(async () => {
    for (const a of apps) await a.close();
  });
  const two = async (redisUrl: string | null) => {
    const prefix = `ep-test-${randomUUID()}:`;
    const pair = [];
    for (let i = 0; i < 2; i++) {
      const a = await createApp({ ...ctx.config, redisUrl, redisPrefix: prefix }, ctx.handle, { logger: false });
      await a.ready();
      apps.push(a);
      pair.push(a);
    }
    return { pair: pair as [FastifyInstance, FastifyInstance], prefix };
  };

  test('with Redis, two app instances count together: the 429 comes after the limit in total', { skip: process.env.EP_SKIP_REDIS }, async () => {
    const { pair, prefix } = await two(REDIS_URL);
    const [a, b] = pair;
    assert.ok(a.redis && b.redis, 'both use Redis');
    const ip = '10.77.0.1';
    for (let i = 0; i < MAX; i++) {
      const res = await attempt(i % 2 ? b : a, ip);
      assert.equal(res.statusCode, 400, `attempt ${i + 1} (on ${i % 2 ? 'B' : 'A'}) is let through`);
    }
    for (const app of [a, b]) {
      const res = await attempt(app, ip);
      assert.equal(res.statusCode, 429, 'over the limit on either process');
      assert.equal(cheerio.load(res.body)('h1').text(), 'Even geduld');
    }
    // The counter lives in Redis under the installation's prefix.
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}rate-limit:*`);
      assert.equal(keys.length, 1);
      assert.equal(Number(await redis.get(keys[0]!)), MAX + 2);
    } finally {
      redis.disconnect();
    }
    // Another address has its own counter.
    assert.equal((await attempt(b, '10.77.0.2')).statusCode, 400);
  });

  test('without Redis, each process counts in its own memory', async () => {
    const { pair } = await two(null);
    const [a, b] = pair;
    assert.equal(a.redis, null);
    const ip = '10.78.0.1';
    for (let i = 0; i < MAX; i++) assert.equal((await attempt(a, ip)).statusCode, 400);
    assert.equal((await attempt(a, ip)).statusCode, 429);
    assert.equal((await attempt(b, ip)).statusCode, 400, 'process B has not seen those attempts');
  });
});
