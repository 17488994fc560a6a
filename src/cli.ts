/** `npx expertisepunt <command>`: migrate, seed, serve. */
import { parseArgs } from 'node:util';
import { createDb } from './db/database.js';
import { migrateDownAll, migrateToLatest } from './db/migrate.js';
import { seedDemo, seedIfEmpty } from './db/seed/index.js';
import { loadConfigOrExit, serve } from './server.js';
import { backupSqlite, BackupError, restoreSqlite } from './ops/backup.js';
import { formatReport, migrateToPostgres, MigrateToPostgresError } from './ops/migrate-to-postgres.js';
import { runReindex } from './search/search.cli.js';
import { userCommand } from './accounts/accounts.cli.js';
import { fetchCalendar, importCalendar, kindFromSlug } from './events/events.service.js';
import fs from 'node:fs';
import { AppError } from './errors.js';
import { exportHsdsCommand, importHsdsCommand } from './directory/directory.cli.js';

const HELP = `Gebruik: expertisepunt <commando> [opties]

Commando's:
  serve              migreer de database, laad de demo-inhoud bij de eerste start en start de server
  migrate            breng de database naar de laatste versie
  migrate --down-all maak alle migraties ongedaan (wist alle gegevens)
  seed               laad de demo-inhoud (alleen in een lege database, tenzij --force)
  backup BESTAND     maak een back-up van de SQLite-database (mag terwijl de server draait)
  restore BESTAND    zet een back-up terug (stop eerst de server; --force negeert die controle)
  migrate-to-postgres --to postgres://...
                     kopieer deze SQLite-installatie naar een lege PostgreSQL-database en controleer ze
  search reindex     bouw de zoekindex opnieuw op (met voortgang)
  import ical BESTAND|URL [--organiser NAAM] [--soort SOORT]
                     lees activiteiten uit een iCalendar-bestand of -adres; een bekende UID wordt bijgewerkt
  export hsds [FILE] schrijf de hele sociale kaart als HSDS 3.0-JSON naar FILE (of naar het scherm)
  import hsds FILE   lees een HSDS 3.0-JSON-bestand in; bij een fout wordt niets opgeslagen

  user create --email E --role admin|editor|partner [--name N] [--invite]
                     maak een gebruiker; het wachtwoord komt van standaardinvoer,
                     of met --invite krijgt de gebruiker een uitnodiging per mail
  user list          toon alle gebruikers
  user disable --email E
                     schakel een account uit (en meld het overal af)

Configuratie via omgevingsvariabelen: PORT, HOST, BASE_URL, DATA_DIR, DATABASE_URL, LOG_LEVEL, SEED_DEMO,
PAGE_CACHE, REDIS_URL, REDIS_PREFIX, METRICS_TOKEN, SMTP_URL, MAIL_FROM, SESSION_HOURS, SESSION_SECRET,
UPLOAD_MAX_MB, LINK_CHECK_HOURS, TRUST_PROXY (zie docs/OPERATIONS.md).
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
    case 'backup':
    case 'restore': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { force: { type: 'boolean' } } });
      const file = positionals[0];
      if (!file || positionals.length > 1) {
        process.stderr.write(`Gebruik: expertisepunt ${command} BESTAND${command === 'restore' ? ' [--force]' : ''}\n`);
        return 2;
      }
      if (config.dialect !== 'sqlite') {
        process.stderr.write('Dit commando is voor SQLite. Gebruik voor PostgreSQL pg_dump en pg_restore (zie docs/OPERATIONS.md).\n');
        return 2;
      }
      try {
        if (command === 'backup') {
          const r = await backupSqlite(config.databaseUrl, file);
          console.log(`Back-up gemaakt: ${r.file} (${r.bytes} bytes, ${r.tables} tabellen, integriteit gecontroleerd).`);
        } else {
          const r = await restoreSqlite(file, config.databaseUrl, { force: values.force });
          console.log(`Back-up teruggezet in ${r.file} (${r.tables} tabellen, integriteit gecontroleerd).`);
        }
      } catch (err) {
        if (err instanceof BackupError) {
          process.stderr.write(`${err.message}\n`);
          return 1;
        }
        throw err;
      }
      return 0;
    }
    case 'migrate-to-postgres': {
      const { values } = parseArgs({ args: rest, options: { to: { type: 'string' } } });
      if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
        process.stderr.write('Gebruik: expertisepunt migrate-to-postgres --to postgres://gebruiker@host:5432/database\n');
        return 2;
      }
      if (config.dialect !== 'sqlite') {
        process.stderr.write('DATABASE_URL moet naar de SQLite-database wijzen die je wilt kopiëren.\n');
        return 2;
      }
      try {
        const report = await migrateToPostgres(config.databaseUrl, values.to);
        console.log(formatReport(report));
        return report.ok ? 0 : 1;
      } catch (err) {
        if (err instanceof MigrateToPostgresError) {
          process.stderr.write(`${err.message}\n`);
          return 1;
        }
        throw err;
      }
    }
    case 'search': {
      if (rest[0] !== 'reindex') {
        process.stderr.write(`Onbekend zoekcommando: ${rest[0] ?? '(geen)'}\n\n${HELP}`);
        return 2;
      }
      const handle = createDb(config);
      try {
        await migrateToLatest(handle.db);
        await runReindex(handle.db);
      } finally {
        await handle.destroy();
      }
      return 0;
    }
    case 'export':
    case 'import': {
      if (rest[0] === 'hsds') {
        const handle = createDb(config);
        try {
          await migrateToLatest(handle.db);
          return command === 'export' ? await exportHsdsCommand(handle.db, config.baseUrl, rest[1]) : await importHsdsCommand(handle.db, rest[1]);
        } finally {
          await handle.destroy();
        }
      }
      if (command === 'export') {
        process.stderr.write('Gebruik: expertisepunt export hsds [FILE]\n');
        return 2;
      }
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { organiser: { type: 'string' }, soort: { type: 'string' } } });
      const [format, source] = positionals;
      if (format !== 'ical' || !source) {
        process.stderr.write(`Gebruik: expertisepunt import ical BESTAND|URL [--organiser NAAM] [--soort SOORT]\n       expertisepunt import hsds FILE\n`);
        return 2;
      }
      const kind = values.soort ? kindFromSlug(values.soort) : undefined;
      if (values.soort && !kind) {
        process.stderr.write(`Onbekende soort: ${values.soort}\n`);
        return 2;
      }
      const handle = createDb(config);
      try {
        const text = /^https?:\/\//.test(source) ? await fetchCalendar(source) : fs.readFileSync(source, 'utf8');
        await migrateToLatest(handle.db);
        const report = await importCalendar(handle.db, text, { organiser: values.organiser ?? 'Partner', kind });
        console.log(`Geïmporteerd: ${report.created} nieuw, ${report.updated} bijgewerkt.`);
        for (const p of report.problems) console.log(`Let op: ${p}`);
      } catch (err) {
        const e = err as Error & { code?: string };
        if (!(err instanceof AppError) && e.code !== 'ENOENT') throw err;
        process.stderr.write(`Import mislukt: ${e.message}\n`);
        return 1;
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
