/** createApp(config, db): registers the web layer and every feature. It never listens. */
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import type { Config } from './config.js';
import type { DbHandle } from './db/database.js';
import { registerWeb } from './web/web.plugin.js';
import { createPageCache } from './web/page-cache.js';
import { brusselsDay } from './web/day.js';
import { registerContentPages } from './content/content.pages.js';
import { contentChanges } from './content/content.service.js';
import { registerFeeds } from './feeds/feeds.pages.js';
import { registerOpenData } from './opendata/opendata.pages.js';
import { registerApi } from './api/api.plugin.js';
import { registerContentApi } from './content/content.api.js';
import { registerOps, requestIdOptions } from './ops/ops.plugin.js';
import { registerSearch } from './search/search.plugin.js';
import { createSearchReaders, useSearchReaders } from './search/search.readers.js';
import { registerSearchAdmin } from './search/search.admin.js';
import { createMailer, type Mailer } from './mail/mail.service.js';
import { appSecret } from './accounts/accounts.service.js';
import { registerAccountsAdmin } from './accounts/accounts.admin.js';
import { registerContentAdmin } from './content/content.admin.js';
import { defineContentJobs } from './content/content.jobs.js';
import { registerEventsPages } from './events/events.pages.js';
import { calendarVersion, eventChanges, listActivitiesNear, nearbyChangesAt, listSitemapPaths as activitySitemapPaths, removeEndedActivitiesFromSearch } from './events/events.service.js';
import { listSitemapPaths as directorySitemapPaths } from './directory/directory.service.js';
import { registerDirectory, type DirectoryPagesOptions } from './directory/directory.plugin.js';
import { registerChannels } from './channels/channels.plugin.js';
import { registerEventsAdmin } from './events/events.admin.js';
import { registerTokensAdmin } from './tokens/tokens.admin.js';
import { registerTokensApi } from './tokens/tokens.api.js';
import { registerContributionPages } from './contributions/contributions.pages.js';
import { registerContributionAdmin } from './contributions/contributions.admin.js';
import { defineContributionJobs } from './contributions/contributions.jobs.js';
import { registerNewsletterPages } from './newsletter/newsletter.pages.js';
import { registerNewsletterAdmin } from './newsletter/newsletter.admin.js';
import { defineNewsletterJobs } from './newsletter/newsletter.jobs.js';
import { listSitemapPaths as newsletterSitemapPaths } from './newsletter/newsletter.service.js';
import { registerPrivacyPages } from './privacy/privacy.pages.js';
import { registerPrivacyAdmin } from './privacy/privacy.admin.js';

export interface AppOptions {
  /** pino logger options, or false for none (tests) */
  logger?: boolean | object;
  /** today's date as YYYY-MM-DD, for tests that need a fixed day */
  today?: () => string;
  /** how often idle job workers look for work (seconds) */
  jobPollingIntervalSeconds?: number;
  /** outgoing mail (tests pass one that talks to their own SMTP server); default from SMTP_URL */
  mailer?: Mailer;
  /** the current instant, for tests of the activities calendar */
  now?: () => Date;
  /** requests per minute per partner API token (tests lower it) */
  apiWriteRateLimit?: number;
  /** activities near a municipality for /gemeente/<slug> (the calendar provides it) */
  nearbyActivities?: DirectoryPagesOptions['nearbyActivities'];
}

/**
 * What a request log line says: method, path and host; no IP address, and no private links
 * (long token segments such as a subscriber's preferences link are cut out). See /privacy.
 */
export const logSerializers = {
  req(req: { method: string; url: string; headers?: Record<string, unknown>; host?: string }) {
    return { method: req.method, url: redactUrl(req.url), host: req.host };
  },
};

