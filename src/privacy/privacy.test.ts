/**
 * Personal data on both databases: the privacy page, the admin's look-up, JSON export and erasure,
 * and the proof that erasure leaves no copy: every text column of every table (found through the
 * catalog: sqlite_master / information_schema, so new tables, the audit log, revisions, the search
 * index and the job queue are all included) is searched for the address, before (hits, so the scan
 * can fail) and after (none). The mail outbox counts too: its .eml files are data we hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import * as cheerio from 'cheerio';
import { forEachDialect, type DialectContext } from '../../test/dialects.js';
import { createUser, form, logIn, sessionCsrf } from '../../test/backoffice.js';
import { createMailer, outboxDir } from '../mail/mail.service.js';
import * as accounts from '../accounts/accounts.service.js';
import * as content from '../content/content.service.js';
import * as newsletter from '../newsletter/newsletter.service.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { logSerializers, redactUrl } from '../app.js';

const ADDRESS = 'wis.mij@example.be';

/** Every (table, column) holding text, and the rows in it that mention the needle. */
async function findEverywhere(ctx: DialectContext, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const like = `%${needle.toLowerCase()}%`;
  if (ctx.dialect === 'sqlite') {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(ctx.db);
    for (const { name } of tables.rows) {
      const cols = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${name})`.execute(ctx.db);
      for (const col of cols.rows) {
        // FTS tables declare no types; blobs are searched as text too.
        const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)} where lower(cast(${sql.ref(col.name)} as text)) like ${like}`.execute(ctx.db);
        if (Number(r.rows[0]!.n) > 0) hits.push(`${name}.${col.name}`);
      }
    }
  } else {
    const cols = await sql<{ table_schema: string; table_name: string; column_name: string }>`
      select c.table_schema, c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema')
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'bytea', 'ARRAY', 'USER-DEFINED')`.execute(ctx.db);
    for (const c of cols.rows) {
      const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(`${c.table_schema}.${c.table_name}`)} where lower(${sql.ref(c.column_name)}::text) like ${like}`.execute(ctx.db);
      if (Number(r.rows[0]!.n) > 0) hits.push(`${c.table_schema}.${c.table_name}.${c.column_name}`);
    }
  }
  return hits;
}

function outboxFilesMentioning(dataDir: string, needle: string): string[] {
  const dir = outboxDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').toLowerCase().includes(needle));
}

forEachDialect('personal data', (ctx) => {
  // Without SMTP_URL: every mail is an .eml file in DATA_DIR/outbox.
  const app = () => ctx.app({ mailer: createMailer({ smtpUrl: '', mailFrom: 'Test <test@localhost>', dataDir: ctx.config.dataDir }) });

  test('/privacy in plain Dutch: what, why, how long, rights, contact; no cookie', async () => {
    const a = await app();
    const res = await a.inject({ url: '/privacy' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['set-cookie'], undefined);
    const $ = cheerio.load(res.body);
    const headings = $('main h2').map((_, h) => $(h).text()).get();
    for (const h of ['Als je de site bekijkt', 'Als je je inschrijft op de nieuwsbrief', 'Als je iets instuurt via Doe je mee?', 'Als je de site mee beheert', 'Je rechten'])
      assert.ok(headings.includes(h), `missing section ${h}`);
    assert.equal($('main a[href^="mailto:"]').attr('href'), 'mailto:privacy@localhost');
    assert.match($('main').text(), /na 7 dagen/);
    assert.match($('main').text(), /na\s+12 uur/);
    assert.match($('main').text(), new RegExp(`${ctx.config.contributionRetentionDays} dagen nadat we je inzending hebben afgehandeld`), 'the contributions retention from the configuration');
  });

  test('request logs carry no IP address and no private link', () => {
    const line = logSerializers.req({ method: 'GET', url: '/nieuwsbrief/voorkeuren/4_r9HIOoiZvr4j8AV1-Yw9DlDfCiTjlD?gelukt=bewaard', host: 'x' });
    assert.deepEqual(Object.keys(line).sort(), ['host', 'method', 'url']);
    assert.equal(line.url, '/nieuwsbrief/voorkeuren/[token]?gelukt=bewaard');
    assert.equal(redactUrl('/kennis/mantelzorgpremie-voor-mantelzorgers-in-geel'), '/kennis/mantelzorgpremie-voor-mantelzorgers-in-geel');
  });

  test('look up, export as JSON, erase in one go: no copy left in any table, the audit keeps a hash only', async () => {
    const a = await app();
    // The address as a newsletter subscriber (opt-in mail in the outbox, confirmed, one edition sent) ...
    const page = await a.inject({ url: '/nieuwsbrief' });
    const csrf = cheerio.load(page.body)('main form input[name=_csrf]').attr('value')!;
    const sub = await a.inject({ method: 'POST', url: '/nieuwsbrief', remoteAddress: '10.8.0.1', ...form({ _csrf: csrf, email: 'Wis.Mij@Example.be', audiences: ['mantelzorgers'] }) });
    assert.equal(sub.statusCode, 303);
    assert.equal(outboxFilesMentioning(ctx.config.dataDir, ADDRESS).length, 1);
    const token = (await ctx.db.selectFrom('newsletter_subscribers').select('token').where('email', '=', ADDRESS).executeTakeFirstOrThrow()).token;
    await newsletter.confirm(ctx.db, token);
    const items = (await newsletter.candidates(ctx.db)).items;
    const edition = await newsletter.saveEdition(ctx.db, SYSTEM_ACTOR, null, { title: 'Voor het wissen', intro: '', items: [items[0]!.slug], activities: [], onlyMatching: false });
    await newsletter.startSending(ctx.db, SYSTEM_ACTOR, edition);
    await newsletter.sendBatch(ctx.db, { mailer: createMailer({ smtpUrl: '', mailFrom: 'x <x@localhost>', dataDir: ctx.config.dataDir }), baseUrl: 'http://localhost:3000' }, edition, { batchSize: 10, ratePerMinute: 60_000 });
    // ... and as an editor (created in the audit log, signed in, an item edited: a revision under their name).
    const editor = await createUser(ctx.db, ADDRESS, 'editor');
    await logIn(a, ADDRESS);
    const itemId = (await ctx.db.selectFrom('items').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow()).id;
    const editable = await content.getItemForEditing(ctx.db, itemId);
    await content.updateItem(ctx.db, accounts.actorOf(editor), itemId, { ...content.editOf(editable), summary: `${editable.summary} (nagekeken)` });

    const before = await findEverywhere(ctx, ADDRESS);
    for (const where of ['newsletter_subscribers.email', 'users.email', 'audit_log.user_label', 'item_revisions.user_label'])
      assert.ok(before.some((h) => h.endsWith(where)), `the scan should see ${where}: ${before.join(', ')}`);

    // Editors may not; admins may.
    await createUser(ctx.db, 'baas@example.be', 'admin');
    const editorCookie = await logIn(a, ADDRESS);
    assert.equal((await a.inject({ url: '/beheer/privacy', headers: { cookie: editorCookie } })).statusCode, 403);
    const cookie = await logIn(a, 'baas@example.be');
    const adminCsrf = await sessionCsrf(a, cookie, '/beheer/privacy');

    const bad = await a.inject({ method: 'POST', url: '/beheer/privacy', ...form({ _csrf: adminCsrf, email: 'geen adres' }, cookie) });
    assert.equal(bad.statusCode, 400);
    assert.equal(cheerio.load(bad.body)('input[name=email]').attr('value'), 'geen adres');

    const lookup = await a.inject({ method: 'POST', url: '/beheer/privacy', ...form({ _csrf: adminCsrf, email: 'WIS.MIJ@example.be' }, cookie) });
    assert.equal(lookup.statusCode, 200);
    const rows = cheerio.load(lookup.body)('main table tbody tr').map((_, tr) => cheerio.load(tr).text()).get();
    assert.ok(rows.some((r) => /Nieuwsbrief.*Ja/.test(r)) && rows.some((r) => /Accounts.*Ja/.test(r)), rows.join(' | '));

    const exported = await a.inject({ method: 'POST', url: '/beheer/privacy/export', ...form({ _csrf: adminCsrf, email: ADDRESS }, cookie) });
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-disposition']), /attachment/);
    const data = JSON.parse(exported.body);
    assert.equal(data.sources.newsletter.email, ADDRESS);
    assert.deepEqual(data.sources.newsletter.interests.audiences, ['mantelzorgers']);
    assert.equal(data.sources.newsletter.mails.length, 1);
    assert.equal(data.sources.users.email, ADDRESS);
    assert.equal(data.sources.users.role, 'editor');
    assert.ok(data.sources.audit.length >= 1);

    const unconfirmed = await a.inject({ method: 'POST', url: '/beheer/privacy/wissen', ...form({ _csrf: adminCsrf, email: ADDRESS }, cookie) });
    assert.equal(unconfirmed.statusCode, 400);
    assert.equal((await findEverywhere(ctx, ADDRESS)).length, before.length);

    const erased = await a.inject({ method: 'POST', url: '/beheer/privacy/wissen', ...form({ _csrf: adminCsrf, email: ADDRESS, confirm: 'ja' }, cookie) });
    assert.equal(erased.statusCode, 200);
    assert.match(erased.body, /Gewist/);

    assert.deepEqual(await findEverywhere(ctx, ADDRESS), [], 'the address is still somewhere');
    assert.deepEqual(outboxFilesMentioning(ctx.config.dataDir, ADDRESS), [], 'the outbox still holds a mail to the address');
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'privacy.erase').executeTakeFirstOrThrow();
    assert.match(audit.entity_id ?? '', /^[0-9a-f]{40}$/);
    // What happened stays readable, without the address; the erased editor's revision stays, under a neutral name.
    const revision = await ctx.db.selectFrom('item_revisions').select('user_label').where('user_id', '=', editor.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(revision.user_label, 'Gewiste gebruiker');
    // The erased account can no longer sign in; the admin's own data is untouched.
    await assert.rejects(logIn(a, ADDRESS));
    assert.ok((await findEverywhere(ctx, 'baas@example.be')).length > 0);
  });
});
