/**
 * The directory of support: organisations, their services and locations, the municipalities each
 * service covers, contacts and opening hours, and municipal carer premiums. Modelled one-to-one on
 * HSDS 3.0 (see directory.hsds.ts). HTML pages, the HSDS API and the CLI all read through here.
 */
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import * as places from '../places/places.service.js';
import * as content from '../content/content.service.js';
import * as search from '../search/search.service.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import type { Municipality } from '../places/places.service.js';
import * as repo from './directory.repository.js';
import * as hsds from './directory.hsds.js';
import type { ContactRow, LocationRow, OrganizationRow, PhoneRow, ScheduleRow, ServiceAreaRow, ServiceRow, TermRow } from './directory.table.js';
import {
  isOrganizationKind,
  type AreaScope,
  type CarerPremium,
  type Contact,
  type DirectoryInput,
  type DirectorySearchDocument,
  type Listing,
  type Location,
  type Organization,
  type OrganizationCard,
  type OrganizationInput,
  type Phone,
  type Schedule,
  type Service,
  type ServiceArea,
  type ServiceCard,
  type ServiceInput,
  type LocationInput,
  type ServiceMatch,
  type ServiceStatus,
  type StaleListing,
  type Term,
} from './directory.model.js';

export * from './directory.model.js';

type Q = Db | Tx;

/** Emits 'changed' after a committed write, so caches (rendered pages) can be dropped. */
export const directoryChanges = new EventEmitter();

/** A listing not verified for this many months is flagged to editors. */
export const VERIFY_EVERY_MONTHS = 12;

// ------------------------------------------------------------------------------------------
// ids and slugs
// ------------------------------------------------------------------------------------------

