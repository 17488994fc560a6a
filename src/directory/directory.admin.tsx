/**
 * /beheer routes of the directory: organisations, their services and addresses, and the municipal
 * carer premiums. Editors and admins manage all of it; a partner sees and edits only its own
 * organisation (every record is checked with can(user, 'organisation.edit', { organisationId })).
 * Routes validate and call directory.editing.ts; the rules live there.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, formFailure, Select, TextArea, TextField, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../web/render.js';
import { actor, adminFrame, ForbiddenError, guard } from '../accounts/accounts.guard.js';
import { can, organisationScope } from '../accounts/accounts.model.js';
import * as places from '../places/places.service.js';
import * as directory from './directory.service.js';
import * as editing from './directory.editing.js';
import { ORGANIZATION_KINDS, SERVICE_STATUSES, type Organization, type ServiceStatus } from './directory.model.js';
import {
  AdminFlashQuery,
  AdminListQuery,
  ConfirmBody,
  CsrfOnlyBody,
  LocationFormBody,
  LocationIdParams,
  NisCodeParams,
  OrganisationFormBody,
  OrganisationIdParams,
  PremiumFormBody,
  ServiceFormBody,
  ServiceIdParams,
} from './directory.schemas.js';

export interface DirectoryAdminOptions {
  db: Db;
  today?: () => string;
}

const FLASH: Record<string, string> = {
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
  aangemaakt: 'Aangemaakt. Je kan nu verder aanvullen.',
  nagekeken: 'Gemarkeerd als vandaag nagekeken.',
  verwijderd: 'Verwijderd.',
  gepubliceerd: 'Gepubliceerd: het staat nu op de site.',
};

/** The back office sees drafts too. */
const ALL = { drafts: true };

const STATUS_LABELS: Record<ServiceStatus, string> = {
  active: 'Actief',
  'temporarily closed': 'Tijdelijk gesloten',
  inactive: 'Gestopt (niet meer zichtbaar in de zoeker)',
  defunct: 'Bestaat niet meer',
};

const LOCATION_TYPES = [
  { value: 'physical', label: 'Adres waar mensen langskomen' },
  { value: 'postal', label: 'Postadres' },
  { value: 'virtual', label: 'Online (geen adres)' },
];

const kindOptions = Object.entries(ORGANIZATION_KINDS).map(([value, k]) => ({ value, label: k.label }));
const CONFIRM_MESSAGE = 'Vink aan dat je zeker bent.';

// ------------------------------------------------------------------------------------------
// repeated rows (phones, contacts, opening hours): every row's fields in order, plus empty rows to add
// ------------------------------------------------------------------------------------------

interface Column {
  field: string;
  label: string;
  type?: string;
  hidden?: boolean;
}

function RowGroup(props: { name: string; legend: string; hint: string; columns: Column[]; rows: Record<string, string>[]; error?: string; extra?: number }) {
  const rows = [...props.rows, ...Array.from({ length: props.extra ?? 2 }, () => ({}) as Record<string, string>)];
  return (
    <fieldset class={`field row-group${props.error ? ' has-error' : ''}`} id={`f-${props.name}`} aria-describedby={`h-${props.name}${props.error ? ` e-${props.name}` : ''}`}>
      <legend>{props.legend}</legend>
      <p class="hint" id={`h-${props.name}`}>
        {props.hint}
      </p>
      {props.error ? (
        <p class="field-error" id={`e-${props.name}`}>
          <span class="visually-hidden">Fout: </span>
          {props.error}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <div class="row-group-row">
          {props.columns.map((c) =>
            c.hidden ? (
              <input type="hidden" name={c.field} value={row[c.field] ?? ''} />
            ) : (
              <div class="row-field">
                <label for={`f-${c.field}-${i}`}>
                  {c.label} {i + 1}
                </label>
                <input id={`f-${c.field}-${i}`} name={c.field} type={c.type ?? 'text'} value={row[c.field] ?? ''} maxLength={c.type === 'email' ? 254 : 300} />
              </div>
            ),
          )}
        </div>
      ))}
    </fieldset>
  );
}

const PHONE_COLUMNS: Column[] = [
  { field: 'phoneId', label: '', hidden: true },
  { field: 'phoneNumber', label: 'Telefoonnummer', type: 'tel' },
  { field: 'phoneDescription', label: 'Uitleg bij nummer' },
];
const CONTACT_COLUMNS: Column[] = [
  { field: 'contactId', label: '', hidden: true },
  { field: 'contactPhoneId', label: '', hidden: true },
  { field: 'contactName', label: 'Naam contactpersoon' },
  { field: 'contactTitle', label: 'Functie contactpersoon' },
  { field: 'contactEmail', label: 'E-mail contactpersoon', type: 'email' },
  { field: 'contactPhone', label: 'Telefoon contactpersoon', type: 'tel' },
];
const HOURS_COLUMNS: Column[] = [
  { field: 'hoursId', label: '', hidden: true },
  { field: 'hoursDays', label: 'Dagen' },
  { field: 'hoursOpens', label: 'Open vanaf' },
  { field: 'hoursCloses', label: 'Open tot' },
  { field: 'hoursNote', label: 'Opmerking bij uren' },
];

function Phones({ rows, error }: { rows: editing.PhoneEdit[]; error?: string }) {
  return (
    <RowGroup
      name="phones"
      legend="Telefoonnummers"
      hint="Eén nummer per rij. Maak een nummer leeg om het weg te halen."
      columns={PHONE_COLUMNS}
      rows={rows.map((r) => ({ phoneId: r.id, phoneNumber: r.number, phoneDescription: r.description }))}
      error={error}
    />
  );
}

