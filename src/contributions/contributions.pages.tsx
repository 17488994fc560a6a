/**
 * Public pages of "Doe je mee?": the explanation at /doe-mee, one form per kind (no account, no cookie),
 * the correction form that "Klopt er iets niet?" links to, and the private status page. A form that is
 * refused (bad input, spam rules, rate limit, a failure on our side) comes back with everything typed in it.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { Layout } from '../web/layout.js';
import { Notice } from '../web/components.js';
import { Checkbox, CsrfField, ErrorSummary, Select, TextArea, TextField, type FieldErrors } from '../web/forms.js';
import { csrfFieldOf, CsrfError, formTokenAge } from '../web/csrf.js';
import { RATE_LIMITS } from '../web/web.plugin.js';
import { formatDate } from '../web/render.js';
import * as contributions from './contributions.service.js';
import { CONTRIBUTION_KINDS, CORRECTABLE_PATH, KIND_INFO, MESSAGE_LABELS, STATUS_INFO, kindFromSlug, type ContributionKind } from './contributions.model.js';
import { KindParams, KindQuery, ReplyBody, StatusQuery, TokenParams } from './contributions.schemas.js';

export interface ContributionPagesOptions {
  db: Db;
  baseUrl: string;
  env: contributions.ContributionEnv;
  uploadMaxMb: number;
  /** days after handling before the submitter's contact details are erased (said next to the consent box) */
  retentionDays: number;
}

/** The form id its anonymous CSRF token is bound to (also the signed time stamp of the minimum fill time). */
export const FORM_ID = 'contribution';
/** The honeypot: hidden from people (display: none), a robot fills it in. */
export const HONEYPOT_FIELD = 'website_url';
/** The submitter's answer to an editor's question, on the status page. */
const REPLY_FORM_ID = 'contribution-reply';

/** What a form shows: the values typed (as text), by field name. */
type FormValues = Record<string, string>;

interface FormState {
  values: FormValues;
  errors?: FieldErrors;
  message?: string;
  /** a failure that is not the visitor's doing, or a spam stop: shown as a warning above the form */
  warning?: string;
}

/** Multipart ({ value } objects) or urlencoded body → text values and the file, if one was chosen. */
function readBody(body: unknown): { values: FormValues; file: { name: string; data: Buffer; truncated: boolean } | null } {
  const values: FormValues = {};
  let file: { name: string; data: Buffer; truncated: boolean } | null = null;
  if (!body || typeof body !== 'object') return { values, file };
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    const one = Array.isArray(raw) ? raw[0] : raw;
    if (one && typeof one === 'object' && (one as { type?: string }).type === 'file') {
      const f = one as { filename?: string; _buf?: Buffer | null; file?: { truncated?: boolean } };
      if (key === 'file' && f.filename && f._buf && f._buf.length > 0) file = { name: f.filename, data: f._buf, truncated: Boolean(f.file?.truncated) };
      continue;
    }
    const v = one && typeof one === 'object' && 'value' in one ? (one as { value: unknown }).value : one;
    if (typeof v === 'string') values[key] = v.slice(0, 50_000);
  }
  return { values, file };
}

function inputOf(kind: ContributionKind, values: FormValues, file: ReturnType<typeof readBody>['file']): contributions.ContributionInput {
  const details: Record<string, string> = {};
  for (const f of KIND_INFO[kind].fields) if (values[`d_${f.key}`]) details[f.key] = values[`d_${f.key}`]!;
  if (kind === 'correction') {
    details.aboutPath = values.aboutPath ?? '';
    details.aboutTitle = values.aboutTitle ?? '';
  }
  return { kind, title: values.title ?? '', body: values.body ?? '', details, name: values.name ?? '', email: values.email ?? '', consent: values.consent === 'ja', file };
}

