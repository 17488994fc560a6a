import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import { createJobQueue, type JobQueue } from './jobs.service.js';

const silent = { info() {}, warn() {}, error() {} };

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

forEachDialect(
  'background jobs',
  (ctx) => {
    const queues: JobQueue[] = [];
    const queue = () => {
      const q = createJobQueue(ctx.handle, { log: silent, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 });
      queues.push(q);
      return q;
    };
    const stopAll = async () => {
      await Promise.all(queues.splice(0).map((q) => q.stop()));
    };

    test('a job enqueued once runs once, even with two workers', async () => {
      const runs: { worker: string; payload: unknown }[] = [];
      const [a, b] = [queue(), queue()];
      a.defineJob('test.once', async (payload) => void runs.push({ worker: 'a', payload }));
      b.defineJob('test.once', async (payload) => void runs.push({ worker: 'b', payload }));
      a.defineJob('test.marker', async () => void runs.push({ worker: 'a', payload: 'marker' }));
      b.defineJob('test.marker', async () => void runs.push({ worker: 'b', payload: 'marker' }));
      await Promise.all([a.start(), b.start()]);
      const id = await a.enqueue('test.once', { to: 'mantelzorger@example.org' });
      assert.ok(id);
      await waitFor('the job to run', () => runs.length > 0);
      // A later job has run too, so both workers have polled past the first one.
      await b.enqueue('test.marker', {});
      await waitFor('the marker job', () => runs.some((r) => r.payload === 'marker'));
      await new Promise((r) => setTimeout(r, 1200));
      const once = runs.filter((r) => r.payload !== 'marker');
      assert.equal(once.length, 1);
      assert.deepEqual(once[0]!.payload, { to: 'mantelzorger@example.org' });
      await stopAll();
    });

    test('a failing job is retried until it succeeds, with events for metrics', async () => {
      const attempts: number[] = [];
      const q = queue();
      q.defineJob(
        'test.flaky',
        async (_payload, job) => {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new Error(`try ${job.attempt} failed`);
        },
        { retryLimit: 3, retryDelaySeconds: 1 },
      );
      const failed: unknown[] = [];
      const completed: unknown[] = [];
      q.events.on('failed', (e) => failed.push(e));
      q.events.on('completed', (e) => completed.push(e));
      await q.start();
      await q.enqueue('test.flaky', {});
      await waitFor('the third attempt to succeed', () => completed.length === 1, 30_000);
      assert.deepEqual(attempts, [1, 2, 3]);
      assert.equal(failed.length, 2);
      await stopAll();
    });

    test('a job that keeps failing stops after its retry limit', async () => {
      let tries = 0;
      const q = queue();
      q.defineJob('test.broken', async () => {
        tries++;
        throw new Error('always');
      }, { retryLimit: 1, retryDelaySeconds: 1 });
      const failed: { attempt?: number }[] = [];
      q.events.on('failed', (e) => failed.push(e));
      await q.start();
      await q.enqueue('test.broken', {});
      await waitFor('two failures', () => failed.length === 2, 30_000);
      await new Promise((r) => setTimeout(r, 2500));
      assert.equal(tries, 2);
      assert.deepEqual(failed.map((f) => f.attempt), [1, 2]);
      await stopAll();
    });

    test('a queued job survives a restart: enqueued by one queue, run by a new one', async () => {
      const first = queue();
      first.defineJob('test.durable', async () => {
        throw new Error('the first process never gets to run it');
      });
      const id = await first.enqueue('test.durable', { n: 42 });
      assert.ok(id);
      await first.stop();

      const seen: unknown[] = [];
      const second = queue();
      second.defineJob('test.durable', async (payload) => void seen.push(payload));
      await second.start();
      await waitFor('the job to run after the restart', () => seen.length === 1);
      assert.deepEqual(seen, [{ n: 42 }]);
      await stopAll();
    });

    test('a job taken by a process that died is run again once its time-out passes', async () => {
      const first = queue();
      first.defineJob('test.orphan', async () => {}, { timeoutSeconds: 1, retryLimit: 2, retryDelaySeconds: 1 });
      const id = (await first.enqueue('test.orphan', { n: 7 }))!;
      await first.stop();
      // What a worker leaves behind when its process is killed mid-job: the job marked as running.
      if (ctx.dialect === 'postgres') {
        await sql`update pgboss.job set state = 'active', started_on = now() - interval '1 minute' where id = ${id}::uuid`.execute(ctx.db);
      } else {
        await ctx.db.updateTable('jobs').set({ status: 'active', attempts: 1, locked_until: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', Number(id)).execute();
      }
      const seen: { payload: unknown; attempt: number }[] = [];
      const second = queue();
      second.defineJob('test.orphan', async (payload, job) => void seen.push({ payload, attempt: job.attempt }), { timeoutSeconds: 1, retryLimit: 2, retryDelaySeconds: 1 });
      await second.start();
      await waitFor('the orphaned job to run again', () => seen.length === 1, 30_000);
      assert.deepEqual(seen, [{ payload: { n: 7 }, attempt: 2 }]);
      await stopAll();
    });

    test('runAt delays a job; singletonKey keeps one waiting job per key', async () => {
      const q = queue();
      const seen: string[] = [];
      q.defineJob('test.keyed', async (p: { v: string }) => void seen.push(p.v));
      const later = new Date(Date.now() + 60 * 60_000);
      const first = await q.enqueue('test.keyed', { v: 'first' }, { singletonKey: 'digest:2026-11-29', runAt: later });
      const second = await q.enqueue('test.keyed', { v: 'second' }, { singletonKey: 'digest:2026-11-29', runAt: later });
      assert.ok(first);
      assert.equal(second, null);
      await q.enqueue('test.keyed', { v: 'now' });
      await q.start();
      await waitFor('the undelayed job', () => seen.includes('now'));
      await new Promise((r) => setTimeout(r, 1200));
      assert.deepEqual(seen, ['now'], 'the job for later has not run');
      await stopAll();
    });

    test('a cron schedule enqueues the job on its slot, once across workers', async () => {
      const runs: string[] = [];
      const [a, b] = [queue(), queue()];
      a.defineJob('test.every-minute', async () => void runs.push('a'), { cron: '* * * * *' });
      b.defineJob('test.every-minute', async () => void runs.push('b'), { cron: '* * * * *' });
      await Promise.all([a.start(), b.start()]);
      await waitFor('the scheduled job', () => runs.length > 0, 30_000);
      await new Promise((r) => setTimeout(r, 2500));
      // Unless a minute boundary passed meanwhile, one run for the current slot.
      assert.ok(runs.length <= 2, `ran ${runs.length} times`);
      await stopAll();
    });

    // pg-boss schedules by the minute; the SQLite queue takes cron's seconds field, so slot after slot can be
    // watched there in seconds (a slot remembered after it was claimed must not stop the next one).
    if (ctx.dialect === 'sqlite') {
      test('a schedule goes on firing, slot after slot', async () => {
        const slots = new Set<number>();
        const q = queue();
        q.defineJob('test.every-second', async () => void slots.add(Math.floor(Date.now() / 1000)), { cron: '* * * * * *' });
        await q.start();
        try {
          await waitFor('three slots', () => slots.size >= 3, 15_000);
        } finally {
          await stopAll();
        }
      });
    }

    test('stop() waits for the running job to finish', async () => {
      const q = queue();
      let started = false;
      let finished = false;
      q.defineJob('test.slow', async () => {
        started = true;
        await new Promise((r) => setTimeout(r, 400));
        finished = true;
      });
      await q.start();
      await q.enqueue('test.slow', {});
      await waitFor('the job to start', () => started);
      await q.stop();
      assert.equal(finished, true);
      await stopAll();
    });
  },
  { seed: false },
);
