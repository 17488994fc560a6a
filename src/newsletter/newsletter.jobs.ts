/**
 * The newsletter's background work: sending an edition batch by batch (each batch a job that
 * enqueues the next), picking up editions whose sending stopped (a crash), the digest on its
 * schedule, and wiping subscriptions that were never confirmed.
 */
import type { Db } from '../db/database.js';
import type { JobLogger, JobQueue } from '../jobs/jobs.service.js';
import * as newsletter from './newsletter.service.js';

export const SEND_JOB = 'newsletter.send';

export interface NewsletterJobOptions {
  env: newsletter.MailEnv;
  batchSize: number;
  ratePerMinute: number;
  /** cron of the digest; null: no digest */
  digestCron: string | null;
  log: JobLogger;
  /** called when an edition has gone out (the archive and sitemap changed) */
  onSent?: () => void;
}

export function enqueueSending(jobs: JobQueue, editionId: number, runAt?: Date): Promise<string | null> {
  return jobs.enqueue(SEND_JOB, { editionId }, { singletonKey: `edition-${editionId}`, runAt });
}

export function defineNewsletterJobs(jobs: JobQueue, db: Db, options: NewsletterJobOptions): void {
  jobs.defineJob<{ editionId: number }>(
    SEND_JOB,
    async ({ editionId }) => {
      const result = await newsletter.sendBatch(db, options.env, editionId, {
        batchSize: options.batchSize,
        ratePerMinute: options.ratePerMinute,
        // Every send is logged (never the address: the send row's id leads to it while it exists).
        log: (entry) => (entry.status === 'sent' || entry.status === 'skipped' ? options.log.info(entry, 'newsletter send') : options.log.warn(entry, 'newsletter send')),
      });
      if (result.done) options.onSent?.();
      else {
        // Rows waiting for a retry are not due yet: the next batch comes a minute later.
        const nothingMoved = result.sent + result.failed + result.retry === 0;
        await enqueueSending(jobs, editionId, nothingMoved || result.retry > 0 ? new Date(Date.now() + 60_000) : undefined);
      }
      return result;
    },
    { retryLimit: 5, retryDelaySeconds: 30, timeoutSeconds: 900 },
  );
  jobs.defineJob(
    'newsletter.resume',
    async () => {
      const ids = await newsletter.editionsToResume(db);
      for (const id of ids) await enqueueSending(jobs, id);
      return { editions: ids.length };
    },
    { cron: '*/5 * * * *', retryLimit: 0 },
  );
  jobs.defineJob('newsletter.cleanup', async () => ({ removed: await newsletter.removeUnconfirmed(db) }), { cron: '40 3 * * *', retryLimit: 0 });
  if (options.digestCron) {
    jobs.defineJob(
      'newsletter.digest',
      async () => {
        const id = await newsletter.createDigest(db);
        if (id !== null) await enqueueSending(jobs, id);
        return { editionId: id };
      },
      { cron: options.digestCron, retryLimit: 1 },
    );
  }
}