export function ContributionForm(props: { kind: ContributionKind; csrf: string; state: FormState; uploadMaxMb: number; retentionDays: number }) {
  const { kind, state } = props;
  const info = KIND_INFO[kind];
  const v = state.values;
  const e = state.errors ?? {};
  const aboutPath = v.aboutPath && CORRECTABLE_PATH.test(v.aboutPath) ? v.aboutPath : '';
  return (
    <form method="post" action={`/doe-mee/${info.slug}`} class="stack" enctype={kind === 'info' ? 'multipart/form-data' : undefined} novalidate>
      <CsrfField token={props.csrf} />
      {kind === 'correction' ? (
        aboutPath ? (
          <p>
            Over de pagina: <a href={aboutPath}>{v.aboutTitle || aboutPath}</a>
            <input type="hidden" name="aboutPath" value={aboutPath} />
            <input type="hidden" name="aboutTitle" value={v.aboutTitle ?? ''} />
          </p>
        ) : (
          <p class="hint">Gaat het over een bepaalde pagina? Zet het adres van die pagina dan in je tekst.</p>
        )
      ) : null}
      <TextField name="title" label={info.titleLabel} value={v.title} error={e.title} required maxLength={contributions.MAX_TITLE} />
      <TextArea name="body" label={info.bodyLabel} value={v.body} error={e.body} required rows={6} maxLength={contributions.MAX_BODY} />
      {info.fields.map((f) =>
        f.options ? (
          <Select name={`d_${f.key}`} label={f.label} value={v[`d_${f.key}`] ?? f.options[0]!.value} error={e[`d_${f.key}`]} options={f.options} />
        ) : f.long ? (
          <TextArea name={`d_${f.key}`} label={`${f.label} (niet verplicht)`} value={v[`d_${f.key}`]} error={e[`d_${f.key}`]} rows={3} maxLength={contributions.MAX_FIELD} hint={f.hint} />
        ) : (
          <TextField name={`d_${f.key}`} label={`${f.label} (niet verplicht)`} type={f.type ?? 'text'} value={v[`d_${f.key}`]} error={e[`d_${f.key}`]} maxLength={contributions.MAX_FIELD} hint={f.hint} />
        ),
      )}
      {kind === 'info' ? (
        <TextField
          name="file"
          label="Bestand (niet verplicht)"
          type="file"
          error={e.file}
          hint={`PDF, Word (docx), OpenDocument-tekst (odt), Excel (xlsx), PNG, JPEG of WebP; hoogstens ${props.uploadMaxMb} MB.${v.title ? ' Kies het bestand opnieuw als je er een meestuurde.' : ''}`}
        />
      ) : null}
      <fieldset class="contact">
        <legend>Wie ben je? (niet verplicht)</legend>
        <p class="hint">Met je e-mailadres kunnen we je een vraag stellen en laten weten wat we met je bijdrage doen.</p>
        <TextField name="name" label="Je naam" value={v.name} error={e.name} maxLength={200} autocomplete="name" />
        <TextField name="email" label="Je e-mailadres" type="email" value={v.email} error={e.email} maxLength={254} autocomplete="email" />
        <Checkbox
          name="consent"
          value="ja"
          checked={v.consent === 'ja'}
          error={e.consent}
          label={`Jullie mogen mijn naam en e-mailadres bewaren om over deze bijdrage contact met mij op te nemen. Jullie wissen ze ${props.retentionDays} dagen nadat mijn bijdrage behandeld is.`}
        />
        <p class="hint">
          Lees <a href="/privacy">wat we bewaren en hoe lang</a>.
        </p>
      </fieldset>
      <div class="hp-field">
        <label for="f-hp">Laat dit veld leeg</label>
        <input id="f-hp" name={HONEYPOT_FIELD} type="text" value={v[HONEYPOT_FIELD] ?? ''} tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit">Verstuur je bijdrage</button>
    </form>
  );
}

