/** Registers the search page and the search API. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { registerSearchApi } from './search.api.js';
import { registerSearchPages } from './search.pages.js';
import { flushSearchLog } from './search.service.js';

export async function registerSearch(app: FastifyInstance, options: { db: Db; baseUrl: string; today?: () => string; resultCache?: boolean }): Promise<void> {
  await registerSearchPages(app, options);
  await registerSearchApi(app, options);
  // Searches logged in the last second are written before the database closes.
  app.addHook('onClose', async () => {
    await flushSearchLog(options.db).catch((err: unknown) => app.log.error({ err }, 'search log not written'));
  });
}
