/**
 * Background work run in-process on simple intervals, each behind one function a real job runner
 * (pg-boss or graphile-worker, issue 8) can call instead: the link checker, and dropping cached
 * pages when a scheduled item's publication time has come.
 */
import type { Db } from '../db/database.js';
import * as content from '../content/content.service.js';

export interface JobsOptions {
  linkCheckHours: number;
  log: { info(msg: string): void; error(obj: unknown, msg: string): void };
}

export function startJobs(db: Db, options: JobsOptions): () => void {
  const timers: NodeJS.Timeout[] = [];
  let since = new Date().toISOString();
  timers.push(
    setInterval(() => {
      const now = new Date();
      content
        .announceDueItems(db, since, now)
        .then(() => (since = now.toISOString()))
        .catch((err) => options.log.error({ err }, 'scheduled publication check failed'));
    }, 60_000),
  );
  if (options.linkCheckHours > 0) {
    let running = false;
    const run = () => {
      if (running) return;
      running = true;
      content
        .checkLinks(db)
        .then((r) => options.log.info(`link check: ${r.checked} links, ${r.broken} broken`))
        .catch((err) => options.log.error({ err }, 'link check failed'))
        .finally(() => (running = false));
    };
    // First run a few minutes after start, then on the schedule.
    timers.push(setTimeout(run, 5 * 60_000));
    timers.push(setInterval(run, options.linkCheckHours * 3_600_000));
  }
  for (const t of timers) t.unref();
  return () => timers.forEach((t) => clearInterval(t));
}
