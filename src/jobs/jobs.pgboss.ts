/**
 * The PostgreSQL job queue: pg-boss (v10, runs on Node 20) in its own `pgboss` schema, sharing
 * the app's connection pool. A job is fetched with SKIP LOCKED, so each runs in one process only;
 * a failed one is retried with exponential backoff; one whose process died is retried once its
 * timeout passes. Schedules are pg-boss cron schedules, enqueued once per minute slot across processes.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import PgBoss from 'pg-boss';
import type { DbHandle } from '../db/database.js';
import { checkJobName, CRON_TIMEZONE, JOB_DEFAULTS, type JobDefinition, type JobHandler, type JobQueue, type JobQueueOptions } from './jobs.service.js';

/**
 * Two processes starting at once can deadlock in pg-boss's schema and queue creation (DDL);
 * PostgreSQL aborts one side cleanly, so trying again is safe.
 */
async function retryOnDeadlock<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt >= 8 || (code !== '40P01' && code !== '23505')) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt));
    }
  }
}

export function createPgBossQueue(handle: DbHandle, options: JobQueueOptions): JobQueue {
  const { pool } = handle;
  if (!pool) throw new Error('the PostgreSQL job queue needs the pg pool');
  const { log } = options;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const events = new EventEmitter();
  const definitions = new Map<string, { handler: JobHandler<any>; definition: JobDefinition }>();
  const queuesCreated = new Set<string>();
  let boss: PgBoss | null = null;
  let booting: Promise<PgBoss> | null = null;
  let working = false;
  let starting: Promise<void> | null = null;

  function bossReady(): Promise<PgBoss> {
    booting ??= (async () => {
      const b = new PgBoss({
        db: { executeSql: (text, values) => pool!.query(text, values) },
        cronMonitorIntervalSeconds: Math.max(1, Math.round(pollingIntervalSeconds)),
        cronWorkerIntervalSeconds: Math.max(1, Math.round(pollingIntervalSeconds)),
        maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
      });
      b.on('error', (err) => log.error({ err }, 'job queue error'));
      await retryOnDeadlock(() => b.start());
      boss = b;
      return b;
    })();
    return booting;
  }

  async function ensureQueue(b: PgBoss, name: string): Promise<void> {
    if (queuesCreated.has(name)) return;
    const d = { ...JOB_DEFAULTS, ...definitions.get(name)?.definition };
    // Policy 'short': at most one waiting job per singleton key. Jobs without a key get a unique
    // one (their id), so only jobs that ask for it are deduplicated.
    await retryOnDeadlock(() => b.createQueue(name, {
      name,
      policy: 'short',
      retryLimit: d.retryLimit,
      retryDelay: d.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: d.timeoutSeconds,
    }));
    queuesCreated.add(name);
  }

  async function work(b: PgBoss, name: string, handler: JobHandler<any>): Promise<void> {
    // A batch per poll, each job completed or failed on its own (pg-boss would otherwise settle the
    // whole batch together); the completion pg-boss adds afterwards only touches still-active jobs.
    await b.work(name, { includeMetadata: true, pollingIntervalSeconds, batchSize: 10 }, async (jobs) => {
      for (const job of jobs) {
        const ctx = { id: job.id, name, attempt: job.retryCount + 1 };
        try {
          const output = await handler(job.data, ctx);
          await b.complete(name, job.id, output && typeof output === 'object' ? output : {});
          log.info({ job: name, jobId: job.id, attempt: ctx.attempt }, 'job completed');
          events.emit('completed', { name, id: job.id, attempt: ctx.attempt });
        } catch (err) {
          const message = String((err as Error)?.message ?? err);
          await b.fail(name, job.id, { message });
          const final = job.retryCount >= job.retryLimit;
          log[final ? 'error' : 'warn']({ err, job: name, jobId: job.id, attempt: ctx.attempt }, final ? 'job failed for good' : 'job failed; it will be retried');
          events.emit('failed', { name, id: job.id, attempt: ctx.attempt, error: message });
        }
      }
    });
  }

  return {
    events,
    defineJob(name, handler, definition = {}) {
      checkJobName(name);
      if (definitions.has(name)) throw new Error(`job "${name}" is defined twice`);
      definitions.set(name, { handler, definition });
      if (working) {
        bossReady()
          .then(async (b) => {
            await ensureQueue(b, name);
            await work(b, name, handler);
          })
          .catch((err) => log.error({ err, job: name }, 'could not start the worker'));
      }
    },

    async enqueue(name, payload, opts = {}) {
      checkJobName(name);
      const b = await bossReady();
      await ensureQueue(b, name);
      const id = await b.send(name, (payload ?? {}) as object, {
        singletonKey: opts.singletonKey ?? randomUUID(),
        ...(opts.runAt ? { startAfter: opts.runAt } : {}),
      });
      if (id) events.emit('enqueued', { name, id });
      return id;
    },

    async start() {
      if (working) return;
      working = true;
      starting = (async () => {
        const b = await bossReady();
        for (const [name, { handler, definition }] of definitions) {
          if (!working) return; // stop() came while starting
          await ensureQueue(b, name);
          await work(b, name, handler);
          if (definition.cron) await retryOnDeadlock(() => b.schedule(name, definition.cron!, {}, { tz: CRON_TIMEZONE }));
          else await b.unschedule(name);
        }
      })();
      await starting;
    },

    async stop() {
      working = false;
      await starting?.catch(() => {});
      starting = null;
      const b = boss ?? (booting ? await booting.catch(() => null) : null);
      if (!b) return;
      // graceful: running handlers finish (up to the timeout) before the queue lets go.
      await b.stop({ graceful: true, wait: true, timeout: 20_000, close: false });
      boss = null;
      booting = null;
      queuesCreated.clear();
    },
  };
}
