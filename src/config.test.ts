import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  test('defaults serve http://localhost:3000 on an SQLite file under data/', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.baseUrl, 'http://localhost:3000');
    assert.equal(c.dialect, 'sqlite');
    assert.equal(c.databaseUrl, path.resolve('data/expertisepunt.db'));
    assert.ok(Object.isFrozen(c));
  });

  test('a postgres:// DATABASE_URL selects PostgreSQL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/ep', BASE_URL: 'https://mantelzorg.example/' });
    assert.equal(c.dialect, 'postgres');
    assert.equal(c.baseUrl, 'https://mantelzorg.example');
  });

  test('every wrong value is listed at once', () => {
    try {
      loadConfig({ PORT: 'abc', BASE_URL: 'ftp://x', DATABASE_URL: 'mysql://x/y', LOG_LEVEL: 'loud', SEED_DEMO: 'maybe' });
      assert.fail('expected a ConfigError');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.problems.length, 5);
      assert.match(err.message, /PORT/);
      assert.match(err.message, /BASE_URL/);
      assert.match(err.message, /DATABASE_URL/);
      assert.match(err.message, /LOG_LEVEL/);
      assert.match(err.message, /SEED_DEMO/);
    }
  });

  test('REDIS_URL, REDIS_PREFIX and METRICS_TOKEN are checked', () => {
    const ok = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2', METRICS_TOKEN: 'a-long-enough-token' });
    assert.equal(ok.redisUrl, 'redis://127.0.0.1:6379/2');
    assert.equal(ok.redisPrefix, 'expertisepunt:');
    assert.equal(ok.metricsToken, 'a-long-enough-token');
    assert.equal(loadConfig({}).redisUrl, null);
    try {
      loadConfig({ REDIS_URL: 'http://cache:6379', REDIS_PREFIX: 'a b', METRICS_TOKEN: 'short' });
      assert.fail('expected a ConfigError');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.deepEqual(err.problems.map((p) => p.split(' ')[0]), ['REDIS_URL', 'REDIS_PREFIX', 'METRICS_TOKEN']);
    }
  });
});

describe('loadConfig: back office settings', () => {
  test('defaults: mail to the outbox, 12-hour sessions, proxies trusted only on loopback', () => {
    const c = loadConfig({});
    assert.equal(c.smtpUrl, '');
    assert.equal(c.mailFrom, 'Expertisepunt Mantelzorg <noreply@localhost>');
    assert.equal(c.sessionHours, 12);
    assert.deepEqual(c.trustProxy, ['loopback']);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy, ['10.0.0.0/8', '127.0.0.1']);
    assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
    assert.equal(c.contributionRetentionDays, 180);
    assert.equal(loadConfig({ CONTRIBUTION_RETENTION_DAYS: '30' }).contributionRetentionDays, 30);
  });

  test('CONTRIBUTION_RETENTION_DAYS: a whole number of days from 1 to 3650', () => {
    for (const bad of ['0', '-5', 'half jaar', '4000']) {
      assert.throws(() => loadConfig({ CONTRIBUTION_RETENTION_DAYS: bad }), (err: unknown) => err instanceof ConfigError && /CONTRIBUTION_RETENTION_DAYS/.test(err.message), bad);
    }
  });

  test('wrong values are listed together', () => {
    assert.throws(
      () => loadConfig({ SMTP_URL: 'http://mail', SESSION_HOURS: '0', SESSION_SECRET: 'kort', UPLOAD_MAX_MB: 'veel' }),
      (err: unknown) => err instanceof ConfigError && err.problems.length === 4 && /SMTP_URL/.test(err.message) && /SESSION_HOURS/.test(err.message) && /SESSION_SECRET/.test(err.message) && /UPLOAD_MAX_MB/.test(err.message),
    );
  });
});

describe('loadConfig: newsletter and privacy', () => {
  test('defaults, the digest turned off, and wrong values listed', () => {
    const c = loadConfig({ BASE_URL: 'https://mantelzorg.example' });
    assert.equal(c.newsletterBatchSize, 50);
    assert.equal(c.newsletterRatePerMinute, 120);
    assert.equal(c.newsletterDigestCron, '0 8 * * 1');
    assert.equal(c.privacyContact, 'privacy@mantelzorg.example');
    assert.equal(loadConfig({ NEWSLETTER_DIGEST_CRON: 'off' }).newsletterDigestCron, null);
    try {
      loadConfig({ NEWSLETTER_BATCH_SIZE: '0', NEWSLETTER_RATE_PER_MINUTE: 'veel', NEWSLETTER_DIGEST_CRON: 'elke maandag' });
      assert.fail('expected a ConfigError');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.problems.length, 3);
    }
  });
});
