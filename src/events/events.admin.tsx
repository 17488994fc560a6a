/**
 * /beheer/activiteiten: the activities calendar in the back office. Editors and admins manage every
 * activity; a partner only its own organisation's (can() with the activity's organisation, checked
 * again in events.editing for every write). Create, edit, delete and "Importeer iCalendar" (a file
 * or a URL). Routes validate and call events.editing; the rules live there.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, formFailure, Select, TextArea, TextField, type FieldErrors } from '../web/forms.js';
import { actor, adminFrame, ForbiddenError, guard } from '../accounts/accounts.guard.js';
import * as accounts from '../accounts/accounts.service.js';
import * as content from '../content/content.service.js';
import * as directory from '../directory/directory.service.js';
import * as events from './events.service.js';
import * as editing from './events.editing.js';
import { ACTIVITY_KINDS, KIND_INFO, type Activity } from './events.model.js';
import { ActivityAdminListQuery, ActivityAdminParams, ActivityCsrfBody, ActivityFlashQuery, ActivityFormBody } from './events.schemas.js';

export interface EventsAdminOptions {
  db: Db;
  now?: () => Date;
  /** largest iCalendar upload, MB */
  uploadMaxMb?: number;
}

const FLASH: Record<string, string> = {
  aangemaakt: 'De activiteit is aangemaakt en staat op de site.',
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
  verwijderd: 'De activiteit is verwijderd.',
  gepubliceerd: 'De activiteit staat nu op de site.',
};

const kindOptions = ACTIVITY_KINDS.map((k) => ({ value: k, label: KIND_INFO[k].label }));
const REPEAT_OPTIONS = [
  { value: 'none', label: 'Eén keer' },
  { value: 'weekly', label: 'Elke week (of om de zoveel weken) op dezelfde weekdag' },
  { value: 'monthly', label: 'Elke maand op dezelfde weekdag (bv. elke eerste dinsdag)' },
  { value: 'custom', label: 'Eigen herhaalregel (RRULE)' },
];

function formFromBody(b: ActivityFormBody): editing.ActivityForm {
  const s = (v: string | undefined) => v ?? '';
  return {
    kind: s(b.kind),
    title: s(b.title),
    slug: s(b.slug),
    summary: s(b.summary),
    description: s(b.description),
    organiser: s(b.organiser),
    organisationId: s(b.organisationId),
    venue: s(b.venue),
    address: s(b.address),
    postcode: s(b.postcode),
    onlineUrl: s(b.onlineUrl),
    startDate: s(b.startDate),
    startTime: s(b.startTime),
    endDate: s(b.endDate),
    endTime: s(b.endTime),
    allDay: b.allDay === 'ja',
    repeat: b.repeat ?? 'none',
    interval: s(b.interval),
    until: s(b.until),
    rrule: s(b.rrule),
    exdates: s(b.exdates),
    price: s(b.price),
    priceNote: s(b.priceNote),
    registrationUrl: s(b.registrationUrl),
    placesLeft: s(b.placesLeft),
    accessibility: s(b.accessibility),
    infoUrl: s(b.infoUrl),
    audiences: b.audiences ?? [],
  };
}

/** The service's field names -> the form's (a place error belongs next to the postcode). */
const FORM_FIELD: Record<string, string> = { startLocal: 'startDate', endLocal: 'endDate', place: 'postcode', priceCents: 'price', timeZone: 'startDate' };

function formErrors(errors: FieldErrors | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([k, v]) => [FORM_FIELD[k] ?? k, v]));
}

function firstDate(a: Activity): string {
  const date = a.startLocal.slice(0, 10).split('-').reverse().join('/');
  return a.allDay ? date : `${date} ${a.startLocal.slice(11, 16)}`;
}

