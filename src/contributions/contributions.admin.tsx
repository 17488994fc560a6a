/**
 * /beheer/bijdragen: the editors' moderation queue of "Doe je mee?". List by status, read, edit, ask a
 * question by mail, accept into a draft item, or decline with a reason. Routes validate and call the
 * contributions service; every action is audited there.
 */
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, Select, TextArea, TextField, type FieldErrors } from '../web/forms.js';
import { Pagination, withQuery } from '../web/components.js';
import { formatDate } from '../web/render.js';
import { actor, adminFrame, guard } from '../accounts/accounts.guard.js';
import * as content from '../content/content.service.js';
import * as directory from '../directory/directory.service.js';
import * as contributions from './contributions.service.js';
import { CONTRIBUTION_STATUSES, KIND_INFO, MESSAGE_LABELS, STATUS_INFO, type AcceptInput, type Contribution } from './contributions.model.js';
import { AcceptBody, DeclineBody, EditBody, FlashQuery, IdParams, QuestionBody, QueueQuery } from './contributions.schemas.js';

export interface ContributionAdminOptions {
  db: Db;
  env: contributions.ContributionEnv;
}

const FLASH: Record<string, string> = {
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
  vraag: 'Je vraag is gemaild en bij de bijdrage bewaard.',
  aanvaard: 'De bijdrage is aanvaard. De indiener krijgt een mail (als die een e-mailadres gaf).',
  geweigerd: 'De bijdrage is geweigerd. De indiener krijgt een mail met je reden (als die een e-mailadres gaf).',
  'niet-gemaild': 'Opgeslagen, maar de mail aan de indiener kon niet vertrekken. Probeer het later opnieuw of neem zelf contact op.',
};

const MAIL_FAILED = 'niet-gemaild';
const ACCEPT_FIELDS: Record<string, string> = { title: 'itemTitle', slug: 'itemSlug', summary: 'itemSummary', type: 'itemType' };

/** How the record an accepted submission became is named in its link. */
const RECORD_LABELS: Record<string, string> = { item: 'Item', activity: 'Activiteit', service: 'Aanbod in de gids' };

interface PageState {
  flash?: string;
  /** which form came back with errors, and its values */
  form?: 'edit' | 'question' | 'accept' | 'decline';
  errors?: FieldErrors;
  message?: string;
  warning?: string;
  edit?: { title: string; body: string; details: Record<string, string> };
  question?: string;
  reason?: string;
  accept?: AcceptInput;
}

function StatusBadge({ status }: { status: contributions.ContributionStatus }) {
  return <span class={`status status-${status}`}>{STATUS_INFO[status].label}</span>;
}

