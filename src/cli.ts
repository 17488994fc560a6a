/** `npx expertisepunt <command>`: migrate, seed, serve. */
import { parseArgs } from 'node:util';
import { createDb } from './db/database.js';
import { migrateDownAll, migrateToLatest } from './db/migrate.js';
import { seedDemo, seedIfEmpty } from './db/seed/index.js';
import { loadConfigOrExit, serve } from './server.js';
import { userCommand } from './accounts/accounts.cli.js';

const HELP = `Gebruik: expertisepunt <commando> [opties]

Commando's:
  serve              migreer de database, laad de demo-inhoud bij de eerste start en start de server
  migrate            breng de database naar de laatste versie
  migrate --down-all maak alle migraties ongedaan (wist alle gegevens)
  seed               laad de demo-inhoud (alleen in een lege database, tenzij --force)
  user create --email E --role admin|editor|partner [--name N] [--invite]
                     maak een gebruiker; het wachtwoord komt van standaardinvoer,
                     of met --invite krijgt de gebruiker een uitnodiging per mail
  user list          toon alle gebruikers
  user disable --email E
                     schakel een account uit (en meld het overal af)

Configuratie via omgevingsvariabelen: PORT, HOST, BASE_URL, DATA_DIR, DATABASE_URL, LOG_LEVEL, SEED_DEMO,
SMTP_URL, MAIL_FROM, SESSION_HOURS, SESSION_SECRET, UPLOAD_MAX_MB, LINK_CHECK_HOURS, TRUST_PROXY.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command ? 0 : 1;
  }
  const config = loadConfigOrExit();
  switch (command) {
    case 'serve':
      await serve(config);
      return -1;
    case 'migrate': {
      const { values } = parseArgs({ args: rest, options: { 'down-all': { type: 'boolean' } } });
      const handle = createDb(config);
      try {
        if (values['down-all']) {
          await migrateDownAll(handle.db);
          console.log('Alle migraties zijn ongedaan gemaakt.');
        } else {
          const result = await migrateToLatest(handle.db);
          const done = result.results?.filter((r) => r.status === 'Success') ?? [];
          console.log(done.length ? done.map((r) => `gemigreerd: ${r.migrationName}`).join('\n') : 'De database is al up-to-date.');
        }
      } finally {
        await handle.destroy();
      }
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { force: { type: 'boolean' } } });
      const handle = createDb(config);
      try {
        await migrateToLatest(handle.db);
        if (values.force) {
          const counts = await seedDemo(handle.db);
          console.log(`Demo-inhoud geladen: ${counts.items} items, ${counts.themes} thema's, ${counts.pages} pagina's.`);
        } else {
          console.log((await seedIfEmpty(handle.db)) ? 'Demo-inhoud geladen.' : 'De database bevat al inhoud; niets gedaan (gebruik --force om toch te laden).');
        }
      } finally {
        await handle.destroy();
      }
      return 0;
    }
    case 'user':
      return userCommand(config, rest, HELP);
    default:
      process.stderr.write(`Onbekend commando: ${command}\n\n${HELP}`);
      return 2;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exit(code);
