/**
 * /beheer/nieuwsbrief: compose an edition from published items and upcoming activities, preview
 * it (HTML and text), send a test to yourself, and send it to every confirmed subscriber (or only
 * those whose interests match). Sending runs as background jobs; this page shows the send log.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import type { JobQueue } from '../jobs/jobs.service.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, formFailure, TextArea, TextField, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../web/render.js';
import { actor, adminFrame, guard } from '../accounts/accounts.guard.js';
import * as newsletter from './newsletter.service.js';
import { enqueueSending } from './newsletter.jobs.js';
import { CsrfBody, EditionBody, FlashQuery, IdParams } from './newsletter.schemas.js';

const FLASH: Record<string, string> = {
  bewaard: 'De nieuwsbrief is bewaard.',
  test: 'De testmail is verstuurd naar je eigen adres.',
  versturen: 'De nieuwsbrief wordt verstuurd. Dat gebeurt in delen; deze pagina toont hoe ver het staat.',
};

const SEND_LABELS: Record<string, string> = {
  pending: 'Wacht',
  sending: 'Bezig',
  sent: 'Verstuurd',
  failed: 'Mislukt',
  unknown: 'Onbekend (onderbroken)',
  skipped: 'Overgeslagen',
};

function toInput(body: EditionBody): newsletter.EditionInput {
  return { title: body.title ?? '', intro: body.intro ?? '', items: body.items ?? [], activities: body.activities ?? [], onlyMatching: body.onlyMatching === 'ja' };
}

export async function registerNewsletterAdmin(app: FastifyInstance, options: { db: Db; env: newsletter.MailEnv; jobs: JobQueue }): Promise<void> {
  const { db, env, jobs } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const frame = (request: FastifyRequest) => adminFrame(request, '/beheer/nieuwsbrief');

  r.get('/beheer/nieuwsbrief', { onRequest: guard('newsletter.manage') }, async (request, reply) => {
    const [editions, counts] = await Promise.all([newsletter.listEditions(db), newsletter.subscriberCounts(db)]);
    return reply.html(() => (
      <AdminLayout title="Nieuwsbrief" {...frame(request)}>
        <h1>Nieuwsbrief</h1>
        <p>
          {counts.confirmed} bevestigde abonnees, {counts.pending} nog niet bevestigd (die wissen we na {newsletter.PENDING_DAYS} dagen).
        </p>
        <p>
          <a class="button" href="/beheer/nieuwsbrief/nieuw">
            Nieuwe nieuwsbrief
          </a>
        </p>
        {editions.length === 0 ? (
          <p>Er zijn nog geen nieuwsbrieven.</p>
        ) : (
          <DataTable caption="Nieuwsbrieven en overzichten" columns={['Titel', 'Soort', 'Status', 'Verstuurd', 'Mislukt of onbekend', 'Gemaakt']}>
            {editions.map((e) => (
              <tr>
                <td>
                  <a href={`/beheer/nieuwsbrief/${e.id}`}>{e.title}</a>
                </td>
                <td>{e.kind === 'digest' ? 'Overzicht (automatisch)' : 'Nieuwsbrief'}</td>
                <td>{newsletter.STATUS_LABELS[e.status]}</td>
                <td>{e.counts.sent}</td>
                <td>{e.counts.failed + e.counts.unknown}</td>
                <td>{formatDate(e.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </AdminLayout>
    ));
  });

  async function editPage(request: FastifyRequest, reply: FastifyReply, edition: newsletter.Edition | null, state: { input?: newsletter.EditionInput; errors?: FieldErrors; message?: string; flash?: string }, status = 200) {
    const pool = await newsletter.candidates(db);
    const input: newsletter.EditionInput = state.input ?? {
      title: edition?.title ?? '',
      intro: edition?.intro ?? '',
      items: edition?.entries.filter((e) => e.kind === 'item').map((e) => e.ref) ?? [],
      activities: edition?.entries.filter((e) => e.kind === 'activity').map((e) => e.ref) ?? [],
      onlyMatching: edition?.onlyMatching ?? false,
    };
    const editable = !edition || edition.status === 'draft';
    const counts = edition ? await newsletter.sendCounts(db, edition.id) : null;
    const sends = edition && edition.status !== 'draft' ? await newsletter.listSends(db, edition.id) : [];
    const csrf = request.csrfToken();
    const action = edition ? `/beheer/nieuwsbrief/${edition.id}` : '/beheer/nieuwsbrief/nieuw';
    // Picked entries stay choosable even when they dropped out of the recent list.
    const itemOptions = [...pool.items.map((i) => ({ value: i.slug, label: i.title })), ...input.items.filter((s) => !pool.items.some((i) => i.slug === s)).map((s) => ({ value: s, label: s }))];
    const activityOptions = [
      ...pool.activities.map((a) => ({ value: a.slug, label: `${a.title} (${formatDate(a.startsAt)})` })),
      ...input.activities.filter((s) => !pool.activities.some((a) => a.slug === s)).map((s) => ({ value: s, label: s })),
    ];
    return reply.html(
      () => (
        <AdminLayout title={edition ? edition.title : 'Nieuwe nieuwsbrief'} flash={state.flash} {...frame(request)}>
          <h1>{edition ? edition.title : 'Nieuwe nieuwsbrief'}</h1>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          {edition ? (
            <p>
              Status: {newsletter.STATUS_LABELS[edition.status]}. <a href={`/beheer/nieuwsbrief/${edition.id}/voorbeeld`}>Bekijk het voorbeeld</a> of{' '}
              <a href={`/beheer/nieuwsbrief/${edition.id}/voorbeeld.txt`}>de tekstversie</a>.
            </p>
          ) : null}
          {editable ? (
            <form method="post" action={action} class="stack">
              <CsrfField token={csrf} />
              <TextField name="title" label="Titel (ook het onderwerp van de mail)" required maxLength={200} value={input.title} error={state.errors?.title} />
              <TextArea name="intro" label="Inleiding" hint="Gewone tekst. Een witregel begint een nieuwe alinea." rows={6} maxLength={5000} value={input.intro} error={state.errors?.intro} />
              <CheckboxGroup name="items" label="Items (laatst gepubliceerd eerst)" options={itemOptions} values={input.items} error={state.errors?.items} />
              <CheckboxGroup name="activities" label="Activiteiten (de komende 90 dagen)" options={activityOptions} values={input.activities} error={state.errors?.activities} />
              <CheckboxGroup
                name="onlyMatching"
                label="Wie krijgt hem?"
                hint="Zonder vinkje krijgt elke bevestigde abonnee alles."
                options={[{ value: 'ja', label: 'Alleen abonnees voor wie iets past, en dan alleen wat past bij hun keuzes' }]}
                values={input.onlyMatching ? ['ja'] : []}
              />
              <button type="submit">Bewaren</button>
            </form>
          ) : null}
          {edition && editable ? (
            <>
              <h2>Test en versturen</h2>
              <form method="post" action={`/beheer/nieuwsbrief/${edition.id}/test`}>
                <CsrfField token={csrf} />
                <button type="submit">Stuur een test naar mijn adres</button>
              </form>
              <form method="post" action={`/beheer/nieuwsbrief/${edition.id}/versturen`}>
                <CsrfField token={csrf} />
                <p>Versturen kan maar één keer. Bewaar eerst je laatste wijzigingen.</p>
                <button type="submit">Versturen naar de abonnees</button>
              </form>
            </>
          ) : null}
          {counts && edition && !editable ? (
            <>
              <h2>Verzending</h2>
              <p>
                {Object.entries(counts)
                  .filter(([, n]) => n > 0)
                  .map(([k, n]) => `${SEND_LABELS[k]}: ${n}`)
                  .join(', ') || 'Niemand had iets te lezen in deze nieuwsbrief.'}
              </p>
              {sends.length ? (
                <DataTable caption="Verzendlog (eerste 200)" columns={['Nr.', 'Status', 'Pogingen', 'Verstuurd', 'Fout']}>
                  {sends.map((s) => (
                    <tr>
                      <td>{s.id}</td>
                      <td>{SEND_LABELS[s.status] ?? s.status}</td>
                      <td>{s.attempts}</td>
                      <td>{s.sent_at ? formatDate(s.sent_at) : ''}</td>
                      <td>{s.error ?? ''}</td>
                    </tr>
                  ))}
                </DataTable>
              ) : null}
            </>
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/nieuwsbrief/nieuw', { onRequest: guard('newsletter.manage') }, async (request, reply) => editPage(request, reply, null, {}));

  r.post('/beheer/nieuwsbrief/nieuw', { schema: { body: EditionBody }, onRequest: guard('newsletter.manage') }, async (request, reply) => {
    const input = toInput(request.body);
    let id: number;
    try {
      id = await newsletter.saveEdition(db, actor(request), null, input);
    } catch (err) {
      return editPage(request, reply, null, { ...formFailure(err), input }, 400);
    }
    return reply.redirect(`/beheer/nieuwsbrief/${id}?gelukt=bewaard`, 303);
  });

  r.get('/beheer/nieuwsbrief/:id', { schema: { params: IdParams, querystring: FlashQuery }, onRequest: guard('newsletter.manage') }, async (request, reply) =>
    editPage(request, reply, await newsletter.getEdition(db, request.params.id), { flash: FLASH[request.query.gelukt ?? ''] }),
  );

  r.post('/beheer/nieuwsbrief/:id', { schema: { params: IdParams, body: EditionBody }, onRequest: guard('newsletter.manage') }, async (request, reply) => {
    const edition = await newsletter.getEdition(db, request.params.id);
    const input = toInput(request.body);
    try {
      await newsletter.saveEdition(db, actor(request), edition.id, input);
    } catch (err) {
      return editPage(request, reply, edition, { ...formFailure(err), input }, 400);
    }
    return reply.redirect(`/beheer/nieuwsbrief/${edition.id}?gelukt=bewaard`, 303);
  });

  r.get('/beheer/nieuwsbrief/:id/voorbeeld', { schema: { params: IdParams }, onRequest: guard('newsletter.manage') }, async (request, reply) => {
    const mail = newsletter.previewMail(env.baseUrl, await newsletter.getEdition(db, request.params.id));
    return reply.type('text/html; charset=utf-8').send(mail.html);
  });

  r.get('/beheer/nieuwsbrief/:id/voorbeeld.txt', { schema: { params: IdParams }, onRequest: guard('newsletter.manage') }, async (request, reply) => {
    const mail = newsletter.previewMail(env.baseUrl, await newsletter.getEdition(db, request.params.id));
    return reply.type('text/plain; charset=utf-8').send(mail.text);
  });

  r.post('/beheer/nieuwsbrief/:id/test', { schema: { params: IdParams, body: CsrfBody }, onRequest: guard('newsletter.manage') }, async (request, reply) => {
    await newsletter.sendTest(db, env, actor(request), request.params.id, request.user!.email);
    return reply.redirect(`/beheer/nieuwsbrief/${request.params.id}?gelukt=test`, 303);
  });

  r.post('/beheer/nieuwsbrief/:id/versturen', { schema: { params: IdParams, body: CsrfBody }, onRequest: guard('newsletter.manage') }, async (request, reply) => {
    try {
      await newsletter.startSending(db, actor(request), request.params.id);
    } catch (err) {
      return editPage(request, reply, await newsletter.getEdition(db, request.params.id), formFailure(err), 400);
    }
    await enqueueSending(jobs, request.params.id);
    return reply.redirect(`/beheer/nieuwsbrief/${request.params.id}?gelukt=versturen`, 303);
  });
}
