/**
 * The in-process job queue for SQLite: jobs are rows in `jobs`, so a crash loses nothing queued;
 * one worker loop in this process takes due jobs one at a time, retries failures with exponential
 * backoff, and runs a job again when the process that took it died (its lock ran out).
 * Schedules: each cron slot is claimed in `job_schedules` before its job is enqueued.
 */
import { EventEmitter } from 'node:events';
import cronParser from 'cron-parser';
import type { DbHandle } from '../db/database.js';
import * as repo from './jobs.repository.js';
import { checkJobName, CRON_TIMEZONE, JOB_DEFAULTS, type JobDefinition, type JobHandler, type JobQueue, type JobQueueOptions } from './jobs.service.js';

const DAY = 24 * 3600 * 1000;
/** a slot older than this when first seen is skipped (as pg-boss does): no burst after downtime */
const SLOT_GRACE_MS = 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function createSqliteQueue(handle: DbHandle, options: JobQueueOptions): JobQueue {
  const { db } = handle;
  const { log } = options;
  const pollMs = (options.pollingIntervalSeconds ?? 2) * 1000;
  const events = new EventEmitter();
  const definitions = new Map<string, { handler: JobHandler<any>; definition: Required<Omit<JobDefinition, 'cron'>> & { cron?: string } }>();
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let loop: Promise<void> | null = null;
  let again = false;
  let lastPrune = 0;

  /**
   * Per schedule, when its next slot starts. Working out a slot with a time zone costs cron-parser 2 to 11 ms
   * of blocked event loop per schedule; done for every schedule on every 2-second poll, that was about 50 ms
   * every 2 s, straight onto the latency of the requests waiting behind it. Now only once per slot.
   */
  const nextSlotAt = new Map<string, number>();

  async function runSchedules(now: number): Promise<void> {
    for (const [name, { definition }] of definitions) {
      if (!definition.cron) continue;
      if (now < (nextSlotAt.get(name) ?? -Infinity)) continue;
      const slot = cronParser.parseExpression(definition.cron, { tz: CRON_TIMEZONE, currentDate: new Date(now) }).prev().getTime();
      const next = cronParser.parseExpression(definition.cron, { tz: CRON_TIMEZONE, currentDate: new Date(now) }).next().getTime();
      if (now - slot <= SLOT_GRACE_MS) {
        const claimed = await db.transaction().execute(async (tx) => {
          if (!(await repo.claimScheduleSlot(tx, name, iso(slot)))) return false;
          await insert(tx, name, {}, { singletonKey: `cron:${iso(slot)}` });
          return true;
        });
        if (claimed) log.info({ job: name, slot: iso(slot) }, 'scheduled job enqueued');
      }
      // Only once the slot is claimed (or skipped): a failed claim is tried again on the next poll.
      nextSlotAt.set(name, next);
    }
  }

  async function insert(target: typeof db, name: string, payload: unknown, opts: { runAt?: Date; singletonKey?: string }): Promise<number | null> {
    const d = definitions.get(name)?.definition ?? JOB_DEFAULTS;
    const now = iso(Date.now());
    return repo.insertJob(target, {
      name,
      payload: JSON.stringify(payload ?? {}),
      status: 'queued',
      singleton_key: opts.singletonKey ?? null,
      attempts: 0,
      retry_limit: d.retryLimit,
      retry_delay_seconds: d.retryDelaySeconds,
      timeout_seconds: d.timeoutSeconds,
      run_at: opts.runAt ? opts.runAt.toISOString() : now,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    });
  }

  async function runOne(): Promise<boolean> {
    const now = Date.now();
    const names = [...definitions.keys()];
    const longest = Math.max(...[...definitions.values()].map((d) => d.definition.timeoutSeconds));
    const job = await repo.claimNextJob(db, names, iso(now), iso(now + longest * 1000));
    if (!job) return false;
    const entry = definitions.get(job.name)!;
    await repo.setLockedUntil(db, job.id, iso(now + job.timeout_seconds * 1000));
    const ctx = { id: String(job.id), name: job.name, attempt: job.attempts };
    try {
      await entry.handler(JSON.parse(job.payload), ctx);
      await repo.completeJob(db, job.id, iso(Date.now()));
      log.info({ job: job.name, jobId: ctx.id, attempt: ctx.attempt }, 'job completed');
      events.emit('completed', { name: job.name, id: ctx.id, attempt: ctx.attempt });
    } catch (err) {
      const message = String((err as Error)?.message ?? err);
      const retry = job.attempts <= job.retry_limit;
      const retryAt = retry ? iso(Date.now() + job.retry_delay_seconds * 1000 * 2 ** (job.attempts - 1)) : null;
      await repo.failJob(db, job.id, message, retryAt, iso(Date.now()));
      log[retry ? 'warn' : 'error']({ err, job: job.name, jobId: ctx.id, attempt: ctx.attempt }, retry ? 'job failed; it will be retried' : 'job failed for good');
      events.emit('failed', { name: job.name, id: ctx.id, attempt: ctx.attempt, error: message });
    }
    return true;
  }

  async function tick(): Promise<void> {
    do {
      again = false;
      try {
        const now = Date.now();
        await runSchedules(now);
        while (running && (await runOne()));
        if (now - lastPrune > DAY / 24) {
          lastPrune = now;
          await repo.deleteFinishedJobs(db, iso(now - 7 * DAY));
        }
      } catch (err) {
        log.error({ err }, 'job queue error');
      }
    } while (running && again);
  }

  function schedule(delay: number): void {
    if (!running) return;
    timer = setTimeout(() => {
      timer = null;
      loop = tick().finally(() => {
        loop = null;
        schedule(pollMs);
      });
    }, delay);
  }

  /** A job enqueued in this process runs without waiting for the next poll. */
  function nudge(): void {
    if (!running) return;
    if (loop) again = true;
    else if (timer) {
      clearTimeout(timer);
      schedule(0);
    }
  }

  return {
    events,
    defineJob(name, handler, definition = {}) {
      checkJobName(name);
      if (definitions.has(name)) throw new Error(`job "${name}" is defined twice`);
      if (definition.cron) cronParser.parseExpression(definition.cron, { tz: CRON_TIMEZONE });
      definitions.set(name, { handler, definition: { ...JOB_DEFAULTS, ...definition } });
    },

    async enqueue(name, payload, opts = {}) {
      checkJobName(name);
      const id = await insert(db, name, payload, opts);
      if (id === null) return null;
      events.emit('enqueued', { name, id: String(id) });
      if (!opts.runAt || opts.runAt.getTime() <= Date.now()) nudge();
      return String(id);
    },

    async start() {
      if (running) return;
      running = true;
      for (const [name, { definition }] of definitions) if (definition.cron) await repo.upsertSchedule(db, name, definition.cron);
      schedule(0);
    },

    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      // The running job finishes; the loop then sees running = false and ends.
      await loop;
    },
  };
}
