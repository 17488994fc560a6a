/** The back office of the library on both databases: every route with every role, editing, workflow, revisions, slugs, uploads, themes, dashboard. */
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, csrfOf, form, logIn, sessionCsrf } from '../../test/backoffice.js';
import * as audit from '../audit/audit.service.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as newsletter from '../newsletter/newsletter.service.js';
import * as content from './content.service.js';
import * as contributions from '../contributions/contributions.service.js';
import { brusselsToIso } from './content.admin.js';

/** Every registered route as [method, path], read from Fastify's route tree. */
function routesOf(app: FastifyInstance): [string, string][] {
  const out: [string, string][] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const full = (stack[depth - 1] ?? '') + m[2]!;
    stack[depth] = full;
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) out.push([method, full]);
  }
  return out;
}

/** Who may open what: the policy, written down independently of the code. */
const OPEN_TO_ALL = ['/beheer/aanmelden', '/beheer/wachtwoord-vergeten', '/beheer/wachtwoord/:token', '/beheer/afmelden'];
function allowedRoles(path: string): string[] {
  if (['/beheer', '/beheer/account', '/beheer/afmelden-overal', '/beheer/widgets'].includes(path)) return ['partner', 'editor', 'admin'];
  if (path.startsWith('/beheer/gebruikers') || path === '/beheer/audit') return ['admin'];
  if (path.startsWith('/beheer/items') || path.startsWith('/beheer/themas') || path === '/beheer/voorbeeld') return ['editor', 'admin'];
  if (path.startsWith('/beheer/zoeken') || path.startsWith('/beheer/doelgroepen')) return ['editor', 'admin'];
  // The directory: also partners, but only their own organisation's (directory.admin.test.ts); this partner has none.
  if (['/beheer/organisaties', '/beheer/aanbod', '/beheer/locaties', '/beheer/premies'].some((p) => path.startsWith(p))) return ['editor', 'admin'];
  // Activities: partners too, but only with an organisation (this test's partner has none); tokens: admins and such partners.
  if (path.startsWith('/beheer/activiteiten')) return ['editor', 'admin'];
  if (path.startsWith('/beheer/sleutels')) return ['admin'];
  if (path.startsWith('/beheer/bijdragen')) return ['editor', 'admin'];
  if (path.startsWith('/beheer/nieuwsbrief')) return ['editor', 'admin'];
  if (path.startsWith('/beheer/privacy')) return ['admin'];
  throw new Error(`no access rule written down for ${path}: add it to this test`);
}

function tinyPng(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
}

function tinyPdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
}

