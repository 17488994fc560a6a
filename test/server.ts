/** Starts the real app on a free loopback port, on a fresh database of the given dialect (for browser tests). */
import type { AddressInfo } from 'node:net';
import type { Dialect } from '../src/config.js';
import { createApp, type AppOptions } from '../src/app.js';
import { createTestDatabase, type DialectOptions } from './dialects.js';

export interface RunningServer {
  url: string;
  /** the app itself (e.g. to start its job queue) */
  app: Awaited<ReturnType<typeof createApp>>;
  db: Awaited<ReturnType<typeof createTestDatabase>>['handle']['db'];
  close(): Promise<void>;
}

export async function startServer(dialect: Dialect, options: DialectOptions = {}, appOptions: AppOptions = {}): Promise<RunningServer> {
  const state = await createTestDatabase(dialect, options);
  const app = await createApp(state.config, state.handle, { logger: false, ...appOptions });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db: state.handle.db,
    async close() {
      await app.close();
      await state.cleanup();
    },
  };
}