export async function registerEventsAdmin(app: FastifyInstance, options: EventsAdminOptions): Promise<void> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  const writer = (request: FastifyRequest): editing.Writer => ({ user: request.user!, actor: actor(request) });
  const isPartner = (request: FastifyRequest) => request.user!.role === 'partner';

  async function organisationName(id: string | null | undefined): Promise<string> {
    if (!id) return '';
    try {
      return (await directory.getOrganizationById(db, id, { drafts: true })).name;
    } catch {
      return '';
    }
  }

  async function organisationOptions() {
    const cards = await directory.listOrganizationCards(db, { drafts: true });
    return [{ value: '', label: 'Geen (Expertisepunt zelf)' }, ...cards.map((o) => ({ value: o.id, label: o.name })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))];
  }

  // ---- list ----

  r.get('/beheer/activiteiten', { schema: { querystring: ActivityAdminListQuery }, onRequest: guard('activity.edit') }, async (request, reply) => {
    const q = request.query;
    const user = request.user!;
    const when = q.wanneer === 'voorbij' ? 'past' : 'upcoming';
    const partner = isPartner(request);
    const own = partner ? q.toon !== 'alle' : false;
    const organisationId = partner ? (own ? user.organisationId! : undefined) : q.organisatie || undefined;
    const list = await editing.listActivitiesForEditing(db, { when, organisationId, now: now() });
    const orgOptions = partner ? [] : await organisationOptions();
    return reply.html(() => (
      <AdminLayout title="Activiteiten" {...adminFrame(request, '/beheer/activiteiten')} flash={FLASH[q.gelukt ?? '']}>
        <h1>Activiteiten</h1>
        <p>
          <a class="button" href="/beheer/activiteiten/nieuw">
            Nieuwe activiteit
          </a>{' '}
          <a class="button" href="/beheer/activiteiten/importeren">
            Importeer iCalendar
          </a>
        </p>
        <form method="get" action="/beheer/activiteiten" class="filters" aria-label="Filter de activiteiten">
          <Select
            name="wanneer"
            label="Wanneer"
            value={when === 'past' ? 'voorbij' : 'komend'}
            options={[
              { value: 'komend', label: 'Komend en bezig' },
              { value: 'voorbij', label: 'Voorbij' },
            ]}
          />
          {partner ? (
            <Select
              name="toon"
              label="Welke"
              value={own ? 'eigen' : 'alle'}
              options={[
                { value: 'eigen', label: 'Van mijn organisatie' },
                { value: 'alle', label: 'Alle activiteiten' },
              ]}
            />
          ) : (
            <Select name="organisatie" label="Organisatie" value={q.organisatie ?? ''} options={[{ value: '', label: 'Alle organisaties' }, ...orgOptions.slice(1)]} />
          )}
          <button type="submit">Toon</button>
        </form>
        <DataTable caption={`${list.length} ${list.length === 1 ? 'activiteit' : 'activiteiten'}`} columns={['Titel', 'Soort', 'Eerste keer', 'Herhaalt', 'Organisator']}>
          {list.map((a) => (
            <tr>
              <td>
                {accounts.can(user, 'activity.edit', { organisationId: a.organisationId }) ? <a href={`/beheer/activiteiten/${a.id}`}>{a.title}</a> : a.title}{' '}
                {a.draft ? (
                  <strong>(klad, nog niet op de site)</strong>
                ) : (
                  <a href={`/activiteiten/${a.slug}`} class="meta">
                    (bekijk<span class="visually-hidden"> {a.title}</span> op de site)
                  </a>
                )}
              </td>
              <td>{KIND_INFO[a.kind].label}</td>
              <td>{firstDate(a)}</td>
              <td>{a.rrule || a.rdates.length ? 'ja' : 'nee'}</td>
              <td>{a.organiser}</td>
            </tr>
          ))}
        </DataTable>
      </AdminLayout>
    ));
  });

  // ---- form ----

  async function activityForm(request: FastifyRequest, reply: FastifyReply, state: { activity?: Activity; values: editing.ActivityForm; errors?: FieldErrors; message?: string; flash?: string }, status = 200) {
    const errors = formErrors(state.errors);
    const v = state.values;
    const { activity } = state;
    const audiences = await content.listAudiences(db);
    const partner = isPartner(request);
    const orgOptions = partner ? [] : await organisationOptions();
    const csrf = request.csrfToken();
    const action = activity ? `/beheer/activiteiten/${activity.id}` : '/beheer/activiteiten';
    const title = activity ? `Bewerk: ${activity.title}` : 'Nieuwe activiteit';
    const ownName = partner ? await organisationName(request.user!.organisationId) : '';
    return reply.html(
      () => (
        <AdminLayout title={title} {...adminFrame(request, '/beheer/activiteiten')} flash={state.flash}>
          <h1>{title}</h1>
          {activity?.draft ? (
            <section class="notice notice-info" aria-labelledby="h-draft">
              <h2 id="h-draft">Klad: nog niet op de site</h2>
              <p>Deze activiteit is een klad (bv. een voorstel van een bezoeker). Bezoekers zien ze nergens: niet in de agenda, de zoekfunctie, de .ics-agenda's, de API of de widgets. Vul ze aan, sla op en publiceer ze dan.</p>
              <form method="post" action={`/beheer/activiteiten/${activity.id}/publiceer`}>
                <CsrfField token={csrf} />
                <button type="submit">Publiceren</button>
              </form>
            </section>
          ) : activity ? (
            <p>
              <a href={`/activiteiten/${activity.slug}`}>Bekijk op de site</a> · UID <code>{activity.uid}</code>
            </p>
          ) : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action={action} class="stack activity-form">
            <CsrfField token={csrf} />
            <Select name="kind" label="Soort activiteit" value={v.kind} options={kindOptions} error={errors.kind} />
            <TextField name="title" label="Titel" value={v.title} error={errors.title} required maxLength={300} />
            <TextArea name="summary" label="Samenvatting" value={v.summary} error={errors.summary} required rows={2} maxLength={1000} hint="Eén of twee zinnen: wat is het en voor wie." />
            <TextArea name="description" label="Beschrijving" value={v.description} error={errors.description} rows={6} />
            {activity ? <TextField name="slug" label="Slug (adres)" value={v.slug} error={errors.slug} maxLength={200} hint="Het adres wordt /activiteiten/slug." /> : null}
            <fieldset class="field">
              <legend>Organisator</legend>
              <TextField name="organiser" label="Naam van de organisator" value={v.organiser} error={errors.organiser} maxLength={300} hint={partner ? `Leeg: ${ownName || 'de naam van je organisatie'}.` : 'Leeg: de naam van de gekozen organisatie.'} />
              {partner ? (
                <p>Deze activiteit hoort bij je organisatie{ownName ? `: ${ownName}` : ''}.</p>
              ) : (
                <Select name="organisationId" label="Organisatie in de gids" value={v.organisationId} options={orgOptions} error={errors.organisationId} hint="Partners van deze organisatie kunnen de activiteit dan ook beheren." />
              )}
            </fieldset>
            <fieldset class="field">
              <legend>Waar</legend>
              <TextField name="venue" label="Naam van de plaats" value={v.venue} error={errors.venue} maxLength={300} hint="Bv. Zaal De Linde. Leeg laten voor een activiteit die alleen online is." />
              <TextField name="address" label="Adres (straat en nummer)" value={v.address} error={errors.address} maxLength={300} autocomplete="off" />
              <TextField name="postcode" label="Postcode" value={v.postcode} error={errors.postcode} maxLength={4} hint="4 cijfers, in Vlaanderen of Brussel." />
              <TextField name="onlineUrl" label="Link voor online (webinar)" type="url" value={v.onlineUrl} error={errors.onlineUrl} maxLength={2000} />
            </fieldset>
            <fieldset class="field">
              <legend>Wanneer (Belgische tijd)</legend>
              <TextField name="startDate" label="Datum (eerste keer)" type="date" value={v.startDate} error={errors.startDate} required />
              <TextField name="startTime" label="Beginuur" type="time" value={v.startTime} error={errors.startTime} />
              <TextField name="endDate" label="Einddatum" type="date" value={v.endDate} error={errors.endDate} hint="Leeg: dezelfde dag." />
              <TextField name="endTime" label="Einduur" type="time" value={v.endTime} error={errors.endTime} />
              <div class="field">
                <input type="checkbox" id="f-allDay" name="allDay" value="ja" checked={v.allDay} />
                <label for="f-allDay">De hele dag (geen uren)</label>
              </div>
            </fieldset>
            <fieldset class="field">
              <legend>Herhaling</legend>
              <Select name="repeat" label="Hoe vaak" value={v.repeat} options={REPEAT_OPTIONS} error={errors.repeat} hint={v.startDate ? `Maandelijks wordt hier: ${editing.describeMonthly(v.startDate)}.` : 'Maandelijks: op dezelfde weekdag als de eerste keer, bv. elke eerste dinsdag.'} />
              <TextField name="interval" label="Om de hoeveel weken" type="number" value={v.interval} error={errors.interval} hint="1 is elke week, 2 is om de twee weken." />
              <TextField name="until" label="Tot en met (datum)" type="date" value={v.until} error={errors.until} hint="Leeg: zonder einde." />
              <TextField name="rrule" label="Eigen herhaalregel (RRULE)" value={v.rrule} error={errors.rrule} maxLength={500} hint="Alleen bij 'Eigen herhaalregel', bv. FREQ=MONTHLY;BYDAY=-1FR." />
              <TextArea name="exdates" label="Data die niet doorgaan" value={v.exdates} error={errors.exdates} rows={3} hint="Eén datum per regel, als jjjj-mm-dd." />
            </fieldset>
            <fieldset class="field">
              <legend>Prijs en inschrijven</legend>
              <TextField name="price" label="Prijs in euro" value={v.price} error={errors.price} maxLength={20} hint='Bv. 12,50 of "gratis". Leeg: niet bekend.' />
              <TextField name="priceNote" label="Uitleg bij de prijs" value={v.priceNote} error={errors.priceNote} maxLength={300} />
              <TextField name="registrationUrl" label="Link om in te schrijven" type="url" value={v.registrationUrl} error={errors.registrationUrl} maxLength={2000} />
              <TextField name="placesLeft" label="Vrije plaatsen" type="number" value={v.placesLeft} error={errors.placesLeft} hint="Leeg: niet bekend of geen inschrijving nodig." />
              <TextField name="infoUrl" label="Link met meer info" type="url" value={v.infoUrl} error={errors.infoUrl} maxLength={2000} />
            </fieldset>
            <CheckboxGroup name="audiences" label="Voor wie" values={v.audiences} options={audiences.map((a) => ({ value: a.slug, label: a.name }))} error={errors.audiences} />
            <TextArea name="accessibility" label="Toegankelijkheid" value={v.accessibility} error={errors.accessibility} rows={3} hint="Bv. rolstoeltoegankelijk, ringleiding, parking vlakbij." />
            <button type="submit">{activity ? 'Opslaan' : 'Activiteit aanmaken'}</button>
          </form>
          {activity ? (
            <section aria-labelledby="h-delete">
              <h2 id="h-delete">Verwijderen</h2>
              <p>De activiteit verdwijnt van de site, uit de zoekfunctie en uit de agenda's (.ics). Dat kan je niet ongedaan maken.</p>
              <form method="post" action={`/beheer/activiteiten/${activity.id}/verwijder`}>
                <CsrfField token={csrf} />
                <button type="submit">Verwijder deze activiteit</button>
              </form>
            </section>
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  /** The form's input; an empty organiser becomes the organisation's name. */
  async function inputOf(request: FastifyRequest, values: editing.ActivityForm): Promise<events.ActivityInput> {
    const input = editing.activityInputFromForm(values);
    const organisationId = isPartner(request) ? request.user!.organisationId : input.organisationId;
    if (!input.organiser.trim()) input.organiser = (await organisationName(organisationId)) || (isPartner(request) ? '' : 'Expertisepunt Mantelzorg');
    return input;
  }

  r.get('/beheer/activiteiten/nieuw', { onRequest: guard('activity.edit') }, async (request, reply) => activityForm(request, reply, { values: editing.emptyActivityForm() }));

  r.post('/beheer/activiteiten', { schema: { body: ActivityFormBody }, onRequest: guard('activity.edit') }, async (request, reply) => {
    const values = formFromBody(request.body);
    try {
      const saved = await editing.createActivity(db, writer(request), await inputOf(request, values), now());
      return reply.redirect(`/beheer/activiteiten/${saved.id}?gelukt=aangemaakt`, 303);
    } catch (err) {
      if (err instanceof editing.ActivityForbiddenError) throw new ForbiddenError();
      return activityForm(request, reply, { values, ...formFailure(err) }, 400);
    }
  });

  async function editable(request: FastifyRequest, id: number): Promise<Activity> {
    const activity = await editing.getActivityById(db, id);
    if (!accounts.can(request.user!, 'activity.edit', { organisationId: activity.organisationId })) throw new ForbiddenError();
    return activity;
  }

  r.get('/beheer/activiteiten/:id', { schema: { params: ActivityAdminParams, querystring: ActivityFlashQuery }, onRequest: guard('activity.edit') }, async (request, reply) => {
    const activity = await editable(request, request.params.id);
    return activityForm(request, reply, { activity, values: editing.activityToForm(activity), flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.post('/beheer/activiteiten/:id', { schema: { params: ActivityAdminParams, body: ActivityFormBody }, onRequest: guard('activity.edit') }, async (request, reply) => {
    const activity = await editable(request, request.params.id);
    const values = formFromBody(request.body);
    try {
      await editing.updateActivity(db, writer(request), String(activity.id), await inputOf(request, values), now());
      return reply.redirect(`/beheer/activiteiten/${activity.id}?gelukt=opgeslagen`, 303);
    } catch (err) {
      if (err instanceof editing.ActivityForbiddenError) throw new ForbiddenError();
      return activityForm(request, reply, { activity, values, ...formFailure(err) }, 400);
    }
  });

  r.post('/beheer/activiteiten/:id/publiceer', { schema: { params: ActivityAdminParams, body: ActivityCsrfBody }, onRequest: guard('activity.edit') }, async (request, reply) => {
    const activity = await editable(request, request.params.id);
    if (activity.draft) await editing.publishActivity(db, writer(request), String(activity.id), now());
    return reply.redirect(`/beheer/activiteiten/${activity.id}?gelukt=gepubliceerd`, 303);
  });

  r.post('/beheer/activiteiten/:id/verwijder', { schema: { params: ActivityAdminParams, body: ActivityCsrfBody }, onRequest: guard('activity.edit') }, async (request, reply) => {
    const activity = await editable(request, request.params.id);
    await editing.deleteActivity(db, writer(request), String(activity.id), now());
    return reply.redirect('/beheer/activiteiten?gelukt=verwijderd', 303);
  });

  // ---- import ----

  interface ImportState {
    errors?: FieldErrors;
    message?: string;
    report?: events.ImportReport;
    url?: string;
    organiser?: string;
    organisationId?: string;
  }

  async function importPage(request: FastifyRequest, reply: FastifyReply, state: ImportState, status = 200) {
    const partner = isPartner(request);
    const orgOptions = partner ? [] : await organisationOptions();
    const errors = state.errors ?? {};
    const report = state.report;
    return reply.html(
      () => (
        <AdminLayout title="Importeer iCalendar" {...adminFrame(request, '/beheer/activiteiten')}>
          <h1>Importeer iCalendar</h1>
          <p>
            Heb je je activiteiten al in een agenda (Outlook, Google Agenda, je eigen website)? Laad het .ics-bestand op of geef het adres van de agenda.
            Een activiteit die je eerder importeerde, wordt bijgewerkt (we herkennen ze aan haar UID).
          </p>
          {report ? (
            <div class="notice notice-info" role="status">
              <p>
                Klaar: {report.created} {report.created === 1 ? 'activiteit' : 'activiteiten'} nieuw, {report.updated} bijgewerkt.
              </p>
              {report.problems.length ? (
                <>
                  <p>Dit konden we niet overnemen:</p>
                  <ul>
                    {report.problems.map((p) => (
                      <li>{p}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action="/beheer/activiteiten/importeren" enctype="multipart/form-data" class="stack">
            <CsrfField token={request.csrfToken()} />
            <TextField name="file" label="iCalendar-bestand (.ics)" type="file" error={errors.file} hint="Kies een bestand, of vul hieronder een adres in." />
            <TextField name="url" label="Of: adres van de agenda" type="url" value={state.url} error={errors.url} maxLength={2000} hint="Begint met https://" />
            <TextField name="organiser" label="Organisator" value={state.organiser} error={errors.organiser} maxLength={300} hint="Leeg: de naam van de organisatie." />
            {partner ? null : <Select name="organisationId" label="Organisatie in de gids" value={state.organisationId ?? ''} options={orgOptions} error={errors.organisationId} />}
            <button type="submit">Importeer</button>
          </form>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/activiteiten/importeren', { onRequest: guard('activity.edit') }, async (request, reply) => importPage(request, reply, {}));

  await app.register(async (scope) => {
    await scope.register(multipart, { attachFieldsToBody: true, limits: { fileSize: (options.uploadMaxMb ?? 2) * 1024 * 1024, files: 1, fields: 6, fieldSize: 10_000 } });
    scope.post('/beheer/activiteiten/importeren', { onRequest: guard('activity.edit') }, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, { type?: string; value?: unknown; filename?: string; toBuffer?: () => Promise<Buffer> } | undefined>;
      const text = (name: string) => (typeof body[name]?.value === 'string' ? (body[name]!.value as string).trim() : '');
      const url = text('url');
      const organisationId = isPartner(request) ? request.user!.organisationId : text('organisationId') || null;
      const state: ImportState = { url, organiser: text('organiser'), organisationId: organisationId ?? '' };
      try {
        const file = body.file;
        const data = file?.type === 'file' && file.toBuffer ? await file.toBuffer() : undefined;
        let calendar: string;
        let source: string;
        if (data && data.length > 0) {
          calendar = data.toString('utf8');
          source = `bestand ${file?.filename ?? ''}`.trim();
        } else if (url) {
          calendar = await events.fetchCalendar(url, { blockPrivateHosts: true });
          source = url;
        } else {
          return importPage(request, reply, { ...state, errors: { file: 'Kies een .ics-bestand of geef het adres van een agenda.' } }, 400);
        }
        const organiser = state.organiser || (await organisationName(organisationId)) || 'Expertisepunt Mantelzorg';
        const report = await editing.importCalendar(db, writer(request), calendar, { organiser, organisationId, source, now: now() });
        return importPage(request, reply, { ...state, report });
      } catch (err) {
        if (err instanceof editing.ActivityForbiddenError) throw new ForbiddenError();
        if (err instanceof AppError && err.status !== 403) {
          const field = err.code.startsWith('ical_fetch') || err.code === 'invalid_url' ? 'url' : 'file';
          const message = err.code === 'invalid_icalendar' ? `Dit is geen geldig iCalendar-bestand: ${err.message}` : err.message;
          return importPage(request, reply, { ...state, errors: err.fields ?? { [field]: message } }, 400);
        }
        throw err;
      }
    });
  });
}
