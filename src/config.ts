/**
 * Configuration comes from the environment only. loadConfig() checks every value and, when
 * something is wrong, throws one ConfigError listing all problems so boot stops with a readable list.
 */
import path from 'node:path';

export type Dialect = 'sqlite' | 'postgres';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** SQLite file path, or a postgres:// URL */
  readonly databaseUrl: string;
  readonly dialect: Dialect;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  readonly pageCache: boolean;
  /** SQLite: worker threads with a read-only connection each that answer searches; 0: searches run on the main connection */
  readonly searchReaders: number;
  /** redis:// URL for cross-process cache invalidation (and later rate limits); null: none */
  readonly redisUrl: string | null;
  /** prefix for Redis keys and channels, so installations can share one Redis */
  readonly redisPrefix: string;
  /** when set, /metrics asks for `Authorization: Bearer <token>` */
  readonly metricsToken: string | null;
  /** smtp://user:pass@host:587 or smtps://…; empty: mail is written to DATA_DIR/outbox as .eml files */
  readonly smtpUrl: string;
  readonly mailFrom: string;
  /** hours a back-office session lasts after sign-in */
  readonly sessionHours: number;
  /** signs CSRF tokens; empty: a random key kept in the database (shared by every process) */
  readonly sessionSecret: string;
  readonly uploadMaxMb: number;
  /** hours between two runs of the link checker; 0 turns it off */
  readonly linkCheckHours: number;
  /** days after a contribution was handled before the submitter's name, email and address are erased */
  readonly contributionRetentionDays: number;
  /**
   * Which proxies may set X-Forwarded-For (the client address for rate limits and logs): Fastify's
   * trustProxy. Trusting every hop would let anyone pick their own address and slip past a rate limit.
   */
  readonly trustProxy: boolean | string[];
  /** newsletter: recipients per batch (one job run) */
  readonly newsletterBatchSize: number;
  /** newsletter: at most this many mails a minute */
  readonly newsletterRatePerMinute: number;
  /** newsletter: cron expression (Europe/Brussels) of the digest of what is new; null: no digest */
  readonly newsletterDigestCron: string | null;
  /** the address people write to about their personal data (the privacy page names it) */
  readonly privacyContact: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuratie klopt niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseBool(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  problems.push(`${name} moet true of false zijn (kreeg "${value}")`);
  return fallback;
}

function parseNumber(name: string, value: string | undefined, fallback: number, min: number, max: number, problems: string[]): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    problems.push(`${name} moet een geheel getal van ${min} tot ${max} zijn (kreeg "${value}")`);
    return fallback;
  }
  return n;
}

