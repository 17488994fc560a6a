/**
 * /nieuwsbrief: subscribe (no cookie: the form's CSRF token is signed and time-stamped), confirm,
 * preferences and unsubscribe by the subscriber's private link, and the archive of editions.
 * POST /nieuwsbrief/uitschrijven/<token> is the RFC 8058 one-click endpoint: the token is the
 * authentication, so it needs no CSRF token or cookie.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { Layout } from '../web/layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, formFailure, Select, TextField, type FieldErrors } from '../web/forms.js';
import { formatDate, isoDate } from '../web/render.js';
import { RATE_LIMITS } from '../web/web.plugin.js';
import * as newsletter from './newsletter.service.js';
import { entryWhen, Paragraphs } from './newsletter.mail.js';
import { PreferencesBody, SlugParams, SubscribeBody, TokenParams, UnsubscribeBody } from './newsletter.schemas.js';

const CRUMBS = [{ label: 'Start', href: '/' }];
const NL_CRUMBS = [...CRUMBS, { label: 'Nieuwsbrief', href: '/nieuwsbrief' }];

function privateReply(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').header('referrer-policy', 'no-referrer');
}

function InterestFields(props: { options: newsletter.InterestOptions; values: newsletter.InterestsInput; errors: FieldErrors }) {
  return (
    <>
      <CheckboxGroup
        name="audiences"
        label="Voor wie?"
        hint="Kies niets als alles je interesseert."
        options={props.options.audiences}
        values={props.values.audiences ?? []}
        error={props.errors.audiences}
      />
      <CheckboxGroup name="themes" label="Over welke thema's?" hint="Kies niets als alles je interesseert." options={props.options.themes} values={props.values.themes ?? []} error={props.errors.themes} />
      <Select
        name="region"
        label="Activiteiten in welke buurt?"
        hint="We sturen vooral activiteiten in deze provincie of gemeente."
        options={props.options.regions}
        value={props.values.region ?? ''}
        error={props.errors.region}
      />
    </>
  );
}

export async function registerNewsletterPages(app: FastifyInstance, options: { db: Db; baseUrl: string; env: newsletter.MailEnv }): Promise<void> {
  const { db, baseUrl, env } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  async function subscribePage(reply: FastifyReply, csrf: string, state: { values?: SubscribeBody; errors?: FieldErrors; message?: string }, status = 200) {
    const opts = await newsletter.interestOptions(db);
    const values = state.values ?? {};
    return reply.html(
      () => (
        <Layout title="Nieuwsbrief" path="/nieuwsbrief" baseUrl={baseUrl} breadcrumbs={CRUMBS} description="Schrijf je in op de nieuwsbrief: nieuwe informatie en activiteiten over mantelzorg in je mailbox.">
          <h1>Nieuwsbrief</h1>
          <p class="lead">Wil je weten wat er nieuw is? Schrijf je in. Je kiest zelf waarover je iets wilt lezen.</p>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          <form method="post" action="/nieuwsbrief" class="stack" novalidate>
            <CsrfField token={csrf} />
            <TextField name="email" label="Je e-mailadres" type="email" autocomplete="email" required maxLength={254} value={values.email} error={state.errors?.email} />
            <InterestFields options={opts} values={values} errors={state.errors ?? {}} />
            <p>
              We gebruiken je e-mailadres alleen voor de nieuwsbrief. Je krijgt eerst een mail om je inschrijving te bevestigen. In elke mail staat een link om je
              uit te schrijven. Lees meer in onze <a href="/privacy">privacyverklaring</a>.
            </p>
            <button type="submit">Inschrijven</button>
          </form>
          <p>
            <a href="/nieuwsbrief/archief">Lees de vorige nieuwsbrieven</a>
          </p>
        </Layout>
      ),
      { status, cache: false },
    );
  }

  r.get('/nieuwsbrief', async (request, reply) => subscribePage(reply, request.csrfToken('newsletter'), {}));

  r.post(
    '/nieuwsbrief',
    { schema: { body: SubscribeBody }, config: { csrf: { form: 'newsletter' }, rateLimit: RATE_LIMITS.publicForm } },
    async (request, reply) => {
      try {
        await newsletter.subscribe(db, env, { email: request.body.email ?? '', audiences: request.body.audiences, themes: request.body.themes, region: request.body.region });
      } catch (err) {
        return subscribePage(reply, request.csrfToken('newsletter'), { ...formFailure(err), values: request.body }, 400);
      }
      return reply.redirect('/nieuwsbrief/bijna-klaar', 303);
    },
  );

  r.get('/nieuwsbrief/bijna-klaar', async (_request, reply) =>
    reply.html(() => (
      <Layout title="Kijk in je mailbox" path="/nieuwsbrief/bijna-klaar" baseUrl={baseUrl} breadcrumbs={NL_CRUMBS} noindex>
        <h1>Kijk in je mailbox</h1>
        <p>We stuurden je een mail. Klik op de link in die mail om je inschrijving te bevestigen. Pas dan krijg je de nieuwsbrief.</p>
        <p>Geen mail gekregen? Kijk ook bij je ongewenste mail (spam). Of schrijf je opnieuw in.</p>
      </Layout>
    )),
  );

  r.get('/nieuwsbrief/bevestigen/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    const subscriber = await newsletter.findByToken(db, request.params.token);
    return privateReply(reply).html(
      () => (
        <Layout title="Bevestig je inschrijving" path="/nieuwsbrief/bevestigen" baseUrl={baseUrl} breadcrumbs={NL_CRUMBS} noindex>
          <h1>Bevestig je inschrijving</h1>
          {subscriber.status === 'confirmed' ? (
            <p>Je inschrijving is al bevestigd.</p>
          ) : (
            <form method="post" action={`/nieuwsbrief/bevestigen/${request.params.token}`}>
              <p>Wil je de nieuwsbrief ontvangen op {subscriber.email}?</p>
              <button type="submit">Ja, ik wil de nieuwsbrief</button>
            </form>
          )}
          <p>
            <a href={`/nieuwsbrief/voorkeuren/${request.params.token}`}>Kies wat je wilt ontvangen</a>
          </p>
        </Layout>
      ),
      { cache: false },
    );
  });

  r.post('/nieuwsbrief/bevestigen/:token', { schema: { params: TokenParams }, config: { csrf: false, rateLimit: RATE_LIMITS.publicForm } }, async (request, reply) => {
    await newsletter.confirm(db, request.params.token);
    return reply.redirect(`/nieuwsbrief/voorkeuren/${request.params.token}?gelukt=bevestigd`, 303);
  });

  async function preferencesPage(reply: FastifyReply, token: string, state: { values?: newsletter.InterestsInput; errors?: FieldErrors; message?: string; flash?: string }, status = 200) {
    const subscriber = await newsletter.findByToken(db, token);
    const opts = await newsletter.interestOptions(db);
    const values: newsletter.InterestsInput = state.values ?? { audiences: subscriber.audiences, themes: subscriber.themes, region: subscriber.region ?? undefined };
    return privateReply(reply).html(
      () => (
        <Layout title="Je nieuwsbrief" path="/nieuwsbrief/voorkeuren" baseUrl={baseUrl} breadcrumbs={NL_CRUMBS} noindex>
          <h1>Je nieuwsbrief</h1>
          {state.flash ? (
            <div class="notice notice-info" role="status">
              {state.flash}
            </div>
          ) : null}
          <p>
            Deze pagina is alleen voor jou: bewaar de link niet op een plek waar anderen hem zien. We sturen de nieuwsbrief naar <strong>{subscriber.email}</strong>.
            {subscriber.status === 'pending' ? ' Je inschrijving is nog niet bevestigd.' : null}
          </p>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          <h2>Waarover wil je lezen?</h2>
          <form method="post" action={`/nieuwsbrief/voorkeuren/${token}`} class="stack">
            <InterestFields options={opts} values={values} errors={state.errors ?? {}} />
            <button type="submit">Keuzes bewaren</button>
          </form>
          <h2>Uitschrijven en je gegevens wissen</h2>
          <p>Als je je uitschrijft, wissen we je e-mailadres en je keuzes meteen. Je krijgt dan geen nieuwsbrief meer.</p>
          <form method="post" action={`/nieuwsbrief/uitschrijven/${token}`}>
            <button type="submit">Uitschrijven en gegevens wissen</button>
          </form>
        </Layout>
      ),
      { status, cache: false },
    );
  }

  r.get('/nieuwsbrief/voorkeuren/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    const q = request.query as { gelukt?: unknown };
    const flash = q?.gelukt === 'bevestigd' ? 'Bedankt! Je inschrijving is bevestigd.' : q?.gelukt === 'bewaard' ? 'Je keuzes zijn bewaard.' : undefined;
    return preferencesPage(reply, request.params.token, { flash });
  });

  r.post('/nieuwsbrief/voorkeuren/:token', { schema: { params: TokenParams, body: PreferencesBody }, config: { csrf: false, rateLimit: RATE_LIMITS.publicForm } }, async (request, reply) => {
    try {
      await newsletter.updatePreferences(db, request.params.token, request.body);
    } catch (err) {
      return preferencesPage(reply, request.params.token, { ...formFailure(err), values: request.body }, 400);
    }
    return reply.redirect(`/nieuwsbrief/voorkeuren/${request.params.token}?gelukt=bewaard`, 303);
  });

  r.get('/nieuwsbrief/uitschrijven/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    const subscriber = await newsletter.findByToken(db, request.params.token);
    return privateReply(reply).html(
      () => (
        <Layout title="Uitschrijven" path="/nieuwsbrief/uitschrijven" baseUrl={baseUrl} breadcrumbs={NL_CRUMBS} noindex>
          <h1>Uitschrijven</h1>
          <p>Wil je de nieuwsbrief niet meer ontvangen op {subscriber.email}? Dan wissen we je e-mailadres en je keuzes meteen.</p>
          <form method="post" action={`/nieuwsbrief/uitschrijven/${request.params.token}`}>
            <button type="submit">Ja, schrijf me uit</button>
          </form>
        </Layout>
      ),
      { cache: false },
    );
  });

  r.post('/nieuwsbrief/uitschrijven/:token', { schema: { params: TokenParams, body: UnsubscribeBody }, config: { csrf: false } }, async (request, reply) => {
    const removed = await newsletter.unsubscribe(db, request.params.token);
    return privateReply(reply).html(
      () => (
        <Layout title="Je bent uitgeschreven" path="/nieuwsbrief/uitschrijven" baseUrl={baseUrl} breadcrumbs={NL_CRUMBS} noindex>
          <h1>Je bent uitgeschreven</h1>
          <p>{removed ? 'Je krijgt geen nieuwsbrief meer. We hebben je e-mailadres en je keuzes gewist.' : 'Dit adres was al uitgeschreven. We hebben er geen gegevens meer van.'}</p>
          <p>
            <a href="/nieuwsbrief">Toch weer inschrijven</a>
          </p>
        </Layout>
      ),
      { cache: false },
    );
  });

  r.get('/nieuwsbrief/archief', async (_request, reply) => {
    const editions = await newsletter.listArchive(db);
    return reply.html(
      () => (
        <Layout title="Vorige nieuwsbrieven" path="/nieuwsbrief/archief" baseUrl={baseUrl} breadcrumbs={NL_CRUMBS} description="Alle nieuwsbrieven die we al verstuurden.">
          <h1>Vorige nieuwsbrieven</h1>
          {editions.length === 0 ? (
            <p>We hebben nog geen nieuwsbrief verstuurd.</p>
          ) : (
            <ul>
              {editions.map((e) => (
                <li>
                  <a href={`/nieuwsbrief/archief/${e.slug}`}>{e.title}</a>
                  {e.sentAt ? (
                    <>
                      {' '}
                      (<time dateTime={isoDate(e.sentAt)}>{formatDate(e.sentAt)}</time>)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href="/nieuwsbrief">Schrijf je in op de nieuwsbrief</a>
          </p>
        </Layout>
      ),
      { cache: false },
    );
  });

  r.get('/nieuwsbrief/archief/:slug', { schema: { params: SlugParams } }, async (request, reply) => {
    const edition = await newsletter.getArchivedEdition(db, request.params.slug);
    const items = edition.entries.filter((e) => e.kind === 'item');
    const activities = edition.entries.filter((e) => e.kind === 'activity');
    return reply.html(
      () => (
        <Layout
          title={edition.title}
          path={`/nieuwsbrief/archief/${edition.slug}`}
          baseUrl={baseUrl}
          breadcrumbs={[...NL_CRUMBS, { label: 'Vorige nieuwsbrieven', href: '/nieuwsbrief/archief' }]}
          description={edition.intro.slice(0, 200) || undefined}
        >
          <article>
            <h1>{edition.title}</h1>
            {edition.sentAt ? (
              <p class="meta">
                Verstuurd op <time dateTime={isoDate(edition.sentAt)}>{formatDate(edition.sentAt)}</time>
              </p>
            ) : null}
            <Paragraphs text={edition.intro} />
            {items.length ? (
              <section aria-labelledby="h-items">
                <h2 id="h-items">Nieuw om te lezen</h2>
                <ul>
                  {items.map((e) => (
                    <li>
                      <a href={e.url}>{e.title}</a>
                      {e.summary ? <p>{e.summary}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {activities.length ? (
              <section aria-labelledby="h-activities">
                <h2 id="h-activities">Activiteiten</h2>
                <ul>
                  {activities.map((e) => (
                    <li>
                      <a href={e.url}>{e.title}</a>
                      {e.startsAt ? <p>{entryWhen(e)}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </article>
          <p>
            <a href="/nieuwsbrief">Schrijf je in op de nieuwsbrief</a>
          </p>
        </Layout>
      ),
      { cache: false },
    );
  });
}
