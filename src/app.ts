/** createApp(config, db): registers the web layer and every feature. It never listens. */
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import type { Config } from './config.js';
import type { DbHandle } from './db/database.js';
import { registerWeb } from './web/web.plugin.js';
import { createPageCache } from './web/page-cache.js';
import { registerContentPages } from './content/content.pages.js';
import { contentChanges } from './content/content.service.js';
import { registerDirectory, type DirectoryPagesOptions } from './directory/directory.plugin.js';

export interface AppOptions {
  /** pino logger options, or false for none (tests) */
  logger?: boolean | object;
  /** today's date as YYYY-MM-DD, for tests that need a fixed day */
  today?: () => string;
  /** activities near a municipality for /gemeente/<slug> (the calendar provides it) */
  nearbyActivities?: DirectoryPagesOptions['nearbyActivities'];
}

export async function createApp(config: Config, handle: DbHandle, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    // Query strings are parsed into plain objects; invalid ones reach validation, never a crash.
    routerOptions: { maxParamLength: 300, ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });

  const pageCache = config.pageCache ? createPageCache() : null;
  await registerWeb(app, { baseUrl: config.baseUrl, pageCache });
  await app.register(formbody, { bodyLimit: 256 * 1024 });

  const onContentChanged = () => app.invalidatePages();
  contentChanges.on('changed', onContentChanged);
  app.addHook('onClose', async () => {
    contentChanges.off('changed', onContentChanged);
  });

  await registerContentPages(app, { db: handle.db, baseUrl: config.baseUrl, today: options.today });
  await registerDirectory(app, { db: handle.db, baseUrl: config.baseUrl, today: options.today, nearbyActivities: options.nearbyActivities });
  return app;
}
