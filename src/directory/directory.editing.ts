/**
 * Back-office editing of the directory: organisations, services, locations and carer premiums as
 * the /beheer forms hold them. Every write goes through saveDirectory() (so the site search stays in
 * step in the same transaction) and is recorded in the audit log in that transaction. A form holds
 * all of a record's phones, contacts, opening hours and areas: rows it leaves out are deleted. Row ids
 * that do not belong to the record are treated as new rows, so a forged id cannot move another's row.
 */
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { AppError, ValidationError } from '../errors.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import * as places from '../places/places.service.js';
import * as search from '../search/search.service.js';
import * as repo from './directory.repository.js';
import {
  areaResolver,
  directoryChanges,
  getCarerPremium,
  getLocationById,
  getOrganizationById,
  getServiceById,
  listTerms,
  loadOrganizations,
  newUuid,
  saveCarerPremiums,
  saveDirectory,
  syncDirectorySearch,
  publishListing as directoryPublish,
  type CarerPremium,
  type Contact,
  type ContactInput,
  type Location,
  type Organization,
  type OrganizationKind,
  type Phone,
  type PhoneInput,
  type Schedule,
  type ScheduleInput,
  type Service,
  type ServiceStatus,
} from './directory.service.js';
import { isOrganizationKind, SERVICE_STATUSES } from './directory.model.js';

type Q = Db | Tx;

/** The back office sees drafts too. */
const ALL = { drafts: true };

export interface PhoneEdit {
  id: string;
  number: string;
  description: string;
}

export interface ContactEdit {
  id: string;
  name: string;
  title: string;
  email: string;
  phoneId: string;
  phone: string;
}

/** Opening hours as people write them: days 'ma, di' (or '1di' for the first Tuesday of the month), '09:00', '12:00'. */
export interface HoursEdit {
  id: string;
  days: string;
  opens: string;
  closes: string;
  note: string;
}

interface ListingEdit {
  name: string;
  alternateName: string;
  description: string;
  email: string;
  sourceTitle: string;
  sourceUrl: string;
  /** "I checked this listing today" */
  verifiedNow: boolean;
  phones: PhoneEdit[];
  contacts: ContactEdit[];
}

export interface OrganisationEdit extends ListingEdit {
  kind: string;
  website: string;
  legalStatus: string;
}

export interface ServiceEdit extends ListingEdit {
  status: string;
  url: string;
  applicationProcess: string;
  feesDescription: string;
  eligibilityDescription: string;
  minimumAge: string;
  maximumAge: string;
  kinds: string[];
  audiences: string[];
  /** one area a line: a municipality or postcode, 'provincie Limburg', 'heel Vlaanderen', 'heel Brussel' */
  areas: string;
  /** ids of the organisation's locations where the service is given */
  locations: string[];
  hours: HoursEdit[];
}

export interface LocationEdit {
  locationType: string;
  name: string;
  address1: string;
  address2: string;
  postalCode: string;
  city: string;
  description: string;
  transportation: string;
  url: string;
  phones: PhoneEdit[];
  hours: HoursEdit[];
}

export interface PremiumEdit {
  /** a municipality's name or postcode (only for a new premium) */
  place: string;
  status: string;
  name: string;
  amount: string;
  conditions: string;
  howToApply: string;
  validFrom: string;
  sourceUrl: string;
  checkedOn: string;
  note: string;
}

