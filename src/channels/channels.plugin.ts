/** Every channel beyond the site itself: the /api/v1 reads of directory, calendar and municipalities, and the widgets. */
import type { FastifyInstance } from 'fastify';
import { registerChannelsApi, type ChannelsApiOptions } from './channels.api.js';
import { registerWidgets } from './channels.widgets.js';
import { registerChannelsAdmin } from './channels.admin.js';

export type ChannelsOptions = ChannelsApiOptions;

export async function registerChannels(app: FastifyInstance, options: ChannelsOptions): Promise<void> {
  await registerChannelsApi(app, options);
  await registerWidgets(app, options);
  await registerChannelsAdmin(app, options);
}
