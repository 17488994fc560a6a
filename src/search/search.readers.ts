/**
 * Search readers (SQLite only): a few worker threads, each with its own read-only connection to
 * the database file, that run the search queries and ranking. better-sqlite3 runs every query on
 * the main thread, one at a time, so concurrent searches queued behind each other there; in WAL
 * mode readers run next to the writer and each query sees everything committed before it starts,
 * so a change is still visible in search at once. Writes, the result cache and the search log
 * stay on the main connection (search.service.ts).
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database.js';
import type { SearchResult } from './search.model.js';
import type { ReaderRequest } from './search.service.js';

export interface SearchReaders {
  run(request: ReaderRequest): Promise<SearchResult>;
  close(): Promise<void>;
}

interface Job {
  resolve(result: SearchResult): void;
  reject(err: Error): void;
}

interface Reader {
  worker: Worker;
  jobs: Map<number, Job>;
}


/** The worker's module: the compiled .js next to this one, or the .ts source through tsx when running from source. */
function workerScript(): { code: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  const target = new URL(fromSource ? './search.reader-worker.ts' : './search.reader-worker.js', import.meta.url).href;
  const code = fromSource
    ? `const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(target)});`
    : `await import(${JSON.stringify(target)});`;
  return { code };
}

export function createSearchReaders(databaseFile: string, size: number): SearchReaders {
  const readers: (Reader | undefined)[] = new Array(Math.max(1, size)).fill(undefined);
  let nextId = 1;
  let closed = false;

  function start(slot: number): Reader {
    const worker = new Worker(workerScript().code, { eval: true, workerData: { databaseFile } });
    const reader: Reader = { worker, jobs: new Map() };
    worker.unref();
    worker.on('message', (m: { id: number; result?: SearchResult; error?: { message: string; stack?: string } }) => {
      const job = reader.jobs.get(m.id);
      if (!job) return;
      reader.jobs.delete(m.id);
      if (m.error) job.reject(Object.assign(new Error(m.error.message), { stack: m.error.stack }));
      else job.resolve(m.result!);
    });
    const fail = (err: Error) => {
      // A reader that died is replaced on the next search; its searches in flight fail.
      if (readers[slot] === reader) readers[slot] = undefined;
      for (const job of reader.jobs.values()) job.reject(err);
      reader.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`search reader stopped (exit code ${code})`)));
    readers[slot] = reader;
    return reader;
  }

  /** The reader with the fewest searches waiting (started when its slot is empty). */
  function pick(): Reader {
    let best: Reader | undefined;
    for (let slot = 0; slot < readers.length; slot++) {
      const reader = readers[slot] ?? start(slot);
      if (!best || reader.jobs.size < best.jobs.size) best = reader;
      if (reader.jobs.size === 0) break;
    }
    return best!;
  }

  return {
    run(request) {
      if (closed) return Promise.reject(new Error('search readers are closed'));
      const reader = pick();
      const id = nextId++;
      return new Promise<SearchResult>((resolve, reject) => {
        reader.jobs.set(id, { resolve, reject });
        reader.worker.postMessage({ id, request });
      });
    },
    async close() {
      closed = true;
      await Promise.all(readers.map((r) => r?.worker.terminate()));
    },
  };
}

const registered = new WeakMap<Db, SearchReaders>();

/** Searches on db (outside a transaction) go to these readers from now on. */
export function useSearchReaders(db: Db, readers: SearchReaders): void {
  registered.set(db, readers);
}

export function searchReadersOf(db: Db): SearchReaders | undefined {
  return registered.get(db);
}