const FIXED_SOURCE = 'Gegevens van de organisatie zelf';
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^https?:\/\/\S+$/;
const PHONE_RE = /^[+0-9][0-9 ()./-]{5,29}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS: Record<string, string> = { ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU' };
const DAY_NAMES = Object.fromEntries(Object.entries(DAYS).map(([nl, en]) => [en, nl]));

// ------------------------------------------------------------------------------------------
// domain -> form
// ------------------------------------------------------------------------------------------

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function phoneEdits(phones: Phone[]): PhoneEdit[] {
  return phones.map((p) => ({ id: p.id, number: p.number, description: text(p.description) }));
}

function contactEdits(contacts: Contact[]): ContactEdit[] {
  return contacts.map((c) => ({ id: c.id, name: text(c.name), title: text(c.title), email: text(c.email), phoneId: c.phones[0]?.id ?? '', phone: c.phones[0]?.number ?? '' }));
}

function hoursEdits(schedules: Schedule[]): HoursEdit[] {
  return schedules.map((s) => ({
    id: s.id,
    days: (s.byday ?? '')
      .split(',')
      .filter(Boolean)
      .map((d) => {
        const m = /^(-?\d)?([A-Z]{2})$/.exec(d.trim());
        return m ? `${m[1] ?? ''}${DAY_NAMES[m[2]!] ?? m[2]}` : d;
      })
      .join(', '),
    opens: text(s.opensAt),
    closes: text(s.closesAt),
    note: text(s.notes),
  }));
}

function listingEdit(x: Organization | Service): ListingEdit {
  return {
    name: x.name,
    alternateName: text(x.alternateName),
    description: x.description,
    email: text(x.email),
    sourceTitle: x.sourceTitle,
    sourceUrl: text(x.sourceUrl),
    verifiedNow: false,
    phones: phoneEdits(x.phones),
    contacts: contactEdits(x.contacts),
  };
}

export function organisationEditOf(org: Organization): OrganisationEdit {
  return { ...listingEdit(org), kind: org.kind, website: text(org.website), legalStatus: text(org.legalStatus) };
}

export function emptyOrganisationEdit(): OrganisationEdit {
  return { name: '', alternateName: '', description: '', email: '', sourceTitle: FIXED_SOURCE, sourceUrl: '', verifiedNow: true, phones: [], contacts: [], kind: 'other', website: '', legalStatus: '' };
}

export function serviceEditOf(service: Service): ServiceEdit {
  return {
    ...listingEdit(service),
    status: service.status,
    url: text(service.url),
    applicationProcess: text(service.applicationProcess),
    feesDescription: text(service.feesDescription),
    eligibilityDescription: text(service.eligibilityDescription),
    minimumAge: text(service.minimumAge),
    maximumAge: text(service.maximumAge),
    kinds: service.kinds.map((k) => k.slug),
    audiences: service.audiences.map((a) => a.slug),
    areas: service.areas.map((a) => a.label).join('\n'),
    locations: service.locations.map((l) => l.location.id),
    hours: hoursEdits(service.schedules),
  };
}

export function emptyServiceEdit(org: Organization): ServiceEdit {
  return {
    ...emptyOrganisationEdit(),
    sourceTitle: org.sourceTitle || FIXED_SOURCE,
    sourceUrl: text(org.sourceUrl),
    status: 'active',
    url: '',
    applicationProcess: '',
    feesDescription: '',
    eligibilityDescription: '',
    minimumAge: '',
    maximumAge: '',
    kinds: [],
    audiences: [],
    areas: '',
    locations: org.locations.length === 1 ? [org.locations[0]!.id] : [],
    hours: [],
  };
}

export function locationEditOf(l: Location): LocationEdit {
  return {
    locationType: l.locationType,
    name: text(l.name),
    address1: text(l.address?.address1),
    address2: text(l.address?.address2),
    postalCode: text(l.address?.postalCode),
    city: text(l.address?.city),
    description: text(l.description),
    transportation: text(l.transportation),
    url: text(l.url),
    phones: phoneEdits(l.phones),
    hours: hoursEdits(l.schedules),
  };
}

export function emptyLocationEdit(): LocationEdit {
  return { locationType: 'physical', name: '', address1: '', address2: '', postalCode: '', city: '', description: '', transportation: '', url: '', phones: [], hours: [] };
}

export function premiumEditOf(p: CarerPremium | null): PremiumEdit {
  return {
    place: '',
    status: p?.status ?? 'premium',
    name: p?.name ?? 'Mantelzorgpremie',
    amount: text(p?.amount),
    conditions: text(p?.conditions),
    howToApply: text(p?.howToApply),
    validFrom: text(p?.validFrom),
    sourceUrl: text(p?.sourceUrl),
    checkedOn: text(p?.checkedOn),
    note: text(p?.note),
  };
}

// ------------------------------------------------------------------------------------------
// form -> input, with field errors
// ------------------------------------------------------------------------------------------

class Problems {
  readonly fields: Record<string, string> = {};
  add(field: string, message: string) {
    this.fields[field] ??= message;
  }
  throwIfAny(what: string) {
    if (Object.keys(this.fields).length) throw new ValidationError(`${what}: niet alles is goed ingevuld.`, this.fields);
  }
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** A row keeps its id only when it already belongs to this record; otherwise it is a new row. */
function ownId(id: string, known: ReadonlySet<string>): string {
  return id && known.has(id) ? id : newUuid();
}

function checkListing(e: ListingEdit, p: Problems): void {
  if (e.name.trim().length > 300) p.add('name', 'Een naam is hoogstens 300 tekens lang.');
  if (!e.description.trim()) p.add('description', 'Beschrijf in een paar zinnen wat dit is.');
  if (e.email.trim() && !EMAIL_RE.test(e.email.trim())) p.add('email', 'Geef een geldig e-mailadres, zoals info@voorbeeld.be.');
  if (!e.sourceTitle.trim()) p.add('sourceTitle', 'Zeg waar de gegevens vandaan komen.');
  if (e.sourceUrl.trim() && !URL_RE.test(e.sourceUrl.trim())) p.add('sourceUrl', 'Een link begint met http:// of https://.');
}

/** Fields the forms do not show (an extension, a type, a department, a schedule's validity) stay as they were. */
function phoneInputs(rows: PhoneEdit[], known: ReadonlySet<string>, p: Problems, old: Phone[] = []): PhoneInput[] {
  const out: PhoneInput[] = [];
  for (const r of rows) {
    if (!r.number.trim()) continue;
    if (!PHONE_RE.test(r.number.trim())) p.add('phones', `Telefoonnummer "${r.number.trim()}" klopt niet: gebruik cijfers, spaties en eventueel + vooraan.`);
    const id = ownId(r.id, known);
    const was = old.find((x) => x.id === id);
    out.push({ id, number: r.number.trim(), description: orNull(r.description), extension: was?.extension ?? null, type: was?.type ?? null });
  }
  return out;
}

function contactInputs(rows: ContactEdit[], known: ReadonlySet<string>, p: Problems, old: Contact[] = []): ContactInput[] {
  const out: ContactInput[] = [];
  for (const r of rows) {
    if (!r.name.trim() && !r.email.trim() && !r.phone.trim() && !r.title.trim()) continue;
    if (r.email.trim() && !EMAIL_RE.test(r.email.trim())) p.add('contacts', `E-mailadres "${r.email.trim()}" klopt niet.`);
    if (r.phone.trim() && !PHONE_RE.test(r.phone.trim())) p.add('contacts', `Telefoonnummer "${r.phone.trim()}" klopt niet.`);
    const id = ownId(r.id, known);
    const was = old.find((x) => x.id === id);
    const phoneId = ownId(r.phoneId, known);
    const phone = was?.phones.find((x) => x.id === phoneId);
    out.push({
      id,
      name: orNull(r.name),
      title: orNull(r.title),
      department: was?.department ?? null,
      email: orNull(r.email),
      phones: r.phone.trim() ? [{ ...phone, id: phoneId, number: r.phone.trim() }] : [],
    });
  }
  return out;
}

/** The form's remark is the schedule's notes; a description from an import stays as it was, and so does its validity. */
function scheduleInputs(rows: HoursEdit[], known: ReadonlySet<string>, p: Problems, existing: Schedule[] = []): ScheduleInput[] {
  const out: ScheduleInput[] = [];
  for (const r of rows) {
    if (!r.days.trim() && !r.opens.trim() && !r.closes.trim() && !r.note.trim()) continue;
    const days: string[] = [];
    let monthly = false;
    for (const token of r.days.toLowerCase().split(/[\s,;]+/).filter(Boolean)) {
      const m = /^(-?[1-5])?(?:e|ste|de)?(ma|di|wo|do|vr|za|zo)\w*$/.exec(token);
      if (!m) {
        p.add('hours', `Dag "${token}" kennen we niet: schrijf ma, di, wo, do, vr, za of zo.`);
        continue;
      }
      if (m[1]) monthly = true;
      days.push(`${m[1] ?? ''}${DAYS[m[2]!]}`);
    }
    if (!days.length) p.add('hours', 'Geef bij elke rij openingsuren de dagen, zoals "ma, di".');
    for (const t of [r.opens.trim(), r.closes.trim()]) if (t && !TIME_RE.test(t)) p.add('hours', `Uur "${t}" klopt niet: schrijf het als 09:00.`);
    if (TIME_RE.test(r.opens.trim()) && TIME_RE.test(r.closes.trim()) && r.opens.trim() >= r.closes.trim()) p.add('hours', `${r.days}: het sluituur moet na het openingsuur komen.`);
    const id = ownId(r.id, known);
    const was = existing.find((s) => s.id === id);
    out.push({
      id,
      freq: monthly ? 'MONTHLY' : 'WEEKLY',
      interval: was?.interval ?? null,
      byday: days.join(','),
      bymonthday: was?.bymonthday ?? null,
      opensAt: orNull(r.opens),
      closesAt: orNull(r.closes),
      validFrom: was?.validFrom ?? null,
      validTo: was?.validTo ?? null,
      description: was?.description ?? null,
      notes: orNull(r.note),
    });
  }
  return out;
}

function childIds(x: { phones: Phone[]; contacts: Contact[]; schedules?: Schedule[] }): Set<string> {
  return new Set([...x.phones.map((p) => p.id), ...x.contacts.flatMap((c) => [c.id, ...c.phones.map((p) => p.id)]), ...(x.schedules ?? []).map((s) => s.id)]);
}

/** Deletes the owner's phones, contacts and opening hours that the saved form no longer holds. */
async function dropLeftOut(
  tx: Tx,
  owner: { column: 'organization_id' | 'service_id' | 'location_id'; id: string },
  kept: { phones: PhoneInput[]; contacts: ContactInput[]; schedules?: ScheduleInput[] },
): Promise<void> {
  const nullColumns = ['organization_id', 'service_id', 'location_id'].filter((c) => c !== owner.column && !(owner.column === 'location_id' && c === 'organization_id'));
  const ref = { column: owner.column, id: owner.id, nullColumns };
  await repo.deleteRowsExcept(tx, 'directory_phones', ref, [...kept.phones.map((p) => p.id), ...kept.contacts.flatMap((c) => (c.phones ?? []).map((p) => p.id))]);
  await repo.deleteRowsExcept(tx, 'directory_contacts', ref, kept.contacts.map((c) => c.id));
  if (kept.schedules && owner.column !== 'organization_id') {
    const scheduleRef = { column: owner.column, id: owner.id, nullColumns: owner.column === 'location_id' ? ['service_id'] : [] };
    await repo.deleteRowsExcept(tx, 'directory_schedules', scheduleRef, kept.schedules.map((s) => s.id));
  }
}

function verifiedOn(e: { verifiedNow: boolean }, current: string | null, today: string): string | null {
  return e.verifiedNow ? today : current;
}

// ------------------------------------------------------------------------------------------
// snapshots for the audit log
// ------------------------------------------------------------------------------------------

function organisationSnapshot(o: Organization) {
  const { services: _s, locations, ...rest } = o;
  return { ...rest, locations: locations.map((l) => l.id) };
}

function serviceSnapshot(s: Service) {
  const { locations, kinds, audiences, termLinks: _t, organization, ...rest } = s;
  return { ...rest, organizationId: organization.id, kinds: kinds.map((k) => k.slug), audiences: audiences.map((a) => a.slug), locations: locations.map((l) => l.location.id) };
}

function locationSnapshot(l: Location) {
  const { municipality: _m, ...rest } = l;
  return rest;
}

// ------------------------------------------------------------------------------------------
// writes
// ------------------------------------------------------------------------------------------

/** Saves an organisation from its form (new when id is null); returns its id. */
export async function saveOrganisation(db: Db, actor: Actor, id: string | null, e: OrganisationEdit, today: string, now = new Date()): Promise<string> {
  const current = id ? await getOrganizationById(db, id, ALL) : null;
  const p = new Problems();
  if (!e.name.trim()) p.add('name', 'Geef een naam.');
  if (!isOrganizationKind(e.kind)) p.add('kind', 'Kies een soort organisatie.');
  checkListing(e, p);
  if (e.website.trim() && !URL_RE.test(e.website.trim())) p.add('website', 'Een website begint met http:// of https://.');
  const known = current ? childIds(current) : new Set<string>();
  const phones = phoneInputs(e.phones, known, p, current?.phones);
  const contacts = contactInputs(e.contacts, known, p, current?.contacts);
  p.throwIfAny('Organisatie');
  const orgId = current?.id ?? newUuid();
  await saveDirectory(
    db,
    {
      organizations: [
        {
          id: orgId,
          name: e.name,
          alternateName: orNull(e.alternateName),
          description: e.description.trim(),
          kind: e.kind as OrganizationKind,
          email: orNull(e.email),
          website: orNull(e.website),
          legalStatus: orNull(e.legalStatus),
          sourceTitle: e.sourceTitle.trim(),
          sourceUrl: orNull(e.sourceUrl),
          lastVerifiedOn: verifiedOn(e, current?.lastVerifiedOn ?? null, today),
          phones,
          contacts,
        },
      ],
      locations: [],
      services: [],
    },
    now,
    {
      before: (tx) => dropLeftOut(tx, { column: 'organization_id', id: orgId }, { phones, contacts }),
      after: async (tx) => {
        const after = (await loadOrganizations(tx, [orgId], ALL))[0]!;
        await recordChange(tx, actor, { action: current ? 'organisation.update' : 'organisation.create', entityType: 'organisation', entityId: orgId, before: current ? organisationSnapshot(current) : undefined, after: organisationSnapshot(after) }, now);
      },
    },
  );
  return orgId;
}

/** Saves a service of an organisation from its form (new when id is null); returns its id. */
export async function saveService(db: Db, actor: Actor, ref: { id: string | null; organizationId: string }, e: ServiceEdit, today: string, now = new Date()): Promise<string> {
  const current = ref.id ? await getServiceById(db, ref.id, ALL) : null;
  const org = await getOrganizationById(db, current?.organization.id ?? ref.organizationId, ALL);
  const p = new Problems();
  if (!e.name.trim()) p.add('name', 'Geef een naam.');
  checkListing(e, p);
  if (!SERVICE_STATUSES.includes(e.status as ServiceStatus)) p.add('status', 'Kies een status.');
  if (e.url.trim() && !URL_RE.test(e.url.trim())) p.add('url', 'Een link begint met http:// of https://.');
  const age = (field: 'minimumAge' | 'maximumAge') => {
    const v = e[field].trim();
    if (!v) return null;
    if (!/^\d{1,3}$/.test(v) || Number(v) > 120) p.add(field, 'Geef een leeftijd in jaren (een getal van 0 tot 120), of laat leeg.');
    return Number(v);
  };
  const minimumAge = age('minimumAge');
  const maximumAge = age('maximumAge');
  if (minimumAge !== null && maximumAge !== null && minimumAge > maximumAge) p.add('maximumAge', 'De hoogste leeftijd is kleiner dan de laagste.');
  const { kinds, audiences } = await listTerms(db);
  if (!e.kinds.length) p.add('kinds', 'Kies minstens één soort hulp.');
  for (const k of e.kinds) if (!kinds.some((t) => t.slug === k)) p.add('kinds', `Soort hulp "${k}" kennen we niet.`);
  for (const a of e.audiences) if (!audiences.some((t) => t.slug === a)) p.add('audiences', `Doelgroep "${a}" kennen we niet.`);
  const resolve = await areaResolver(db);
  const areas: { scope: 'municipality' | 'province' | 'region'; value: string }[] = [];
  for (const line of e.areas.split(/\r?\n|;/).map((l) => l.trim()).filter(Boolean)) {
    let area = resolve(line) ?? resolve(line.replace(/^provincie\s+(.)/i, (_, c: string) => `provincie ${c.toUpperCase()}`));
    if (!area && /^\d{4}$/.test(line)) {
      const match = await places.resolvePlace(db, line);
      if (match.kind === 'postcode' && match.municipalities.length === 1) area = { scope: 'municipality', value: match.municipalities[0]!.nisCode };
    }
    if (!area) p.add('areas', `"${line}" kennen we niet als gemeente, provincie of gewest.`);
    else if (area.scope !== 'other' && !areas.some((a) => a.scope === area!.scope && a.value === area!.value)) areas.push({ scope: area.scope, value: area.value });
  }
  if (!areas.length && !p.fields.areas) p.add('areas', 'Zeg voor welke gemeenten, provincie of gewest dit aanbod is.');
  const orgLocations = new Set(org.locations.map((l) => l.id));
  for (const l of e.locations) if (!orgLocations.has(l)) p.add('locations', 'Kies alleen adressen van deze organisatie.');
  const known = current ? new Set([...childIds(current), ...current.areas.map((a) => a.id), ...current.termLinks.map((t) => t.id), ...current.locations.map((l) => l.id)]) : new Set<string>();
  const phones = phoneInputs(e.phones, known, p, current?.phones);
  const contacts = contactInputs(e.contacts, known, p, current?.contacts);
  const schedules = scheduleInputs(e.hours, known, p, current?.schedules);
  p.throwIfAny('Aanbod');
  const serviceId = current?.id ?? newUuid();
  const termInputs = [...e.kinds.map((slug) => ({ taxonomy: 'kind' as const, slug })), ...e.audiences.map((slug) => ({ taxonomy: 'audience' as const, slug }))].map((t) => {
    const term = [...kinds, ...audiences].find((x) => x.taxonomy === t.taxonomy && x.slug === t.slug)!;
    return { ...t, id: current?.termLinks.find((l) => l.termId === term.id)?.id ?? newUuid() };
  });
  const areaInputs = areas.map((a) => ({ ...a, id: current?.areas.find((x) => x.scope === a.scope && x.value === a.value)?.id ?? newUuid() }));
  const links = [...new Set(e.locations)].map((locationId) => ({ locationId, id: current?.locations.find((l) => l.location.id === locationId)?.id ?? newUuid() }));
  await saveDirectory(
    db,
    {
      organizations: [],
      locations: [],
      services: [
        {
          id: serviceId,
          organizationId: org.id,
          name: e.name,
          alternateName: orNull(e.alternateName),
          description: e.description.trim(),
          status: e.status as ServiceStatus,
          url: orNull(e.url),
          email: orNull(e.email),
          applicationProcess: orNull(e.applicationProcess),
          feesDescription: orNull(e.feesDescription),
          eligibilityDescription: orNull(e.eligibilityDescription),
          minimumAge,
          maximumAge,
          sourceTitle: e.sourceTitle.trim(),
          sourceUrl: orNull(e.sourceUrl),
          lastVerifiedOn: verifiedOn(e, current?.lastVerifiedOn ?? null, today),
          terms: termInputs,
          areas: areaInputs,
          locations: links,
          phones,
          contacts,
          schedules,
        },
      ],
    },
    now,
    {
      before: async (tx) => {
        await dropLeftOut(tx, { column: 'service_id', id: serviceId }, { phones, contacts, schedules });
        const owner = { column: 'service_id', id: serviceId };
        await repo.deleteRowsExcept(tx, 'directory_service_terms', owner, termInputs.map((t) => t.id));
        await repo.deleteRowsExcept(tx, 'directory_service_areas', owner, areaInputs.map((a) => a.id));
        await repo.deleteRowsExcept(tx, 'directory_service_locations', owner, links.map((l) => l.id));
      },
      after: async (tx) => {
        const after = (await getServiceById(tx, serviceId, ALL));
        await recordChange(tx, actor, { action: current ? 'service.update' : 'service.create', entityType: 'service', entityId: serviceId, before: current ? serviceSnapshot(current) : undefined, after: serviceSnapshot(after) }, now);
      },
    },
  );
  return serviceId;
}

/** Saves a location of an organisation from its form (new when id is null); the municipality follows from the postcode. */
export async function saveLocation(db: Db, actor: Actor, ref: { id: string | null; organizationId: string | null }, e: LocationEdit, now = new Date()): Promise<string> {
  const current = ref.id ? await getLocationById(db, ref.id) : null;
  const p = new Problems();
  const type = e.locationType === 'postal' || e.locationType === 'virtual' ? e.locationType : e.locationType === 'physical' ? 'physical' : null;
  if (!type) p.add('locationType', 'Kies een soort adres.');
  let city = e.city.trim();
  const postcode = e.postalCode.trim();
  if (type === 'virtual') {
    if (!URL_RE.test(e.url.trim())) p.add('url', 'Geef de link (https://…) waar mensen online terechtkunnen.');
  } else {
    if (!e.address1.trim()) p.add('address1', 'Geef de straat en het huisnummer.');
    if (!/^\d{4}$/.test(postcode)) p.add('postalCode', 'Geef een Belgische postcode van vier cijfers.');
    else {
      const match = await places.resolvePlace(db, postcode);
      if (match.kind === 'unknown') p.add('postalCode', `Postcode ${postcode} kennen we niet.`);
      else if (match.kind === 'outside') p.add('postalCode', `Postcode ${postcode} ligt in Wallonië: deze lijst toont alleen Vlaanderen en Brussel.`);
      else if (!city) {
        if (match.municipalities.length === 1) city = match.municipalities[0]!.name;
        else p.add('city', `Postcode ${postcode} hoort bij meer dan één gemeente: geef de gemeente.`);
      }
    }
  }
  if (e.url.trim() && !URL_RE.test(e.url.trim())) p.add('url', 'Een link begint met http:// of https://.');
  const known = current ? childIds(current) : new Set<string>();
  const phones = phoneInputs(e.phones, known, p, current?.phones);
  const schedules = scheduleInputs(e.hours, known, p, current?.schedules);
  p.throwIfAny('Adres');
  const locationId = current?.id ?? newUuid();
  const address = type === 'virtual' ? null : { id: current?.address?.id ?? newUuid(), address1: e.address1.trim(), address2: orNull(e.address2), postalCode: postcode, city, country: 'BE' };
  // Measured coordinates stay while the address stays; a new address falls back to its municipality's centre.
  const same = current?.coordinatesFrom === 'address' && current.address?.address1 === address?.address1 && current.address?.postalCode === address?.postalCode;
  const organizationId = current ? current.organizationId : ref.organizationId;
  await saveDirectory(
    db,
    {
      organizations: [],
      services: [],
      locations: [
        {
          id: locationId,
          organizationId,
          locationType: type!,
          name: orNull(e.name),
          description: orNull(e.description),
          transportation: orNull(e.transportation),
          url: orNull(e.url),
          address,
          latitude: same ? current!.latitude : null,
          longitude: same ? current!.longitude : null,
          phones,
          schedules,
          contacts: current?.contacts ?? [],
        },
      ],
    },
    now,
    {
      before: (tx) => dropLeftOut(tx, { column: 'location_id', id: locationId }, { phones, contacts: current?.contacts ?? [], schedules }),
      after: async (tx) => {
        // The services given here show the address too.
        await syncLocationServices(tx, locationId, organizationId);
        const after = await getLocationById(tx, locationId);
        await recordChange(tx, actor, { action: current ? 'location.update' : 'location.create', entityType: 'location', entityId: locationId, before: current ? locationSnapshot(current) : undefined, after: locationSnapshot(after) }, now);
      },
    },
  );
  return locationId;
}

async function syncLocationServices(tx: Tx, locationId: string, organizationId: string | null): Promise<void> {
  const services = (await repo.listServiceLocationsOf(tx, locationId)).map((l) => l.service_id);
  await syncDirectorySearch(tx, { organizations: organizationId ? [organizationId] : [], services });
}

/** "Checked today": sets the listing's verification date. */
export async function markVerified(db: Db, actor: Actor, kind: 'organisation' | 'service', id: string, today: string, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = kind === 'organisation' ? (await getOrganizationById(tx, id, ALL)).lastVerifiedOn : (await getServiceById(tx, id, ALL)).lastVerifiedOn;
    await repo.setLastVerified(tx, kind === 'organisation' ? 'directory_organizations' : 'directory_services', id, today, now.toISOString());
    await syncDirectorySearch(tx, kind === 'organisation' ? { organizations: [id], services: [] } : { organizations: [], services: [id] });
    await recordChange(tx, actor, { action: `${kind}.verify`, entityType: kind, entityId: id, before: { lastVerifiedOn: before }, after: { lastVerifiedOn: today } }, now);
  });
  directoryChanges.emit('changed');
}

