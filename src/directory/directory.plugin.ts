/** Registers the directory's public pages, its HSDS API and its back-office pages. */
import type { FastifyInstance } from 'fastify';
import { registerDirectoryPages, type DirectoryPagesOptions } from './directory.pages.js';
import { registerDirectoryApi } from './directory.api.js';
import { registerDirectoryAdmin } from './directory.admin.js';

export type { DirectoryPagesOptions, NearbyActivity } from './directory.pages.js';

export async function registerDirectory(app: FastifyInstance, options: DirectoryPagesOptions): Promise<void> {
  await registerDirectoryPages(app, options);
  await registerDirectoryApi(app, options);
  await registerDirectoryAdmin(app, { db: options.db, today: options.today });
}
