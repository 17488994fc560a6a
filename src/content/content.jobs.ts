/**
 * The library's background work, run by the job queue (pg-boss on PostgreSQL, so once across
 * processes; the persisted in-process queue on SQLite): scheduled items that became public enter
 * search and drop cached pages, and the link checker runs on its schedule.
 */
import type { Db } from '../db/database.js';
import type { JobQueue } from '../jobs/jobs.service.js';
import { announceDueItems } from './content.editing.js';
import { checkLinks } from './content.links.js';

/** Each run looks this far back, so a run that is late or skipped loses nothing (syncing twice is harmless). */
const DUE_LOOKBACK_MS = 10 * 60_000;

/** A cron expression for "every N hours" (1-24); longer intervals run daily at 03:00. */
export function linkCheckCron(hours: number): string {
  return hours >= 24 || 24 % hours !== 0 ? '0 3 * * *' : `0 */${hours} * * *`;
}

export function defineContentJobs(jobs: JobQueue, db: Db, options: { linkCheckHours: number }): void {
  jobs.defineJob('content.announce-due', async () => ({ due: await announceDueItems(db, new Date(Date.now() - DUE_LOOKBACK_MS).toISOString()) }), {
    cron: '* * * * *',
    retryLimit: 0,
  });
  if (options.linkCheckHours > 0) {
    jobs.defineJob('content.check-links', () => checkLinks(db), { cron: linkCheckCron(options.linkCheckHours), retryLimit: 1, timeoutSeconds: 3600 });
  }
}
