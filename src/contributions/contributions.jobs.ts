/**
 * The contributions' background work: once a day, submitters' names, email addresses and IP addresses
 * are erased from submissions handled more than CONTRIBUTION_RETENTION_DAYS days ago.
 */
import type { Db } from '../db/database.js';
import type { JobQueue } from '../jobs/jobs.service.js';
import { forgetOldContacts } from './contributions.service.js';

export const FORGET_CONTACTS_JOB = 'contributions.forget-contacts';

export function defineContributionJobs(jobs: JobQueue, db: Db, options: { retentionDays: number }): void {
  jobs.defineJob(FORGET_CONTACTS_JOB, async () => ({ erased: await forgetOldContacts(db, options.retentionDays) }), { cron: '40 3 * * *', retryLimit: 2 });
}