export async function registerContributionAdmin(app: FastifyInstance, options: ContributionAdminOptions): Promise<void> {
  const { db, env } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const moderate = guard('contribution.moderate');

  r.get('/beheer/bijdragen', { schema: { querystring: QueueQuery }, onRequest: moderate }, async (request, reply) => {
    const q = await contributions.listQueue(db, { status: request.query.status, page: request.query.pagina });
    return reply.html(() => (
      <AdminLayout title="Bijdragen" {...adminFrame(request, '/beheer/bijdragen')}>
        <h1>Bijdragen van bezoekers</h1>
        <nav aria-label="Bijdragen per status">
          <ul class="tags">
            {CONTRIBUTION_STATUSES.map((s) => (
              <li>
                <a href={withQuery('/beheer/bijdragen', { status: s })} aria-current={s === q.status ? 'page' : undefined}>
                  {STATUS_INFO[s].label} ({q.counts[s]})
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {q.items.length === 0 ? (
          <p>Geen bijdragen met status “{STATUS_INFO[q.status].label}”.</p>
        ) : (
          <DataTable caption={`Bijdragen met status “${STATUS_INFO[q.status].label}”`} columns={['Titel', 'Soort', 'Ingestuurd', 'E-mail']}>
            {q.items.map((c) => (
              <tr>
                <td>
                  <a href={`/beheer/bijdragen/${c.id}`}>{c.title}</a>
                </td>
                <td>{KIND_INFO[c.kind].label}</td>
                <td>
                  <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
                </td>
                <td>{c.hasEmail ? 'ja' : 'nee'}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={q.page} pageCount={q.pageCount} hrefFor={(p) => withQuery('/beheer/bijdragen', { status: q.status, pagina: p })} />
      </AdminLayout>
    ));
  });

  async function contributionPage(request: FastifyRequest, reply: FastifyReply, c: Contribution, state: PageState, status = 200) {
    const csrf = request.csrfToken();
    const open = c.status === 'new' || c.status === 'question';
    const info = KIND_INFO[c.kind];
    const edit = state.edit ?? { title: c.title, body: c.body, details: c.details };
    const e = state.errors ?? {};
    const [audiences, themes] = open && c.kind !== 'correction' ? await Promise.all([content.listAudiences(db), content.listThemes(db)]) : [[], []];
    const accept = state.accept ?? contributions.acceptDefaults(c);
    const into = contributions.acceptsInto(c.kind);
    const organisations = open && into === 'service' ? (await directory.listOrganizationCards(db, { drafts: true })).sort((a, b) => a.name.localeCompare(b.name, 'nl')) : [];
    const themeOptions = themes.flatMap((t) => [{ value: t.slug, label: t.name }, ...t.children.map((ch) => ({ value: ch.slug, label: ch.name, depth: 1 }))]);
    const errorsOf = (form: PageState['form']) => (state.form === form ? e : {});
    return reply.html(
      () => (
        <AdminLayout title={`Bijdrage: ${c.title}`} {...adminFrame(request, '/beheer/bijdragen')} flash={state.flash}>
          <p>
            <a href={withQuery('/beheer/bijdragen', { status: c.status })}>Terug naar de lijst</a>
          </p>
          <h1>{c.title}</h1>
          {state.warning ? (
            <div class="notice notice-warning" role="alert">
              <p>{state.warning}</p>
            </div>
          ) : null}
          <ErrorSummary errors={e} message={state.message} />
          <dl class="details">
            <dt>Soort</dt>
            <dd>{info.label}</dd>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={c.status} />
            </dd>
            <dt>Ingestuurd</dt>
            <dd>
              <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
            </dd>
            <dt>Indiener</dt>
            <dd>{c.contactErasedAt ? 'contactgegevens gewist' : [c.name, c.email].filter(Boolean).join(', ') || 'anoniem'}</dd>
            {c.details.aboutPath ? (
              <>
                <dt>Over de pagina</dt>
                <dd>
                  <a href={c.details.aboutPath}>{c.details.aboutTitle || c.details.aboutPath}</a>
                </dd>
              </>
            ) : null}
            {c.file ? (
              <>
                <dt>Bestand</dt>
                <dd>
                  <a href={`/beheer/bijdragen/${c.id}/bestand`}>{c.file.name}</a> ({Math.ceil(c.file.size / 1024)} kB)
                </dd>
              </>
            ) : null}
            {c.record ? (
              <>
                <dt>Gemaakt</dt>
                <dd>
                  <a href={c.record.url}>{RECORD_LABELS[c.record.type] ? `${RECORD_LABELS[c.record.type]} ${c.record.type === 'service' ? '' : c.record.id} (klad)`.replace('  ', ' ') : c.record.id}</a>
                </dd>
              </>
            ) : null}
          </dl>

          {c.messages.length ? (
            <section aria-labelledby="kop-berichten">
              <h2 id="kop-berichten">Berichten</h2>
              <ol class="messages">
                {c.messages.map((m) => (
                  <li>
                    <p class="meta">
                      <time dateTime={m.createdAt}>{formatDate(m.createdAt)}</time> · {MESSAGE_LABELS[m.kind]}
                      {m.kind === 'reply' ? '' : m.mailed ? ' · gemaild' : ' · niet gemaild'}
                    </p>
                    <p>{m.body}</p>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {open ? (
            <>
              <section aria-labelledby="kop-bewerken">
                <h2 id="kop-bewerken">Lezen en bewerken</h2>
                <form method="post" action={`/beheer/bijdragen/${c.id}`} class="stack">
                  <CsrfField token={csrf} />
                  <TextField name="title" label={info.titleLabel} value={edit.title} error={errorsOf('edit').title} required maxLength={contributions.MAX_TITLE} />
                  <TextArea name="body" label={info.bodyLabel} value={edit.body} error={errorsOf('edit').body} rows={8} required maxLength={contributions.MAX_BODY} />
                  {info.fields.map((f) =>
                    f.options ? (
                      <Select name={`d_${f.key}`} label={f.label} value={edit.details[f.key] ?? f.options[0]!.value} error={errorsOf('edit')[`d_${f.key}`]} options={f.options} />
                    ) : f.long ? (
                      <TextArea name={`d_${f.key}`} label={f.label} value={edit.details[f.key]} error={errorsOf('edit')[`d_${f.key}`]} rows={3} />
                    ) : (
                      <TextField name={`d_${f.key}`} label={f.label} value={edit.details[f.key]} error={errorsOf('edit')[`d_${f.key}`]} />
                    ),
                  )}
                  <button type="submit">Wijzigingen opslaan</button>
                </form>
              </section>

              <section aria-labelledby="kop-vraag">
                <h2 id="kop-vraag">Een vraag stellen</h2>
                {c.email ? (
                  <form method="post" action={`/beheer/bijdragen/${c.id}/vraag`} class="stack">
                    <CsrfField token={csrf} />
                    <TextArea name="question" label="Je vraag aan de indiener" value={state.question} error={errorsOf('question').question} rows={4} hint="We mailen je vraag en tonen ze op de statuspagina van de indiener." />
                    <button type="submit">Vraag mailen</button>
                  </form>
                ) : (
                  <p>De indiener gaf geen e-mailadres: je kan geen vraag stellen.</p>
                )}
              </section>

              <section aria-labelledby="kop-aanvaarden">
                <h2 id="kop-aanvaarden">Aanvaarden</h2>
                <form method="post" action={`/beheer/bijdragen/${c.id}/aanvaard`} class="stack">
                  <CsrfField token={csrf} />
                  {c.kind === 'correction' ? (
                    <p>Pas de pagina zelf aan; met deze knop zet je de melding op “aanvaard” en krijgt de indiener een mail.</p>
                  ) : (
                    <>
                      {into === 'activity' ? (
                        <p>Er komt een nieuwe activiteit in klad, met de naam, de tekst, de datum, het uur en de plaats van deze bijdrage. Vul ze daarna aan in de activiteiten en publiceer ze: tot dan staat ze nergens op de site.</p>
                      ) : into === 'service' ? (
                        <p>Er komt nieuw aanbod in klad in de gids, met de naam, de tekst, de website, het telefoonnummer en de gemeente van deze bijdrage. Vul het daarna aan en publiceer het: tot dan staat het nergens op de site.</p>
                      ) : (
                        <p>Er komt een nieuw item in klad, met de tekst en de gegevens van deze bijdrage.</p>
                      )}
                      {into === 'item' ? (
                        <Select
                          name="itemType"
                          label="Soort item"
                          value={accept.itemType}
                          error={errorsOf('accept').itemType}
                          options={content.ITEM_TYPES.map((t) => ({ value: t, label: content.TYPE_INFO[t].label }))}
                        />
                      ) : null}
                      {into === 'service' ? (
                        <Select
                          name="organisationId"
                          label="Van welke organisatie?"
                          value={accept.organisationId ?? ''}
                          error={errorsOf('accept').organisationId}
                          hint="Staat de organisatie al in de gids? Kies ze. Anders komt er een nieuwe organisatie in klad met dezelfde naam."
                          options={[{ value: '', label: 'Nieuwe organisatie (klad)' }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
                        />
                      ) : null}
                      <TextField name="itemTitle" label={into === 'activity' ? 'Titel van de activiteit' : into === 'service' ? 'Naam van het aanbod' : 'Titel van het item'} value={accept.title} error={errorsOf('accept').itemTitle} required maxLength={300} />
                      {into === 'service' ? null : <TextField name="itemSlug" label="Slug (adres)" value={accept.slug} error={errorsOf('accept').itemSlug} required maxLength={200} hint="Kleine letters, cijfers en koppeltekens." />}
                      <TextArea name="itemSummary" label="Samenvatting" value={accept.summary} error={errorsOf('accept').itemSummary} rows={3} required maxLength={1000} />
                      {into === 'service' ? null : <CheckboxGroup name="audiences" label="Doelgroepen" values={accept.audiences} error={errorsOf('accept').audiences} options={audiences.map((a) => ({ value: a.slug, label: a.name }))} />}
                      {into === 'item' ? <CheckboxGroup name="themes" label="Thema's" values={accept.themes} error={errorsOf('accept').themes} options={themeOptions} /> : null}
                    </>
                  )}
                  <button type="submit">Aanvaarden</button>
                </form>
              </section>

              <section aria-labelledby="kop-weigeren">
                <h2 id="kop-weigeren">Weigeren</h2>
                <form method="post" action={`/beheer/bijdragen/${c.id}/weiger`} class="stack">
                  <CsrfField token={csrf} />
                  <TextArea name="reason" label="Waarom nemen we ze niet op?" value={state.reason} error={errorsOf('decline').reason} rows={4} required hint="De indiener leest deze reden in de mail en op de statuspagina." />
                  <button type="submit">Weigeren</button>
                </form>
              </section>
            </>
          ) : (
            <>
              <h2>Tekst</h2>
              {c.body.split(/\n\s*\n/).map((p) => (
                <p>{p}</p>
              ))}
              {info.fields.filter((f) => c.details[f.key]).length ? (
                <dl class="details">
                  {info.fields
                    .filter((f) => c.details[f.key])
                    .map((f) => (
                      <>
                        <dt>{f.label}</dt>
                        <dd>{f.options?.find((o) => o.value === c.details[f.key])?.label ?? c.details[f.key]}</dd>
                      </>
                    ))}
                </dl>
              ) : null}
            </>
          )}
        </AdminLayout>
      ),
      { status },
    );
  }

  /** A refused input comes back in its form; anything else keeps the form with its content and says nothing was saved. */
  function failure(request: FastifyRequest, err: unknown): Pick<PageState, 'errors' | 'message' | 'warning'> {
    if (err instanceof AppError && err.status < 500 && err.status !== 404) return { errors: err.fields, message: err.fields ? undefined : err.message };
    if (err instanceof AppError && err.status === 404) throw err;
    request.log.error({ err }, 'moderation action failed');
    return { warning: 'Er ging iets mis: er is niets opgeslagen. Je tekst staat hieronder nog; probeer het opnieuw.' };
  }
  const statusOf = (state: Pick<PageState, 'warning'>) => (state.warning ? 500 : 400);

  r.get('/beheer/bijdragen/:id', { schema: { params: IdParams, querystring: FlashQuery }, onRequest: moderate }, async (request, reply) => {
    const c = await contributions.getContribution(db, request.params.id);
    return contributionPage(request, reply, c, { flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.get('/beheer/bijdragen/:id/bestand', { schema: { params: IdParams }, onRequest: moderate }, async (request, reply) => {
    const file = await contributions.getContributionFile(db, request.params.id, { dataDir: env.dataDir });
    return reply
      .header('content-type', file.type)
      .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .send(fs.createReadStream(file.path));
  });

  r.post('/beheer/bijdragen/:id', { schema: { params: IdParams, body: EditBody }, onRequest: moderate }, async (request, reply) => {
    const c = await contributions.getContribution(db, request.params.id);
    const details: Record<string, string> = {};
    for (const f of KIND_INFO[c.kind].fields) details[f.key] = String((request.body as Record<string, unknown>)[`d_${f.key}`] ?? '');
    const edit = { title: request.body.title, body: request.body.body, details };
    try {
      await contributions.editContribution(db, actor(request), c.id, edit);
    } catch (err) {
      const state = failure(request, err);
      return contributionPage(request, reply, c, { ...state, form: 'edit', edit }, statusOf(state));
    }
    return reply.redirect(`/beheer/bijdragen/${c.id}?gelukt=opgeslagen`, 303);
  });

  r.post('/beheer/bijdragen/:id/vraag', { schema: { params: IdParams, body: QuestionBody }, onRequest: moderate }, async (request, reply) => {
    const c = await contributions.getContribution(db, request.params.id);
    let mailed: boolean;
    try {
      ({ mailed } = await contributions.askQuestion(db, env, actor(request), c.id, request.body.question));
    } catch (err) {
      const state = failure(request, err);
      return contributionPage(request, reply, c, { ...state, form: 'question', question: request.body.question }, statusOf(state));
    }
    return reply.redirect(`/beheer/bijdragen/${c.id}?gelukt=${mailed ? 'vraag' : MAIL_FAILED}`, 303);
  });

  r.post('/beheer/bijdragen/:id/aanvaard', { schema: { params: IdParams, body: AcceptBody }, onRequest: moderate }, async (request, reply) => {
    const c = await contributions.getContribution(db, request.params.id);
    const b = request.body;
    const accept: AcceptInput = { itemType: b.itemType ?? '', organisationId: b.organisationId ?? '', slug: b.itemSlug ?? '', title: b.itemTitle ?? '', summary: b.itemSummary ?? '', audiences: b.audiences ?? [], themes: b.themes ?? [] };
    let mailed: boolean;
    try {
      ({ mailed } = await contributions.acceptContribution(db, env, actor(request), c.id, c.kind === 'correction' ? null : accept));
    } catch (err) {
      const state = failure(request, err);
      // The item's fields have their own names on this page (the edit form has a title too).
      const errors = state.errors && Object.fromEntries(Object.entries(state.errors).map(([k, v]) => [ACCEPT_FIELDS[k] ?? k, v]));
      return contributionPage(request, reply, c, { ...state, errors, form: 'accept', accept }, statusOf(state));
    }
    return reply.redirect(`/beheer/bijdragen/${c.id}?gelukt=${mailed || !c.email ? 'aanvaard' : MAIL_FAILED}`, 303);
  });

  r.post('/beheer/bijdragen/:id/weiger', { schema: { params: IdParams, body: DeclineBody }, onRequest: moderate }, async (request, reply) => {
    const c = await contributions.getContribution(db, request.params.id);
    let mailed: boolean;
    try {
      ({ mailed } = await contributions.declineContribution(db, env, actor(request), c.id, request.body.reason));
    } catch (err) {
      const state = failure(request, err);
      return contributionPage(request, reply, c, { ...state, form: 'decline', reason: request.body.reason }, statusOf(state));
    }
    return reply.redirect(`/beheer/bijdragen/${c.id}?gelukt=${mailed || !c.email ? 'geweigerd' : MAIL_FAILED}`, 303);
  });
}
