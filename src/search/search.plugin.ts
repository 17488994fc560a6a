/** Registers the search page and the search API. */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { registerSearchApi } from './search.api.js';
import { registerSearchPages } from './search.pages.js';

export async function registerSearch(app: FastifyInstance, options: { db: Db; baseUrl: string; today?: () => string; resultCache?: boolean }): Promise<void> {
  await registerSearchPages(app, options);
  await registerSearchApi(app, options);
}
