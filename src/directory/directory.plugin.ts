/** Registers the directory's public pages and its HSDS API. */
import type { FastifyInstance } from 'fastify';
import { registerDirectoryPages, type DirectoryPagesOptions } from './directory.pages.js';
import { registerDirectoryApi } from './directory.api.js';

export type { DirectoryPagesOptions, NearbyActivity } from './directory.pages.js';

export async function registerDirectory(app: FastifyInstance, options: DirectoryPagesOptions): Promise<void> {
  await registerDirectoryPages(app, options);
  await registerDirectoryApi(app, options);
}
