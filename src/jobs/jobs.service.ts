/**
 * Background work behind one small interface: defineJob(name, handler), enqueue(name, payload),
 * start(), stop(). On PostgreSQL the jobs go through pg-boss (each job once across processes,
 * retried, surviving a crash); on SQLite through a persisted table run in this process.
 * Cron-like schedules work on both. Events ('enqueued', 'completed', 'failed') feed /metrics.
 */
import { EventEmitter } from 'node:events';
import type { DbHandle } from '../db/database.js';
import { createPgBossQueue } from './jobs.pgboss.js';
import { createSqliteQueue } from './jobs.sqlite.js';

export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first try, 2 on the first retry, ... */
  attempt: number;
}

export type JobHandler<P = unknown> = (payload: P, job: JobContext) => Promise<unknown>;

export interface JobDefinition {
  /** retries after the first failure (default 3); each waits retryDelaySeconds doubled per attempt */
  retryLimit?: number;
  /** seconds before the first retry (default 30) */
  retryDelaySeconds?: number;
  /** a job running longer than this is considered lost (process crash) and run again (default 900) */
  timeoutSeconds?: number;
  /** cron expression (5 fields, Europe/Brussels time): the job is enqueued on that schedule */
  cron?: string;
}

export interface EnqueueOptions {
  /** not before this moment */
  runAt?: Date;
  /** while a job with this name and key waits to run, enqueueing another one does nothing (returns null) */
  singletonKey?: string;
}

export interface JobEvent {
  name: string;
  id: string;
  attempt?: number;
  error?: string;
}

export interface JobLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobQueue {
  /** 'enqueued', 'completed' and 'failed', each with a JobEvent */
  readonly events: EventEmitter;
  defineJob<P>(name: string, handler: JobHandler<P>, definition?: JobDefinition): void;
  /** returns the job id, or null when a waiting job with the same singletonKey exists */
  enqueue<P>(name: string, payload: P, options?: EnqueueOptions): Promise<string | null>;
  /** begins running jobs (and schedules) in this process */
  start(): Promise<void>;
  /** stops taking jobs, waits for the running ones, releases the connections */
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  log: JobLogger;
  /** how often an idle worker looks for new work (default 2 s) */
  pollingIntervalSeconds?: number;
  /** PostgreSQL: how often pg-boss looks for jobs whose process died (default 60 s) */
  maintenanceIntervalSeconds?: number;
}

export const JOB_NAME_RE = /^[a-z][a-z0-9_.-]{0,99}$/;
export const JOB_DEFAULTS = { retryLimit: 3, retryDelaySeconds: 30, timeoutSeconds: 900 } as const;
export const CRON_TIMEZONE = 'Europe/Brussels';

export function checkJobName(name: string): void {
  if (!JOB_NAME_RE.test(name)) throw new Error(`invalid job name "${name}": lower-case letters, digits, _ . and -`);
}

export function createJobQueue(handle: DbHandle, options: JobQueueOptions): JobQueue {
  return handle.dialect === 'postgres' ? createPgBossQueue(handle, options) : createSqliteQueue(handle, options);
}

/** A built-in job that only reports which process ran it: operators use it to see that workers run. */
export function definePingJob(queue: JobQueue): void {
  queue.defineJob('ops.ping', async (payload: { note?: string }) => ({ pid: process.pid, note: payload?.note ?? null }), { retryLimit: 0 });
}
