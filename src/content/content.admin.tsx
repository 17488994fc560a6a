/**
 * /beheer routes of the knowledge library: the editors' dashboard, item editing for every type,
 * the review workflow, revisions with diff and restore, attachments, and themes. Routes validate
 * and call the content service; the rules live there.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { DateTime } from 'luxon';
import type { Db } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, formFailure, Select, TextArea, TextField, type FieldErrors } from '../web/forms.js';
import { Pagination, withQuery } from '../web/components.js';
import { formatDate } from '../web/render.js';
import { renderMarkdown } from '../web/markdown.js';
import { actor, adminFrame, guard } from '../accounts/accounts.guard.js';
import * as accounts from '../accounts/accounts.service.js';
import * as content from './content.service.js';
import * as directory from '../directory/directory.service.js';
import { DETAIL_FIELDS, ITEM_TYPES, RIGHT_LEVELS, TYPE_INFO, type ItemType, type Source } from './content.model.js';
import {
  AudienceFormBody,
  AdminItemListQuery,
  AttachmentAdminParams,
  CsrfOnlyBody,
  FlashQuery,
  IdParams,
  ItemFormBody,
  NewItemQuery,
  PreviewBody,
  RevisionParams,
  StatusBody,
  ThemeFormBody,
} from './content.schemas.js';

export interface ContentAdminOptions {
  db: Db;
  dataDir: string;
  uploadMaxMb: number;
  today?: () => string;
}

const FLASH: Record<string, string> = {
  aangemaakt: 'Het item is aangemaakt als klad.',
  opgeslagen: 'De wijzigingen zijn opgeslagen. Er is een nieuwe versie bewaard.',
  status: 'De status is gewijzigd.',
  hersteld: 'De oude versie is teruggezet (als nieuwe versie).',
  bijlage: 'De bijlage is toegevoegd.',
  'bijlage-weg': 'De bijlage is verwijderd.',
  thema: 'Het thema is opgeslagen.',
  'thema-weg': 'Het thema is verwijderd.',
  doelgroep: 'De doelgroep is opgeslagen.',
};

/** How many listings past their verification date the dashboard names (oldest first). */
const STALE_SHOWN = 30;

const typeOptions = ITEM_TYPES.map((t) => ({ value: t, label: TYPE_INFO[t].label }));

/** "Titel | https://…" per line. */
function parseSources(text: string): Source[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      if (bar === -1) return { title: line, url: line };
      return { title: line.slice(0, bar).trim() || line.slice(bar + 1).trim(), url: line.slice(bar + 1).trim() };
    });
}

function sourcesText(sources: Source[]): string {
  return sources.map((s) => `${s.title} | ${s.url}`).join('\n');
}

function detailText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function formToEdit(body: ItemFormBody, type: ItemType): content.ItemEdit {
  const details: Record<string, unknown> = {};
  const raw = body as Record<string, unknown>;
  for (const f of DETAIL_FIELDS[type]) {
    const v = raw[`d_${f.key}`];
    if (typeof v === 'string' && v.trim() !== '') details[f.key] = v.trim();
  }
  return {
    type,
    title: body.title,
    slug: body.slug.trim(),
    summary: body.summary,
    body: body.body.replace(/\r\n/g, '\n'),
    details,
    audiences: body.audiences ?? [],
    themes: body.themes ?? [],
    sources: parseSources(body.sources),
    reviewBy: body.reviewBy || null,
    reviewedNow: body.reviewedNow === 'ja',
  };
}

function StatusBadge({ status }: { status: content.ItemStatus }) {
  return <span class={`status status-${status}`}>{content.STATUS_LABELS[status]}</span>;
}

