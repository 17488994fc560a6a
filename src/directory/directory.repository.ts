/**
 * All SQL of the directory. Every function takes the db or a transaction first and returns rows.
 * Reads of organisations and services leave drafts out (a draft service, or any service of a draft
 * organisation) unless `drafts: true` is asked for, which only the back office and the writes do.
 */
import type { Db, Tx } from '../db/database.js';
import type {
  CarerPremiumRow,
  ContactRow,
  DirectoryTables,
  LocationRow,
  NewLocationRow,
  NewOrganizationRow,
  NewServiceRow,
  OrganizationRow,
  PhoneRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceLocationRow,
  ServiceRow,
  TermRow,
} from './directory.table.js';

type Q = Db | Tx;

/** Reads of organisations and services: public ones only, unless drafts are asked for. */
export interface DraftOptions {
  drafts?: boolean;
}

function organizations(db: Q, options: DraftOptions) {
  const query = db.selectFrom('directory_organizations');
  return options.drafts ? query : query.where('draft', '=', 0);
}

function services(db: Q, options: DraftOptions) {
  const query = db.selectFrom('directory_services');
  if (options.drafts) return query;
  // A service shows only with its organisation: a published service of a draft organisation stays hidden too.
  // As `exists` (one primary-key look-up per service), not `organization_id in (select ...)`: with
  // that, SQLite went through every public organisation and its services to find the few asked for
  // (66 ms instead of under 1 for the finder's hundred services among 10,000 organisations).
  return query
    .where('directory_services.draft', '=', 0)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('directory_organizations as owner').select('owner.id').whereRef('owner.id', '=', 'directory_services.organization_id').where('owner.draft', '=', 0)),
    );
}

// Keeps every statement well under SQLite's and PostgreSQL's limits on bound parameters.
const CHUNK = 500;

async function inChunks<T>(ids: readonly string[], fn: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(...(await fn(unique.slice(i, i + CHUNK))));
  return out;
}

export function listTerms(db: Q): Promise<TermRow[]> {
  return db.selectFrom('directory_terms').selectAll().orderBy('taxonomy').orderBy('position').execute();
}

