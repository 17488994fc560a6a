/**
 * Two real app processes (`expertisepunt serve`) on one PostgreSQL database (and one Redis), as
 * behind a load balancer: a content change is shown fresh by both (their page caches dropped over
 * Redis pub/sub, or without Redis over LISTEN/NOTIFY), the calendar shows an activity written elsewhere at
 * once (its cached lists, activity pages, feeds and municipality pages are keyed by the calendar's version),
 * and jobs are done once each across the two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { sql } from 'kysely';
import { createTestDatabase } from '../../test/dialects.js';
import { contentChanges, getPage, savePage } from '../content/content.service.js';
import { deleteActivity, saveActivity } from '../events/events.service.js';
import { createJobQueue } from '../jobs/jobs.service.js';
import { createBroadcast, type Broadcast } from './broadcast.js';
import { BIN, freePort, waitForReady } from '../../test/process.js';
import { cookieValue, createUser, csrfOf, filledForm, PASSWORD } from '../../test/backoffice.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = { info() {}, warn() {}, error() {} };

interface Proc {
  child: ChildProcess;
  base: string;
  log: () => { msg: string; jobId?: string; job?: string }[];
}

for (const via of ['redis', 'postgres'] as const) {
  describe(`two app processes on one PostgreSQL${via === 'redis' ? ' and one Redis' : ', invalidation over LISTEN/NOTIFY'}`, { skip: process.env.EP_SKIP_POSTGRES || (via === 'redis' && process.env.EP_SKIP_REDIS) }, () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    let bus: Broadcast;
    const procs: Proc[] = [];
    const publish = () => void bus.publish('pages');

    before(async () => {
      db = await createTestDatabase('postgres');
      const env = {
        ...process.env,
        DATABASE_URL: db.config.databaseUrl,
        DATA_DIR: db.config.dataDir,
        REDIS_URL: via === 'redis' ? REDIS_URL : '',
        REDIS_PREFIX: `ep-test-${randomUUID()}:`,
        LOG_LEVEL: 'info',
        SEED_DEMO: 'false',
      };
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout!.on('data', (d) => (out += d));
        procs.push({
          child,
          base: `http://127.0.0.1:${port}`,
          log: () => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)),
        });
      }
      await Promise.all(procs.map((p) => waitForReady(p.base)));
      // The test is a third process that writes content: it broadcasts like the app does.
      bus = await createBroadcast({ ...db.config, redisUrl: via === 'redis' ? REDIS_URL : null, redisPrefix: env.REDIS_PREFIX }, silent);
      assert.equal(bus.kind, via);
      contentChanges.on('changed', publish);
    });

    after(async () => {
      contentChanges.off('changed', publish);
      await bus?.close();
      const exits = procs.map((p) => (p.child.exitCode === null ? once(p.child, 'exit') : Promise.resolve([p.child.exitCode])));
      for (const p of procs) p.child.kill('SIGTERM');
      const codes = await Promise.all(exits);
      await db?.cleanup();
      assert.deepEqual(codes.map((c) => c[0]), [0, 0], 'both processes stop cleanly');
    });

    const title = async (p: Proc) => cheerio.load(await (await fetch(`${p.base}/over-ons`)).text())('h1').text().trim();

    test('a content change is shown fresh by both processes', async () => {
      const original = await title(procs[0]!);
      assert.equal(await title(procs[1]!), original);

      // A write that nobody announces: the cached pages stay as they were (so the cache is in play).
      await sql`update pages set title = 'Stille wijziging' where slug = 'over-ons'`.execute(db.handle.db);
      assert.equal(await title(procs[0]!), original);
      assert.equal(await title(procs[1]!), original);

      // A write through the content service is broadcast; both processes drop their caches.
      const page = await getPage(db.handle.db, 'over-ons');
      await savePage(db.handle.db, { ...page, title: 'Over ons, vernieuwd' });
      for (const p of procs) {
        let seen = '';
        for (let i = 0; i < 200 && seen !== 'Over ons, vernieuwd'; i++) {
          seen = await title(p);
          if (seen !== 'Over ons, vernieuwd') await new Promise((r) => setTimeout(r, 25));
        }
        assert.equal(seen, 'Over ons, vernieuwd', `${p.base} shows the change`);
      }
    });

    test('a sign-in on one process is valid on the other; an item edited through A is shown fresh by B', async () => {
      const [a, b] = procs as [Proc, Proc];
      const email = `beheer-${via}@example.be`;
      await createUser(db.handle.db, email, 'admin');
      // Sign in through the real form on A.
      const loginPage = await (await fetch(`${a.base}/beheer/aanmelden`)).text();
      const login = await fetch(`${a.base}/beheer/aanmelden`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrfOf(loginPage), email, password: PASSWORD }).toString(),
      });
      assert.equal(login.status, 303);
      const token = cookieValue(login.headers.getSetCookie());
      assert.ok(token, 'a session cookie');
      const cookie = `ep_sessie=${token}`;
      // The same cookie on B: the session is in the shared database.
      const onB = await fetch(`${b.base}/beheer`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(onB.status, 200);
      assert.match(cheerio.load(await onB.text())('h1').text(), /.+/);
      assert.equal((await fetch(`${b.base}/beheer`, { redirect: 'manual' })).status, 303, 'without the cookie B sends to the sign-in page');

      // Edit a published item through A's back office form.
      const item = (await sql<{ id: number; slug: string }>`select id, slug from items where status = 'published' and type = 'article' order by id limit 1`.execute(db.handle.db)).rows[0]!;
      const heading = async (p: Proc) => cheerio.load(await (await fetch(`${p.base}/kennis/${item.slug}`)).text())('h1').text().trim();
      const before = await heading(b);
      assert.notEqual(before, '');
      const editPage = await (await fetch(`${a.base}/beheer/items/${item.id}`, { headers: { cookie } })).text();
      const title = `Bewerkt op A (${via})`;
      const save = await fetch(`${a.base}/beheer/items/${item.id}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: filledForm(editPage, 'form.item-form', { title }),
      });
      assert.equal(save.status, 303, 'saved');
      let seen = before;
      for (let i = 0; i < 200 && seen !== title; i++) {
        seen = await heading(b);
        if (seen !== title) await new Promise((r) => setTimeout(r, 25));
      }
      assert.equal(seen, title, 'B shows the change made through A');
      // B's back office sees it too, with the same session.
      const onBEdit = cheerio.load(await (await fetch(`${b.base}/beheer/items/${item.id}`, { headers: { cookie } })).text());
      assert.equal(onBEdit('input[name="title"]').attr('value'), title);
    });

    test('the calendar (from the page cache) shows an activity written elsewhere at once on both processes', async () => {
      // The titles a list, the municipality page or a feed shows.
      const titles = async (p: Proc, url: string) => {
        const body = await (await fetch(`${p.base}${url}`)).text();
        if (url.includes('.ics')) return [...body.matchAll(/^SUMMARY:(.*)\r$/gm)].map((m) => m[1]!);
        const $ = cheerio.load(body);
        return $('.activity h4 a, .nearby-activities h3').map((_, a) => $(a).text().trim()).get();
      };
      const urls = ['/activiteiten', '/activiteiten?postcode=2440', '/gemeente/geel', '/activiteiten.ics?postcode=2440', '/open-data/activiteiten.ics'];
      for (const p of procs) for (const url of urls) assert.ok(!(await titles(p, url)).includes(`Nu in de agenda (${via})`));
      // Written by this third process and announced to nobody: the calendar's version (raised by the
      // database) is part of the cached page's key, so neither process serves its cached list.
      const start = new Date(Date.now() + 3600000);
      const local = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' }).replace(' ', 'T').slice(0, 16);
      const activity = {
        slug: `nu-in-de-agenda-${via}`,
        kind: 'peer_support' as const,
        title: `Nu in de agenda (${via})`,
        summary: 'Een activiteit voor de test.',
        organiser: 'Samana',
        place: { postcode: '2440' },
        startLocal: local(start),
        endLocal: local(new Date(start.getTime() + 3600000)),
        audiences: ['mantelzorgers'],
        source: 'editor' as const,
      };
      await saveActivity(db.handle.db, activity);
      for (const p of procs) for (const url of urls) assert.ok((await titles(p, url)).includes(activity.title), `${p.base}${url}`);
      // The activity's own page and .ics, cached on both, show an edit at once.
      const own = async (p: Proc) => [cheerio.load(await (await fetch(`${p.base}/activiteiten/${activity.slug}`)).text())('h1').text(), ...(await titles(p, `/activiteiten/${activity.slug}.ics`))];
      for (const p of procs) assert.deepEqual(await own(p), [activity.title, activity.title]);
      const { uid } = (await sql<{ uid: string }>`select uid from activities where slug = ${activity.slug}`.execute(db.handle.db)).rows[0]!;
      await saveActivity(db.handle.db, { ...activity, uid, title: `Gewijzigd in de agenda (${via})` });
      for (const p of procs) assert.deepEqual(await own(p), [`Gewijzigd in de agenda (${via})`, `Gewijzigd in de agenda (${via})`], p.base);
      await deleteActivity(db.handle.db, activity.slug);
      for (const p of procs) for (const url of urls) assert.ok(!(await titles(p, url)).includes(activity.title), `${p.base}${url}`);
    });

    test('each job enqueued is done exactly once across the two processes', async () => {
      const queue = createJobQueue(db.handle, { log: silent });
      const ids: string[] = [];
      try {
        for (let i = 0; i < 10; i++) ids.push((await queue.enqueue('ops.ping', { note: `ping ${i}` }))!);
      } finally {
        await queue.stop();
      }
      assert.equal(new Set(ids).size, 10);
      const done = () => procs.flatMap((p, i) => p.log().filter((e) => e.msg === 'job completed' && e.job === 'ops.ping').map((e) => ({ id: e.jobId!, by: i })));
      for (let i = 0; i < 400 && done().length < ids.length; i++) await new Promise((r) => setTimeout(r, 50));
      // Both workers keep polling a while longer: a second run would show up here.
      await new Promise((r) => setTimeout(r, 3000));
      const runs = done();
      assert.deepEqual(runs.map((r) => r.id).sort(), [...ids].sort(), 'every job ran, none twice');

      const rows = await sql<{ id: string; state: string; output: { pid: number } }>`select id::text, state, output from pgboss.job where name = 'ops.ping'`.execute(db.handle.db);
      const pids = new Set(procs.map((p) => p.child.pid));
      assert.equal(rows.rows.length, 10);
      for (const row of rows.rows) {
        assert.equal(row.state, 'completed');
        assert.ok(pids.has(row.output.pid), 'done by one of the two server processes');
      }
    });
  });
}