function Contacts({ rows, error }: { rows: editing.ContactEdit[]; error?: string }) {
  return (
    <RowGroup
      name="contacts"
      legend="Contactpersonen"
      hint="Eén persoon of dienst per rij. Maak alle vakjes van een rij leeg om ze weg te halen."
      columns={CONTACT_COLUMNS}
      rows={rows.map((r) => ({ contactId: r.id, contactPhoneId: r.phoneId, contactName: r.name, contactTitle: r.title, contactEmail: r.email, contactPhone: r.phone }))}
      error={error}
      extra={1}
    />
  );
}

function Hours({ rows, error }: { rows: editing.HoursEdit[]; error?: string }) {
  return (
    <RowGroup
      name="hours"
      legend="Openingsuren"
      hint='Dagen als "ma, di, wo" (elke week) of "1di" (de eerste dinsdag van de maand); uren als 09:00. Maak een rij leeg om ze weg te halen.'
      columns={HOURS_COLUMNS}
      rows={rows.map((r) => ({ hoursId: r.id, hoursDays: r.days, hoursOpens: r.opens, hoursCloses: r.closes, hoursNote: r.note }))}
      error={error}
    />
  );
}

type RowBody = { [K in 'phoneId' | 'phoneNumber' | 'phoneDescription' | 'contactId' | 'contactName' | 'contactTitle' | 'contactEmail' | 'contactPhoneId' | 'contactPhone' | 'hoursId' | 'hoursDays' | 'hoursOpens' | 'hoursCloses' | 'hoursNote']?: string[] };

/** Rows back from the form: the n-th value of every field makes the n-th row. */
function rowsOf<T>(body: RowBody, key: keyof RowBody, make: (at: (field: keyof RowBody) => string) => T): T[] {
  return (body[key] ?? []).map((_, i) => make((field) => body[field]?.[i] ?? ''));
}

function rowEdits(body: RowBody) {
  return {
    phones: rowsOf(body, 'phoneNumber', (at) => ({ id: at('phoneId'), number: at('phoneNumber'), description: at('phoneDescription') })),
    contacts: rowsOf(body, 'contactName', (at) => ({ id: at('contactId'), name: at('contactName'), title: at('contactTitle'), email: at('contactEmail'), phoneId: at('contactPhoneId'), phone: at('contactPhone') })),
    hours: rowsOf(body, 'hoursDays', (at) => ({ id: at('hoursId'), days: at('hoursDays'), opens: at('hoursOpens'), closes: at('hoursCloses'), note: at('hoursNote') })),
  };
}

function listingFields(body: OrganisationFormBody | ServiceFormBody) {
  return {
    name: body.name,
    alternateName: body.alternateName ?? '',
    description: body.description.replace(/\r\n/g, '\n'),
    email: body.email ?? '',
    sourceTitle: body.sourceTitle ?? '',
    sourceUrl: body.sourceUrl ?? '',
    verifiedNow: body.verifiedNow === 'ja',
  };
}

function ListingFields({ values, errors }: { values: editing.OrganisationEdit | editing.ServiceEdit; errors: FieldErrors }) {
  return (
    <>
      <TextField name="name" label="Naam" value={values.name} error={errors.name} required maxLength={300} />
      <TextField name="alternateName" label="Andere naam of afkorting" value={values.alternateName} error={errors.alternateName} maxLength={300} />
      <TextArea name="description" label="Beschrijving" value={values.description} error={errors.description} required rows={5} maxLength={5000} hint="In eenvoudige taal: wat is het, voor wie, wat mag je verwachten. De eerste zin komt in de zoekresultaten." />
      <TextField name="email" label="E-mailadres" type="email" value={values.email} error={errors.email} maxLength={254} />
    </>
  );
}

function SourceFields({ values, errors }: { values: editing.OrganisationEdit | editing.ServiceEdit; errors: FieldErrors }) {
  return (
    <>
      <TextField name="sourceTitle" label="Bron van de gegevens" value={values.sourceTitle} error={errors.sourceTitle} required maxLength={300} />
      <TextField name="sourceUrl" label="Link naar de bron" type="url" value={values.sourceUrl} error={errors.sourceUrl} maxLength={1000} />
      <div class="field">
        <input type="checkbox" id="f-verifiedNow" name="verifiedNow" value="ja" checked={values.verifiedNow} />
        <label for="f-verifiedNow">Ik heb alle gegevens vandaag nagekeken</label>
      </div>
    </>
  );
}

function VerifiedLine({ lastVerifiedOn, today }: { lastVerifiedOn: string | null; today: string }) {
  const stale = directory.needsVerification(lastVerifiedOn, today);
  return (
    <span class={stale ? 'status status-stale' : undefined}>
      {lastVerifiedOn ? `Nagekeken op ${formatDate(lastVerifiedOn)}` : 'Nog nooit nagekeken'}
      {stale ? ' (langer dan 12 maanden geleden)' : ''}
    </span>
  );
}

function VerifyForm({ action, csrf }: { action: string; csrf: string }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      <button type="submit">Markeer als vandaag nagekeken</button>
    </form>
  );
}

/** A draft's state and its "Publiceren" button (drafts are on no public page, feed, API or export). */
function DraftNotice({ what, action, csrf, extra }: { what: string; action: string; csrf: string; extra?: string }) {
  return (
    <section class="notice notice-info" aria-labelledby="h-draft">
      <h2 id="h-draft">Klad: nog niet op de site</h2>
      <p>
        {what} is een klad (bv. een voorstel van een bezoeker). Bezoekers zien het nergens: niet in de gids, de zoekfunctie, de API of de open data. Vul het aan, sla op en publiceer het dan.
        {extra ? ` ${extra}` : ''}
      </p>
      <form method="post" action={action}>
        <CsrfField token={csrf} />
        <button type="submit">Publiceren</button>
      </form>
    </section>
  );
}

