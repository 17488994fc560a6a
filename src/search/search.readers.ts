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

/**
 * How much lower the readers' CPU priority is than the main thread's (nice; Linux keeps one per thread,
 * and setPriority(0) sets the calling thread's). The main thread reads every request and answers every
 * cached page; readers at its priority take its CPU when the cores are busy, and then every request
 * waits before it is even read.
 */
export const READER_NICE = 10;

export interface SearchReaders {
  run(request: ReaderRequest): Promise<SearchResult>;
  close(): Promise<void>;
}

interface Job {
  request: ReaderRequest;
  resolve(result: SearchResult): void;
  reject(err: Error): void;
}

interface Reader {
  worker: Worker;
  /** the search it is answering */
  job: Job | undefined;
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
  // One queue for all readers, each reader taking the next search when it is free: a search that
  // takes long then holds up no search behind it that another reader could answer. (Handing each
  // search at once to the reader with the fewest waiting queued some behind a slow one while the
  // other reader had nothing to do.)
  const queue: Job[] = [];
  /** set by close(): resolves it once the searches asked before it are answered */
  let drained: (() => void) | undefined;
  let terminating = false;

  function start(slot: number): Reader {
    const worker = new Worker(workerScript().code, { eval: true, workerData: { databaseFile } });
    const reader: Reader = { worker, job: undefined };
    worker.unref();
    worker.on('message', (m: { json?: string; error?: { message: string; stack?: string } }) => {
      const job = reader.job;
      if (!job) return;
      reader.job = undefined;
      if (m.error) job.reject(Object.assign(new Error(m.error.message), { stack: m.error.stack }));
      else job.resolve(JSON.parse(m.json!) as SearchResult);
      dispatch();
    });
    const fail = (err: Error) => {
      // A reader that died is replaced by the next dispatch; the search it was answering fails.
      if (readers[slot] === reader) readers[slot] = undefined;
      reader.job?.reject(err);
      reader.job = undefined;
      if (!terminating) dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`search reader stopped (exit code ${code})`)));
    readers[slot] = reader;
    return reader;
  }

  /** Hands the searches waiting to the readers that are free (starting those whose slot is empty). */
  function dispatch(): void {
    for (let slot = 0; slot < readers.length && queue.length > 0; slot++) {
      const reader = readers[slot] ?? start(slot);
      if (reader.job) continue;
      const job = queue.shift()!;
      reader.job = job;
      reader.worker.postMessage({ request: job.request });
    }
    if (drained && queue.length === 0 && readers.every((r) => !r?.job)) drained();
  }

  return {
    run(request) {
      if (drained) return Promise.reject(new Error('search readers are closed'));
      return new Promise<SearchResult>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        dispatch();
      });
    },
    /** Takes no more searches, answers those already asked (a graceful shutdown finishes its requests), then stops the threads. */
    async close() {
      await new Promise<void>((resolve) => {
        drained = resolve;
        dispatch();
      });
      terminating = true;
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