/** Publishes a draft service (with its organisation when that is a draft too) or a draft organisation; audited. */
export async function publishListing(db: Db, actor: Actor, kind: 'organisation' | 'service', id: string, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const published = await directoryPublish(tx, kind, id, now);
    for (const o of published.organisations) await recordChange(tx, actor, { action: 'organisation.publish', entityType: 'organisation', entityId: o, before: { draft: true }, after: { draft: false } }, now);
    for (const s of published.services) await recordChange(tx, actor, { action: 'service.publish', entityType: 'service', entityId: s, before: { draft: true }, after: { draft: false } }, now);
  });
  directoryChanges.emit('changed');
}

/** Deletes a service with everything under it; it leaves the site search in the same transaction. */
export async function deleteService(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const service = await getServiceById(tx, id, ALL);
    await repo.deleteService(tx, id);
    await removeFromSearch(tx, 'service', id);
    await syncDirectorySearch(tx, { organizations: [service.organization.id], services: [] });
    await recordChange(tx, actor, { action: 'service.delete', entityType: 'service', entityId: id, before: serviceSnapshot(service) }, now);
  });
  directoryChanges.emit('changed');
}

/** Deletes an address; services given there lose it. */
export async function deleteLocation(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const location = await getLocationById(tx, id);
    const services = (await repo.listServiceLocationsOf(tx, id)).map((l) => l.service_id);
    await repo.deleteLocation(tx, id);
    await syncDirectorySearch(tx, { organizations: location.organizationId ? [location.organizationId] : [], services });
    await recordChange(tx, actor, { action: 'location.delete', entityType: 'location', entityId: id, before: locationSnapshot(location) }, now);
  });
  directoryChanges.emit('changed');
}