export async function registerContributionPages(app: FastifyInstance, options: ContributionPagesOptions): Promise<void> {
  const { db, baseUrl, env } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const crumbs = [{ label: 'Start', href: '/' }];

  r.get('/doe-mee', async (_request, reply) =>
    reply.html(() => (
      <Layout title="Doe je mee?" path="/doe-mee" baseUrl={baseUrl} breadcrumbs={crumbs} description="Deel je kennis over mantelzorg: informatie, activiteiten, goede praktijken en organisaties. Je hebt geen account nodig.">
        <h1>Doe je mee?</h1>
        <p class="lead">Weet jij iets wat andere mantelzorgers of hulpverleners moeten weten? Deel het met ons. Zo wordt de kennis over mantelzorg beter voor iedereen.</p>
        <h2>Hoe gaat het?</h2>
        <ol>
          <li>Kies hieronder wat je wil delen en vul het formulier in. Je hebt geen account nodig.</li>
          <li>Een redacteur leest je bijdrage. Soms stellen we je eerst een vraag.</li>
          <li>We beslissen of we je bijdrage gebruiken. Als je je e-mailadres gaf, krijg je een mail met een persoonlijke link. Daar zie je altijd hoe het met je bijdrage staat.</li>
        </ol>
        <p>Je naam en e-mailadres zijn niet verplicht. Lees <a href="/privacy">wat we bewaren en hoe lang</a>.</p>
        <h2>Wat wil je delen?</h2>
        <ul class="card-list">
          {CONTRIBUTION_KINDS.filter((k) => k !== 'correction').map((k) => (
            <li class="card">
              <h3>
                <a href={`/doe-mee/${KIND_INFO[k].slug}`}>{KIND_INFO[k].heading}</a>
              </h3>
              <p>{KIND_INFO[k].intro}</p>
            </li>
          ))}
        </ul>
        <h2>Klopt er iets niet?</h2>
        <p>
          Zag je een fout op onze site? Onderaan elke pagina over een onderwerp, een activiteit, een organisatie of een dienst staat de link “Klopt er iets niet?”. Je kan ook
          meteen <a href="/doe-mee/correctie">het formulier voor een fout of een wijziging</a> invullen.
        </p>
      </Layout>
    )),
  );

  async function formPage(request: FastifyRequest, reply: FastifyReply, kind: ContributionKind, state: FormState, status = 200) {
    const info = KIND_INFO[kind];
    const path = `/doe-mee/${info.slug}`;
    return reply.html(
      () => (
        <Layout title={info.heading} path={path} baseUrl={baseUrl} breadcrumbs={[...crumbs, { label: 'Doe je mee?', href: '/doe-mee' }]} description={info.intro} noindex={status !== 200}>
          <h1>{info.heading}</h1>
          <p class="lead">{info.intro}</p>
          {state.warning ? (
            <div class="notice notice-warning" role="alert">
              <p>{state.warning}</p>
            </div>
          ) : null}
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          <ContributionForm kind={kind} csrf={request.csrfToken(FORM_ID)} state={state} uploadMaxMb={options.uploadMaxMb} retentionDays={options.retentionDays} />
        </Layout>
      ),
      // A form page with a fresh token (and the time stamp the fill time is measured from) is never cached.
      { status, cache: false },
    );
  }

  r.get('/doe-mee/:soort', { schema: { params: KindParams, querystring: KindQuery } }, async (request, reply) => {
    const kind = kindFromSlug(request.params.soort)!;
    const values: FormValues = {};
    if (kind === 'correction' && request.query.over && CORRECTABLE_PATH.test(request.query.over)) {
      values.aboutPath = request.query.over;
      values.aboutTitle = request.query.titel ?? '';
      values.title = request.query.titel ? `Fout op “${request.query.titel}”`.slice(0, contributions.MAX_TITLE) : '';
    }
    return formPage(request, reply, kind, { values });
  });

  // Multipart only on these routes (the information form may carry a file). Their own error handler
  // gives a form that was stopped by the rate limit its input back; every other error goes to the site's handler.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: true,
      throwFileSizeLimit: false,
      limits: { fileSize: options.uploadMaxMb * 1024 * 1024, files: 1, fields: 40, fieldSize: 64 * 1024 },
    });
    scope.setErrorHandler(async (error: FastifyError, request, reply) => {
      const kind = kindFromSlug((request.params as { soort?: string } | undefined)?.soort ?? '');
      if (error.statusCode === 429 && kind) {
        const { values } = readBody(request.body);
        return formPage(
          request,
          reply,
          kind,
          { values, warning: 'We hebben je bijdrage niet bewaard: van jouw internetadres kwamen kort na elkaar te veel bijdragen. Wacht tien minuten en verstuur dan opnieuw. Je tekst staat hieronder nog.' },
          429,
        );
      }
      // A form left open for hours has an expired token: show it again, with a fresh one, rather than lose it.
      if (error instanceof CsrfError && kind) {
        const { values } = readBody(request.body);
        return formPage(request, reply, kind, { values, warning: 'We hebben je bijdrage niet bewaard: het formulier stond te lang open. Je tekst staat hieronder nog; kijk hem na en verstuur opnieuw.' }, 403);
      }
      throw error;
    });
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/doe-mee/:soort',
      { schema: { params: KindParams }, config: { csrf: { form: FORM_ID }, rateLimit: { ...RATE_LIMITS.publicForm, hook: 'preHandler' } } },
      async (request, reply) => {
        const kind = kindFromSlug(request.params.soort)!;
        const { values, file } = readBody(request.body);
        try {
          const { token } = await contributions.submitContribution(db, env, inputOf(kind, values, file), {
            ip: request.ip,
            spam: { honeypot: values[HONEYPOT_FIELD] ?? '', formAgeSeconds: formTokenAge(csrfFieldOf(request.body)) },
          });
          return reply.redirect(`/doe-mee/status/${token}?nieuw=ja`, 303);
        } catch (err) {
          if (err instanceof contributions.SpamError) return formPage(request, reply, kind, { values, warning: err.message }, 400);
          if (err instanceof AppError && err.status === 400) return formPage(request, reply, kind, { values, errors: err.fields, message: err.fields ? undefined : err.message }, 400);
          if (err instanceof AppError && err.status === 507) return formPage(request, reply, kind, { values, errors: { file: err.message } }, 507);
          // Nothing typed is lost: the form comes back with its content, and says what happened.
          request.log.error({ err }, 'contribution not saved');
          return formPage(
            request,
            reply,
            kind,
            { values, warning: 'Er ging bij ons iets mis: je bijdrage is NIET bewaard. Je tekst staat hieronder nog. Probeer het over enkele minuten opnieuw, of kopieer je tekst en bewaar hem even.' },
            500,
          );
        }
      },
    );
  });

  async function statusPage(request: FastifyRequest, reply: FastifyReply, token: string, state: { fresh?: boolean; replied?: boolean; reply?: string; errors?: FieldErrors; message?: string }, status = 200) {
    const view = await contributions.getStatusByToken(db, token);
    // A private page: not cached anywhere, and its address is not passed on to other sites.
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
    const info = STATUS_INFO[view.status];
    return reply.html(
      () => (
        <Layout title="Je bijdrage" path="/doe-mee/status" baseUrl={baseUrl} breadcrumbs={[...crumbs, { label: 'Doe je mee?', href: '/doe-mee' }]} noindex>
          <h1>{state.fresh ? 'Dank je wel voor je bijdrage' : 'Je bijdrage'}</h1>
          {state.fresh ? (
            <Notice>
              <p>We hebben je bijdrage goed ontvangen. Als je een e-mailadres gaf, krijg je zo een mail met de link naar deze pagina.</p>
              <p>Bewaar de link van deze pagina: hier zie je altijd hoe het met je bijdrage staat. Geef de link aan niemand door.</p>
            </Notice>
          ) : null}
          {state.replied ? (
            <div class="notice" role="status">
              <p>Dank je wel, we hebben je antwoord ontvangen.</p>
            </div>
          ) : null}
          <dl class="details">
            <dt>Soort</dt>
            <dd>{KIND_INFO[view.kind].label}</dd>
            <dt>Titel</dt>
            <dd>{view.title}</dd>
            <dt>Ingestuurd op</dt>
            <dd>
              <time dateTime={view.createdAt}>{formatDate(view.createdAt)}</time>
            </dd>
            <dt>Status</dt>
            <dd>
              <strong class="contribution-status">{info.label}</strong>
            </dd>
          </dl>
          <p>{info.explanation}</p>
          {view.messages.length ? (
            <section aria-labelledby="kop-berichten">
              <h2 id="kop-berichten">Berichten</h2>
              <ol class="messages">
                {view.messages.map((m) => (
                  <li>
                    <p class="meta">
                      <time dateTime={m.createdAt}>{formatDate(m.createdAt)}</time> · {m.kind === 'reply' ? 'Jouw antwoord' : MESSAGE_LABELS[m.kind]}
                    </p>
                    {m.body.split(/\n\s*\n/).map((p) => (
                      <p>{p}</p>
                    ))}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {view.status === 'question' ? (
            <section aria-labelledby="kop-antwoord">
              <h2 id="kop-antwoord">Antwoorden</h2>
              <ErrorSummary errors={state.errors ?? {}} message={state.message} />
              <form method="post" action={`/doe-mee/status/${token}`} class="stack">
                <CsrfField token={request.csrfToken(REPLY_FORM_ID)} />
                <TextArea name="reply" label="Je antwoord op de vraag" value={state.reply} error={state.errors?.reply} rows={5} required maxLength={5000} />
                <button type="submit">Verstuur je antwoord</button>
              </form>
            </section>
          ) : null}
          <p>
            <a href="/doe-mee">Nog iets delen?</a>
          </p>
        </Layout>
      ),
      { status, cache: false },
    );
  }

  r.get('/doe-mee/status/:token', { schema: { params: TokenParams, querystring: StatusQuery } }, async (request, reply) =>
    statusPage(request, reply, request.params.token, { fresh: request.query.nieuw === 'ja', replied: request.query.nieuw === 'antwoord' }),
  );

  r.post(
    '/doe-mee/status/:token',
    { schema: { params: TokenParams, body: ReplyBody }, config: { csrf: { form: REPLY_FORM_ID }, rateLimit: RATE_LIMITS.publicForm } },
    async (request, reply) => {
      const { token } = request.params;
      try {
        await contributions.replyToQuestion(db, token, request.body.reply);
      } catch (err) {
        if (err instanceof AppError && err.status === 400) return statusPage(request, reply, token, { reply: request.body.reply, errors: err.fields, message: err.fields ? undefined : err.message }, 400);
        throw err;
      }
      return reply.redirect(`/doe-mee/status/${token}?nieuw=antwoord`, 303);
    },
  );
}