function safeHost(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) problems.push(`PORT moet een getal van 0 tot 65535 zijn (kreeg "${portText}")`);

  const host = env.HOST || '127.0.0.1';

  const baseUrlText = env.BASE_URL || `http://localhost:${Number.isFinite(port) ? port : 3000}`;
  let baseUrl = baseUrlText;
  try {
    const u = new URL(baseUrlText);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') problems.push(`BASE_URL moet met http:// of https:// beginnen (kreeg "${baseUrlText}")`);
    baseUrl = baseUrlText.replace(/\/+$/, '');
  } catch {
    problems.push(`BASE_URL is geen geldige URL (kreeg "${baseUrlText}")`);
  }

  const dataDir = path.resolve(env.DATA_DIR || 'data');

  const databaseUrl = env.DATABASE_URL || path.join(dataDir, 'expertisepunt.db');
  let dialect: Dialect = 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    dialect = 'postgres';
    try {
      new URL(databaseUrl);
    } catch {
      problems.push('DATABASE_URL is geen geldige postgres://-URL');
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(databaseUrl)) {
    problems.push(`DATABASE_URL moet een pad naar een SQLite-bestand of een postgres://-URL zijn (kreeg "${databaseUrl.split('://')[0]}://…")`);
  }

  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn (kreeg "${logLevel}")`);

  const seedDemo = parseBool('SEED_DEMO', env.SEED_DEMO, true, problems);
  const pageCache = parseBool('PAGE_CACHE', env.PAGE_CACHE, true, problems);
  // Off by default: on a busy 2-core machine the readers made searches slower (bench:search, docs/ARCHITECTURE.md).
  const searchReaders = parseNumber('SEARCH_READERS', env.SEARCH_READERS, 0, 0, 32, problems);

  const redisUrl = env.REDIS_URL || null;
  if (redisUrl) {
    let ok = /^rediss?:\/\//.test(redisUrl);
    try {
      new URL(redisUrl);
    } catch {
      ok = false;
    }
    if (!ok) problems.push('REDIS_URL moet een geldige redis://- of rediss://-URL zijn');
  }
  const redisPrefix = env.REDIS_PREFIX || 'expertisepunt:';
  if (!/^[\w:.-]{1,64}$/.test(redisPrefix)) problems.push(`REDIS_PREFIX mag alleen letters, cijfers, _ : . en - bevatten (kreeg "${redisPrefix}")`);
  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && metricsToken.length < 16) problems.push('METRICS_TOKEN moet minstens 16 tekens lang zijn');
  const smtpUrl = env.SMTP_URL ?? '';
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL moet met smtp:// of smtps:// beginnen');
  const mailFrom = env.MAIL_FROM || `Expertisepunt Mantelzorg <noreply@${safeHost(baseUrl)}>`;
  const sessionHours = parseNumber('SESSION_HOURS', env.SESSION_HOURS, 12, 1, 24 * 30, problems);
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret && sessionSecret.length < 32) problems.push('SESSION_SECRET moet minstens 32 tekens lang zijn');
  const uploadMaxMb = parseNumber('UPLOAD_MAX_MB', env.UPLOAD_MAX_MB, 10, 1, 100, problems);
  const linkCheckHours = parseNumber('LINK_CHECK_HOURS', env.LINK_CHECK_HOURS, 24, 0, 24 * 30, problems);
  const contributionRetentionDays = parseNumber('CONTRIBUTION_RETENTION_DAYS', env.CONTRIBUTION_RETENTION_DAYS, 180, 1, 3650, problems);

  const newsletterBatchSize = parseNumber('NEWSLETTER_BATCH_SIZE', env.NEWSLETTER_BATCH_SIZE, 50, 1, 1000, problems);
  const newsletterRatePerMinute = parseNumber('NEWSLETTER_RATE_PER_MINUTE', env.NEWSLETTER_RATE_PER_MINUTE, 120, 1, 100_000, problems);
  const digestText = (env.NEWSLETTER_DIGEST_CRON ?? '0 8 * * 1').trim();
  const newsletterDigestCron = /^(|off|false|0)$/i.test(digestText) ? null : digestText;
  if (newsletterDigestCron && newsletterDigestCron.split(/\s+/).length !== 5) problems.push(`NEWSLETTER_DIGEST_CRON moet vijf cronvelden hebben of "off" zijn (kreeg "${digestText}")`);
  const privacyContact = env.PRIVACY_CONTACT || `privacy@${safeHost(baseUrl)}`;

  const trustText = (env.TRUST_PROXY ?? 'loopback').trim();
  let trustProxy: boolean | string[];
  if (/^(true|false)$/i.test(trustText)) trustProxy = /^true$/i.test(trustText);
  else trustProxy = trustText.split(',').map((x) => x.trim()).filter(Boolean);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host,
    baseUrl,
    dataDir,
    databaseUrl: dialect === 'sqlite' ? path.resolve(databaseUrl) : databaseUrl,
    dialect,
    seedDemo,
    logLevel,
    pageCache,
    searchReaders,
    redisUrl,
    redisPrefix,
    metricsToken,
    smtpUrl,
    mailFrom,
    sessionHours,
    sessionSecret,
    uploadMaxMb,
    linkCheckHours,
    contributionRetentionDays,
    trustProxy,
    newsletterBatchSize,
    newsletterRatePerMinute,
    newsletterDigestCron,
    privacyContact,
  });
}
