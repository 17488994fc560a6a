/** Tables of the in-process job queue (used on SQLite; PostgreSQL uses pg-boss's own schema). */
import type { Generated, Insertable, Selectable } from 'kysely';

export type JobStatus = 'queued' | 'retry' | 'active' | 'completed' | 'failed';

export interface JobTable {
  id: Generated<number>;
  name: string;
  /** JSON */
  payload: string;
  status: JobStatus;
  singleton_key: string | null;
  /** tries started so far */
  attempts: number;
  retry_limit: number;
  retry_delay_seconds: number;
  timeout_seconds: number;
  /** ISO UTC: not before */
  run_at: string;
  /** ISO UTC: while active, the moment after which the job counts as lost */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobScheduleTable {
  name: string;
  cron: string;
  /** ISO UTC of the last cron slot that was enqueued */
  last_slot_at: string | null;
}

export interface JobTables {
  jobs: JobTable;
  job_schedules: JobScheduleTable;
}

export type JobRow = Selectable<JobTable>;
export type NewJobRow = Insertable<JobTable>;