export async function registerContentAdmin(app: FastifyInstance, options: ContentAdminOptions): Promise<void> {
  const { db } = options;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/beheer', { schema: { querystring: FlashQuery }, onRequest: guard('backoffice.enter') }, async (request, reply) => {
    const user = request.user!;
    const frame = adminFrame(request, '/beheer');
    if (!accounts.can(user, 'dashboard.view')) {
      return reply.html(() => (
        <AdminLayout title="Overzicht" {...frame}>
          <h1>Welkom, {user.name}</h1>
          {accounts.can(user, 'directory.edit') ? (
            <p>
              Hier houd je de gegevens van je organisatie bij: <a href="/beheer/organisaties">je organisatie, haar aanbod en adressen</a>.
            </p>
          ) : (
            <p>Je account hoort nog bij geen organisatie. Vraag een beheerder om het te koppelen.</p>
          )}
        </AdminLayout>
      ));
    }
    const [d, stale] = await Promise.all([content.dashboard(db, today()), directory.listStaleListings(db, today())]);
    const ItemLinks = ({ items, meta }: { items: { id: number; title: string }[]; meta: (i: any) => string }) =>
      items.length === 0 ? (
        <p>Niets.</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li>
              <a href={`/beheer/items/${i.id}`}>{i.title}</a> <span class="meta">{meta(i)}</span>
            </li>
          ))}
        </ul>
      );
    return reply.html(() => (
      <AdminLayout title="Overzicht" {...frame} flash={FLASH[request.query.gelukt ?? '']}>
        <h1>Overzicht</h1>
        <p>
          <a class="button" href="/beheer/items/nieuw">
            Nieuw item
          </a>
        </p>
        <section aria-labelledby="h-review">
          <h2 id="h-review">Wacht op nalezing ({d.inReview.length})</h2>
          <ItemLinks items={d.inReview} meta={(i) => `${TYPE_INFO[i.type as ItemType].label}, bijgewerkt ${formatDate(i.updatedAt)}`} />
        </section>
        <section aria-labelledby="h-past">
          <h2 id="h-past">Na te kijken: datum voorbij ({d.pastReview.length})</h2>
          <ItemLinks items={d.pastReview} meta={(i) => `nakijken tegen ${formatDate(i.reviewBy)}`} />
        </section>
        <section aria-labelledby="h-rights">
          <h2 id="h-rights">Rechten die binnen 60 dagen aflopen ({d.rightsEnding.length})</h2>
          <ItemLinks items={d.rightsEnding} meta={(i) => `geldig tot ${formatDate(i.validUntil)}`} />
        </section>
        <section aria-labelledby="h-links">
          <h2 id="h-links">Kapotte links ({d.brokenLinks.length})</h2>
          {d.brokenLinks.length === 0 ? (
            <p>Geen kapotte links gevonden bij de laatste controle.</p>
          ) : (
            <ul>
              {d.brokenLinks.map((l) => (
                <li>
                  <a href={`/beheer/items/${l.itemId}`}>{l.title}</a>: <span class="url">{l.url}</span> <span class="meta">({l.error ?? l.statusCode}, {formatDate(l.checkedAt)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="h-stale">
          <h2 id="h-stale">Hulp in de buurt: niet nagekeken in 12 maanden ({stale.length})</h2>
          {stale.length === 0 ? (
            <p>Alle organisaties en hun aanbod zijn het voorbije jaar nagekeken.</p>
          ) : (
            <ul>
              {stale.slice(0, STALE_SHOWN).map((l) => (
                <li>
                  <a href={l.kind === 'organisation' ? `/beheer/organisaties/${l.id}` : `/beheer/aanbod/${l.id}`}>{l.name}</a>{' '}
                  <span class="meta">
                    {l.kind === 'organisation' ? 'organisatie' : 'aanbod'}, {l.lastVerifiedOn ? `nagekeken op ${formatDate(l.lastVerifiedOn)}` : 'nooit nagekeken'}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {stale.length > STALE_SHOWN ? <p>En nog {stale.length - STALE_SHOWN} andere, de oudste eerst hierboven.</p> : null}
        </section>
        <section aria-labelledby="h-drafts">
          <h2 id="h-drafts">Klad ({d.drafts.length})</h2>
          <ItemLinks items={d.drafts} meta={(i) => `bijgewerkt ${formatDate(i.updatedAt)}`} />
        </section>
      </AdminLayout>
    ));
  });

  r.get('/beheer/items', { schema: { querystring: AdminItemListQuery }, onRequest: guard('item.edit') }, async (request, reply) => {
    const q = request.query;
    const list = await content.listItemsForEditing(db, { status: q.status || undefined, type: q.type || undefined, page: q.pagina ?? 1 });
    return reply.html(() => (
      <AdminLayout title="Items" {...adminFrame(request, '/beheer/items')} flash={FLASH[q.gelukt ?? '']}>
        <h1>Items</h1>
        <p>
          <a class="button" href="/beheer/items/nieuw">
            Nieuw item
          </a>
        </p>
        <form method="get" action="/beheer/items" class="filters" aria-label="Filter de items">
          <Select name="status" label="Status" value={q.status ?? ''} options={[{ value: '', label: 'Alle' }, ...Object.entries(content.STATUS_LABELS).map(([value, label]) => ({ value, label }))]} />
          <Select name="type" label="Soort" value={q.type ?? ''} options={[{ value: '', label: 'Alle soorten' }, ...typeOptions]} />
          <button type="submit">Toon</button>
        </form>
        <DataTable caption={`${list.total} items`} columns={['Titel', 'Soort', 'Status', 'Bijgewerkt']}>
            {list.items.map((i) => (
              <tr>
                <td>
                  <a href={`/beheer/items/${i.id}`}>{i.title}</a>
                </td>
                <td>{TYPE_INFO[i.type].label}</td>
                <td>
                  <StatusBadge status={i.status} />
                </td>
                <td>{formatDate(i.updatedAt)}</td>
              </tr>
            ))}
          </DataTable>
        <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => withQuery('/beheer/items', { status: q.status, type: q.type, pagina: p })} />
      </AdminLayout>
    ));
  });

  interface FormState {
    item?: content.EditableItem;
    values: content.ItemEdit & { sourcesText?: string };
    errors?: FieldErrors;
    message?: string;
    flash?: string;
    /** the attachment title typed before an upload failed */
    attachmentTitle?: string;
  }

  async function itemForm(request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) {
    const [audiences, themes] = await Promise.all([content.listAudiences(db), content.listThemes(db)]);
    const flatThemes = (list: content.Theme[], depth = 0): { value: string; label: string; depth: number }[] =>
      list.flatMap((t) => [{ value: t.slug, label: t.name, depth }, ...flatThemes(t.children, depth + 1)]);
    const { item, values, errors = {} } = state;
    const type = values.type;
    const attachments = item && content.TYPES_WITH_ATTACHMENTS.includes(type) ? await content.listAttachments(db, item.id) : [];
    const csrf = request.csrfToken();
    const action = item ? `/beheer/items/${item.id}` : '/beheer/items';
    const title = item ? `Bewerk: ${item.title}` : `Nieuw item: ${TYPE_INFO[type].label}`;
    return reply.html(
      () => (
        <AdminLayout title={title} {...adminFrame(request, '/beheer/items')} scripts={['/assets/editor.js']} flash={state.flash}>
          <h1>{title}</h1>
          {item ? (
            <p>
              <StatusBadge status={item.status} /> {TYPE_INFO[type].label} · bijgewerkt op {formatDate(item.updatedAt)}
              {item.status === 'published' && item.publishedAt ? (
                <>
                  {' '}
                  · {item.publishedAt > new Date().toISOString() ? 'verschijnt op' : 'gepubliceerd op'} {formatDate(item.publishedAt)}{' '}
                  {item.publishedAt <= new Date().toISOString() ? <a href={`/kennis/${item.slug}`}>Bekijk op de site</a> : null}
                </>
              ) : null}{' '}
              · <a href={`/beheer/items/${item.id}/versies`}>Versies</a>
            </p>
          ) : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action={action} class="stack item-form">
            <CsrfField token={csrf} />
            <input type="hidden" name="type" value={type} />
            <TextField name="title" label="Titel" value={values.title} error={errors.title} required maxLength={300} />
            <TextField name="slug" label="Slug (adres)" value={values.slug} error={errors.slug} required maxLength={200} hint="Kleine letters, cijfers en koppeltekens. Het adres wordt /kennis/slug. Verander je het, dan blijft het oude adres werken." />
            <TextArea name="summary" label="Samenvatting" value={values.summary} error={errors.summary} required rows={3} maxLength={1000} />
            <TextArea name="body" label="Tekst (Markdown)" value={values.body} error={errors.body} rows={16} class="markdown-input" hint="Gebruik ## voor een tussentitel, - voor een opsomming, **vet** en [tekst](https://adres) voor een link." />
            {DETAIL_FIELDS[type].length ? (
              <fieldset class="field">
                <legend>Gegevens van {TYPE_INFO[type].label.toLowerCase()}</legend>
                {DETAIL_FIELDS[type].map((f) =>
                  f.key === 'level' ? (
                    <Select
                      name={`d_${f.key}`}
                      label={f.label}
                      value={detailText(values.details[f.key])}
                      error={errors[`d_${f.key}`]}
                      options={[{ value: '', label: 'Kies' }, ...RIGHT_LEVELS.map((l) => ({ value: l, label: l }))]}
                    />
                  ) : (
                    <TextField
                      name={`d_${f.key}`}
                      label={f.label}
                      type={f.key === 'validFrom' || f.key === 'validUntil' ? 'date' : f.key === 'link' ? 'url' : 'text'}
                      value={detailText(values.details[f.key])}
                      error={errors[`d_${f.key}`]}
                      maxLength={2000}
                    />
                  ),
                )}
              </fieldset>
            ) : null}
            <CheckboxGroup name="audiences" label="Voor wie" values={values.audiences} options={audiences.map((a) => ({ value: a.slug, label: a.name }))} error={errors.audiences} />
            <CheckboxGroup name="themes" label="Thema's" values={values.themes} options={flatThemes(themes)} error={errors.themes} />
            <TextArea name="sources" label="Bronnen" value={values.sourcesText ?? sourcesText(values.sources)} error={errors.sources} rows={4} hint="Eén bron per regel: titel | https://adres" />
            <TextField name="reviewBy" label="Nakijken tegen (datum)" type="date" value={values.reviewBy} error={errors.reviewBy} />
            <div class="field">
              <input type="checkbox" id="f-reviewedNow" name="reviewedNow" value="ja" checked={values.reviewedNow} />
              <label for="f-reviewedNow">Ik heb de inhoud vandaag nagekeken</label>
            </div>
            <button type="submit">{item ? 'Opslaan' : 'Klad aanmaken'}</button>
          </form>
          {item ? (
            <>
              <section aria-labelledby="h-status">
                <h2 id="h-status">Status</h2>
                <p>
                  Nu: <StatusBadge status={item.status} />
                </p>
                {content.TRANSITIONS.filter((t) => t.from === item.status).map((t) => (
                  <form method="post" action={`/beheer/items/${item.id}/status`} class="inline-form">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="to" value={t.to} />
                    {t.to === 'published' ? (
                      <TextField name="publishAt" label="Publiceren op (leeg: meteen)" type="datetime-local" hint="Tijd in Belgische tijd." />
                    ) : null}
                    <button type="submit">{t.label}</button>
                  </form>
                ))}
              </section>
              {content.TYPES_WITH_ATTACHMENTS.includes(type) ? (
                <section aria-labelledby="h-attachments">
                  <h2 id="h-attachments">Bijlagen</h2>
                  {attachments.length ? (
                    <ul>
                      {attachments.map((a) => (
                        <li>
                          {a.title} ({a.fileName}, {a.typeLabel}, {Math.ceil(a.size / 1024)} kB)
                          <form method="post" action={`/beheer/items/${item.id}/bijlagen/${a.id}/verwijder`} class="inline-form">
                            <CsrfField token={csrf} />
                            <button type="submit">
                              Verwijder<span class="visually-hidden"> {a.title}</span>
                            </button>
                          </form>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>Nog geen bijlagen.</p>
                  )}
                  <form method="post" action={`/beheer/items/${item.id}/bijlagen`} enctype="multipart/form-data" class="stack">
                    <CsrfField token={csrf} />
                    <TextField name="attachmentTitle" label="Titel van de bijlage" value={state.attachmentTitle} maxLength={300} />
                    <div class={`field${errors.file ? ' has-error' : ''}`}>
                      <label for="f-file">Bestand</label>
                      <p class="hint" id="h-file">
                        PDF, Word (docx), OpenDocument-tekst (odt), Excel (xlsx), PNG, JPEG of WebP; hoogstens {options.uploadMaxMb} MB.
                      </p>
                      {errors.file ? (
                        <p class="field-error" id="e-file">
                          <span class="visually-hidden">Fout: </span>
                          {errors.file}
                        </p>
                      ) : null}
                      <input
                        type="file"
                        id="f-file"
                        name="file"
                        required
                        accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.webp"
                        aria-describedby={errors.file ? 'h-file e-file' : 'h-file'}
                        aria-invalid={errors.file ? 'true' : undefined}
                      />
                    </div>
                    <button type="submit">Bijlage toevoegen</button>
                  </form>
                </section>
              ) : null}
            </>
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/items/nieuw', { schema: { querystring: NewItemQuery }, onRequest: guard('item.edit') }, async (request, reply) => {
    const type = request.query.type;
    if (!type) {
      return reply.html(() => (
        <AdminLayout title="Nieuw item" {...adminFrame(request, '/beheer/items')}>
          <h1>Nieuw item</h1>
          <form method="get" action="/beheer/items/nieuw" class="stack">
            <Select name="type" label="Welke soort item?" value="article" options={typeOptions} />
            <button type="submit">Verder</button>
          </form>
        </AdminLayout>
      ));
    }
    return itemForm(request, reply, { values: { type, title: '', slug: '', summary: '', body: '', details: {}, audiences: [], themes: [], sources: [], reviewBy: null } });
  });

  function edit(body: ItemFormBody): content.ItemEdit & { sourcesText: string } {
    if (!content.isItemType(body.type)) throw new AppError('invalid_type', 400, 'Onbekende soort item.');
    return { ...formToEdit(body, body.type), sourcesText: body.sources };
  }

  r.post('/beheer/items', { schema: { body: ItemFormBody }, onRequest: guard('item.edit') }, async (request, reply) => {
    const values = edit(request.body);
    try {
      const id = await content.createDraft(db, actor(request), values);
      return reply.redirect(`/beheer/items/${id}?gelukt=aangemaakt`, 303);
    } catch (err) {
      return itemForm(request, reply, { values, ...formFailure(err) }, 400);
    }
  });

  r.get('/beheer/items/:id', { schema: { params: IdParams, querystring: FlashQuery }, onRequest: guard('item.edit') }, async (request, reply) => {
    const item = await content.getItemForEditing(db, request.params.id);
    return itemForm(request, reply, { item, values: item, flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.post('/beheer/items/:id', { schema: { params: IdParams, body: ItemFormBody }, onRequest: guard('item.edit') }, async (request, reply) => {
    const item = await content.getItemForEditing(db, request.params.id);
    const values = edit(request.body);
    try {
      await content.updateItem(db, actor(request), item.id, values);
      return reply.redirect(`/beheer/items/${item.id}?gelukt=opgeslagen`, 303);
    } catch (err) {
      return itemForm(request, reply, { item, values, ...formFailure(err) }, 400);
    }
  });

  r.post('/beheer/items/:id/status', { schema: { params: IdParams, body: StatusBody }, onRequest: guard('item.publish') }, async (request, reply) => {
    // datetime-local has no zone: it is Brussels time.
    const publishAt = request.body.publishAt ? brusselsToIso(request.body.publishAt) : null;
    await content.changeItemStatus(db, actor(request), request.params.id, request.body.to, { publishAt });
    return reply.redirect(`/beheer/items/${request.params.id}?gelukt=status`, 303);
  });

  r.get('/beheer/items/:id/versies', { schema: { params: IdParams }, onRequest: guard('item.edit') }, async (request, reply) => {
    const item = await content.getItemForEditing(db, request.params.id);
    const revisions = await content.listRevisions(db, item.id);
    return reply.html(() => (
      <AdminLayout title={`Versies van ${item.title}`} {...adminFrame(request, '/beheer/items')}>
        <h1>Versies van “{item.title}”</h1>
        <p>
          <a href={`/beheer/items/${item.id}`}>Terug naar het item</a>
        </p>
        <DataTable caption="Versies, nieuwste eerst" hideCaption columns={['Versie', 'Wanneer', 'Door', 'Opmerking']}>
            {revisions.map((v) => (
              <tr>
                <td>
                  <a href={`/beheer/items/${item.id}/versies/${v.number}`}>Versie {v.number}</a>
                </td>
                <td>
                  <time dateTime={v.createdAt}>{v.createdAt.replace('T', ' ').slice(0, 16)}</time>
                </td>
                <td>{v.userLabel}</td>
                <td>{v.note}</td>
              </tr>
            ))}
          </DataTable>
      </AdminLayout>
    ));
  });

  r.get('/beheer/items/:id/versies/:nr', { schema: { params: RevisionParams }, onRequest: guard('item.edit') }, async (request, reply) => {
    const item = await content.getItemForEditing(db, request.params.id);
    const { nr } = request.params;
    const diff = await content.revisionDiff(db, item.id, nr);
    return reply.html(() => (
      <AdminLayout title={`Versie ${nr} van ${item.title}`} {...adminFrame(request, '/beheer/items')}>
        <h1>
          Versie {nr} van “{item.title}”
        </h1>
        <p>
          <a href={`/beheer/items/${item.id}/versies`}>Alle versies</a>
        </p>
        <h2>Wat veranderde {diff.previous ? `tegenover versie ${diff.previous}` : '(eerste versie)'}</h2>
        <p class="hint">Regels met + zijn toegevoegd, regels met − zijn weggehaald.</p>
        <div class="diff">
          {diff.parts.map((p) =>
            p.kind === 'added' ? (
              <ins>{p.text.replace(/^(?=.)/gm, '+ ')}</ins>
            ) : p.kind === 'removed' ? (
              <del>{p.text.replace(/^(?=.)/gm, '− ')}</del>
            ) : (
              <span>{p.text.replace(/^(?=.)/gm, '  ')}</span>
            ),
          )}
        </div>
        <form method="post" action={`/beheer/items/${item.id}/versies/${nr}/herstel`}>
          <CsrfField token={request.csrfToken()} />
          <button type="submit">Zet versie {nr} terug</button>
        </form>
      </AdminLayout>
    ));
  });

  r.post('/beheer/items/:id/versies/:nr/herstel', { schema: { params: RevisionParams, body: CsrfOnlyBody }, onRequest: guard('item.edit') }, async (request, reply) => {
    await content.restoreRevision(db, actor(request), request.params.id, request.params.nr);
    return reply.redirect(`/beheer/items/${request.params.id}?gelukt=hersteld`, 303);
  });

  r.post('/beheer/voorbeeld', { schema: { body: PreviewBody }, onRequest: guard('item.edit') }, async (request, reply) => {
    return reply.type('text/html; charset=utf-8').send(renderMarkdown(request.body.body));
  });

  // Uploads: multipart only on this route, parsed after the guard (onRequest) and before the CSRF check.
  await app.register(async (scope) => {
    await scope.register(multipart, { attachFieldsToBody: true, limits: { fileSize: options.uploadMaxMb * 1024 * 1024, files: 1, fields: 5, fieldSize: 10_000 } });
    scope.post<{ Params: { id: string } }>('/beheer/items/:id/bijlagen', { onRequest: guard('item.edit') }, async (request, reply) => {
      const id = Number(request.params.id);
      if (!Number.isInteger(id) || id < 1) throw new AppError('invalid_request', 400, 'Onbekend item.');
      const body = (request.body ?? {}) as Record<string, { value?: unknown; filename?: string; toBuffer?: () => Promise<Buffer>; type?: string } | undefined>;
      const file = body.file;
      const title = typeof body.attachmentTitle?.value === 'string' ? body.attachmentTitle.value : '';
      try {
        if (!file || file.type !== 'file' || !file.toBuffer) throw new ValidationError('Kies een bestand.', { file: 'Kies een bestand.' });
        await content.addAttachment(db, actor(request), { itemId: id, fileName: file.filename ?? 'bijlage', title, data: await file.toBuffer() }, { dataDir: options.dataDir });
      } catch (err) {
        const full = err instanceof content.StorageFullError;
        const failure = full ? { errors: { file: err.message } } : formFailure(err);
        const item = await content.getItemForEditing(db, id);
        return itemForm(request, reply, { item, values: item, attachmentTitle: title, ...failure }, full ? err.status : 400);
      }
      return reply.redirect(`/beheer/items/${id}?gelukt=bijlage`, 303);
    });
  });

  r.post('/beheer/items/:id/bijlagen/:aid/verwijder', { schema: { params: AttachmentAdminParams, body: CsrfOnlyBody }, onRequest: guard('item.edit') }, async (request, reply) => {
    await content.deleteAttachment(db, actor(request), request.params.id, request.params.aid, { dataDir: options.dataDir });
    return reply.redirect(`/beheer/items/${request.params.id}?gelukt=bijlage-weg`, 303);
  });

  // ---- themes ----

  async function themesPage(request: FastifyRequest, reply: FastifyReply, state: { errors?: FieldErrors; message?: string; form?: ThemeFormBody; flash?: string }, status = 200) {
    const rows = await content.listThemeRows(db);
    const tree = content.buildThemeTree(rows.map((t) => ({ id: t.id, slug: t.slug, name: t.name, description: t.description, parent_id: t.parentId, position: t.position }))).roots;
    const csrf = request.csrfToken();
    const Tree = ({ themes }: { themes: content.Theme[] }) => (
      <ul class="theme-tree">
        {themes.map((t) => (
          <li>
            <a href={`/beheer/themas/${t.id}`}>{t.name}</a> <span class="meta">/thema/{t.slug}</span>
            {t.children.length ? <Tree themes={t.children} /> : null}
          </li>
        ))}
      </ul>
    );
    return reply.html(
      () => (
        <AdminLayout title="Thema's" {...adminFrame(request, '/beheer/themas')} flash={state.flash}>
          <h1>Thema's</h1>
          <Tree themes={tree} />
          <h2>Nieuw thema</h2>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          <ThemeForm csrf={csrf} action="/beheer/themas" rows={rows} values={state.form} errors={state.errors} />
        </AdminLayout>
      ),
      { status },
    );
  }

  function ThemeForm(props: { csrf: string; action: string; rows: Awaited<ReturnType<typeof content.listThemeRows>>; values?: Partial<ThemeFormBody>; errors?: FieldErrors; selfId?: number }) {
    const v = props.values ?? {};
    const e = props.errors ?? {};
    return (
      <form method="post" action={props.action} class="stack">
        <CsrfField token={props.csrf} />
        <TextField name="name" label="Naam" value={v.name} error={e.name} required maxLength={200} />
        <TextField name="slug" label="Slug (adres)" value={v.slug} error={e.slug} required maxLength={100} hint="Kleine letters, cijfers en koppeltekens." />
        <TextArea name="description" label="Beschrijving" value={v.description} error={e.description} rows={3} maxLength={2000} />
        <Select
          name="parentId"
          label="Onder thema"
          value={v.parentId ?? ''}
          error={e.parentId}
          options={[{ value: '', label: '(bovenste niveau)' }, ...props.rows.filter((t) => t.id !== props.selfId).map((t) => ({ value: String(t.id), label: t.name }))]}
        />
        <TextField name="position" label="Volgorde" type="number" value={v.position ?? '0'} error={e.position} />
        <button type="submit">Opslaan</button>
      </form>
    );
  }

  // ---- audiences: name and description (the slugs stay, addresses depend on them) ----

  async function audiencesPage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { flash?: string; editId?: number; errors?: FieldErrors; message?: string; form?: { name: string; description: string } },
    status = 200,
  ) {
    const audiences = await content.listAudiences(db);
    const csrf = request.csrfToken();
    return reply.html(
      () => (
        <AdminLayout title="Doelgroepen" flash={state.flash} {...adminFrame(request, '/beheer/doelgroepen')}>
          <h1>Doelgroepen</h1>
          <p>De site is ingedeeld volgens deze vijf doelgroepen. Je kan hun naam en uitleg aanpassen; hun adres (/voor/…) blijft hetzelfde.</p>
          <ErrorSummary
            errors={Object.fromEntries(Object.entries(state.errors ?? {}).map(([k, v]) => [`${k}-${state.editId}`, v]))}
            message={state.message}
          />
          {audiences.map((a) => {
            const editing = state.editId === a.id;
            const values = editing && state.form ? state.form : { name: a.name, description: a.description };
            const errors = editing ? state.errors : undefined;
            return (
              <section aria-labelledby={`h-dg-${a.id}`}>
                <h2 id={`h-dg-${a.id}`}>{a.name}</h2>
                <p class="meta">
                  Adres: <a href={`/voor/${a.slug}`}>/voor/{a.slug}</a>
                </p>
                <form method="post" action={`/beheer/doelgroepen/${a.id}`} class="stack">
                  <CsrfField token={csrf} />
                  <TextField name={`name-${a.id}`} label={`Naam van de doelgroep “${a.name}”`} value={values.name} error={errors?.name} maxLength={60} required />
                  <TextArea name={`description-${a.id}`} label={`Uitleg bij “${a.name}”`} value={values.description} error={errors?.description} maxLength={300} rows={3} required />
                  <button type="submit">Bewaar “{a.name}”</button>
                </form>
              </section>
            );
          })}
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/doelgroepen', { schema: { querystring: FlashQuery }, onRequest: guard('audience.manage') }, async (request, reply) =>
    audiencesPage(request, reply, { flash: FLASH[request.query.gelukt ?? ''] }),
  );

  r.post('/beheer/doelgroepen/:id', { schema: { params: IdParams, body: AudienceFormBody }, onRequest: guard('audience.manage') }, async (request, reply) => {
    const id = request.params.id;
    const body = { name: request.body[`name-${id}`] ?? '', description: request.body[`description-${id}`] ?? '' };
    try {
      await content.updateAudience(db, actor(request), id, body);
    } catch (err) {
      if (err instanceof NotFoundError) throw err;
      return audiencesPage(request, reply, { ...formFailure(err), editId: id, form: body }, 400);
    }
    return reply.redirect('/beheer/doelgroepen?gelukt=doelgroep', 303);
  });

  function themeInput(body: ThemeFormBody): content.ThemeInput {
    const position = Number(body.position || 0);
    return {
      name: body.name,
      slug: body.slug.trim(),
      description: body.description,
      parentId: body.parentId ? Number(body.parentId) : null,
      position: Number.isInteger(position) ? position : 0,
    };
  }

  r.get('/beheer/themas', { schema: { querystring: FlashQuery }, onRequest: guard('theme.manage') }, async (request, reply) => themesPage(request, reply, { flash: FLASH[request.query.gelukt ?? ''] }));

  r.post('/beheer/themas', { schema: { body: ThemeFormBody }, onRequest: guard('theme.manage') }, async (request, reply) => {
    try {
      await content.addTheme(db, actor(request), themeInput(request.body));
    } catch (err) {
      return themesPage(request, reply, { ...formFailure(err), form: request.body }, 400);
    }
    return reply.redirect('/beheer/themas?gelukt=thema', 303);
  });

  async function themePage(request: FastifyRequest, reply: FastifyReply, id: number, state: { errors?: FieldErrors; message?: string; form?: ThemeFormBody }, status = 200) {
    const rows = await content.listThemeRows(db);
    const theme = rows.find((t) => t.id === id);
    if (!theme) throw new NotFoundError('theme_not_found', 'Dit thema bestaat niet (meer).');
    const csrf = request.csrfToken();
    const values = state.form ?? { name: theme.name, slug: theme.slug, description: theme.description, parentId: theme.parentId ? String(theme.parentId) : '', position: String(theme.position) };
    return reply.html(
      () => (
        <AdminLayout title={`Thema ${theme.name}`} {...adminFrame(request, '/beheer/themas')}>
          <h1>Thema “{theme.name}”</h1>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          <ThemeForm csrf={csrf} action={`/beheer/themas/${id}`} rows={rows} values={values} errors={state.errors} selfId={id} />
          <h2>Verwijderen</h2>
          <p>Een thema kan alleen weg als er geen items en geen deelthema's meer onder hangen.</p>
          <form method="post" action={`/beheer/themas/${id}/verwijder`}>
            <CsrfField token={csrf} />
            <button type="submit">Verwijder dit thema</button>
          </form>
          <p>
            <a href="/beheer/themas">Terug naar alle thema's</a>
          </p>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/themas/:id', { schema: { params: IdParams }, onRequest: guard('theme.manage') }, async (request, reply) => themePage(request, reply, request.params.id, {}));

  r.post('/beheer/themas/:id', { schema: { params: IdParams, body: ThemeFormBody }, onRequest: guard('theme.manage') }, async (request, reply) => {
    try {
      await content.updateTheme(db, actor(request), request.params.id, themeInput(request.body));
    } catch (err) {
      return themePage(request, reply, request.params.id, { ...formFailure(err), form: request.body }, 400);
    }
    return reply.redirect('/beheer/themas?gelukt=thema', 303);
  });

  r.post('/beheer/themas/:id/verwijder', { schema: { params: IdParams, body: CsrfOnlyBody }, onRequest: guard('theme.manage') }, async (request, reply) => {
    try {
      await content.deleteTheme(db, actor(request), request.params.id);
    } catch (err) {
      return themePage(request, reply, request.params.id, formFailure(err), 400);
    }
    return reply.redirect('/beheer/themas?gelukt=thema-weg', 303);
  });
}

/** '2026-12-01T09:30' in Brussels time → ISO in UTC. */
export function brusselsToIso(local: string): string {
  const at = DateTime.fromISO(local, { zone: 'Europe/Brussels' });
  return at.isValid ? at.toUTC().toISO()! : local;
}
