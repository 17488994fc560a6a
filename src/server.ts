/** Boot: loadConfig() -> database (migrate, first-run demo content) -> createApp() -> listen; stop cleanly on signals. */
import { loadConfig, ConfigError, type Config } from './config.js';
import { createDb } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { seedIfEmpty } from './db/seed/index.js';
import { createApp } from './app.js';
import { warmOccurrences } from './events/events.service.js';
import { warmSearch } from './search/search.service.js';
import { removeServerMark, writeServerMark } from './ops/backup.js';

/** After a signal, requests in flight and running jobs get this long before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

export async function serve(config: Config): Promise<void> {
  const handle = createDb({ ...config, onPoolError: (err) => console.error(`PostgreSQL: an idle connection ended (${err.message}); the pool opens a new one.`) });
  await migrateToLatest(handle.db);
  const seeded = config.seedDemo ? await seedIfEmpty(handle.db) : false;
  const app = await createApp(config, handle);
  if (seeded) app.log.info('demo content loaded into an empty database');

  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: no new connections; finishing requests in flight and running jobs');
    setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      // Stops listening at once, waits for requests in flight, then (onClose) jobs and broadcast.
      await app.close();
      await handle.destroy();
      if (config.dialect === 'sqlite') removeServerMark(config.databaseUrl);
      app.log.info('stopped');
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  // The calendar's occurrences for today and the search vocabulary, loaded before the process listens
  // (and so before /readyz answers): built under the first visitors' requests, 50,000 activities took
  // seconds of CPU and garbage collection away from them (the load bench's first page had a p99 of
  // seconds), and the first search blocked every request for the vocabulary (150,000 documents: 0.6 s).
  await Promise.all([
    warmOccurrences(handle.db).catch((err: unknown) => app.log.error({ err }, 'building the calendar in memory failed')),
    warmSearch(handle.db).catch((err: unknown) => app.log.error({ err }, 'loading the search vocabulary failed')),
  ]);
  await app.listen({ port: config.port, host: config.host });
  if (config.dialect === 'sqlite') writeServerMark(config.databaseUrl);
  await app.jobs.start();
  app.log.info(`expertisepunt serves ${config.baseUrl} (${config.dialect})`);
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve(loadConfigOrExit());
}