function multipartBody(fields: Record<string, string>, file: { name: string; type: string; data: Buffer }) {
  const boundary = '----ep' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const baseItem = {
  title: 'Een testpublicatie over respijt',
  slug: 'testpublicatie-respijt',
  summary: 'Korte samenvatting.',
  body: '## Inleiding\n\nEerste alinea.\n\nMeer op [de bron](https://example.org/bron).',
  audiences: ['mantelzorgers'],
  themes: ['dementie'],
  sources: 'De bron | https://example.org/bron',
  d_authors: 'An Peeters',
  d_year: '2026',
  d_publisher: 'Testuitgever',
};

forEachDialect('library back office', (ctx) => {
  const cookies: Record<string, string> = {};
  before(async () => {
    const app = await ctx.app();
    for (const role of ['partner', 'editor', 'admin'] as const) {
      await createUser(ctx.db, `${role}@example.be`, role);
      cookies[role] = await logIn(app, `${role}@example.be`);
    }
  });

  test('every /beheer route answers every role as it should: sign-in redirect, 403 or the page', async () => {
    const app = await ctx.app();
    const publication = await ctx.db.selectFrom('items').select('id').where('type', '=', 'publication').orderBy('id').executeTakeFirstOrThrow();
    const theme = await ctx.db.selectFrom('themes').select('id').orderBy('id').executeTakeFirstOrThrow();
    const activity = await ctx.db.selectFrom('activities').select('id').orderBy('id').executeTakeFirstOrThrow();
    // An edit, so the item has versions to show.
    await content.updateItem(ctx.db, SYSTEM_ACTOR, publication.id, content.editOf(await content.getItemForEditing(ctx.db, publication.id)));
    const user = await ctx.db.selectFrom('users').select('id').where('email', '=', 'partner@example.be').executeTakeFirstOrThrow();
    const listing = await ctx.db
      .selectFrom('directory_services as s')
      .innerJoin('directory_locations as l', 'l.organization_id', 's.organization_id')
      .select(['s.organization_id', 's.id', 'l.id as location'])
      .orderBy('s.id')
      .executeTakeFirstOrThrow();
    const premium = await ctx.db.selectFrom('carer_premiums').select('nis_code').orderBy('nis_code').executeTakeFirstOrThrow();
    // A visitor's submission with a file, for the moderation pages.
    const contribution = await contributions.submitContribution(
      ctx.db,
      { mailer: { kind: 'outbox', send: async () => {}, close: () => {} }, baseUrl: ctx.config.baseUrl, dataDir: ctx.config.dataDir },
      { kind: 'info', title: 'Een tip', body: 'Tekst', details: {}, name: '', email: '', consent: false, file: { name: 'foto.png', data: tinyPng() } },
      { ip: null, spam: { honeypot: '', formAgeSeconds: 60 } },
    );
    // A newsletter edition, for its pages.
    const published = await ctx.db.selectFrom('items').select('slug').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    const edition = await newsletter.saveEdition(ctx.db, SYSTEM_ACTOR, null, { title: 'Proefeditie', intro: '', items: [published.slug], activities: [], onlyMatching: false });
    const fill = (path: string) =>
      path
        .replace(/^\/beheer\/nieuwsbrief\/:id/, `/beheer/nieuwsbrief/${edition}`)
        .replace(':organisationId', listing.organization_id)
        .replace(':serviceId', listing.id)
        .replace(':locationId', listing.location)
        .replace(':nisCode', premium.nis_code)
        .replace(/^\/beheer\/bijdragen\/:id/, `/beheer/bijdragen/${contribution.id}`)
        .replace(/^\/beheer\/gebruikers\/:id/, `/beheer/gebruikers/${user.id}`)
        .replace(/^\/beheer\/themas\/:id/, `/beheer/themas/${theme.id}`)
        .replace(/^\/beheer\/activiteiten\/:id\/verwijder/, '/beheer/activiteiten/999999/verwijder')
        .replace(/^\/beheer\/activiteiten\/:id/, `/beheer/activiteiten/${activity.id}`)
        .replace(/^\/beheer\/sleutels\/:id/, '/beheer/sleutels/999999')
        .replace(':id', String(publication.id))
        .replace(':nr', '1')
        .replace(':aid', '999999')
        .replace(':token', 'onbekend');
    // "Sign out everywhere" last, since it ends the sessions the walk uses.
    const routes = routesOf(app)
      .filter(([, p]) => p.startsWith('/beheer'))
      .sort((a, b) => Number(a[1] === '/beheer/afmelden-overal') - Number(b[1] === '/beheer/afmelden-overal'));
    assert.ok(routes.length >= 25, `found ${routes.length} back-office routes`);
    const csrf: Record<string, string> = {};
    for (const role of ['partner', 'editor', 'admin']) csrf[role] = await sessionCsrf(app, cookies[role]!);
    const problems: string[] = [];
    for (const [method, path] of routes) {
      if (OPEN_TO_ALL.includes(path)) continue;
      const url = fill(path);
      const allowed = allowedRoles(path);
      for (const role of ['anonymous', 'partner', 'editor', 'admin']) {
        const cookie = cookies[role];
        const res =
          method === 'GET'
            ? await app.inject({ url, headers: cookie ? { cookie } : {} })
            : await app.inject({ method, url, ...form(cookie ? { _csrf: csrf[role]! } : {}, cookie) });
        let ok: boolean;
        if (role === 'anonymous') ok = res.statusCode === 303 && String(res.headers.location).startsWith('/beheer/aanmelden?terug=');
        else if (!allowed.includes(role)) ok = res.statusCode === 403;
        else if (method === 'GET') ok = res.statusCode === 200 || (path.includes(':aid') && res.statusCode === 404);
        // Allowed posts with an empty form: refused as input (400), done (303), or not found (404), never a 403 or a 500.
        else ok = [200, 303, 400, 404].includes(res.statusCode) && !String(res.headers.location ?? '').startsWith('/beheer/aanmelden?terug=');
        if (!ok) problems.push(`${role} ${method} ${url}: ${res.statusCode} ${res.headers.location ?? ''}`);
      }
    }
    assert.equal(problems.join('\n'), '');
    for (const role of ['partner', 'editor', 'admin']) cookies[role] = await logIn(app, `${role}@example.be`);
    // The open pages answer anonymous visitors.
    for (const url of ['/beheer/aanmelden', '/beheer/wachtwoord-vergeten']) assert.equal((await app.inject(url)).statusCode, 200, url);
    assert.equal((await app.inject('/beheer/wachtwoord/onbekend')).statusCode, 404);
  });

  test('write a publication: a form error keeps the input, then draft → in review → published, shown on the site', async () => {
    const app = await ctx.app();
    const editor = cookies.editor!;
    const newPage = await app.inject({ url: '/beheer/items/nieuw?type=publication', headers: { cookie: editor } });
    assert.equal(newPage.statusCode, 200);
    const $new = cheerio.load(newPage.body);
    for (const field of ['d_authors', 'd_year', 'd_publisher', 'd_isbn', 'd_link']) assert.equal($new(`#f-${field}`).length, 1, field);
    assert.equal($new('label[for="f-d_authors"]').text(), 'Auteurs');
    const token = csrfOf(newPage.body, 'form.item-form');

    const bad = await app.inject({ method: 'POST', url: '/beheer/items', ...form({ ...baseItem, _csrf: token, type: 'publication', title: '', themes: [], d_year: 'vorig jaar' }, editor) });
    assert.equal(bad.statusCode, 400);
    const $bad = cheerio.load(bad.body);
    assert.equal($bad('#f-slug').attr('value'), baseItem.slug, 'input kept');
    assert.equal($bad('#f-body').text(), baseItem.body);
    assert.ok($bad('#e-title').text().length > 0);
    assert.equal($bad('#f-title').attr('aria-invalid'), 'true');
    assert.ok($bad('.error-summary a[href="#f-themes"]').length === 1);

    const created = await app.inject({ method: 'POST', url: '/beheer/items', ...form({ ...baseItem, _csrf: token, type: 'publication' }, editor) });
    assert.equal(created.statusCode, 303);
    const id = Number(/\/beheer\/items\/(\d+)/.exec(String(created.headers.location))![1]);
    const item = await content.getItemForEditing(ctx.db, id);
    assert.equal(item.status, 'draft');
    assert.deepEqual(item.details, { authors: 'An Peeters', year: 2026, publisher: 'Testuitgever' });
    assert.deepEqual(item.sources, [{ title: 'De bron', url: 'https://example.org/bron' }]);
    assert.equal((await app.inject(`/kennis/${baseItem.slug}`)).statusCode, 404, 'a draft is not public');

    const status = (to: string, extra: Record<string, string> = {}) => app.inject({ method: 'POST', url: `/beheer/items/${id}/status`, ...form({ _csrf: token, to, ...extra }, editor) });
    assert.equal((await status('published')).statusCode, 400, 'a draft cannot skip the review');
    assert.equal((await status('in_review')).statusCode, 303);
    const dash = cheerio.load((await app.inject({ url: '/beheer', headers: { cookie: editor } })).body);
    assert.ok(dash('section[aria-labelledby="h-review"] a').map((_, a) => dash(a).text()).get().includes(baseItem.title), 'waiting for review on the dashboard');
    assert.equal((await status('published')).statusCode, 303);
    const pub = await app.inject(`/kennis/${baseItem.slug}`);
    assert.equal(pub.statusCode, 200);
    assert.equal(cheerio.load(pub.body)('h1').text(), baseItem.title);
    assert.equal((await status('archived')).statusCode, 303);
    assert.equal((await app.inject(`/kennis/${baseItem.slug}`)).statusCode, 404, 'archived is gone from the site');
    assert.equal((await status('draft')).statusCode, 303);

    const log = await audit.listChanges(ctx.db, { entityType: 'item', entityId: String(id) });
    assert.deepEqual(log.entries.map((e) => e.action).reverse(), ['item.create', 'item.status', 'item.status', 'item.status', 'item.status']);
    assert.equal(log.entries[0]!.userLabel, 'Test editor <editor@example.be>');
    assert.deepEqual(log.entries[0]!.before, { status: 'archived', publishedAt: log.entries[1]!.after && (log.entries[1]!.after as { publishedAt: string }).publishedAt });
  });

  test('scheduled publication: published with a future moment stays hidden until then', async () => {
    const app = await ctx.app();
    const editor = cookies.editor!;
    const token = await sessionCsrf(app, editor);
    const created = await app.inject({ method: 'POST', url: '/beheer/items', ...form({ ...baseItem, _csrf: token, type: 'tip', slug: 'geplande-tip', title: 'Een geplande tip' }, editor) });
    const id = Number(/\/(\d+)/.exec(String(created.headers.location))![1]);
    await app.inject({ method: 'POST', url: `/beheer/items/${id}/status`, ...form({ _csrf: token, to: 'in_review' }, editor) });
    const res = await app.inject({ method: 'POST', url: `/beheer/items/${id}/status`, ...form({ _csrf: token, to: 'published', publishAt: '2099-06-01T09:30' }, editor) });
    assert.equal(res.statusCode, 303);
    const item = await content.getItemForEditing(ctx.db, id);
    assert.equal(item.status, 'published');
    assert.equal(item.publishedAt, '2099-06-01T07:30:00.000Z', 'Brussels summer time is UTC+2');
    assert.equal((await app.inject('/kennis/geplande-tip')).statusCode, 404);
    assert.ok(!(await app.inject('/kennis?type=tip')).body.includes('Een geplande tip'));
    assert.ok(!(await app.inject('/sitemap.xml')).body.includes('geplande-tip'));
    // Once the moment has passed it shows (moved into the past here instead of waiting).
    await ctx.db.updateTable('items').set({ published_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
    assert.equal(await content.announceDueItems(ctx.db, new Date(Date.now() - 60_000).toISOString()), 1);
    assert.equal((await app.inject('/kennis/geplande-tip')).statusCode, 200);
    assert.equal(brusselsToIso('2026-12-01T09:30'), '2026-12-01T08:30:00.000Z', 'winter time is UTC+1');
    assert.equal(brusselsToIso('2026-07-01T09:30'), '2026-07-01T07:30:00.000Z', 'summer time is UTC+2');
    assert.equal(brusselsToIso('2026-03-29T02:30'), '2026-03-29T01:30:00.000Z', 'a time in the spring gap moves forward an hour');
  });

  test('every save is a revision with a readable diff, and an old version can be restored', async () => {
    const app = await ctx.app();
    const editor = cookies.editor!;
    const token = await sessionCsrf(app, editor);
    const created = await app.inject({ method: 'POST', url: '/beheer/items', ...form({ ...baseItem, _csrf: token, type: 'article', slug: 'versies-test', title: 'Versies test' }, editor) });
    const id = Number(/\/(\d+)/.exec(String(created.headers.location))![1]);
    const save = (fields: Record<string, string | string[]>) => app.inject({ method: 'POST', url: `/beheer/items/${id}`, ...form({ ...baseItem, _csrf: token, type: 'article', slug: 'versies-test', title: 'Versies test', ...fields }, editor) });
    assert.equal((await save({ body: '## Inleiding\n\nEen nieuwe alinea.' })).statusCode, 303);
    const revisions = await content.listRevisions(ctx.db, id);
    assert.deepEqual(revisions.map((r) => r.number), [2, 1]);

    const diffPage = await app.inject({ url: `/beheer/items/${id}/versies/2`, headers: { cookie: editor } });
    assert.equal(diffPage.statusCode, 200);
    const $ = cheerio.load(diffPage.body);
    assert.match($('.diff ins').text(), /\+ Een nieuwe alinea\./);
    assert.match($('.diff del').text(), /− Eerste alinea\./);
    assert.doesNotMatch($('.diff ins, .diff del').text(), /Titel:/, 'unchanged fields are not marked');
    const list = cheerio.load((await app.inject({ url: `/beheer/items/${id}/versies`, headers: { cookie: editor } })).body);
    assert.equal(list('tbody tr').length, 2);

    const restore = await app.inject({ method: 'POST', url: `/beheer/items/${id}/versies/1/herstel`, ...form({ _csrf: token }, editor) });
    assert.equal(restore.statusCode, 303);
    const item = await content.getItemForEditing(ctx.db, id);
    assert.equal(item.body, baseItem.body);
    const after = await content.listRevisions(ctx.db, id);
    assert.equal(after[0]!.number, 3);
    assert.equal(after[0]!.note, 'hersteld van versie 1');
    const log = await audit.listChanges(ctx.db, { entityType: 'item', entityId: String(id) });
    const update = log.entries.find((e) => e.action === 'item.update')!;
    assert.equal((update.before as { body: string }).body, '## Inleiding\n\nEen nieuwe alinea.');
    assert.equal((update.after as { body: string }).body, baseItem.body);
  });

  test('a demo item edited for the first time keeps its earlier state as version 1', async () => {
    const app = await ctx.app();
    const row = await ctx.db.selectFrom('items').selectAll().where('type', '=', 'right').orderBy('id').executeTakeFirstOrThrow();
    const item = await content.getItemForEditing(ctx.db, row.id);
    const page = await app.inject({ url: `/beheer/items/${row.id}`, headers: { cookie: cookies.admin! } });
    const $ = cheerio.load(page.body);
    const fields: Record<string, string | string[]> = { _csrf: csrfOf(page.body, 'form.item-form') };
    $('form.item-form').find('input[name], textarea[name], select[name]').each((_, el) => {
      const name = $(el).attr('name')!;
      if (name === '_csrf') return;
      if ($(el).is('[type=checkbox]')) {
        if ($(el).is('[checked]')) fields[name] = [...((fields[name] as string[]) ?? []), $(el).attr('value')!];
      } else if ($(el).is('select')) fields[name] = $(el).find('option[selected]').attr('value') ?? '';
      else if ($(el).is('textarea')) fields[name] = $(el).text();
      else fields[name] = $(el).attr('value') ?? '';
    });
    fields.summary = `${item.summary} Bijgewerkt.`;
    const res = await app.inject({ method: 'POST', url: `/beheer/items/${row.id}`, ...form(fields, cookies.admin) });
    assert.equal(res.statusCode, 303, res.body.slice(0, 200));
    const after = await content.getItemForEditing(ctx.db, row.id);
    const filled = Object.fromEntries(Object.entries(item.details).filter(([, v]) => v !== ''));
    assert.deepEqual(after.details, filled, 'the form round-trips the type-specific fields (empty ones are dropped)');
    assert.deepEqual(after.sources, item.sources);
    assert.deepEqual(after.themes.sort(), item.themes.sort());
    const revs = await content.listRevisions(ctx.db, row.id);
    assert.deepEqual(revs.map((r) => r.note), ['', 'stand vóór de eerste bewerking']);
  });

  test('a changed slug keeps the old address working with a 301; a taken slug is refused', async () => {
    const app = await ctx.app();
    const editor = cookies.editor!;
    const token = await sessionCsrf(app, editor);
    const row = await ctx.db.selectFrom('items').select(['id', 'slug', 'type']).where('status', '=', 'published').where('type', '=', 'tip').orderBy('id').executeTakeFirstOrThrow();
    const item = await content.getItemForEditing(ctx.db, row.id);
    const other = await ctx.db.selectFrom('items').select('slug').where('id', '!=', row.id).orderBy('id').executeTakeFirstOrThrow();
    const fields = (slug: string) => ({
      _csrf: token,
      type: item.type,
      title: item.title,
      slug,
      summary: item.summary,
      body: item.body,
      audiences: item.audiences,
      themes: item.themes,
      sources: item.sources.map((s) => `${s.title} | ${s.url}`).join('\n'),
    });
    const taken = await app.inject({ method: 'POST', url: `/beheer/items/${row.id}`, ...form(fields(other.slug), editor) });
    assert.equal(taken.statusCode, 400);
    assert.match(cheerio.load(taken.body)('#e-slug').text(), /al in gebruik/);
    assert.equal((await app.inject(`/kennis/${row.slug}`)).statusCode, 200);
    const renamed = await app.inject({ method: 'POST', url: `/beheer/items/${row.id}`, ...form(fields(`${row.slug}-nieuw`), editor) });
    assert.equal(renamed.statusCode, 303);
    const old = await app.inject(`/kennis/${row.slug}`);
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/kennis/${row.slug}-nieuw`);
    assert.equal((await app.inject(`/kennis/${row.slug}-nieuw`)).statusCode, 200);
    // A new item cannot take the old address away.
    const grab = await app.inject({ method: 'POST', url: '/beheer/items', ...form({ ...baseItem, _csrf: token, type: 'tip', slug: row.slug }, editor) });
    assert.equal(grab.statusCode, 400);
    // Renaming back makes the old address the item's own again.
    assert.equal((await app.inject({ method: 'POST', url: `/beheer/items/${row.id}`, ...form(fields(row.slug), editor) })).statusCode, 303);
    assert.equal((await app.inject(`/kennis/${row.slug}`)).statusCode, 200);
    const back = await app.inject(`/kennis/${row.slug}-nieuw`);
    assert.equal(back.statusCode, 301);
    assert.equal(back.headers.location, `/kennis/${row.slug}`);
  });

  test('attachments: the type is sniffed from the content, stored under DATA_DIR/uploads, served safely, shown on the item', async () => {
    const app = await ctx.app();
    const editor = cookies.editor!;
    const token = await sessionCsrf(app, editor);
    const row = await ctx.db.selectFrom('items').select(['id', 'slug']).where('type', '=', 'publication').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    const upload = (file: { name: string; type: string; data: Buffer }, fields: Record<string, string> = { _csrf: token, attachmentTitle: 'De brochure' }) =>
      app.inject({ method: 'POST', url: `/beheer/items/${row.id}/bijlagen`, ...multipartBody(fields, file), headers: { ...multipartBody({}, file).headers, cookie: editor } }).then((r) => r);
    // inject needs the same boundary in body and header
    const send = async (file: { name: string; type: string; data: Buffer }, fields: Record<string, string> = { _csrf: token, attachmentTitle: 'De brochure' }) => {
      const mp = multipartBody(fields, file);
      return app.inject({ method: 'POST', url: `/beheer/items/${row.id}/bijlagen`, payload: mp.payload, headers: { ...mp.headers, cookie: editor } });
    };
    void upload;

    const fake = await send({ name: 'brochure.pdf', type: 'application/pdf', data: Buffer.from('<html><script>alert(1)</script></html>') });
    assert.equal(fake.statusCode, 400);
    assert.match(cheerio.load(fake.body)('#e-file').text(), /geen PDF/);
    const exe = await send({ name: 'foto.png', type: 'image/png', data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00') });
    assert.equal(exe.statusCode, 400);
    const noToken = await send({ name: 'a.png', type: 'image/png', data: tinyPng() }, { attachmentTitle: 'x' });
    assert.equal(noToken.statusCode, 403, 'multipart forms need the CSRF token too');
    assert.equal((await content.listAttachments(ctx.db, row.id)).length, 0);

    const ok = await send({ name: '../../etc/Brochure (2026).PDF', type: 'text/plain', data: tinyPdf() });
    assert.equal(ok.statusCode, 303);
    const [att] = await content.listAttachments(ctx.db, row.id);
    assert.equal(att!.contentType, 'application/pdf', 'the type comes from the content, not the browser');
    assert.equal(att!.fileName, 'Brochure-2026.pdf');
    const page = cheerio.load((await app.inject(`/kennis/${row.slug}`)).body);
    const link = page('.attachments a');
    assert.equal(link.text(), 'De brochure');
    const file = await app.inject(link.attr('href')!);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment; filename="Brochure-2026.pdf"/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(String(file.headers['content-security-policy']), /sandbox/);
    assert.deepEqual(file.rawPayload, tinyPdf());

    const png = await send({ name: 'schema.png', type: 'image/png', data: tinyPng() }, { _csrf: token, attachmentTitle: '' });
    assert.equal(png.statusCode, 303);
    const list = await content.listAttachments(ctx.db, row.id);
    assert.equal(list[1]!.contentType, 'image/png');
    assert.equal(list[1]!.title, 'schema.png');

    const tooBig = await send({ name: 'groot.pdf', type: 'application/pdf', data: Buffer.concat([tinyPdf(), Buffer.alloc(11 * 1024 * 1024)]) });
    assert.equal(tooBig.statusCode, 413);
    assert.match(tooBig.body, /te groot/);

    // Articles have no attachments.
    const article = await ctx.db.selectFrom('items').select('id').where('type', '=', 'article').orderBy('id').executeTakeFirstOrThrow();
    const mp = multipartBody({ _csrf: token }, { name: 'a.png', type: 'image/png', data: tinyPng() });
    const refused = await app.inject({ method: 'POST', url: `/beheer/items/${article.id}/bijlagen`, payload: mp.payload, headers: { ...mp.headers, cookie: editor } });
    assert.equal(refused.statusCode, 400);

    // Deleting removes the file; a non-public item's attachments are not served.
    const del = await app.inject({ method: 'POST', url: `/beheer/items/${row.id}/bijlagen/${list[1]!.id}/verwijder`, ...form({ _csrf: token }, editor) });
    assert.equal(del.statusCode, 303);
    assert.equal((await app.inject(list[1]!.url)).statusCode, 404);
    await ctx.db.updateTable('items').set({ status: 'draft' }).where('id', '=', row.id).execute();
    assert.equal((await app.inject(att!.url)).statusCode, 404);
    await ctx.db.updateTable('items').set({ status: 'published' }).where('id', '=', row.id).execute();
    const log = await audit.listChanges(ctx.db, { entityType: 'item', entityId: String(row.id) });
    assert.deepEqual(log.entries.map((e) => e.action).filter((a) => a.startsWith('attachment.')), ['attachment.delete', 'attachment.add', 'attachment.add']);
  });

  test('themes: nestable, no cycles, an unused one can be deleted', async () => {
    const app = await ctx.app();
    const editor = cookies.editor!;
    const token = await sessionCsrf(app, editor);
    const parent = await ctx.db.selectFrom('themes').select(['id', 'slug']).where('slug', '=', 'dementie').executeTakeFirstOrThrow();
    const add = (fields: Record<string, string>) => app.inject({ method: 'POST', url: '/beheer/themas', ...form({ _csrf: token, description: '', position: '0', ...fields }, editor) });
    assert.equal((await add({ name: 'Jonge mantelzorgers met dementie', slug: 'jong-dementie', parentId: String(parent.id) })).statusCode, 303);
    const child = await ctx.db.selectFrom('themes').select('id').where('slug', '=', 'jong-dementie').executeTakeFirstOrThrow();
    const taken = await add({ name: 'Dubbel', slug: 'dementie' });
    assert.equal(taken.statusCode, 400);
    assert.equal(cheerio.load(taken.body)('#f-name').attr('value'), 'Dubbel');
    const { theme } = await content.getTheme(ctx.db, 'dementie');
    assert.ok(theme.children.some((c) => c.slug === 'jong-dementie'));
    const cycle = await app.inject({ method: 'POST', url: `/beheer/themas/${parent.id}`, ...form({ _csrf: token, name: 'Dementie', slug: 'dementie', description: '', parentId: String(child.id), position: '0' }, editor) });
    assert.equal(cycle.statusCode, 400);
    assert.match(cycle.body, /niet onder zichzelf/);
    const inUse = await app.inject({ method: 'POST', url: `/beheer/themas/${parent.id}/verwijder`, ...form({ _csrf: token }, editor) });
    assert.equal(inUse.statusCode, 400);
    assert.equal((await app.inject({ method: 'POST', url: `/beheer/themas/${child.id}/verwijder`, ...form({ _csrf: token }, editor) })).statusCode, 303);
    assert.equal((await app.inject('/thema/jong-dementie')).statusCode, 404);
    const log = await audit.listChanges(ctx.db, { entityType: 'theme' });
    assert.deepEqual(log.entries.slice(0, 2).map((e) => e.action), ['theme.delete', 'theme.create']);
  });

  test('Markdown preview is rendered on the server with raw HTML off', async () => {
    const app = await ctx.app();
    const token = await sessionCsrf(app, cookies.editor!);
    const res = await app.inject({ method: 'POST', url: '/beheer/voorbeeld', ...form({ _csrf: token, body: '## Titel\n\n<script>x</script> **vet**' }, cookies.editor) });
    assert.equal(res.statusCode, 200);
    const $ = cheerio.load(res.body);
    assert.equal($('h2').text(), 'Titel');
    assert.equal($('strong').text(), 'vet');
    assert.equal($('script').length, 0);
  });

  test('dashboard: past review date, rights ending soon, drafts, and broken links from a polite checker', async () => {
    const asked: { method: string; url: string; at: number }[] = [];
    let inFlight = 0;
    let mostAtOnce = 0;
    const server = http.createServer((req, res) => {
      asked.push({ method: req.method!, url: req.url!, at: Date.now() });
      mostAtOnce = Math.max(mostAtOnce, ++inFlight);
      res.on('close', () => inFlight--);
      if (req.url === '/traag') return; // never answers: the timeout must end it
      if (req.url === '/geen-head' && req.method === 'HEAD') return void res.writeHead(405).end();
      if (req.url === '/verhuisd') return void res.writeHead(301, { location: '/goed' }).end();
      res.writeHead(req.url === '/weg' ? 404 : 200).end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // Only our own links: every published item points at the local server.
      await ctx.db.deleteFrom('item_sources').execute();
      const items = await ctx.db.selectFrom('items').select('id').where('status', '=', 'published').orderBy('id').limit(3).execute();
      await ctx.db.updateTable('items').set({ body: 'Geen links.' }).execute();
      await ctx.db.updateTable('items').set({ body: `Zie [dit](${base}/goed) en ${base}/weg.` }).where('id', '=', items[0]!.id).execute();
      await ctx.db.insertInto('item_sources').values([
        { item_id: items[1]!.id, title: 'Traag', url: `${base}/traag`, position: 0 },
        { item_id: items[2]!.id, title: 'Geen HEAD', url: `${base}/geen-head`, position: 0 },
        { item_id: items[2]!.id, title: 'Verhuisd', url: `${base}/verhuisd`, position: 1 },
      ]).execute();
      // By default internal addresses are not asked at all.
      const guarded = await content.checkOneLink(`${base}/goed`);
      assert.deepEqual(guarded, { ok: false, statusCode: null, error: 'intern adres, niet gecontroleerd' });
      assert.equal(asked.length, 0);
      const result = await content.checkLinks(ctx.db, { timeoutMs: 500, perHostDelayMs: 50, allowPrivateHosts: true });
      server.closeAllConnections();
      assert.deepEqual(result, { checked: 5, broken: 2 });
      const moved = await ctx.db.selectFrom('link_checks').select(['ok', 'status_code']).where('url', '=', `${base}/verhuisd`).executeTakeFirstOrThrow();
      assert.deepEqual(moved, { ok: 1, status_code: 200 }, 'a redirect is followed to its end');
      assert.ok(asked.some((a) => a.method === 'GET' && a.url === '/geen-head'), 'GET after a 405 on HEAD');
      assert.equal(mostAtOnce, 1, 'one request at a time to the same host');
      assert.ok(asked.every((a) => a.method === 'HEAD' || a.url === '/geen-head'));

      await ctx.db.updateTable('items').set({ review_by: '2020-01-01' }).where('id', '=', items[0]!.id).execute();
      const right = await ctx.db.selectFrom('items').select(['id', 'title']).where('type', '=', 'right').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      await ctx.db.updateTable('items').set({ valid_until: '2026-12-15' }).where('id', '=', right.id).execute();
      const app = await ctx.app({ today: () => '2026-11-29' });
      const res = await app.inject({ url: '/beheer', headers: { cookie: cookies.editor! } });
      const $ = cheerio.load(res.body);
      const section = (id: string) => $(`section[aria-labelledby="${id}"]`).text();
      assert.match(section('h-links'), new RegExp(`${base}/weg`));
      assert.match(section('h-links'), /traag/);
      assert.doesNotMatch(section('h-links'), /\/goed/);
      assert.match(section('h-past'), /Na te kijken/);
      assert.ok($('section[aria-labelledby="h-past"] a').length >= 1);
      assert.ok($('section[aria-labelledby="h-rights"] a').map((_, a) => $(a).text()).get().includes(right.title));
      assert.ok($('section[aria-labelledby="h-drafts"] a').length >= 1);
      const partner = await app.inject({ url: '/beheer', headers: { cookie: cookies.partner! } });
      assert.equal(cheerio.load(partner.body)('section').length, 0, 'partners see no editorial dashboard');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
