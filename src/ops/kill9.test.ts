/**
 * `kill -9` of a real server process in the middle of a burst of writes through the back office:
 * every write the server acknowledged (303) is there after a restart, and every write is whole or
 * absent: an item with its first revision and audit entry, an edit with its search document,
 * revision and audit entry, never half of one.
 *
 * Every wait is bounded: requests go without keep-alive and with a timeout, so those in flight
 * fail at once when the process dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { BIN, freePort } from '../../test/process.js';
import { cookieValue, createUser, csrfOf, filledForm, PASSWORD } from '../../test/backoffice.js';

const CONCURRENCY = 10;
const KILL_AFTER = 40;
const EDITS = 30;
const REQUEST_TIMEOUT_MS = 15_000;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on its own connection (no keep-alive), failing after REQUEST_TIMEOUT_MS or when the server goes. */
function request(base: string, path: string, options: { method?: string; cookie?: string; form?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = {};
    if (options.cookie) headers.cookie = options.cookie;
    if (options.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(options.form);
    }
    const req = http.request(`${base}${path}`, { method: options.method ?? 'GET', headers, agent: false, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.form);
  });
}

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<void>;
  /** the server's log lines at warn and above */
  log: () => string;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited during startup (${child.exitCode ?? child.signalCode})`);
    const status = await request(base, '/readyz').then((r) => r.status, () => 0);
    if (status === 200) return { child, base, exited, log: () => out };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the server was not ready within 45 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopServer(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await server.exited;
  clearTimeout(timer);
}

async function signIn(base: string, email: string): Promise<string> {
  const page = await request(base, '/beheer/aanmelden');
  const res = await request(base, '/beheer/aanmelden', { method: 'POST', form: new URLSearchParams({ _csrf: csrfOf(page.body), email, password: PASSWORD }).toString() });
  const token = cookieValue(res.headers['set-cookie']);
  assert.equal(res.status, 303, 'signed in');
  assert.ok(token);
  return `ep_sessie=${token}`;
}

interface Write {
  kind: 'create' | 'edit';
  /** for an edit: the item */
  id?: number;
  /** for a create: the slug */
  slug?: string;
  title: string;
  /** the title before an edit */
  before?: string;
  acknowledged: boolean;
}

forEachDialect('kill -9 during a burst of writes', (ctx) => {
  test('every acknowledged write survives, and no write is half done', { timeout: 120_000 }, async () => {
    await createUser(ctx.db, 'kill9@example.be', 'editor');
    const env = { ...process.env, DATA_DIR: ctx.config.dataDir, DATABASE_URL: ctx.config.databaseUrl, LOG_LEVEL: 'warn', SEED_DEMO: 'false', REDIS_URL: '' };
    let server = await startServer(env);
    try {
      const cookie = await signIn(server.base, 'kill9@example.be');
      const newForm = await request(server.base, '/beheer/items/nieuw?type=article', { cookie });
      assert.equal(newForm.status, 200);
      const csrf = csrfOf(newForm.body, 'form.item-form');

      // The edits: published items, each to get one new title; their forms are read before the burst.
      const published = await ctx.db.selectFrom('items').select(['id', 'title']).where('status', '=', 'published').orderBy('id').limit(EDITS).execute();
      assert.equal(published.length, EDITS);
      const queue: { write: Write; body: string; path: string }[] = [];
      for (const [i, item] of published.entries()) {
        const page = await request(server.base, `/beheer/items/${item.id}`, { cookie });
        assert.equal(page.status, 200);
        const title = `Bewerking ${i} voor de crashtest`;
        const write: Write = { kind: 'edit', id: item.id, title, before: item.title, acknowledged: false };
        queue.push({ write, path: `/beheer/items/${item.id}`, body: filledForm(page.body, 'form.item-form', { title }) });
      }
      // The creates: far more than the server can do before the kill, four between two edits (edits
      // of published items contend for the shared search term counts; see inTransaction's retry).
      for (let i = 0; i < 300; i++) {
        const slug = `crashtest-${i}`;
        const title = `Nieuw item ${i} voor de crashtest`;
        const body = new URLSearchParams({ _csrf: csrf, type: 'article', title, slug, summary: 'Een korte samenvatting.', body: 'Tekst van het item.', audiences: 'mantelzorgers', themes: 'dementie', sources: '' });
        queue.splice(Math.min(queue.length, i + Math.floor(i / 4) + 1), 0, { write: { kind: 'create', slug, title, acknowledged: false }, path: '/beheer/items', body: body.toString() });
      }

      const sent: Write[] = [];
      const failures: string[] = [];
      let acknowledged = 0;
      let killed = false;
      let killedAt = 0;
      const worker = async () => {
        while (!killed && queue.length) {
          const next = queue.shift()!;
          sent.push(next.write);
          try {
            const res = await request(server.base, next.path, { method: 'POST', cookie, form: next.body });
            if (res.status === 303) {
              next.write.acknowledged = true;
              if (++acknowledged >= KILL_AFTER && !killed) {
                killed = true;
                killedAt = sent.length;
                server.child.kill('SIGKILL');
              }
            } else failures.push(`${next.path}: ${res.status}`);
          } catch (err) {
            // Only a write the kill interrupted may fail.
            if (!killed) failures.push(`${next.path}: ${(err as Error).message}`);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      assert.deepEqual(failures, [], `no write failed before the kill; server log:\n${server.log()}`);
      assert.ok(killed, 'the server was killed during the burst');
      await stopServer(server, 'SIGKILL');
      assert.equal(server.child.signalCode, 'SIGKILL');
      const inFlight = sent.length - acknowledged;
      assert.ok(inFlight >= 1, `writes were in flight at the kill (${killedAt} sent)`);

      // Restart on the same database: it comes up, and what it shows is checked through it and the database.
      server = await startServer(env);
      const cookie2 = await signIn(server.base, 'kill9@example.be');

      let partial = 0;
      for (const w of sent) {
        if (w.kind === 'create') {
          const item = await ctx.db.selectFrom('items').select(['id', 'title', 'status']).where('slug', '=', w.slug!).executeTakeFirst();
          if (w.acknowledged) assert.ok(item, `acknowledged create ${w.slug} is there`);
          if (!item) continue;
          if (!w.acknowledged) partial++;
          assert.equal(item.title, w.title);
          assert.equal(item.status, 'draft');
          const revisions = await ctx.db.selectFrom('item_revisions').select('number').where('item_id', '=', item.id).execute();
          assert.equal(revisions.length, 1, `${w.slug} has its first revision`);
          const audit = await ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'item.create').where('entity_id', '=', String(item.id)).execute();
          assert.equal(audit.length, 1, `${w.slug} has its audit entry`);
          if (w.acknowledged) {
            const page = await request(server.base, `/beheer/items/${item.id}`, { cookie: cookie2 });
            assert.equal(cheerio.load(page.body)('input[name="title"]').attr('value'), w.title, 'the restarted server shows it');
          }
        } else {
          const item = await ctx.db.selectFrom('items').select(['title', 'slug']).where('id', '=', w.id!).executeTakeFirstOrThrow();
          const doc = await ctx.db.selectFrom('search_documents').select('title').where('kind', '=', 'item').where('ref_id', '=', w.id!).executeTakeFirstOrThrow();
          const audit = await ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'item.update').where('entity_id', '=', String(w.id)).execute();
          const revisions = await ctx.db.selectFrom('item_revisions').select('snapshot').where('item_id', '=', w.id!).orderBy('number').execute();
          if (w.acknowledged) assert.equal(item.title, w.title, `acknowledged edit of item ${w.id} is there`);
          if (item.title === w.title) {
            if (!w.acknowledged) partial++;
            assert.equal(doc.title, w.title, `item ${w.id}: its search document was updated with it`);
            assert.equal(audit.length, 1, `item ${w.id}: its audit entry is there`);
            assert.equal(revisions.length, 2, `item ${w.id}: the revisions before and after`);
            assert.equal(JSON.parse(revisions[1]!.snapshot).title, w.title);
            if (w.acknowledged) {
              const page = await request(server.base, `/kennis/${item.slug}`);
              assert.equal(cheerio.load(page.body)('h1').text().trim(), w.title, 'the restarted server shows it');
            }
          } else {
            assert.equal(item.title, w.before, `item ${w.id} is as it was`);
            assert.equal(doc.title, w.before, `item ${w.id}: its search document is as it was`);
            assert.equal(audit.length, 0);
            assert.equal(revisions.length, 0);
          }
        }
      }
      // Nothing was written that was never sent.
      const created = await ctx.db.selectFrom('items').select('slug').where('slug', 'like', 'crashtest-%').execute();
      const sentSlugs = new Set(sent.map((w) => w.slug));
      for (const row of created) assert.ok(sentSlugs.has(row.slug), `${row.slug} was sent`);
      assert.ok(sent.filter((w) => w.kind === 'edit' && w.acknowledged).length > 0 && sent.filter((w) => w.kind === 'create' && w.acknowledged).length > 0, 'both kinds of write were acknowledged');
      // A note for the log: how many unacknowledged writes had committed anyway.
      console.log(`[${ctx.dialect}] ${acknowledged} acknowledged, ${inFlight} in flight at the kill, of which ${partial} committed`);
    } finally {
      await stopServer(server, 'SIGTERM');
    }
  });
});