export function redactUrl(url: string): string {
  // Tokens are random base64url (upper case or '_' almost surely among 20+ characters); slugs are lower case.
  return url.replace(/\/(?=[A-Za-z0-9_-]*[A-Z_])[A-Za-z0-9_-]{20,}(?=[/?#]|$)/g, '/[token]');
}

export async function createApp(config: Config, handle: DbHandle, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel, serializers: logSerializers },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Query strings are parsed into plain objects; invalid ones reach validation, never a crash.
    routerOptions: { maxParamLength: 300, ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
    ...requestIdOptions,
  });
  await registerOps(app, { config, handle, jobPollingIntervalSeconds: options.jobPollingIntervalSeconds });
  defineContentJobs(app.jobs, handle.db, { linkCheckHours: config.linkCheckHours });
  defineContributionJobs(app.jobs, handle.db, { retentionDays: config.contributionRetentionDays });
  app.jobs.defineJob('events.search-ended', async () => ({ removed: await removeEndedActivitiesFromSearch(handle.db) }), { cron: '17 * * * *', retryLimit: 0 });

  const pageCache = config.pageCache ? createPageCache() : null;
  // The day pages show ("today" in Brussels), by the app's clock unless a test fixes the day.
  const today = options.today ?? (() => brusselsDay((options.now?.() ?? new Date()).getTime()).day);
  const csrfSecret = config.sessionSecret || (() => appSecret(handle.db, 'csrf'));
  await registerWeb(app, { baseUrl: config.baseUrl, pageCache, csrfSecret, redis: app.redis ? { client: app.redis, prefix: config.redisPrefix } : null, now: options.now });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  // Before every route, so the OpenAPI description sees them all.
  await registerApi(app, { baseUrl: config.baseUrl });

  // Dropped here at once, and in every other process through the broadcast.
  const onContentChanged = () => {
    app.invalidatePages();
    void app.broadcast.publish('pages');
  };
  contentChanges.on('changed', onContentChanged);
  app.broadcast.subscribe('pages', () => app.invalidatePages());
  eventChanges.on('changed', onContentChanged);
  app.addHook('onClose', async () => {
    contentChanges.off('changed', onContentChanged);
    eventChanges.off('changed', onContentChanged);
  });

  await registerContentPages(app, { db: handle.db, baseUrl: config.baseUrl, today, dataDir: config.dataDir, sitemapPaths: [directorySitemapPaths, (db) => activitySitemapPaths(db, options.now?.()), newsletterSitemapPaths] });
  await registerFeeds(app, { db: handle.db, baseUrl: config.baseUrl });
  await registerOpenData(app, { db: handle.db, baseUrl: config.baseUrl, now: options.now });
  await registerContentApi(app, { db: handle.db, baseUrl: config.baseUrl });
  if (config.dialect === 'sqlite' && config.searchReaders > 0) {
    const readers = createSearchReaders(config.databaseUrl, config.searchReaders);
    useSearchReaders(handle.db, readers);
    app.addHook('onClose', () => readers.close());
  }
  await registerSearch(app, { db: handle.db, baseUrl: config.baseUrl, today: options.today, resultCache: config.pageCache });

  const mailer = options.mailer ?? createMailer({ ...config, log: (m) => app.log.info(m) });
  const env = { mailer, baseUrl: config.baseUrl };
  await registerAccountsAdmin(app, { db: handle.db, env, sessionHours: config.sessionHours, secureCookies: config.baseUrl.startsWith('https:') });
  await registerContentAdmin(app, { db: handle.db, dataDir: config.dataDir, uploadMaxMb: config.uploadMaxMb, today: options.today });
  await registerSearchAdmin(app, { db: handle.db });
  defineNewsletterJobs(app.jobs, handle.db, {
    env,
    batchSize: config.newsletterBatchSize,
    ratePerMinute: config.newsletterRatePerMinute,
    digestCron: config.newsletterDigestCron,
    log: app.log,
    onSent: onContentChanged,
  });
  await registerNewsletterPages(app, { db: handle.db, baseUrl: config.baseUrl, env });
  await registerNewsletterAdmin(app, { db: handle.db, env, jobs: app.jobs });
  await registerPrivacyPages(app, { baseUrl: config.baseUrl, contact: config.privacyContact, sessionHours: config.sessionHours, contributionRetentionDays: config.contributionRetentionDays });
  await registerPrivacyAdmin(app, { db: handle.db, dataDir: config.dataDir });
  await registerEventsPages(app, { db: handle.db, baseUrl: config.baseUrl, now: options.now });
  await registerEventsAdmin(app, { db: handle.db, now: options.now, uploadMaxMb: Math.min(config.uploadMaxMb, 5) });
  await registerTokensAdmin(app, { db: handle.db, baseUrl: config.baseUrl });
  await registerTokensApi(app, { db: handle.db, baseUrl: config.baseUrl, now: options.now, rateLimitMax: options.apiWriteRateLimit });
  // /gemeente/<slug> lists the calendar's next activities near the municipality, kept in the page cache
  // per calendar version until one of them ends.
  const nearbyActivities: DirectoryPagesOptions['nearbyActivities'] = options.nearbyActivities ?? {
    version: calendarVersion,
    async list(db, municipality) {
      const next = await listActivitiesNear(db, municipality, { limit: 5, now: options.now?.() });
      return {
        items: next.map((o) => ({
          title: o.title,
          url: `/activiteiten/${o.activity.slug}`,
          startsAt: o.start,
          place: o.activity.place ? [o.activity.place.venue, o.activity.place.municipality].filter(Boolean).join(', ') : 'online',
          distanceKm: o.distanceKm ?? null,
        })),
        changesAt: nearbyChangesAt(next),
      };
    },
  };
  await registerDirectory(app, { db: handle.db, baseUrl: config.baseUrl, today, nearbyActivities });
  await registerChannels(app, { db: handle.db, baseUrl: config.baseUrl, now: options.now });
  const contributionEnv = { mailer, baseUrl: config.baseUrl, dataDir: config.dataDir, log: (message: string, err?: unknown) => app.log.warn({ err }, message) };
  await registerContributionPages(app, { db: handle.db, baseUrl: config.baseUrl, env: contributionEnv, uploadMaxMb: config.uploadMaxMb, retentionDays: config.contributionRetentionDays });
  await registerContributionAdmin(app, { db: handle.db, env: contributionEnv });
  return app;
}
