/** Boot: loadConfig() -> database (migrate, first-run demo content) -> createApp() -> listen; stop cleanly on signals. */
import { loadConfig, ConfigError, type Config } from './config.js';
import { createDb } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { seedIfEmpty } from './db/seed/index.js';
import { createApp } from './app.js';
import { startJobs } from './jobs/jobs.js';

export async function serve(config: Config): Promise<void> {
  const handle = createDb({ ...config, onPoolError: (err) => console.error(`PostgreSQL: an idle connection ended (${err.message}); the pool opens a new one.`) });
  await migrateToLatest(handle.db);
  const seeded = config.seedDemo ? await seedIfEmpty(handle.db) : false;
  const app = await createApp(config, handle);
  const stopJobs = startJobs(handle.db, { linkCheckHours: config.linkCheckHours, log: app.log });
  app.addHook('onClose', async () => stopJobs());
  if (seeded) app.log.info('demo content loaded into an empty database');

  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await handle.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
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