/** A section to delete a record for good, with a box to tick first (a slip of the mouse deletes nothing). */
function DeleteSection(props: { title: string; explain: string; action: string; csrf: string; what: string; error?: string }) {
  const { error } = props;
  return (
    <section aria-labelledby="h-verwijder">
      <h2 id="h-verwijder">{props.title}</h2>
      <p>{props.explain}</p>
      <form method="post" action={props.action} class="stack delete-form">
        <CsrfField token={props.csrf} />
        <div class={`field${error ? ' has-error' : ''}`}>
          {error ? (
            <p class="field-error" id="e-bevestig">
              <span class="visually-hidden">Fout: </span>
              {error}
            </p>
          ) : null}
          <input type="checkbox" id="f-bevestig" name="bevestig" value="ja" aria-describedby={error ? 'e-bevestig' : undefined} aria-invalid={error ? 'true' : undefined} />
          <label for="f-bevestig">Ja, verwijder {props.what} voorgoed</label>
        </div>
        <button type="submit">Verwijder</button>
      </form>
    </section>
  );
}

export async function registerDirectoryAdmin(app: FastifyInstance, options: DirectoryAdminOptions): Promise<void> {
  const { db } = options;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  /** Loads the organisation and refuses (403) a user who may not edit it. */
  async function editableOrganisation(request: FastifyRequest, id: string): Promise<Organization> {
    const org = await directory.getOrganizationById(db, id, ALL);
    allowOrganisation(request, org.id);
    return org;
  }

  function allowOrganisation(request: FastifyRequest, organisationId: string | null): void {
    if (!can(request.user, 'organisation.edit', { organisationId })) throw new ForbiddenError();
  }

  /** Saves, then goes on to the saved record (303); refused input shows the form again with its errors and the input (400). */
  async function saveThen(reply: FastifyReply, save: () => Promise<string>, next: (id: string) => string, again: (failure: ReturnType<typeof formFailure>) => Promise<unknown>) {
    let id: string;
    try {
      id = await save();
    } catch (err) {
      return again(formFailure(err));
    }
    return reply.redirect(next(id), 303);
  }

  function confirmed(body: { bevestig?: string }): boolean {
    return body.bevestig === 'ja';
  }

  // ---- organisations ----

  r.get('/beheer/organisaties', { schema: { querystring: AdminListQuery }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const user = request.user!;
    const scope = organisationScope(user);
    const q = request.query.q?.trim() ?? '';
    const list = await editing.listOrganisationsForEditing(db, scope, q);
    const day = today();
    return reply.html(() => (
      <AdminLayout title="Organisaties" {...adminFrame(request, '/beheer/organisaties')} flash={FLASH[request.query.gelukt ?? '']}>
        <h1>{scope === null ? 'Organisaties' : 'Je organisatie'}</h1>
        {scope === null ? (
          <>
            <p>
              <a class="button" href="/beheer/organisaties/nieuw">
                Nieuwe organisatie
              </a>
            </p>
            <form method="get" action="/beheer/organisaties" class="filters" aria-label="Zoek een organisatie">
              <TextField name="q" label="Naam bevat" value={q} maxLength={100} />
              <button type="submit">Zoek</button>
            </form>
          </>
        ) : null}
        <DataTable caption={`${list.length} ${list.length === 1 ? 'organisatie' : 'organisaties'}`} columns={['Naam', 'Soort', 'Nagekeken']}>
          {list.map((o) => (
            <tr>
              <td>
                <a href={`/beheer/organisaties/${o.id}`}>{o.name}</a>
              </td>
              <td>{ORGANIZATION_KINDS[o.kind].label}</td>
              <td>
                <VerifiedLine lastVerifiedOn={o.lastVerifiedOn} today={day} />
              </td>
            </tr>
          ))}
        </DataTable>
      </AdminLayout>
    ));
  });

  async function organisationPage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { org?: Organization; values: editing.OrganisationEdit; errors?: FieldErrors; message?: string; flash?: string; deleteError?: string },
    status = 200,
  ) {
    const { org, values } = state;
    const errors = state.errors ?? {};
    const csrf = request.csrfToken();
    const title = org ? `Organisatie: ${org.name}` : 'Nieuwe organisatie';
    const manage = can(request.user, 'directory.manage');
    const day = today();
    const services = org ? await directory.loadServices(db, org.services.map((s) => s.id), ALL) : [];
    return reply.html(
      () => (
        <AdminLayout title={title} {...adminFrame(request, '/beheer/organisaties')} flash={state.flash}>
          <h1>{title}</h1>
          {org?.draft ? <DraftNotice what="Deze organisatie" action={`/beheer/organisaties/${org.id}/publiceer`} csrf={csrf} /> : null}
          {org ? (
            <p>
              <VerifiedLine lastVerifiedOn={org.lastVerifiedOn} today={day} />
              {org.draft ? null : (
                <>
                  {' '}
                  · <a href={`/organisatie/${org.slug}`}>Bekijk op de site</a>
                </>
              )}
            </p>
          ) : null}
          {org ? <VerifyForm action={`/beheer/organisaties/${org.id}/nagekeken`} csrf={csrf} /> : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action={org ? `/beheer/organisaties/${org.id}` : '/beheer/organisaties'} class="stack directory-form">
            <CsrfField token={csrf} />
            <ListingFields values={values} errors={errors} />
            <Select name="kind" label="Soort organisatie" value={values.kind} options={kindOptions} error={errors.kind} />
            <TextField name="website" label="Website" type="url" value={values.website} error={errors.website} maxLength={1000} />
            <TextField name="legalStatus" label="Rechtsvorm" value={values.legalStatus} error={errors.legalStatus} maxLength={200} hint="Bijvoorbeeld vzw, OCMW, ziekenfonds." />
            <Phones rows={values.phones} error={errors.phones} />
            <Contacts rows={values.contacts} error={errors.contacts} />
            <SourceFields values={values} errors={errors} />
            <button type="submit">{org ? 'Opslaan' : 'Organisatie aanmaken'}</button>
          </form>
          {org ? (
            <>
              <section aria-labelledby="h-aanbod">
                <h2 id="h-aanbod">Aanbod ({services.length})</h2>
                <p>
                  <a class="button" href={`/beheer/organisaties/${org.id}/aanbod/nieuw`}>
                    Nieuw aanbod
                  </a>
                </p>
                {services.length ? (
                  <DataTable caption={`Aanbod van ${org.name}`} hideCaption columns={['Naam', 'Status', 'Nagekeken']}>
                    {services.map((s) => (
                      <tr>
                        <td>
                          <a href={`/beheer/aanbod/${s.id}`}>{s.name}</a>
                        </td>
                        <td>{STATUS_LABELS[s.status]}</td>
                        <td>
                          <VerifiedLine lastVerifiedOn={s.lastVerifiedOn} today={day} />
                        </td>
                      </tr>
                    ))}
                  </DataTable>
                ) : (
                  <p>Nog geen aanbod.</p>
                )}
              </section>
              <section aria-labelledby="h-adressen">
                <h2 id="h-adressen">Adressen ({org.locations.length})</h2>
                <p>
                  <a class="button" href={`/beheer/organisaties/${org.id}/locaties/nieuw`}>
                    Nieuw adres
                  </a>
                </p>
                {org.locations.length ? (
                  <ul>
                    {org.locations.map((l) => (
                      <li>
                        <a href={`/beheer/locaties/${l.id}`}>{locationLabel(l)}</a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>Nog geen adressen.</p>
                )}
              </section>
              {manage ? (
                <DeleteSection title="Organisatie verwijderen" explain="Kan alleen als de organisatie geen aanbod meer heeft. Haar adressen gaan mee weg." action={`/beheer/organisaties/${org.id}/verwijder`} csrf={csrf} what="deze organisatie" error={state.deleteError} />
              ) : null}
            </>
          ) : null}
          <p>
            <a href="/beheer/organisaties">Terug naar de organisaties</a>
          </p>
        </AdminLayout>
      ),
      { status },
    );
  }

  function organisationEdit(body: OrganisationFormBody): editing.OrganisationEdit {
    const rows = rowEdits(body);
    return { ...listingFields(body), kind: body.kind, website: body.website ?? '', legalStatus: body.legalStatus ?? '', phones: rows.phones, contacts: rows.contacts };
  }

  r.get('/beheer/organisaties/nieuw', { onRequest: guard('directory.manage') }, async (request, reply) => organisationPage(request, reply, { values: editing.emptyOrganisationEdit() }));

  r.post('/beheer/organisaties', { schema: { body: OrganisationFormBody }, onRequest: guard('directory.manage') }, async (request, reply) => {
    const values = organisationEdit(request.body);
    return saveThen(reply, () => editing.saveOrganisation(db, actor(request), null, values, today()), (id) => `/beheer/organisaties/${id}?gelukt=aangemaakt`, (failure) => organisationPage(request, reply, { values, ...failure }, 400));
  });

  r.get('/beheer/organisaties/:organisationId', { schema: { params: OrganisationIdParams, querystring: AdminFlashQuery }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    return organisationPage(request, reply, { org, values: editing.organisationEditOf(org), flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.post('/beheer/organisaties/:organisationId', { schema: { params: OrganisationIdParams, body: OrganisationFormBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    const values = organisationEdit(request.body);
    return saveThen(reply, () => editing.saveOrganisation(db, actor(request), org.id, values, today()), (id) => `/beheer/organisaties/${id}?gelukt=opgeslagen`, (failure) => organisationPage(request, reply, { org, values, ...failure }, 400));
  });

  r.post('/beheer/organisaties/:organisationId/publiceer', { schema: { params: OrganisationIdParams, body: CsrfOnlyBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    await editing.publishListing(db, actor(request), 'organisation', org.id);
    return reply.redirect(`/beheer/organisaties/${org.id}?gelukt=gepubliceerd`, 303);
  });

  r.post('/beheer/organisaties/:organisationId/nagekeken', { schema: { params: OrganisationIdParams, body: CsrfOnlyBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    await editing.markVerified(db, actor(request), 'organisation', org.id, today());
    return reply.redirect(`/beheer/organisaties/${org.id}?gelukt=nagekeken`, 303);
  });

  r.post('/beheer/organisaties/:organisationId/verwijder', { schema: { params: OrganisationIdParams, body: ConfirmBody }, onRequest: guard('directory.manage') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    try {
      if (!confirmed(request.body)) throw new AppError('not_confirmed', 400, CONFIRM_MESSAGE);
      await editing.deleteOrganisation(db, actor(request), org.id);
    } catch (err) {
      const failure = formFailure(err);
      return organisationPage(request, reply, { org, values: editing.organisationEditOf(org), deleteError: failure.message }, 400);
    }
    return reply.redirect('/beheer/organisaties?gelukt=verwijderd', 303);
  });

  // ---- services ----

  async function servicePage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { org: Organization; service?: directory.Service; values: editing.ServiceEdit; errors?: FieldErrors; message?: string; flash?: string; deleteError?: string },
    status = 200,
  ) {
    const { org, service, values } = state;
    const errors = state.errors ?? {};
    const csrf = request.csrfToken();
    const { kinds, audiences } = await directory.listTerms(db);
    const title = service ? `Aanbod: ${service.name}` : `Nieuw aanbod van ${org.name}`;
    return reply.html(
      () => (
        <AdminLayout title={title} {...adminFrame(request, '/beheer/organisaties')} flash={state.flash}>
          <h1>{title}</h1>
          <p>
            Van <a href={`/beheer/organisaties/${org.id}`}>{org.name}</a>
            {service ? (
              <>
                {' '}
                · <VerifiedLine lastVerifiedOn={service.lastVerifiedOn} today={today()} />
                {service.draft ? null : (
                  <>
                    {' '}
                    · <a href={`/ondersteuning/${service.slug}`}>Bekijk op de site</a>
                  </>
                )}
              </>
            ) : null}
          </p>
          {service?.draft ? (
            <DraftNotice what="Dit aanbod" action={`/beheer/aanbod/${service.id}/publiceer`} csrf={csrf} extra={org.draft ? `De organisatie ${org.name} is ook een klad: ze wordt mee gepubliceerd.` : undefined} />
          ) : null}
          {service ? <VerifyForm action={`/beheer/aanbod/${service.id}/nagekeken`} csrf={csrf} /> : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action={service ? `/beheer/aanbod/${service.id}` : `/beheer/organisaties/${org.id}/aanbod`} class="stack directory-form">
            <CsrfField token={csrf} />
            <ListingFields values={values} errors={errors} />
            <Select name="status" label="Status" value={values.status} options={SERVICE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} error={errors.status} hint="Zet een aanbod dat stopt op “Gestopt”: het blijft bewaard maar verdwijnt uit de zoeker." />
            <CheckboxGroup name="kinds" label="Soort hulp" values={values.kinds} options={kinds.map((k) => ({ value: k.slug, label: k.name }))} error={errors.kinds} />
            <CheckboxGroup name="audiences" label="Voor wie" values={values.audiences} options={audiences.map((a) => ({ value: a.slug, label: a.name }))} error={errors.audiences} />
            <TextArea name="areas" label="Werkgebied" value={values.areas} error={errors.areas} rows={4} maxLength={10000} hint="Eén per regel: een gemeente of postcode (Geel, 2440), “provincie Antwerpen”, “heel Vlaanderen” of “heel Brussel”." />
            {org.locations.length ? (
              <CheckboxGroup name="locations" label="Waar" values={values.locations} options={org.locations.map((l) => ({ value: l.id, label: locationLabel(l) }))} error={errors.locations} />
            ) : (
              <p class="hint">Deze organisatie heeft nog geen adressen. Voeg er een toe bij de organisatie om het hier te kiezen.</p>
            )}
            <TextArea name="eligibilityDescription" label="Voor wie precies (voorwaarden)" value={values.eligibilityDescription} error={errors.eligibilityDescription} rows={3} maxLength={2000} />
            <TextField name="minimumAge" label="Vanaf leeftijd" type="number" value={values.minimumAge} error={errors.minimumAge} />
            <TextField name="maximumAge" label="Tot leeftijd" type="number" value={values.maximumAge} error={errors.maximumAge} />
            <TextArea name="feesDescription" label="Kostprijs" value={values.feesDescription} error={errors.feesDescription} rows={2} maxLength={2000} />
            <TextArea name="applicationProcess" label="Hoe aanvragen" value={values.applicationProcess} error={errors.applicationProcess} rows={3} maxLength={5000} />
            <TextField name="url" label="Webpagina van dit aanbod" type="url" value={values.url} error={errors.url} maxLength={1000} />
            <Phones rows={values.phones} error={errors.phones} />
            <Contacts rows={values.contacts} error={errors.contacts} />
            <Hours rows={values.hours} error={errors.hours} />
            <SourceFields values={values} errors={errors} />
            <button type="submit">{service ? 'Opslaan' : 'Aanbod aanmaken'}</button>
          </form>
          {service ? (
            <DeleteSection title="Aanbod verwijderen" explain="Wil je het aanbod alleen uit de zoeker halen, zet dan de status op “Gestopt”." action={`/beheer/aanbod/${service.id}/verwijder`} csrf={csrf} what="dit aanbod" error={state.deleteError} />
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  function serviceEdit(body: ServiceFormBody): editing.ServiceEdit {
    const rows = rowEdits(body);
    return {
      ...listingFields(body),
      ...rows,
      status: body.status,
      url: body.url ?? '',
      applicationProcess: (body.applicationProcess ?? '').replace(/\r\n/g, '\n'),
      feesDescription: body.feesDescription ?? '',
      eligibilityDescription: body.eligibilityDescription ?? '',
      minimumAge: body.minimumAge ?? '',
      maximumAge: body.maximumAge ?? '',
      kinds: body.kinds ?? [],
      audiences: body.audiences ?? [],
      areas: body.areas ?? '',
      locations: body.locations ?? [],
    };
  }

  /** Loads the service and its organisation, and refuses (403) a user who may not edit that organisation. */
  async function editableService(request: FastifyRequest, id: string) {
    const service = await directory.getServiceById(db, id, ALL);
    allowOrganisation(request, service.organization.id);
    return { service, org: await directory.getOrganizationById(db, service.organization.id, ALL) };
  }

  r.get('/beheer/organisaties/:organisationId/aanbod/nieuw', { schema: { params: OrganisationIdParams }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    return servicePage(request, reply, { org, values: editing.emptyServiceEdit(org) });
  });

  r.post('/beheer/organisaties/:organisationId/aanbod', { schema: { params: OrganisationIdParams, body: ServiceFormBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    const values = serviceEdit(request.body);
    return saveThen(reply, () => editing.saveService(db, actor(request), { id: null, organizationId: org.id }, values, today()), (id) => `/beheer/aanbod/${id}?gelukt=aangemaakt`, (failure) => servicePage(request, reply, { org, values, ...failure }, 400));
  });

  r.get('/beheer/aanbod/:serviceId', { schema: { params: ServiceIdParams, querystring: AdminFlashQuery }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { service, org } = await editableService(request, request.params.serviceId);
    return servicePage(request, reply, { org, service, values: editing.serviceEditOf(service), flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.post('/beheer/aanbod/:serviceId', { schema: { params: ServiceIdParams, body: ServiceFormBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { service, org } = await editableService(request, request.params.serviceId);
    const values = serviceEdit(request.body);
    return saveThen(reply, () => editing.saveService(db, actor(request), { id: service.id, organizationId: org.id }, values, today()), (id) => `/beheer/aanbod/${id}?gelukt=opgeslagen`, (failure) => servicePage(request, reply, { org, service, values, ...failure }, 400));
  });

  r.post('/beheer/aanbod/:serviceId/publiceer', { schema: { params: ServiceIdParams, body: CsrfOnlyBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { service } = await editableService(request, request.params.serviceId);
    await editing.publishListing(db, actor(request), 'service', service.id);
    return reply.redirect(`/beheer/aanbod/${service.id}?gelukt=gepubliceerd`, 303);
  });

  r.post('/beheer/aanbod/:serviceId/nagekeken', { schema: { params: ServiceIdParams, body: CsrfOnlyBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { service } = await editableService(request, request.params.serviceId);
    await editing.markVerified(db, actor(request), 'service', service.id, today());
    return reply.redirect(`/beheer/aanbod/${service.id}?gelukt=nagekeken`, 303);
  });

  r.post('/beheer/aanbod/:serviceId/verwijder', { schema: { params: ServiceIdParams, body: ConfirmBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { service, org } = await editableService(request, request.params.serviceId);
    if (!confirmed(request.body)) return servicePage(request, reply, { org, service, values: editing.serviceEditOf(service), deleteError: CONFIRM_MESSAGE }, 400);
    await editing.deleteService(db, actor(request), service.id);
    return reply.redirect(`/beheer/organisaties/${org.id}?gelukt=verwijderd`, 303);
  });

  // ---- locations (addresses) ----

  async function locationPage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { org: Organization | null; location?: directory.Location; values: editing.LocationEdit; errors?: FieldErrors; message?: string; flash?: string; deleteError?: string },
    status = 200,
  ) {
    const { org, location, values } = state;
    const errors = state.errors ?? {};
    const csrf = request.csrfToken();
    const title = location ? `Adres: ${locationLabel(location)}` : `Nieuw adres van ${org?.name ?? ''}`;
    return reply.html(
      () => (
        <AdminLayout title={title} {...adminFrame(request, '/beheer/organisaties')} flash={state.flash}>
          <h1>{title}</h1>
          {org ? (
            <p>
              Van <a href={`/beheer/organisaties/${org.id}`}>{org.name}</a>
              {location?.municipality ? ` · gemeente ${location.municipality.name}` : ''}
            </p>
          ) : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action={location ? `/beheer/locaties/${location.id}` : `/beheer/organisaties/${org!.id}/locaties`} class="stack directory-form">
            <CsrfField token={csrf} />
            <Select name="locationType" label="Soort adres" value={values.locationType} options={LOCATION_TYPES} error={errors.locationType} />
            <TextField name="name" label="Naam van de plaats" value={values.name} error={errors.name} maxLength={300} hint="Bijvoorbeeld “Dienstencentrum De Linde”. Mag leeg." />
            <TextField name="address1" label="Straat en huisnummer" value={values.address1} error={errors.address1} maxLength={300} />
            <TextField name="address2" label="Tweede adresregel" value={values.address2} error={errors.address2} maxLength={300} />
            <TextField name="postalCode" label="Postcode" value={values.postalCode} error={errors.postalCode} maxLength={10} hint="De gemeente zoeken we op met de postcode." />
            <TextField name="city" label="Gemeente of deelgemeente" value={values.city} error={errors.city} maxLength={100} hint="Mag leeg als de postcode bij één gemeente hoort." />
            <TextField name="url" label="Link (voor online aanbod)" type="url" value={values.url} error={errors.url} maxLength={1000} />
            <TextArea name="description" label="Uitleg over de plaats" value={values.description} error={errors.description} rows={2} maxLength={2000} />
            <TextArea name="transportation" label="Bereikbaarheid" value={values.transportation} error={errors.transportation} rows={2} maxLength={2000} hint="Openbaar vervoer, parking, toegankelijkheid voor rolstoelen." />
            <Phones rows={values.phones} error={errors.phones} />
            <Hours rows={values.hours} error={errors.hours} />
            <button type="submit">{location ? 'Opslaan' : 'Adres aanmaken'}</button>
          </form>
          {location ? (
            <DeleteSection title="Adres verwijderen" explain="Het aanbod dat hier plaatsvond, blijft bestaan maar verliest dit adres." action={`/beheer/locaties/${location.id}/verwijder`} csrf={csrf} what="dit adres" error={state.deleteError} />
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  function locationEdit(body: LocationFormBody): editing.LocationEdit {
    const rows = rowEdits(body);
    return {
      locationType: body.locationType,
      name: body.name ?? '',
      address1: body.address1 ?? '',
      address2: body.address2 ?? '',
      postalCode: body.postalCode ?? '',
      city: body.city ?? '',
      description: body.description ?? '',
      transportation: body.transportation ?? '',
      url: body.url ?? '',
      phones: rows.phones,
      hours: rows.hours,
    };
  }

  async function editableLocation(request: FastifyRequest, id: string) {
    const location = await directory.getLocationById(db, id);
    allowOrganisation(request, location.organizationId);
    return { location, org: location.organizationId ? await directory.getOrganizationById(db, location.organizationId, ALL) : null };
  }

  r.get('/beheer/organisaties/:organisationId/locaties/nieuw', { schema: { params: OrganisationIdParams }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    return locationPage(request, reply, { org, values: editing.emptyLocationEdit() });
  });

  r.post('/beheer/organisaties/:organisationId/locaties', { schema: { params: OrganisationIdParams, body: LocationFormBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const org = await editableOrganisation(request, request.params.organisationId);
    const values = locationEdit(request.body);
    return saveThen(reply, () => editing.saveLocation(db, actor(request), { id: null, organizationId: org.id }, values), (id) => `/beheer/locaties/${id}?gelukt=aangemaakt`, (failure) => locationPage(request, reply, { org, values, ...failure }, 400));
  });

  r.get('/beheer/locaties/:locationId', { schema: { params: LocationIdParams, querystring: AdminFlashQuery }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { location, org } = await editableLocation(request, request.params.locationId);
    return locationPage(request, reply, { org, location, values: editing.locationEditOf(location), flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.post('/beheer/locaties/:locationId', { schema: { params: LocationIdParams, body: LocationFormBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { location, org } = await editableLocation(request, request.params.locationId);
    const values = locationEdit(request.body);
    return saveThen(reply, () => editing.saveLocation(db, actor(request), { id: location.id, organizationId: location.organizationId }, values), (id) => `/beheer/locaties/${id}?gelukt=opgeslagen`, (failure) => locationPage(request, reply, { org, location, values, ...failure }, 400));
  });

  r.post('/beheer/locaties/:locationId/verwijder', { schema: { params: LocationIdParams, body: ConfirmBody }, onRequest: guard('directory.edit') }, async (request, reply) => {
    const { location, org } = await editableLocation(request, request.params.locationId);
    if (!confirmed(request.body)) return locationPage(request, reply, { org, location, values: editing.locationEditOf(location), deleteError: CONFIRM_MESSAGE }, 400);
    await editing.deleteLocation(db, actor(request), location.id);
    return reply.redirect(org ? `/beheer/organisaties/${org.id}?gelukt=verwijderd` : '/beheer/organisaties?gelukt=verwijderd', 303);
  });

  // ---- carer premiums ----

  async function premiumsPage(request: FastifyRequest, reply: FastifyReply, state: { values?: editing.PremiumEdit; errors?: FieldErrors; message?: string; flash?: string }, status = 200) {
    const [premiums, municipalities] = await Promise.all([directory.listCarerPremiums(db), places.listMunicipalities(db)]);
    const byNis = new Map(municipalities.map((m) => [m.nisCode, m]));
    const sorted = premiums.map((p) => ({ p, name: byNis.get(p.nisCode)?.name ?? p.nisCode })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const errors = state.errors ?? {};
    return reply.html(
      () => (
        <AdminLayout title="Mantelzorgpremies" {...adminFrame(request, '/beheer/premies')} flash={state.flash}>
          <h1>Mantelzorgpremies van gemeenten</h1>
          <DataTable caption={`${premiums.length} gemeenten`} columns={['Gemeente', 'Premie', 'Bedrag', 'Nagekeken']}>
            {sorted.map(({ p, name }) => (
              <tr>
                <td>
                  <a href={`/beheer/premies/${p.nisCode}`}>{name}</a>
                </td>
                <td>{p.status === 'none' ? 'Geen premie' : p.name}</td>
                <td>{p.amount ?? ''}</td>
                <td>{p.checkedOn ? formatDate(p.checkedOn) : 'Nog niet'}</td>
              </tr>
            ))}
          </DataTable>
          <h2 id="h-nieuw">Premie van een andere gemeente toevoegen</h2>
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action="/beheer/premies" class="stack directory-form">
            <CsrfField token={request.csrfToken()} />
            <TextField name="place" label="Gemeente (naam of postcode)" value={state.values?.place} error={errors.place} required maxLength={100} />
            <PremiumFields values={state.values ?? editing.premiumEditOf(null)} errors={errors} />
            <button type="submit">Premie toevoegen</button>
          </form>
        </AdminLayout>
      ),
      { status },
    );
  }

  function PremiumFields({ values, errors }: { values: editing.PremiumEdit; errors: FieldErrors }) {
    return (
      <>
        <Select
          name="status"
          label="Betaalt de gemeente een mantelzorgpremie?"
          value={values.status}
          error={errors.status}
          options={[
            { value: 'premium', label: 'Ja' },
            { value: 'none', label: 'Nee' },
          ]}
        />
        <TextField name="name" label="Naam van de premie" value={values.name} error={errors.name} required maxLength={300} />
        <TextField name="amount" label="Bedrag" value={values.amount} error={errors.amount} maxLength={300} hint="Zoals de gemeente het schrijft, bijvoorbeeld “€ 25 per maand”." />
        <TextArea name="conditions" label="Voorwaarden" value={values.conditions} error={errors.conditions} rows={3} maxLength={3000} />
        <TextArea name="howToApply" label="Hoe aanvragen" value={values.howToApply} error={errors.howToApply} rows={3} maxLength={3000} />
        <TextField name="validFrom" label="Geldt vanaf" type="date" value={values.validFrom} error={errors.validFrom} />
        <TextField name="sourceUrl" label="Link naar de bron (website van de gemeente)" type="url" value={values.sourceUrl} error={errors.sourceUrl} required maxLength={1000} />
        <TextField name="checkedOn" label="Nagekeken op" type="date" value={values.checkedOn} error={errors.checkedOn} />
        <TextArea name="note" label="Opmerking" value={values.note} error={errors.note} rows={2} maxLength={2000} />
      </>
    );
  }

  function premiumEdit(body: PremiumFormBody): editing.PremiumEdit {
    return {
      place: body.place ?? '',
      status: body.status,
      name: body.name,
      amount: body.amount ?? '',
      conditions: body.conditions ?? '',
      howToApply: body.howToApply ?? '',
      validFrom: body.validFrom ?? '',
      sourceUrl: body.sourceUrl,
      checkedOn: body.checkedOn ?? '',
      note: body.note ?? '',
    };
  }

  r.get('/beheer/premies', { schema: { querystring: AdminFlashQuery }, onRequest: guard('directory.manage') }, async (request, reply) => premiumsPage(request, reply, { flash: FLASH[request.query.gelukt ?? ''] }));

  r.post('/beheer/premies', { schema: { body: PremiumFormBody }, onRequest: guard('directory.manage') }, async (request, reply) => {
    const values = premiumEdit(request.body);
    return saveThen(reply, () => editing.savePremium(db, actor(request), null, values), (id) => `/beheer/premies/${id}?gelukt=aangemaakt`, (failure) => premiumsPage(request, reply, { values, ...failure }, 400));
  });

  async function premiumPage(request: FastifyRequest, reply: FastifyReply, nisCode: string, state: { values?: editing.PremiumEdit; errors?: FieldErrors; message?: string; flash?: string; deleteError?: string }, status = 200) {
    const municipality = await places.findMunicipalityByNisCode(db, nisCode);
    if (!municipality) throw new AppError('municipality_not_found', 404, 'Deze gemeente bestaat niet (meer).');
    const premium = await directory.getCarerPremium(db, nisCode);
    const values = state.values ?? editing.premiumEditOf(premium);
    const errors = state.errors ?? {};
    const csrf = request.csrfToken();
    const title = `Mantelzorgpremie van ${municipality.name}`;
    return reply.html(
      () => (
        <AdminLayout title={title} {...adminFrame(request, '/beheer/premies')} flash={state.flash}>
          <h1>{title}</h1>
          <p>
            <a href={`/gemeente/${municipality.slug}`}>Bekijk op de site</a> · <a href="/beheer/premies">Alle premies</a>
          </p>
          {!premium ? <p>We hebben nog geen gegevens over een premie in {municipality.name}.</p> : null}
          <ErrorSummary errors={errors} message={state.message} />
          <form method="post" action={`/beheer/premies/${nisCode}`} class="stack directory-form">
            <CsrfField token={csrf} />
            <PremiumFields values={values} errors={errors} />
            <button type="submit">Opslaan</button>
          </form>
          {premium ? (
            <DeleteSection title="Gegevens over de premie verwijderen" explain={`De site zegt dan weer dat we niet weten of ${municipality.name} een premie betaalt.`} action={`/beheer/premies/${nisCode}/verwijder`} csrf={csrf} what="deze gegevens" error={state.deleteError} />
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/premies/:nisCode', { schema: { params: NisCodeParams, querystring: AdminFlashQuery }, onRequest: guard('directory.manage') }, async (request, reply) =>
    premiumPage(request, reply, request.params.nisCode, { flash: FLASH[request.query.gelukt ?? ''] }),
  );

  r.post('/beheer/premies/:nisCode', { schema: { params: NisCodeParams, body: PremiumFormBody }, onRequest: guard('directory.manage') }, async (request, reply) => {
    const values = premiumEdit(request.body);
    if (!(await places.findMunicipalityByNisCode(db, request.params.nisCode))) throw new AppError('municipality_not_found', 404, 'Deze gemeente bestaat niet (meer).');
    return saveThen(reply, () => editing.savePremium(db, actor(request), request.params.nisCode, values), (id) => `/beheer/premies/${id}?gelukt=opgeslagen`, (failure) => premiumPage(request, reply, request.params.nisCode, { values, ...failure }, 400));
  });

  r.post('/beheer/premies/:nisCode/verwijder', { schema: { params: NisCodeParams, body: ConfirmBody }, onRequest: guard('directory.manage') }, async (request, reply) => {
    if (!confirmed(request.body)) return premiumPage(request, reply, request.params.nisCode, { deleteError: CONFIRM_MESSAGE }, 400);
    await editing.deletePremium(db, actor(request), request.params.nisCode);
    return reply.redirect('/beheer/premies?gelukt=verwijderd', 303);
  });
}

function locationLabel(l: directory.Location): string {
  if (l.locationType === 'virtual') return l.name ?? l.url ?? 'Online';
  const address = l.address ? `${l.address.address1}, ${l.address.postalCode} ${l.address.city}` : '';
  return [l.name, address].filter(Boolean).join(': ') || 'Adres zonder naam';
}