/** A name-based UUID (version 5 layout): the same name always gives the same id (demo data, derived objects). */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`expertisepunt:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function newUuid(): string {
  return randomUUID();
}

export function slugify(text: string): string {
  const slug = places.foldPlaceName(text).slice(0, 80).replace(/-+$/, '');
  return slug || 'zonder-naam';
}

/** A record keeps its slug (its URL) unless a new one is asked for explicitly; a new record gets one from its name. */
async function freeSlug(db: Q, table: 'directory_organizations' | 'directory_services', id: string, explicit: string | undefined, name: string): Promise<string> {
  const existing = await repo.findSlugById(db, table, id);
  if (existing && (!explicit || existing.slug === explicit)) return existing.slug;
  const base = slugify(explicit ?? name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const owner = await repo.findSlugOwner(db, table, candidate);
    if (!owner || owner.id === id) return candidate;
  }
}

// ------------------------------------------------------------------------------------------
// rows -> domain
// ------------------------------------------------------------------------------------------

function toTerm(row: Pick<TermRow, 'id' | 'taxonomy' | 'slug' | 'name' | 'description'>): Term {
  return { id: row.id, taxonomy: row.taxonomy === 'audience' ? 'audience' : 'kind', slug: row.slug, name: row.name, description: row.description };
}

function toPhone(row: PhoneRow): Phone {
  return { id: row.id, number: row.number, extension: row.extension, type: row.type, description: row.description };
}

function toSchedule(row: ScheduleRow): Schedule {
  return {
    id: row.id,
    freq: row.freq === 'WEEKLY' || row.freq === 'MONTHLY' ? row.freq : null,
    interval: row.interval,
    byday: row.byday,
    bymonthday: row.bymonthday,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    description: row.description,
    notes: row.notes,
  };
}

function listing(row: { source_title: string; source_url: string | null; last_verified_on: string | null; created_at: string; updated_at: string; draft: number }): Listing {
  return { sourceTitle: row.source_title, sourceUrl: row.source_url, lastVerifiedOn: row.last_verified_on, createdAt: row.created_at, updatedAt: row.updated_at, draft: Number(row.draft) === 1 };
}

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

async function loadContacts(db: Q, owner: 'organization_id' | 'service_id' | 'location_id', ids: string[]): Promise<Map<string, Contact[]>> {
  if (ids.length === 0) return new Map();
  const rows = await repo.listContactsBy(db, owner, ids);
  const phones = groupBy(await repo.listPhonesBy(db, 'contact_id', rows.map((r) => r.id)), (p) => p.contact_id);
  const toContact = (r: ContactRow): Contact => ({ id: r.id, name: r.name, title: r.title, department: r.department, email: r.email, phones: (phones.get(r.id) ?? []).map(toPhone) });
  // Contacts of a service belong to the service only; those of an organisation exclude its services' and locations'.
  const own = rows.filter((r) => (owner === 'organization_id' ? r.service_id === null && r.location_id === null : owner === 'location_id' ? r.service_id === null : true));
  return new Map([...groupBy(own, (r) => r[owner])].map(([k, list]) => [k, list.map(toContact)]));
}

async function loadPhones(db: Q, owner: 'organization_id' | 'service_id' | 'location_id', ids: string[]): Promise<Map<string, Phone[]>> {
  if (ids.length === 0) return new Map();
  const rows = (await repo.listPhonesBy(db, owner, ids)).filter((r) =>
    owner === 'organization_id' ? r.service_id === null && r.location_id === null && r.contact_id === null : owner === 'location_id' ? r.service_id === null && r.contact_id === null : r.contact_id === null,
  );
  return new Map([...groupBy(rows, (r) => r[owner])].map(([k, list]) => [k, list.map(toPhone)]));
}

async function loadLocations(db: Q, rows: LocationRow[]): Promise<Location[]> {
  const ids = rows.map((r) => r.id);
  const [phones, contacts, schedules, all] = await Promise.all([
    loadPhones(db, 'location_id', ids),
    loadContacts(db, 'location_id', ids),
    ids.length ? repo.listSchedulesBy(db, 'location_id', ids) : Promise.resolve([]),
    places.listMunicipalities(db),
  ]);
  const byNis = new Map(all.map((m) => [m.nisCode, m]));
  const schedulesBy = groupBy(schedules.filter((s) => s.service_id === null), (s) => s.location_id);
  return rows.map((r) => {
    const m = r.nis_code ? byNis.get(r.nis_code) : undefined;
    return {
      id: r.id,
      organizationId: r.organization_id,
      locationType: r.location_type === 'postal' || r.location_type === 'virtual' ? r.location_type : 'physical',
      name: r.name,
      description: r.description,
      url: r.url,
      transportation: r.transportation,
      address:
        r.address_id && r.address_1 !== null
          ? {
              id: r.address_id,
              address1: r.address_1,
              address2: r.address_2,
              postalCode: r.postal_code ?? '',
              city: r.city ?? '',
              region: r.region,
              stateProvince: r.state_province,
              country: r.country ?? 'BE',
            }
          : null,
      nisCode: r.nis_code,
      municipality: m ? { slug: m.slug, name: m.name } : null,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      coordinatesFrom: r.coordinates_from === 'address' || r.coordinates_from === 'municipality' ? r.coordinates_from : null,
      phones: phones.get(r.id) ?? [],
      schedules: (schedulesBy.get(r.id) ?? []).map(toSchedule),
      contacts: contacts.get(r.id) ?? [],
    };
  });
}

function areaLabel(row: Pick<ServiceAreaRow, 'scope' | 'value' | 'name' | 'description'>, byNis: Map<string, Municipality>): string {
  switch (row.scope) {
    case 'municipality':
      return byNis.get(row.value)?.name ?? row.value;
    case 'province':
      return `provincie ${row.value}`;
    case 'region':
      return row.value === 'Brussel' ? 'heel Brussel' : 'heel Vlaanderen';
    default:
      return row.name ?? row.description ?? 'een gebied dat we niet kennen';
  }
}

function toCard(row: ServiceRow, org: OrganizationRow | undefined, terms: Term[]): ServiceCard {
  return {
    ...listing(row),
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    status: row.status as ServiceStatus,
    feesDescription: row.fees_description,
    organization: org ? { id: org.id, slug: org.slug, name: org.name } : { id: row.organization_id, slug: '', name: '' },
    kinds: terms.filter((t) => t.taxonomy === 'kind'),
    audiences: terms.filter((t) => t.taxonomy === 'audience'),
  };
}

/** What reads may see: public records only (the default, every public channel), or drafts too (the back office). */
export type DraftOptions = repo.DraftOptions;

/** Full services, in the order of the given ids (drafts left out unless asked for). */
export async function loadServices(db: Q, ids: string[], options: DraftOptions = {}): Promise<Service[]> {
  if (ids.length === 0) return [];
  const rows = await repo.listServices(db, ids, options);
  const [orgs, termRows, areas, links, contacts, phones, schedules, all] = await Promise.all([
    repo.listOrganizations(db, rows.map((r) => r.organization_id), options),
    repo.listServiceTerms(db, ids),
    repo.listAreas(db, ids),
    repo.listServiceLocations(db, ids),
    loadContacts(db, 'service_id', ids),
    loadPhones(db, 'service_id', ids),
    repo.listSchedulesBy(db, 'service_id', ids),
    places.listMunicipalities(db),
  ]);
  const byNis = new Map(all.map((m) => [m.nisCode, m]));
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const locations = new Map((await loadLocations(db, await repo.listLocations(db, links.map((l) => l.location_id)))).map((l) => [l.id, l]));
  const termsBy = groupBy(termRows.sort((a, b) => a.position - b.position), (t) => t.service_id);
  const areasBy = groupBy(areas, (a) => a.service_id);
  const linksBy = groupBy(links, (l) => l.service_id);
  const schedulesBy = groupBy(schedules, (s) => s.service_id);
  const byId = new Map(
    rows.map((row) => {
      const terms = termsBy.get(row.id) ?? [];
      const service: Service = {
        ...toCard(row, orgById.get(row.organization_id), terms.map(toTerm)),
        alternateName: row.alternate_name,
        url: row.url,
        email: row.email,
        applicationProcess: row.application_process,
        eligibilityDescription: row.eligibility_description,
        minimumAge: row.minimum_age,
        maximumAge: row.maximum_age,
        termLinks: terms.map((t) => ({ id: t.link_id, termId: t.id })),
        areas: (areasBy.get(row.id) ?? []).map(
          (a): ServiceArea => ({
            id: a.id,
            scope: a.scope as AreaScope,
            value: a.value,
            label: areaLabel(a, byNis),
            name: a.name,
            description: a.description,
            extent: a.extent,
            extentType: a.extent_type,
            uri: a.uri,
          }),
        ).sort((a, b) => a.label.localeCompare(b.label, 'nl')),
        locations: (linksBy.get(row.id) ?? []).flatMap((l) => {
          const location = locations.get(l.location_id);
          return location ? [{ id: l.id, description: l.description, location }] : [];
        }),
        contacts: contacts.get(row.id) ?? [],
        phones: phones.get(row.id) ?? [],
        schedules: (schedulesBy.get(row.id) ?? []).map(toSchedule),
      };
      return [row.id, service];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Full organisations (with contacts, locations and service cards), in the order of the given ids (drafts left out unless asked for). */
export async function loadOrganizations(db: Q, ids: string[], options: DraftOptions = {}): Promise<Organization[]> {
  if (ids.length === 0) return [];
  const rows = await repo.listOrganizations(db, ids, options);
  const [contacts, phones, locationRows, serviceRows] = await Promise.all([
    loadContacts(db, 'organization_id', ids),
    loadPhones(db, 'organization_id', ids),
    repo.listLocationsOfOrganizations(db, ids),
    repo.listServicesOfOrganizations(db, ids, options),
  ]);
  const locationsBy = groupBy(await loadLocations(db, locationRows), (l) => l.organizationId);
  const termsBy = groupBy((await repo.listServiceTerms(db, serviceRows.map((s) => s.id))).sort((a, b) => a.position - b.position), (t) => t.service_id);
  const orgById = new Map(rows.map((o) => [o.id, o]));
  const servicesBy = groupBy(
    serviceRows.map((s) => toCard(s, orgById.get(s.organization_id), (termsBy.get(s.id) ?? []).map(toTerm))),
    (s) => s.organization.id,
  );
  const byId = new Map(
    rows.map((row) => {
      const org: Organization = {
        ...listing(row),
        id: row.id,
        slug: row.slug,
        name: row.name,
        description: row.description,
        kind: isOrganizationKind(row.kind) ? row.kind : 'other',
        alternateName: row.alternate_name,
        email: row.email,
        website: row.website,
        legalStatus: row.legal_status,
        contacts: contacts.get(row.id) ?? [],
        phones: phones.get(row.id) ?? [],
        locations: locationsBy.get(row.id) ?? [],
        services: servicesBy.get(row.id) ?? [],
      };
      return [row.id, org];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// ------------------------------------------------------------------------------------------
// reading
// ------------------------------------------------------------------------------------------

export async function listTerms(db: Q): Promise<{ kinds: Term[]; audiences: Term[] }> {
  const terms = (await repo.listTerms(db)).map(toTerm);
  return { kinds: terms.filter((t) => t.taxonomy === 'kind'), audiences: terms.filter((t) => t.taxonomy === 'audience') };
}

export async function getOrganization(db: Q, slug: string): Promise<Organization> {
  const row = await repo.findOrganizationBySlug(db, slug);
  const org = row ? (await loadOrganizations(db, [row.id]))[0] : undefined;
  if (!org) throw new NotFoundError('organization_not_found', 'Deze organisatie staat niet (meer) in de lijst.');
  return org;
}

export async function getService(db: Q, slug: string): Promise<Service> {
  const row = await repo.findServiceBySlug(db, slug);
  const service = row ? (await loadServices(db, [row.id]))[0] : undefined;
  if (!service) throw new NotFoundError('service_not_found', 'Dit aanbod staat niet (meer) in de lijst.');
  return service;
}

export async function getOrganizationById(db: Q, id: string, options: DraftOptions = {}): Promise<Organization> {
  const org = (await loadOrganizations(db, [id], options))[0];
  if (!org) throw new NotFoundError('organization_not_found', 'Deze organisatie bestaat niet.');
  return org;
}

export async function getLocationById(db: Q, id: string): Promise<Location> {
  const location = (await loadLocations(db, await repo.listLocations(db, [id])))[0];
  if (!location) throw new NotFoundError('location_not_found', 'Deze locatie bestaat niet.');
  return location;
}

export async function getServiceById(db: Q, id: string, options: DraftOptions = {}): Promise<Service> {
  const service = (await loadServices(db, [id], options))[0];
  if (!service) throw new NotFoundError('service_not_found', 'Dit aanbod bestaat niet.');
  return service;
}

export async function listOrganizationCards(db: Q, options: DraftOptions = {}): Promise<OrganizationCard[]> {
  return (await repo.listOrganizations(db, undefined, options)).map((row) => ({
    ...listing(row),
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: isOrganizationKind(row.kind) ? row.kind : 'other',
  }));
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
}

export const MAX_PER_PAGE = 100;

export async function pageOrganizations(db: Q, q: { page: number; perPage: number; search?: string }): Promise<Paged<Organization>> {
  const perPage = Math.min(Math.max(q.perPage, 1), MAX_PER_PAGE);
  const { ids, total } = await repo.pageOfIds(db, 'directory_organizations', { limit: perPage, offset: (q.page - 1) * perPage, search: q.search });
  return { items: await loadOrganizations(db, ids), total, page: q.page, perPage, pageCount: Math.ceil(total / perPage) };
}

export async function pageServices(db: Q, q: { page: number; perPage: number; organizationId?: string; search?: string }): Promise<Paged<Service>> {
  const perPage = Math.min(Math.max(q.perPage, 1), MAX_PER_PAGE);
  const { ids, total } = await repo.pageOfIds(db, 'directory_services', { limit: perPage, offset: (q.page - 1) * perPage, organizationId: q.organizationId, search: q.search });
  return { items: await loadServices(db, ids), total, page: q.page, perPage, pageCount: Math.ceil(total / perPage) };
}

/** Every organisation and service, fully loaded (the HSDS export). */
export async function loadWholeDirectory(db: Q): Promise<{ organizations: Organization[]; services: Service[]; locations: Location[] }> {
  const [orgRows, serviceRows, locationRows] = await Promise.all([repo.listOrganizations(db), repo.listServices(db), repo.listAllLocations(db)]);
  const [organizations, services] = await Promise.all([loadOrganizations(db, orgRows.map((r) => r.id)), loadServices(db, serviceRows.map((r) => r.id))]);
  // Locations that belong to no organisation (possible after an import) are exported on their own.
  const loose = await loadLocations(db, locationRows.filter((r) => r.organization_id === null));
  return { organizations, services, locations: loose };
}

// ------------------------------------------------------------------------------------------
// the support finder
// ------------------------------------------------------------------------------------------

export interface SupportFilter {
  /** a kind-of-support slug (respijtzorg, dagopvang, ...) */
  kind?: string;
  /** an audience slug (mantelzorgers, ouderen, ...) */
  audience?: string;
}

async function checkFilter(db: Q, filter: SupportFilter): Promise<{ kind?: Term; audience?: Term }> {
  const { kinds, audiences } = await listTerms(db);
  const fields: Record<string, string> = {};
  const kind = filter.kind ? kinds.find((k) => k.slug === filter.kind) : undefined;
  const audience = filter.audience ? audiences.find((a) => a.slug === filter.audience) : undefined;
  if (filter.kind && !kind) fields.soort = 'Deze soort hulp kennen we niet.';
  if (filter.audience && !audience) fields.doelgroep = 'Deze doelgroep kennen we niet.';
  if (Object.keys(fields).length) throw new ValidationError('Een keuze in het formulier klopt niet.', fields);
  return { kind, audience };
}

function nearestLocation(service: Service, origin: { lat: number; lon: number }): ServiceMatch['nearest'] {
  let best: ServiceMatch['nearest'] = null;
  for (const { location } of service.locations) {
    if (location.latitude === null || location.longitude === null || location.locationType === 'virtual') continue;
    const d = places.distanceKm(origin, { lat: location.latitude, lon: location.longitude });
    if (!best || d < best.distanceKm) best = { location, distanceKm: d };
  }
  return best;
}

/** Active services whose area covers the municipality: nearest first where they have a located place, the rest by name. */
export async function listServicesServing(db: Q, municipality: Municipality, filter: SupportFilter = {}): Promise<ServiceMatch[]> {
  const { kind, audience } = await checkFilter(db, filter);
  const ids = await repo.listServiceIdsServing(db, { nisCode: municipality.nisCode, province: municipality.province, region: municipality.region });
  const services = (await loadServices(db, ids)).filter(
    (s) => s.status === 'active' && (!kind || s.kinds.some((k) => k.id === kind.id)) && (!audience || s.audiences.some((a) => a.id === audience.id)),
  );
  return services
    .map((service) => ({ service, nearest: nearestLocation(service, municipality) }))
    .sort((a, b) => {
      if (a.nearest && b.nearest) return a.nearest.distanceKm - b.nearest.distanceKm || a.service.name.localeCompare(b.service.name, 'nl');
      if (a.nearest || b.nearest) return a.nearest ? -1 : 1;
      return a.service.name.localeCompare(b.service.name, 'nl');
    });
}

export type SupportAnswer =
  | { kind: 'empty' }
  | { kind: 'unknown'; input: string }
  | { kind: 'outside'; postcode: string }
  | { kind: 'choose'; input: string; municipalities: Municipality[] }
  | { kind: 'results'; input: string; municipality: Municipality; matches: ServiceMatch[] };

/** True when the finder will answer "we do not know this place" (cheap: the places index is in memory). */
export async function isUnknownPlace(db: Q, query: { place?: string; municipality?: string }): Promise<boolean> {
  if (query.municipality) return !(await places.findMunicipality(db, query.municipality));
  const input = (query.place ?? '').trim();
  return input !== '' && (await places.resolvePlace(db, input)).kind === 'unknown';
}

/** What the support finder answers to a typed place (postcode or name) or a chosen municipality, with filters. */
export async function findSupport(db: Q, query: { place?: string; municipality?: string } & SupportFilter): Promise<SupportAnswer> {
  await checkFilter(db, query);
  const filter = { kind: query.kind, audience: query.audience };
  if (query.municipality) {
    const municipality = await places.findMunicipality(db, query.municipality);
    if (!municipality) return { kind: 'unknown', input: query.municipality };
    return { kind: 'results', input: query.place?.trim() || municipality.name, municipality, matches: await listServicesServing(db, municipality, filter) };
  }
  const input = (query.place ?? '').trim();
  if (!input) return { kind: 'empty' };
  const match = await places.resolvePlace(db, input);
  if (match.kind === 'outside') return { kind: 'outside', postcode: match.postcode };
  if (match.kind === 'unknown') return { kind: 'unknown', input };
  if (match.municipalities.length > 1) return { kind: 'choose', input, municipalities: match.municipalities };
  const municipality = match.municipalities[0]!;
  return { kind: 'results', input, municipality, matches: await listServicesServing(db, municipality, filter) };
}

// ------------------------------------------------------------------------------------------
// carer premiums
// ------------------------------------------------------------------------------------------

function toPremium(row: Awaited<ReturnType<typeof repo.listPremiums>>[number]): CarerPremium {
  return {
    nisCode: row.nis_code,
    status: row.status === 'none' ? 'none' : 'premium',
    name: row.name,
    amount: row.amount,
    conditions: row.conditions,
    howToApply: row.how_to_apply,
    validFrom: row.valid_from,
    sourceUrl: row.source_url,
    checkedOn: row.checked_on,
    note: row.note,
  };
}

/** What we know of a municipality's carer premium; null when we know nothing. */
export async function getCarerPremium(db: Q, nisCode: string): Promise<CarerPremium | null> {
  const row = await repo.findPremium(db, nisCode);
  return row ? toPremium(row) : null;
}

export async function listCarerPremiums(db: Q): Promise<CarerPremium[]> {
  return (await repo.listPremiums(db)).map(toPremium);
}

export async function saveCarerPremium(db: Q, premium: CarerPremium, now = new Date()): Promise<void> {
  await saveCarerPremiums(db, [premium], now);
}

/** Saves premiums (checked first, all or nothing). */
export async function saveCarerPremiums(db: Q, premiums: CarerPremium[], now = new Date()): Promise<void> {
  const known = new Set((await places.listMunicipalities(db)).map((m) => m.nisCode));
  await inTransaction(db, async (tx) => {
    for (const premium of premiums) await savePremiumRow(tx, premium, known, now);
  });
  if (!db.isTransaction) directoryChanges.emit('changed');
}

async function savePremiumRow(db: Tx, premium: CarerPremium, known: Set<string>, now: Date): Promise<void> {
  const fields: Record<string, string> = {};
  if (!known.has(premium.nisCode)) fields.nisCode = 'Deze gemeente bestaat niet (meer).';
  if (!/^https?:\/\//.test(premium.sourceUrl)) fields.sourceUrl = 'Geef de link naar de bron (http:// of https://).';
  if (!premium.name.trim()) fields.name = 'Geef de naam van de premie.';
  if (premium.status === 'premium' && !premium.amount?.trim()) fields.amount = 'Geef het bedrag, of "niet bekend".';
  if (Object.keys(fields).length) throw new ValidationError('De premie is niet volledig.', fields);
  await repo.upsertPremium(db, {
    nis_code: premium.nisCode,
    status: premium.status,
    name: premium.name.trim(),
    amount: premium.amount,
    conditions: premium.conditions,
    how_to_apply: premium.howToApply,
    valid_from: premium.validFrom,
    source_url: premium.sourceUrl,
    checked_on: premium.checkedOn,
    note: premium.note,
    updated_at: now.toISOString(),
  });
}

// ------------------------------------------------------------------------------------------
// verification and search
// ------------------------------------------------------------------------------------------

/** Listings not verified in the last 12 months (or never): for editors to check again. */
export async function listStaleListings(db: Q, today: string): Promise<StaleListing[]> {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - VERIFY_EVERY_MONTHS);
  const before = d.toISOString().slice(0, 10);
  const [orgs, services] = await Promise.all([repo.listStale(db, 'directory_organizations', before), repo.listStale(db, 'directory_services', before)]);
  // Oldest first (never verified before all), then by name.
  return [
    ...orgs.map((r) => ({ kind: 'organisation' as const, id: r.id, slug: r.slug, name: r.name, lastVerifiedOn: r.last_verified_on })),
    ...services.map((r) => ({ kind: 'service' as const, id: r.id, slug: r.slug, name: r.name, lastVerifiedOn: r.last_verified_on })),
  ].sort((a, b) => (a.lastVerifiedOn ?? '').localeCompare(b.lastVerifiedOn ?? '') || a.name.localeCompare(b.name, 'nl'));
}

/** True when a listing's last verification is more than 12 months before today (or unknown). */
export function needsVerification(lastVerifiedOn: string | null, today: string): boolean {
  if (!lastVerifiedOn) return true;
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - VERIFY_EVERY_MONTHS);
  return lastVerifiedOn < d.toISOString().slice(0, 10);
}

/** Every organisation and service as a plain document for the search index. */
export async function listSearchDocuments(db: Q): Promise<DirectorySearchDocument[]> {
  const { organizations, services } = await loadWholeDirectory(db);
  return plainSearchDocuments(organizations, services);
}

function plainSearchDocuments(organizations: Organization[], services: Service[]): DirectorySearchDocument[] {
  return [
    ...organizations.map((o) => ({
      kind: 'organisation' as const,
      id: o.id,
      url: `/organisatie/${o.slug}`,
      title: o.name,
      summary: o.description.split('\n')[0] ?? '',
      body: [o.alternateName, o.description, ...o.services.map((s) => s.name), ...o.locations.map((l) => l.municipality?.name ?? l.address?.city)].filter(Boolean).join('\n'),
      audiences: [...new Set(o.services.flatMap((s) => s.audiences.map((a) => a.slug)))],
    })),
    ...services.map((s) => ({
      kind: 'service' as const,
      id: s.id,
      url: `/ondersteuning/${s.slug}`,
      title: s.name,
      summary: s.description.split('\n')[0] ?? '',
      body: [s.organization.name, s.description, s.eligibilityDescription, s.applicationProcess, s.feesDescription, ...s.kinds.map((k) => k.name), ...s.areas.map((a) => a.label)]
        .filter(Boolean)
        .join('\n'),
      audiences: s.audiences.map((a) => a.slug),
    })),
  ];
}

/** Services that stopped (inactive, defunct) are not searchable; a temporarily closed one still is. */
function isSearchable(service: ServiceCard): boolean {
  return service.status === 'active' || service.status === 'temporarily closed';
}

/**
 * The site search's documents for these organisations and services: numeric ref ids from the
 * search index's keys, audiences limited to the site's audiences (the facet and its filter know only those).
 */
async function toSearchDocuments(tx: Q, organizations: Organization[], services: Service[]): Promise<search.SearchDocument[]> {
  const known = new Set((await content.listAudiences(tx)).map((a) => a.slug));
  const plain = plainSearchDocuments(
    organizations.map((o) => ({ ...o, services: o.services.filter(isSearchable) })),
    services.filter(isSearchable),
  );
  const [orgIds, serviceIds] = await Promise.all([
    search.refIdsFor(tx, 'organisation', plain.filter((d) => d.kind === 'organisation').map((d) => d.id)),
    search.refIdsFor(tx, 'service', plain.filter((d) => d.kind === 'service').map((d) => d.id)),
  ]);
  const verified = new Map([...organizations, ...services].map((x) => [x.id, x.lastVerifiedOn]));
  return plain.map((d) => ({
    kind: d.kind,
    refId: (d.kind === 'organisation' ? orgIds : serviceIds).get(d.id)!,
    url: d.url,
    type: d.kind,
    title: d.title,
    summary: d.summary,
    body: d.body,
    audiences: d.audiences.filter((a) => known.has(a)),
    themes: [],
    lastReviewedAt: verified.get(d.id) ?? null,
    validUntil: null,
  }));
}

/**
 * Puts these organisations and services (and what their documents mention of each other: an
 * organisation's services, a service's organisation) in the search index as they are now; services
 * that stopped and drafts leave it. Every directory write calls this inside its own transaction.
 */
export async function syncDirectorySearch(tx: Q, ids: { organizations: string[]; services: string[] }): Promise<void> {
  const services = await loadServices(tx, [...new Set(ids.services)]);
  const orgIds = [...new Set([...ids.organizations, ...services.map((s) => s.organization.id)])];
  const organizations = await loadOrganizations(tx, orgIds);
  const serviceIds = [...new Set([...services.map((s) => s.id), ...organizations.flatMap((o) => o.services.map((s) => s.id))])];
  const allServices = serviceIds.length === services.length ? services : await loadServices(tx, serviceIds);
  const docs = await toSearchDocuments(tx, organizations, allServices);
  const indexed = new Set(docs.map((d) => `${d.kind}:${d.refId}`));
  for (const doc of docs) await search.indexDocument(tx, doc);
  // Drafts (and records that are gone) were not loaded: they leave the index too.
  const loadedServices = new Set(allServices.map((s) => s.id));
  const loadedOrgs = new Set(organizations.map((o) => o.id));
  const hiddenOrgs = ids.organizations.filter((id) => !loadedOrgs.has(id));
  if (hiddenOrgs.length) for (const refId of (await search.refIdsFor(tx, 'organisation', hiddenOrgs)).values()) await search.removeDocument(tx, 'organisation', refId);
  const stopped = [...allServices.filter((s) => !isSearchable(s)).map((s) => s.id), ...ids.services.filter((id) => !loadedServices.has(id))];
  if (stopped.length) {
    for (const refId of (await search.refIdsFor(tx, 'service', stopped)).values()) if (!indexed.has(`service:${refId}`)) await search.removeDocument(tx, 'service', refId);
  }
}

/** The organisations and services, for a full rebuild of the search index (`expertisepunt search reindex`). */
export const directorySearchSource: search.SearchSource = {
  kind: 'organisation',
  async count(db) {
    const { organizations, services } = await loadWholeDirectory(db);
    return organizations.length + services.filter(isSearchable).length;
  },
  async *documents(db) {
    const { organizations, services } = await loadWholeDirectory(db);
    yield await toSearchDocuments(db, organizations, services);
  },
};

// ------------------------------------------------------------------------------------------
// writing (the seed and the HSDS import)
// ------------------------------------------------------------------------------------------

const PROVINCES = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen'];
const REGIONS = ['Vlaanderen', 'Brussel'];

export function isProvince(value: string): boolean {
  return PROVINCES.includes(value);
}

async function resolveLocationPlace(db: Q, postalCode: string | null, city: string | null, country: string | null): Promise<Municipality | undefined> {
  if (country && country.toUpperCase() !== 'BE') return undefined;
  if (postalCode && /^\d{4}$/.test(postalCode.trim())) {
    const match = await places.resolvePlace(db, postalCode.trim());
    if (match.kind === 'postcode') {
      const byCity = city ? match.municipalities.find((m) => places.foldPlaceName(m.name) === places.foldPlaceName(city)) : undefined;
      return byCity ?? match.municipalities[0];
    }
  }
  return undefined;
}

/** The municipality of each location, looked up before the write transaction (places keeps its index per handle, not per transaction). */
async function locationMunicipalities(db: Q, locations: DirectoryInput['locations']): Promise<{ byNis: Map<string, Municipality>; byLocation: Map<string, Municipality | undefined> }> {
  const byNis = new Map((await places.listMunicipalities(db)).map((m) => [m.nisCode, m]));
  const byLocation = new Map<string, Municipality | undefined>();
  for (const l of locations) {
    const a = l.address ?? null;
    byLocation.set(l.id, l.nisCode ? byNis.get(l.nisCode) : a ? await resolveLocationPlace(db, a.postalCode, a.city, a.country) : undefined);
  }
  return { byNis, byLocation };
}

/**
 * Saves organisations, locations and services with everything under them, in one transaction.
 * Records are inserted or updated by id; nothing is deleted. Locations without coordinates get
 * their municipality's centre. `hooks` run in the same transaction, before and after the writes
 * (the back office deletes rows a form left out, and writes the audit log).
 */
export async function saveDirectory(
  db: Q,
  input: DirectoryInput,
  now = new Date(),
  hooks: { before?: (tx: Tx) => Promise<void>; after?: (tx: Tx) => Promise<void> } = {},
): Promise<{ organizations: number; services: number; locations: number }> {
  const nowIso = now.toISOString();
  const { byNis, byLocation } = await locationMunicipalities(db, input.locations);
  const counts = await inTransaction(db, async (tx) => {
    await hooks.before?.(tx);
    const terms = await repo.listTerms(tx);
    for (const o of input.organizations) {
      requireComplete(`Organisatie ${o.id}`, o, isOrganizationKind(o.kind) ? {} : { kind: 'Kies een soort organisatie.' });
      await repo.upsertOrganization(tx, {
        ...(await listingColumns(tx, 'directory_organizations', o, nowIso)),
        kind: o.kind,
        website: o.website ?? null,
        legal_status: o.legalStatus ?? null,
        ...draftColumn(o.draft),
      });
      await saveContactsAndPhones(tx, { organization_id: o.id }, o.contacts ?? [], o.phones ?? []);
    }
    for (const l of input.locations) {
      const a = l.address ?? null;
      const municipality = byLocation.get(l.id);
      if (l.nisCode && !municipality) throw new ValidationError(`Locatie ${l.id}: onbekende gemeente.`, { nisCode: `Gemeente ${l.nisCode} bestaat niet.` });
      const hasCoordinates = typeof l.latitude === 'number' && typeof l.longitude === 'number';
      await repo.upsertLocation(tx, {
        id: l.id,
        organization_id: l.organizationId ?? null,
        location_type: l.locationType,
        name: l.name ?? null,
        description: l.description ?? null,
        url: l.url ?? null,
        transportation: l.transportation ?? null,
        address_id: a?.id ?? null,
        address_1: a?.address1 ?? null,
        address_2: a?.address2 ?? null,
        postal_code: a?.postalCode ?? null,
        city: a?.city ?? null,
        region: a?.region ?? null,
        state_province: a?.stateProvince ?? (municipality ? (municipality.province ?? 'Brussels Hoofdstedelijk Gewest') : null),
        country: a?.country ?? null,
        nis_code: municipality?.nisCode ?? null,
        latitude: hasCoordinates ? l.latitude! : l.locationType === 'virtual' ? null : (municipality?.lat ?? null),
        longitude: hasCoordinates ? l.longitude! : l.locationType === 'virtual' ? null : (municipality?.lon ?? null),
        coordinates_from: hasCoordinates ? 'address' : municipality && l.locationType !== 'virtual' ? 'municipality' : null,
      });
      await saveContactsAndPhones(tx, { location_id: l.id }, l.contacts ?? [], l.phones ?? []);
      for (const s of l.schedules ?? []) await saveSchedule(tx, { location_id: l.id }, s);
    }
    for (const s of input.services) {
      requireComplete(`Aanbod ${s.id}`, s);
      await repo.upsertService(tx, {
        ...(await listingColumns(tx, 'directory_services', s, nowIso)),
        organization_id: s.organizationId,
        status: s.status,
        url: s.url ?? null,
        application_process: s.applicationProcess ?? null,
        fees_description: s.feesDescription ?? null,
        eligibility_description: s.eligibilityDescription ?? null,
        minimum_age: s.minimumAge ?? null,
        maximum_age: s.maximumAge ?? null,
        ...draftColumn(s.draft),
      });
      for (const t of s.terms ?? []) {
        const term = terms.find((x) => x.taxonomy === t.taxonomy && x.slug === t.slug);
        if (!term) throw new ValidationError(`Aanbod ${s.name}: onbekende term ${t.slug}.`, { terms: `${t.taxonomy} ${t.slug} bestaat niet.` });
        await repo.deletePairLink(tx, 'directory_service_terms', s.id, term.id, t.id);
        await repo.upsertRow(tx, 'directory_service_terms', { id: t.id, service_id: s.id, term_id: term.id });
      }
      for (const a of s.areas ?? []) {
        if (a.scope === 'municipality' && !byNis.has(a.value)) throw new ValidationError(`Aanbod ${s.name}: gemeente ${a.value} bestaat niet.`, { areas: a.value });
        if (a.scope === 'province' && !isProvince(a.value)) throw new ValidationError(`Aanbod ${s.name}: provincie ${a.value} bestaat niet.`, { areas: a.value });
        if (a.scope === 'region' && !REGIONS.includes(a.value)) throw new ValidationError(`Aanbod ${s.name}: gewest ${a.value} kennen we niet.`, { areas: a.value });
        await repo.upsertRow(tx, 'directory_service_areas', {
          id: a.id,
          service_id: s.id,
          scope: a.scope,
          value: a.value,
          name: a.name ?? null,
          description: a.description ?? null,
          extent: a.extent ?? null,
          extent_type: a.extentType ?? null,
          uri: a.uri ?? null,
        });
      }
      for (const l of s.locations ?? []) {
        await repo.deletePairLink(tx, 'directory_service_locations', s.id, l.locationId, l.id);
        await repo.upsertRow(tx, 'directory_service_locations', { id: l.id, service_id: s.id, location_id: l.locationId, description: l.description ?? null });
      }
      await saveContactsAndPhones(tx, { service_id: s.id }, s.contacts ?? [], s.phones ?? []);
      for (const sc of s.schedules ?? []) await saveSchedule(tx, { service_id: s.id }, sc);
    }
    await syncDirectorySearch(tx, {
      organizations: [...input.organizations.map((o) => o.id), ...input.locations.flatMap((l) => (l.organizationId ? [l.organizationId] : []))],
      services: input.services.map((s) => s.id),
    });
    await hooks.after?.(tx);
    return { organizations: input.organizations.length, services: input.services.length, locations: input.locations.length };
  });
  if (!db.isTransaction) directoryChanges.emit('changed');
  return counts;
}

/** Only a stated draft state is written: an update that does not mention it keeps the record's. */
function draftColumn(draft: boolean | undefined): { draft?: number } {
  return draft === undefined ? {} : { draft: draft ? 1 : 0 };
}

type ListingInput = Pick<OrganizationInput, 'id' | 'slug' | 'name' | 'alternateName' | 'description' | 'email' | 'sourceTitle' | 'sourceUrl' | 'lastVerifiedOn' | 'updatedAt'>;

/** A name is required on organisations and services; `fields` adds the caller's own problems. */
function requireComplete(what: string, x: { name: string }, fields: Record<string, string> = {}): void {
  const all = { ...(x.name.trim() ? {} : { name: 'Geef een naam.' }), ...fields };
  if (Object.keys(all).length) throw new ValidationError(`${what} is niet volledig.`, all);
}

/** The columns organisations and services share: id, slug, names, description, e-mail, source and verification. */
async function listingColumns(tx: Tx, table: 'directory_organizations' | 'directory_services', x: ListingInput, nowIso: string) {
  return {
    id: x.id,
    slug: await freeSlug(tx, table, x.id, x.slug, x.name),
    name: x.name.trim(),
    alternate_name: x.alternateName ?? null,
    description: x.description,
    email: x.email ?? null,
    source_title: x.sourceTitle,
    source_url: x.sourceUrl ?? null,
    last_verified_on: x.lastVerifiedOn ?? null,
    created_at: x.updatedAt ?? nowIso,
    updated_at: x.updatedAt ?? nowIso,
  };
}

type OwnerRef = { organization_id?: string; service_id?: string; location_id?: string };

async function saveContactsAndPhones(tx: Tx, owner: OwnerRef, contacts: NonNullable<DirectoryInput['organizations'][number]['contacts']>, phones: NonNullable<DirectoryInput['organizations'][number]['phones']>): Promise<void> {
  const base = { organization_id: owner.organization_id ?? null, service_id: owner.service_id ?? null, location_id: owner.location_id ?? null };
  for (const c of contacts) {
    await repo.upsertRow(tx, 'directory_contacts', { id: c.id, ...base, name: c.name ?? null, title: c.title ?? null, department: c.department ?? null, email: c.email ?? null });
    for (const p of c.phones ?? []) await repo.upsertRow(tx, 'directory_phones', { id: p.id, ...base, contact_id: c.id, number: p.number, extension: p.extension ?? null, type: p.type ?? null, description: p.description ?? null });
  }
  for (const p of phones) await repo.upsertRow(tx, 'directory_phones', { id: p.id, ...base, contact_id: null, number: p.number, extension: p.extension ?? null, type: p.type ?? null, description: p.description ?? null });
}

async function saveSchedule(tx: Tx, owner: { service_id?: string; location_id?: string }, s: NonNullable<DirectoryInput['services'][number]['schedules']>[number]): Promise<void> {
  const time = (t: string | null | undefined) => (t && /^\d{2}:\d{2}/.test(t) ? t.slice(0, 5) : null);
  await repo.upsertRow(tx, 'directory_schedules', {
    id: s.id,
    service_id: owner.service_id ?? null,
    location_id: owner.location_id ?? null,
    freq: s.freq ?? null,
    interval: s.interval ?? null,
    byday: s.byday ?? null,
    bymonthday: s.bymonthday ?? null,
    opens_at: time(s.opensAt),
    closes_at: time(s.closesAt),
    valid_from: s.validFrom ?? null,
    valid_to: s.validTo ?? null,
    description: s.description ?? null,
    notes: s.notes ?? null,
  });
}

/** What a listing suggestion ("Doe je mee?") brings: the editor finishes the draft in /beheer/aanbod/<id>. */
export interface DraftListingInput {
  /** an existing organisation the service belongs to; null: a new draft organisation named `organisationName` */
  organisationId: string | null;
  organisationName: string;
  name: string;
  description: string;
  website: string | null;
  phone: string | null;
  email: string | null;
  /** a municipality, province or region as people write it: becomes the service's area when we know it */
  area: string | null;
  /** an address as typed ('Kerkstraat 1, 2440 Geel'): a new organisation gets it as its address when it holds a postcode */
  address: string | null;
  sourceTitle: string;
}

/**
 * Creates a draft service (and a draft organisation when none was chosen) from a suggestion, in the
 * caller's transaction, audited. Drafts stay out of every public channel until an editor publishes them.
 */
export async function createDraftListing(db: Q, actor: Actor, d: DraftListingInput, now = new Date()): Promise<{ serviceId: string; organisationId: string }> {
  if (d.organisationId) await getOrganizationById(db, d.organisationId, { drafts: true });
  const resolved = d.area ? (await areaResolver(db))(d.area) : null;
  const organisationId = d.organisationId ?? newUuid();
  const serviceId = newUuid();
  const website = d.website && /^https?:\/\/\S+$/.test(d.website) ? d.website : null;
  const phones = d.phone?.trim() ? [{ id: newUuid(), number: d.phone.trim().slice(0, 50) }] : [];
  const organizations: OrganizationInput[] = d.organisationId
    ? []
    : [{ id: organisationId, name: d.organisationName.trim().slice(0, 300), description: '', kind: 'other', website, email: d.email, sourceTitle: d.sourceTitle, phones: [], draft: true }];
  const service: ServiceInput = {
    id: serviceId,
    organizationId: organisationId,
    name: d.name.trim().slice(0, 300),
    description: d.description,
    status: 'active',
    url: website,
    email: d.email,
    sourceTitle: d.sourceTitle,
    areas: resolved && resolved.scope !== 'other' ? [{ id: newUuid(), scope: resolved.scope, value: resolved.value }] : [],
    phones,
    draft: true,
  };
  const locations: LocationInput[] = [];
  const postal = d.address ? /^(.*?)[,\s]*\b([1-9]\d{3})\b\s*(.*)$/.exec(d.address.trim()) : null;
  if (!d.organisationId && postal) {
    const locationId = newUuid();
    const city = postal[3]!.trim() || (d.area ?? '').trim();
    locations.push({ id: locationId, organizationId: organisationId, locationType: 'physical', address: { id: newUuid(), address1: postal[1]!.trim().slice(0, 300), postalCode: postal[2]!, city: city.slice(0, 100), country: 'BE' } });
    service.locations = [{ id: newUuid(), locationId }];
  }
  await saveDirectory(db, { organizations, locations, services: [service] }, now, {
    after: async (tx) => {
      if (!d.organisationId) await recordChange(tx, actor, { action: 'organisation.create', entityType: 'organisation', entityId: organisationId, after: { name: organizations[0]!.name, draft: true } }, now);
      await recordChange(tx, actor, { action: 'service.create', entityType: 'service', entityId: serviceId, after: { name: service.name, organizationId: organisationId, draft: true } }, now);
    },
  });
  return { serviceId, organisationId };
}

/** Publishes a draft service, and its organisation when that is a draft too (a service shows only with its organisation). */
export async function publishListing(db: Q, kind: 'organisation' | 'service', id: string, now = new Date()): Promise<{ organisations: string[]; services: string[] }> {
  const published = await inTransaction(db, async (tx) => {
    const nowIso = now.toISOString();
    const out = { organisations: [] as string[], services: [] as string[] };
    if (kind === 'service') {
      const service = await getServiceById(tx, id, { drafts: true });
      if (service.draft) {
        await repo.setDraft(tx, 'directory_services', id, false, nowIso);
        out.services.push(id);
      }
      id = service.organization.id;
    }
    const org = await getOrganizationById(tx, id, { drafts: true });
    if (org.draft) {
      await repo.setDraft(tx, 'directory_organizations', org.id, false, nowIso);
      out.organisations.push(org.id);
    }
    await syncDirectorySearch(tx, { organizations: [org.id], services: out.services });
    return out;
  });
  if (!db.isTransaction) directoryChanges.emit('changed');
  return published;
}

export async function countDirectory(db: Q): Promise<{ organizations: number; services: number; locations: number; premiums: number }> {
  const [o, s, l, p] = await Promise.all([
    repo.countRows(db, 'directory_organizations'),
    repo.countRows(db, 'directory_services'),
    repo.countRows(db, 'directory_locations'),
    repo.countRows(db, 'carer_premiums'),
  ]);
  return { organizations: Number(o.n), services: Number(s.n), locations: Number(l.n), premiums: Number(p.n) };
}

// ------------------------------------------------------------------------------------------
// HSDS 3.0 export and import
// ------------------------------------------------------------------------------------------

/** An HSDS file that cannot be imported: every problem found, nothing written. */
export class HsdsImportError extends AppError {
  constructor(readonly problems: string[]) {
    super('hsds_invalid', 422, `Het HSDS-bestand is niet ingelezen: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}.`);
  }
}

export function hsdsContext(baseUrl: string, now = new Date()): hsds.HsdsContext {
  return { baseUrl, now, uuid: stableUuid };
}

/** The whole directory as one HSDS 3.0 document. */
export async function exportHsds(db: Q, baseUrl: string, now = new Date()): Promise<hsds.HsdsExport> {
  return hsds.toHsdsExport(await loadWholeDirectory(db), hsdsContext(baseUrl, now));
}

/** Reads an area as people write it: 'Geel' or a postcode, 'provincie Antwerpen', 'heel Vlaanderen', 'heel Brussel'. */
export async function areaResolver(db: Q): Promise<(name: string) => { scope: AreaScope; value: string } | null> {
  const all = await places.listMunicipalities(db);
  const byName = new Map<string, Municipality>();
  for (const m of all) byName.set(places.foldPlaceName(m.name), m);
  return (name: string) => {
    const text = name.trim();
    const province = /^provincie\s+(.+)$/i.exec(text)?.[1];
    if (province && isProvince(province)) return { scope: 'province', value: province };
    const region = /^heel\s+(.+)$/i.exec(text)?.[1] ?? (text === 'Vlaanderen' ? text : undefined);
    if (region && REGIONS.includes(region)) return { scope: 'region', value: region };
    const m = byName.get(places.foldPlaceName(text));
    return m ? { scope: 'municipality', value: m.nisCode } : null;
  };
}

/**
 * Reads an HSDS document (our export, one organisation/service/location/service-at-location,
 * a paginated list or an array of them) into the directory. Everything is validated first against
 * the HSDS schemas; with any problem nothing is written (HsdsImportError lists them all).
 */
export async function importHsds(db: Q, doc: unknown, options: { sourceTitle: string; now?: Date }): Promise<{ organizations: number; services: number; locations: number; warnings: string[] }> {
  const termRows = (await repo.listTerms(db)).map(toTerm);
  const parsed = hsds.parseHsdsDocument(doc, {
    sourceTitle: options.sourceTitle,
    terms: { byId: new Map(termRows.map((t) => [t.id, t])), bySlug: new Map(termRows.map((t) => [t.slug, t])) },
    resolveArea: await areaResolver(db),
  });
  const problems = [...parsed.problems];
  if (parsed.externalOrganizationIds.length) {
    const known = new Set((await repo.listOrganizations(db, parsed.externalOrganizationIds)).map((o) => o.id));
    for (const id of parsed.externalOrganizationIds) if (!known.has(id)) problems.push(`organisatie ${id}: staat niet in het bestand en niet in de lijst`);
  }
  const locationOrgIds = parsed.input.locations.map((l) => l.organizationId).filter((id): id is string => !!id && !parsed.input.organizations.some((o) => o.id === id));
  if (locationOrgIds.length) {
    const known = new Set((await repo.listOrganizations(db, locationOrgIds)).map((o) => o.id));
    for (const id of locationOrgIds) if (!known.has(id)) problems.push(`locatie van organisatie ${id}: die organisatie staat niet in het bestand en niet in de lijst`);
  }
  if (parsed.externalLocationIds.length) {
    const known = new Set((await repo.listLocations(db, parsed.externalLocationIds)).map((l) => l.id));
    for (const id of parsed.externalLocationIds) if (!known.has(id)) problems.push(`locatie ${id}: staat niet in het bestand en niet in de lijst`);
  }
  if (problems.length) throw new HsdsImportError([...new Set(problems)]);
  // HSDS has no field for the kind of organisation: an organisation we already know keeps its kind.
  const known = new Map((await repo.listOrganizations(db, parsed.input.organizations.map((o) => o.id))).map((o) => [o.id, o.kind]));
  for (const o of parsed.input.organizations) {
    const kind = known.get(o.id);
    if (kind && isOrganizationKind(kind)) o.kind = kind;
  }
  const counts = await saveDirectory(db, parsed.input, options.now);
  return { ...counts, warnings: parsed.warnings };
}

/** The directory's public pages, for the sitemap (wired in where the sitemap is built). */
export async function listSitemapPaths(db: Q): Promise<{ path: string; lastmod?: string }[]> {
  const [municipalities, orgs, services] = await Promise.all([places.listMunicipalities(db), repo.listOrganizations(db), repo.listServices(db)]);
  return [
    { path: '/ondersteuning' },
    { path: '/gemeente' },
    ...municipalities.map((m) => ({ path: `/gemeente/${m.slug}` })),
    ...orgs.map((o) => ({ path: `/organisatie/${o.slug}`, lastmod: o.updated_at.slice(0, 10) })),
    ...services.map((s) => ({ path: `/ondersteuning/${s.slug}`, lastmod: s.updated_at.slice(0, 10) })),
  ];
}
