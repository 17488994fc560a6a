/** `npx expertisepunt <command>`: migrate, seed, serve. */
import { parseArgs } from 'node:util';
import { createDb } from './db/database.js';
import { migrateDownAll, migrateToLatest } from './db/migrate.js';
import { seedDemo, seedIfEmpty } from './db/seed/index.js';
import { loadConfigOrExit, serve } from './server.js';
import { exportHsdsCommand, importHsdsCommand } from './directory/directory.cli.js';

const HELP = `Gebruik: expertisepunt <commando> [opties]

Commando's:
  serve              migreer de database, laad de demo-inhoud bij de eerste start en start de server
  migrate            breng de database naar de laatste versie
  migrate --down-all maak alle migraties ongedaan (wist alle gegevens)
  seed               laad de demo-inhoud (alleen in een lege database, tenzij --force)
  export hsds [FILE] schrijf de hele sociale kaart als HSDS 3.0-JSON naar FILE (of naar het scherm)
  import hsds FILE   lees een HSDS 3.0-JSON-bestand in; bij een fout wordt niets opgeslagen

Configuratie via omgevingsvariabelen: PORT, HOST, BASE_URL, DATA_DIR, DATABASE_URL, LOG_LEVEL, SEED_DEMO.
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
    case 'export':
    case 'import': {
      if (rest[0] !== 'hsds') {
        process.stderr.write(`Gebruik: expertisepunt ${command} hsds ${command === 'export' ? '[FILE]' : 'FILE'}\n`);
        return 2;
      }
      const handle = createDb(config);
      try {
        await migrateToLatest(handle.db);
        return command === 'export' ? await exportHsdsCommand(handle.db, config.baseUrl, rest[1]) : await importHsdsCommand(handle.db, rest[1]);
      } finally {
        await handle.destroy();
      }
    }
    default:
      process.stderr.write(`Onbekend commando: ${command}\n\n${HELP}`);
      return 2;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exit(code);