export function findOrganizationBySlug(db: Q, slug: string, options: DraftOptions = {}): Promise<OrganizationRow | undefined> {
  return organizations(db, options).selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findServiceBySlug(db: Q, slug: string, options: DraftOptions = {}): Promise<ServiceRow | undefined> {
  return services(db, options).selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listOrganizations(db: Q, ids?: readonly string[], options: DraftOptions = {}): Promise<OrganizationRow[]> {
  if (!ids) return organizations(db, options).selectAll().orderBy('name').orderBy('id').execute();
  return inChunks(ids, (chunk) => organizations(db, options).selectAll().where('id', 'in', chunk).execute());
}

export function listServices(db: Q, ids?: readonly string[], options: DraftOptions = {}): Promise<ServiceRow[]> {
  if (!ids) return services(db, options).selectAll().orderBy('name').orderBy('id').execute();
  return inChunks(ids, (chunk) => services(db, options).selectAll().where('id', 'in', chunk).execute());
}

export function listServicesOfOrganizations(db: Q, organizationIds: readonly string[], options: DraftOptions = {}): Promise<ServiceRow[]> {
  return inChunks(organizationIds, (chunk) => services(db, options).selectAll().where('organization_id', 'in', chunk).orderBy('name').execute());
}

/** One page of ids in a stable order (name, then id), and the total. */
export async function pageOfIds(
  db: Q,
  table: 'directory_organizations' | 'directory_services',
  q: { limit: number; offset: number; organizationId?: string; search?: string },
): Promise<{ ids: string[]; total: number }> {
  // Both tables share the columns used here; typed as organisations so one builder serves both.
  let base = table === 'directory_services' ? (services(db, {}) as unknown as ReturnType<typeof organizations>) : organizations(db, {});
  if (q.organizationId && table === 'directory_services') base = base.where('organization_id' as never, '=', q.organizationId as never);
  if (q.search) {
    // Wildcards typed by the caller are dropped: SQLite and PostgreSQL escape them differently in LIKE.
    const like = `%${q.search.toLowerCase().replace(/[\\%_]/g, '')}%`;
    base = base.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb(eb.fn('lower', ['description']), 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    base.select('id').orderBy('name').orderBy('id').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

/** Ids of the services whose area covers the municipality, its province or its region. */
export async function listServiceIdsServing(db: Q, area: { nisCode: string; province: string | null; region: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('directory_service_areas')
    .select('service_id')
    .distinct()
    .where((eb) =>
      eb.or([
        eb.and([eb('scope', '=', 'municipality'), eb('value', '=', area.nisCode)]),
        ...(area.province ? [eb.and([eb('scope', '=', 'province'), eb('value', '=', area.province)])] : []),
        eb.and([eb('scope', '=', 'region'), eb('value', '=', area.region)]),
      ]),
    )
    .execute();
  return rows.map((r) => r.service_id);
}

export function listServiceTerms(db: Q, serviceIds: readonly string[]) {
  return inChunks(serviceIds, (chunk) =>
    db
      .selectFrom('directory_service_terms')
      .innerJoin('directory_terms', 'directory_terms.id', 'directory_service_terms.term_id')
      .select(['directory_service_terms.id as link_id', 'directory_service_terms.service_id', 'directory_terms.id', 'directory_terms.taxonomy', 'directory_terms.slug', 'directory_terms.name', 'directory_terms.description', 'directory_terms.position'])
      .where('directory_service_terms.service_id', 'in', chunk)
      .execute(),
  );
}

export function listAreas(db: Q, serviceIds: readonly string[]): Promise<ServiceAreaRow[]> {
  return inChunks(serviceIds, (chunk) => db.selectFrom('directory_service_areas').selectAll().where('service_id', 'in', chunk).orderBy('id').execute());
}

export function listServiceLocations(db: Q, serviceIds: readonly string[]): Promise<ServiceLocationRow[]> {
  return inChunks(serviceIds, (chunk) => db.selectFrom('directory_service_locations').selectAll().where('service_id', 'in', chunk).orderBy('id').execute());
}

export function listLocations(db: Q, ids: readonly string[]): Promise<LocationRow[]> {
  return inChunks(ids, (chunk) => db.selectFrom('directory_locations').selectAll().where('id', 'in', chunk).execute());
}

export function listLocationsOfOrganizations(db: Q, organizationIds: readonly string[]): Promise<LocationRow[]> {
  return inChunks(organizationIds, (chunk) => db.selectFrom('directory_locations').selectAll().where('organization_id', 'in', chunk).orderBy('name').execute());
}

export function listAllLocations(db: Q): Promise<LocationRow[]> {
  return db.selectFrom('directory_locations').selectAll().orderBy('id').execute();
}

type Owner = 'organization_id' | 'service_id' | 'location_id' | 'contact_id';

export function listContactsBy(db: Q, owner: Exclude<Owner, 'contact_id'>, ids: readonly string[]): Promise<ContactRow[]> {
  return inChunks(ids, (chunk) => db.selectFrom('directory_contacts').selectAll().where(owner, 'in', chunk).orderBy('id').execute());
}

export function listPhonesBy(db: Q, owner: Owner, ids: readonly string[]): Promise<PhoneRow[]> {
  return inChunks(ids, (chunk) => db.selectFrom('directory_phones').selectAll().where(owner, 'in', chunk).orderBy('id').execute());
}

export function listSchedulesBy(db: Q, owner: 'service_id' | 'location_id', ids: readonly string[]): Promise<ScheduleRow[]> {
  return inChunks(ids, (chunk) => db.selectFrom('directory_schedules').selectAll().where(owner, 'in', chunk).orderBy('id').execute());
}

export function listPremiums(db: Q): Promise<CarerPremiumRow[]> {
  return db.selectFrom('carer_premiums').selectAll().execute();
}

export function findPremium(db: Q, nisCode: string): Promise<CarerPremiumRow | undefined> {
  return db.selectFrom('carer_premiums').selectAll().where('nis_code', '=', nisCode).executeTakeFirst();
}

export async function upsertPremium(db: Q, row: CarerPremiumRow): Promise<void> {
  const { nis_code: _key, ...rest } = row;
  await db.insertInto('carer_premiums').values(row).onConflict((oc) => oc.column('nis_code').doUpdateSet(rest)).execute();
}

export function listStale(db: Q, table: 'directory_organizations' | 'directory_services', before: string) {
  return db
    .selectFrom(table)
    .select(['id', 'slug', 'name', 'last_verified_on'])
    .where((eb) => eb.or([eb('last_verified_on', 'is', null), eb('last_verified_on', '<', before)]))
    .orderBy('last_verified_on')
    .orderBy('name')
    .execute();
}

export function findSlugOwner(db: Q, table: 'directory_organizations' | 'directory_services', slug: string) {
  return db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst();
}

export function findSlugById(db: Q, table: 'directory_organizations' | 'directory_services', id: string) {
  return db.selectFrom(table).select('slug').where('id', '=', id).executeTakeFirst();
}

export function countRows(db: Q, table: keyof DirectoryTables) {
  return db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
}

// --- writes: insert or update by id, so an import can be run again ---

export async function upsertOrganization(db: Q, row: NewOrganizationRow): Promise<void> {
  const { id: _id, created_at: _created, ...rest } = row;
  await db.insertInto('directory_organizations').values(row).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
}

export async function upsertService(db: Q, row: NewServiceRow): Promise<void> {
  const { id: _id, created_at: _created, ...rest } = row;
  await db.insertInto('directory_services').values(row).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
}

export async function upsertLocation(db: Q, row: NewLocationRow): Promise<void> {
  const { id: _id, ...rest } = row;
  await db.insertInto('directory_locations').values(row).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
}

export async function upsertRow<T extends 'directory_service_locations' | 'directory_service_areas' | 'directory_contacts' | 'directory_phones' | 'directory_schedules' | 'directory_service_terms'>(
  db: Q,
  table: T,
  row: DirectoryTables[T],
): Promise<void> {
  const { id: _id, ...rest } = row as unknown as { id: string } & Record<string, unknown>;
  await db
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) => (Object.keys(rest).length ? oc.column('id').doUpdateSet(rest as never) : oc.column('id').doNothing()))
    .execute();
}

/** A service links to a location or a term only once: drop an older link with another id first. */
export async function deletePairLink(db: Q, table: 'directory_service_locations' | 'directory_service_terms', serviceId: string, otherId: string, keepId: string): Promise<void> {
  const column = table === 'directory_service_locations' ? 'location_id' : 'term_id';
  await db
    .deleteFrom(table)
    .where('service_id', '=', serviceId)
    .where(column as never, '=', otherId as never)
    .where('id', '!=', keepId)
    .execute();
}

// --- back-office edits: a form holds all of a record's rows, so rows left out of it are deleted ---

type ChildTable = 'directory_contacts' | 'directory_phones' | 'directory_schedules' | 'directory_service_areas' | 'directory_service_locations' | 'directory_service_terms';

/**
 * Deletes a record's own rows in `table` whose id is not kept. `owner` names the owner column and
 * `only` the other owner columns that must be null (an organisation's own phones, not its services').
 */
export async function deleteRowsExcept(db: Q, table: ChildTable, owner: { column: string; id: string; nullColumns?: string[] }, keep: readonly string[]): Promise<void> {
  let q = db.deleteFrom(table).where(owner.column as never, '=', owner.id as never);
  for (const c of owner.nullColumns ?? []) q = q.where(c as never, 'is', null);
  if (keep.length) q = q.where('id', 'not in', [...keep]);
  await q.execute();
}

export async function setDraft(db: Q, table: 'directory_organizations' | 'directory_services', id: string, draft: boolean, nowIso: string): Promise<void> {
  await db.updateTable(table).set({ draft: draft ? 1 : 0, updated_at: nowIso }).where('id', '=', id).execute();
}

export async function setLastVerified(db: Q, table: 'directory_organizations' | 'directory_services', id: string, day: string, nowIso: string): Promise<void> {
  await db.updateTable(table).set({ last_verified_on: day, updated_at: nowIso }).where('id', '=', id).execute();
}

/** Deletes a location with its phones, contacts, opening hours and links to services. */
export async function deleteLocation(db: Q, id: string): Promise<void> {
  await db.deleteFrom('directory_service_locations').where('location_id', '=', id).execute();
  await db.deleteFrom('directory_phones').where('location_id', '=', id).execute();
  await db.deleteFrom('directory_contacts').where('location_id', '=', id).execute();
  await db.deleteFrom('directory_schedules').where('location_id', '=', id).execute();
  await db.deleteFrom('directory_locations').where('id', '=', id).execute();
}

/** Deletes a service with everything under it. */
export async function deleteService(db: Q, id: string): Promise<void> {
  for (const table of ['directory_service_locations', 'directory_service_areas', 'directory_service_terms', 'directory_phones', 'directory_contacts', 'directory_schedules'] as const) {
    await db.deleteFrom(table).where('service_id', '=', id).execute();
  }
  await db.deleteFrom('directory_services').where('id', '=', id).execute();
}

/** Deletes an organisation's own phones and contacts and the organisation (its services and locations go first). */
export async function deleteOrganization(db: Q, id: string): Promise<void> {
  await db.deleteFrom('directory_phones').where('organization_id', '=', id).execute();
  await db.deleteFrom('directory_contacts').where('organization_id', '=', id).execute();
  await db.deleteFrom('directory_organizations').where('id', '=', id).execute();
}

export async function deletePremium(db: Q, nisCode: string): Promise<void> {
  await db.deleteFrom('carer_premiums').where('nis_code', '=', nisCode).execute();
}

export function listServiceLocationsOf(db: Q, locationId: string): Promise<ServiceLocationRow[]> {
  return db.selectFrom('directory_service_locations').selectAll().where('location_id', '=', locationId).execute();
}
