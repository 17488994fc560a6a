/** A search reader's thread (see search.readers.ts): a read-only connection that answers searches. */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { SQLITE_MMAP_BYTES, withStatementCache, type Database } from '../db/database.js';
import { searchOnReader, type ReaderRequest } from './search.service.js';
import { READER_NICE } from './search.readers.js';

// Lower CPU priority than the main thread: see READER_NICE. A new thread starts at its creator's nice value.
try {
  os.setPriority(0, Math.min(19, os.getPriority(0) + READER_NICE));
} catch {
  // Not allowed or not supported here: the reader runs at the main thread's priority.
}

const sqlite = new SQLite((workerData as { databaseFile: string }).databaseFile, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });

// One search at a time: the main thread sends the next when this one is answered (search.readers.ts).
parentPort!.on('message', (m: { request: ReaderRequest }) => {
  searchOnReader(db, m.request).then(
    // As JSON: the main thread parses a string several times faster than it deserializes a structured clone.
    (result) => parentPort!.postMessage({ json: JSON.stringify(result) }),
    (err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err));
      parentPort!.postMessage({ error: { message: e.message, stack: e.stack } });
    },
  );
});