/** Deletes an organisation and its addresses; refused while it still has services (delete or move those first). */
export async function deleteOrganisation(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const org = await getOrganizationById(tx, id, ALL);
    if (org.services.length) throw new AppError('organisation_has_services', 400, `Deze organisatie heeft nog ${org.services.length === 1 ? 'één aanbod' : `${org.services.length} aanbiedingen`}. Verwijder die eerst, of zet ze op "gestopt".`);
    for (const l of org.locations) await repo.deleteLocation(tx, l.id);
    await repo.deleteOrganization(tx, id);
    await removeFromSearch(tx, 'organisation', id);
    await recordChange(tx, actor, { action: 'organisation.delete', entityType: 'organisation', entityId: id, before: organisationSnapshot(org) }, now);
  });
  directoryChanges.emit('changed');
}

async function removeFromSearch(tx: Tx, kind: 'organisation' | 'service', id: string): Promise<void> {
  for (const refId of (await search.refIdsFor(tx, kind, [id])).values()) await search.removeDocument(tx, kind, refId);
}

// ------------------------------------------------------------------------------------------
// carer premiums
// ------------------------------------------------------------------------------------------

/** Saves a municipality's carer premium; a new one names its municipality (name or postcode). Returns the NIS code. */
export async function savePremium(db: Db, actor: Actor, nisCode: string | null, e: PremiumEdit, now = new Date()): Promise<string> {
  const p = new Problems();
  let nis = nisCode;
  if (!nis) {
    const match = e.place.trim() ? await places.resolvePlace(db, e.place.trim()) : null;
    if (!match || match.kind === 'unknown' || match.kind === 'outside') p.add('place', 'Geef een gemeente in Vlaanderen of Brussel (naam of postcode).');
    else if (match.municipalities.length > 1) p.add('place', `"${e.place.trim()}" past bij meer dan één gemeente: ${match.municipalities.map((m) => m.name).join(', ')}. Geef de naam.`);
    else nis = match.municipalities[0]!.nisCode;
    if (nis && (await getCarerPremium(db, nis))) p.add('place', 'Voor deze gemeente bestaat al een premie: pas die aan.');
  }
  if (e.status !== 'premium' && e.status !== 'none') p.add('status', 'Kies of de gemeente een premie betaalt.');
  for (const f of ['validFrom', 'checkedOn'] as const) if (e[f].trim() && !DATE_RE.test(e[f].trim())) p.add(f, 'Geef een datum.');
  p.throwIfAny('Premie');
  const premium: CarerPremium = {
    nisCode: nis!,
    status: e.status === 'none' ? 'none' : 'premium',
    name: e.name,
    amount: orNull(e.amount),
    conditions: orNull(e.conditions),
    howToApply: orNull(e.howToApply),
    validFrom: orNull(e.validFrom),
    sourceUrl: e.sourceUrl.trim(),
    checkedOn: orNull(e.checkedOn),
    note: orNull(e.note),
  };
  const before = await getCarerPremium(db, nis!);
  await inTransaction(db, async (tx) => {
    await saveCarerPremiums(tx, [premium], now);
    await recordChange(tx, actor, { action: before ? 'premium.update' : 'premium.create', entityType: 'carer_premium', entityId: nis, before: before ?? undefined, after: premium }, now);
  });
  directoryChanges.emit('changed');
  return nis!;
}

export async function deletePremium(db: Db, actor: Actor, nisCode: string, now = new Date()): Promise<void> {
  const before = await getCarerPremium(db, nisCode);
  if (!before) return;
  await inTransaction(db, async (tx) => {
    await repo.deletePremium(tx, nisCode);
    await recordChange(tx, actor, { action: 'premium.delete', entityType: 'carer_premium', entityId: nisCode, before }, now);
  });
  directoryChanges.emit('changed');
}

/** Organisations for the back office's list: all of them, or only the partner's own (`scope`). */
export async function listOrganisationsForEditing(db: Q, scope: string | null, query?: string): Promise<{ id: string; name: string; kind: OrganizationKind; lastVerifiedOn: string | null }[]> {
  const rows = scope === null ? await repo.listOrganizations(db, undefined, ALL) : scope ? await repo.listOrganizations(db, [scope], ALL) : [];
  const needle = query ? places.foldPlaceName(query) : '';
  return rows
    .filter((r) => !needle || places.foldPlaceName(r.name).includes(needle))
    .map((r) => ({ id: r.id, name: r.name, kind: isOrganizationKind(r.kind) ? r.kind : 'other', lastVerifiedOn: r.last_verified_on }));
}
