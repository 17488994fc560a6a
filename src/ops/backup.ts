/**
 * Backup and restore of an SQLite installation. Backup uses SQLite's online backup API (through
 * better-sqlite3), so it is consistent while the server keeps serving and writing. Restore checks
 * the copy's integrity, refuses while a server marks the file as in use (unless forced), and
 * swaps the file in whole. PostgreSQL uses pg_dump/pg_restore (docs/OPERATIONS.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
}

/** The server writes this file beside the database while it runs (its pid), and removes it on exit. */
export function serverMarkPath(databaseFile: string): string {
  return `${databaseFile}.server-pid`;
}

export function writeServerMark(databaseFile: string): void {
  fs.writeFileSync(serverMarkPath(databaseFile), String(process.pid));
}

export function removeServerMark(databaseFile: string): void {
  fs.rmSync(serverMarkPath(databaseFile), { force: true });
}

/** The pid of a live server using the file, or null (a mark left by a crashed server is ignored). */
export function serverUsing(databaseFile: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(serverMarkPath(databaseFile), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

export class BackupError extends Error {}

function checkIntegrity(file: string): number {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`${file} is beschadigd: ${String(result)}`);
    const hasMigrations = db.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'").get() as { n: number };
    if (hasMigrations.n === 0) throw new BackupError(`${file} is geen expertisepunt-database (geen migratietabel)`);
    return (db.prepare("select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'").get() as { n: number }).n;
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${file} is geen leesbare SQLite-database (${(err as Error).message})`);
  } finally {
    db.close();
  }
}

export async function backupSqlite(databaseFile: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(databaseFile)) throw new BackupError(`Er is geen database op ${databaseFile}`);
  const dest = path.resolve(target);
  if (dest === path.resolve(databaseFile)) throw new BackupError('Het back-upbestand mag niet de database zelf zijn');
  if (fs.existsSync(dest)) throw new BackupError(`${dest} bestaat al; kies een nieuwe naam`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const partial = `${dest}.partial`;
  fs.rmSync(partial, { force: true });
  const source = new SQLite(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } finally {
    source.close();
  }
  // The copy keeps the source's WAL mode; switched to a rollback journal it stays one file,
  // whoever opens it. It gets its real name only when complete and checked.
  const copy = new SQLite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const tables = checkIntegrity(partial);
  fs.renameSync(partial, dest);
  return { file: dest, bytes: fs.statSync(dest).size, tables };
}

export async function restoreSqlite(backupFile: string, databaseFile: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw new BackupError(`Er is geen bestand ${source}`);
  const pid = serverUsing(databaseFile);
  if (pid !== null && !options.force) {
    throw new BackupError(`Een server (pid ${pid}) gebruikt ${databaseFile} nog. Stop hem eerst, of gebruik --force als je zeker bent dat hij niet meer draait.`);
  }
  checkIntegrity(source);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const incoming = `${databaseFile}.restoring`;
  fs.rmSync(incoming, { force: true });
  const reader = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await reader.backup(incoming);
  } finally {
    reader.close();
  }
  const tables = checkIntegrity(incoming);
  // The old file's write-ahead log belongs to the old file: left behind, SQLite would replay it.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.renameSync(incoming, databaseFile);
  return { file: databaseFile, bytes: fs.statSync(databaseFile).size, tables };
}
