/**
 * HSDS 3.0 (Open Referral): our directory objects as HSDS JSON and back, and validation against the
 * specification's JSON Schemas (a copy in ./hsds-schema). Pure functions; no database.
 * Traps (see shared/standards/README.md): schedule.timezone is a UTC offset number, so opening hours
 * (Europe/Brussels wall-clock times in our model) get the offset of their valid_from date or of today;
 * schedule.freq allows only WEEKLY and MONTHLY.
 */
import fs from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type {
  AreaInput,
  Listing,
  Contact,
  ContactInput,
  DirectoryInput,
  Location,
  LocationInput,
  Organization,
  OrganizationInput,
  Phone,
  PhoneInput,
  Schedule,
  ScheduleInput,
  Service,
  ServiceInput,
  ServiceStatus,
  Term,
} from './directory.model.js';

export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/v3.0/';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

type Json = Record<string, unknown>;

/** Drops null, undefined and empty arrays: HSDS fields are optional but, when present, typed (no nulls). */
function clean<T extends Json>(obj: T): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

// ------------------------------------------------------------------------------------------
// time zone
// ------------------------------------------------------------------------------------------

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' });

/** Europe/Brussels' UTC offset in hours on a date: 1 in winter, 2 in summer. */
export function brusselsOffsetHours(date: Date): number {
  const name = offsetFormat.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const m = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
  return m ? Number(m[1]) + (m[2] ? Math.sign(Number(m[1])) * Number(m[2]) / 60 : 0) : 0;
}

function withOffset(time: string | null, offset: number): string | undefined {
  if (!time) return undefined;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${time.slice(0, 5)}${sign}${String(Math.floor(abs)).padStart(2, '0')}:${String(Math.round((abs % 1) * 60)).padStart(2, '0')}`;
}

// ------------------------------------------------------------------------------------------
// export: domain -> HSDS
// ------------------------------------------------------------------------------------------

export interface HsdsContext {
  baseUrl: string;
  /** the moment of export; opening hours without a valid_from get today's offset */
  now: Date;
  /** name-based UUIDs for objects we derive (taxonomies, verification metadata) */
  uuid: (name: string) => string;
}

function phone(p: Phone, owner: Json): Json {
  return clean({ id: p.id, ...owner, number: p.number, extension: p.extension, type: p.type, description: p.description });
}

function contact(c: Contact, owner: Json): Json {
  return clean({ id: c.id, ...owner, name: c.name, title: c.title, department: c.department, email: c.email, phones: c.phones.map((p) => phone(p, { contact_id: c.id })) });
}

function schedule(s: Schedule, owner: Json, ctx: HsdsContext): Json {
  const offset = brusselsOffsetHours(s.validFrom ? new Date(`${s.validFrom}T12:00:00Z`) : ctx.now);
  return clean({
    id: s.id,
    ...owner,
    valid_from: s.validFrom,
    valid_to: s.validTo,
    timezone: offset,
    freq: s.freq,
    interval: s.interval,
    byday: s.byday,
    bymonthday: s.bymonthday,
    opens_at: withOffset(s.opensAt, offset),
    closes_at: withOffset(s.closesAt, offset),
    description: s.description,
    notes: s.notes,
  });
}

export function toHsdsLocation(l: Location, ctx: HsdsContext): Json {
  const a = l.address;
  return clean({
    id: l.id,
    location_type: l.locationType,
    url: l.url,
    organization_id: l.organizationId,
    name: l.name,
    description: l.description,
    transportation: l.transportation,
    latitude: l.latitude,
    longitude: l.longitude,
    external_identifier: l.nisCode,
    external_identifier_type: l.nisCode ? 'NIS-code (Statbel) van de gemeente' : null,
    addresses: a
      ? [
          clean({
            id: a.id,
            location_id: l.id,
            address_1: a.address1,
            address_2: a.address2,
            city: a.city,
            region: a.region,
            state_province: a.stateProvince ?? '',
            postal_code: a.postalCode,
            country: a.country,
            address_type: l.locationType === 'postal' ? 'postal' : 'physical',
          }),
        ]
      : [],
    contacts: l.contacts.map((c) => contact(c, { location_id: l.id })),
    phones: l.phones.map((p) => phone(p, { location_id: l.id })),
    schedules: l.schedules.map((s) => schedule(s, { location_id: l.id }, ctx)),
  });
}

const TAXONOMIES = {
  kind: { name: 'Expertisepunt Mantelzorg: soort ondersteuning', description: 'Soorten hulp voor mantelzorgers (respijtzorg, dagopvang, lotgenotencontact, ...).' },
  audience: { name: 'Expertisepunt Mantelzorg: doelgroep', description: 'Voor wie een aanbod bedoeld is (mantelzorgers, ouderen, personen met dementie, ...).' },
} as const;

function taxonomyTerm(t: Term, ctx: HsdsContext): Json {
  const taxonomyId = ctx.uuid(`taxonomy:${t.taxonomy}`);
  return {
    id: t.id,
    code: t.slug,
    name: t.name,
    description: t.description,
    taxonomy: TAXONOMIES[t.taxonomy].name,
    taxonomy_id: taxonomyId,
    taxonomy_detail: { id: taxonomyId, name: TAXONOMIES[t.taxonomy].name, description: TAXONOMIES[t.taxonomy].description, uri: `${ctx.baseUrl}/ondersteuning`, version: '1' },
    language: 'nl',
  };
}

/**
 * Our listing facts as HSDS metadata: when it was last verified, and the source it was written from
 * (field_name 'source': updated_by is the source's title, replacement_value its address). The import
 * reads them back, so an export imports unchanged.
 */
function listingMetadata(resourceId: string, resourceType: string, l: Listing, ctx: HsdsContext): Json[] {
  const date = l.lastVerifiedOn ?? l.updatedAt.slice(0, 10);
  return [
    ...(l.lastVerifiedOn
      ? [
          {
            id: ctx.uuid(`verified:${resourceId}:${l.lastVerifiedOn}`),
            resource_id: resourceId,
            resource_type: resourceType,
            last_action_date: l.lastVerifiedOn,
            last_action_type: 'verified',
            field_name: '',
            previous_value: '',
            replacement_value: '',
            updated_by: 'Expertisepunt Mantelzorg',
          },
        ]
      : []),
    {
      id: ctx.uuid(`source:${resourceId}`),
      resource_id: resourceId,
      resource_type: resourceType,
      last_action_date: date,
      last_action_type: 'source',
      field_name: 'source',
      previous_value: '',
      replacement_value: l.sourceUrl ?? '',
      updated_by: l.sourceTitle,
    },
  ];
}

/** One-to-one fields of an organisation (the API's list view). */
export function toHsdsOrganizationBasic(o: Pick<Organization, 'id' | 'slug' | 'name' | 'alternateName' | 'description' | 'email' | 'website' | 'legalStatus'>, ctx: HsdsContext): Json {
  return clean({
    id: o.id,
    name: o.name,
    alternate_name: o.alternateName,
    description: o.description,
    email: o.email,
    website: o.website,
    legal_status: o.legalStatus,
    uri: `${ctx.baseUrl}/organisatie/${o.slug}`,
  });
}

export function toHsdsOrganization(o: Organization, ctx: HsdsContext, services?: Service[]): Json {
  return clean({
    ...toHsdsOrganizationBasic(o, ctx),
    contacts: o.contacts.map((c) => contact(c, { organization_id: o.id })),
    phones: o.phones.map((p) => phone(p, { organization_id: o.id })),
    locations: o.locations.map((l) => toHsdsLocation(l, ctx)),
    metadata: listingMetadata(o.id, 'organization', o, ctx),
    services: services?.map((s) => toHsdsService(s, ctx)),
  });
}

/** One-to-one fields of a service (the API's list view), with its organisation's. */
export function toHsdsServiceBasic(s: Service, ctx: HsdsContext, organization?: Organization): Json {
  return clean({
    id: s.id,
    organization_id: s.organization.id,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    application_process: s.applicationProcess,
    fees_description: s.feesDescription,
    eligibility_description: s.eligibilityDescription,
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    assured_date: s.lastVerifiedOn,
    last_modified: new Date(s.updatedAt).toISOString(),
    organization: organization ? toHsdsOrganizationBasic(organization, ctx) : undefined,
  });
}

export function toHsdsService(s: Service, ctx: HsdsContext, organization?: Organization): Json {
  const terms = [...s.kinds, ...s.audiences];
  return clean({
    ...toHsdsServiceBasic(s, ctx, organization),
    phones: s.phones.map((p) => phone(p, { service_id: s.id })),
    schedules: s.schedules.map((sc) => schedule(sc, { service_id: s.id }, ctx)),
    service_areas: s.areas.map((a) =>
      clean({
        id: a.id,
        service_id: s.id,
        name: a.scope === 'other' ? (a.name ?? a.label) : a.label,
        description: a.description,
        extent: a.extent,
        extent_type: a.extentType,
        uri: a.uri,
      }),
    ),
    service_at_locations: s.locations.map((sal) =>
      clean({ id: sal.id, service_id: s.id, location_id: sal.location.id, description: sal.description, location: toHsdsLocation(sal.location, ctx) }),
    ),
    contacts: s.contacts.map((c) => contact(c, { service_id: s.id })),
    metadata: listingMetadata(s.id, 'service', s, ctx),
    attributes: s.termLinks.flatMap((link) => {
      const term = terms.find((t) => t.id === link.termId);
      return term ? [{ id: link.id, link_id: s.id, link_type: term.taxonomy === 'kind' ? 'soort' : 'doelgroep', link_entity: 'service', taxonomy_term_id: term.id, taxonomy_term: taxonomyTerm(term, ctx) }] : [];
    }),
  });
}

export interface HsdsExport {
  version: string;
  profile: string;
  openapi_url: string;
  generated_at: string;
  organizations: Json[];
  services: Json[];
  locations: Json[];
}

export function toHsdsExport(whole: { organizations: Organization[]; services: Service[]; locations: Location[] }, ctx: HsdsContext): HsdsExport {
  return {
    version: HSDS_VERSION,
    profile: HSDS_PROFILE,
    openapi_url: HSDS_OPENAPI_URL,
    generated_at: ctx.now.toISOString(),
    organizations: whole.organizations.map((o) => toHsdsOrganization(o, ctx)),
    services: whole.services.map((s) => toHsdsService(s, ctx)),
    locations: whole.locations.map((l) => toHsdsLocation(l, ctx)),
  };
}

// ------------------------------------------------------------------------------------------
// validation
// ------------------------------------------------------------------------------------------

export type HsdsObjectType = 'organization' | 'service' | 'location' | 'service_at_location';

const SCHEMA_DIR = new URL('./hsds-schema/', import.meta.url);
let validators: Map<HsdsObjectType, ValidateFunction> | undefined;

function getValidators(): Map<HsdsObjectType, ValidateFunction> {
  if (validators) return validators;
  // The schemas carry non-standard keywords (name, constraints, core...): strict off.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  for (const file of fs.readdirSync(SCHEMA_DIR)) {
    if (!file.endsWith('.json')) continue;
    const schema = JSON.parse(fs.readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as Json;
    ajv.addSchema({ ...schema, $id: file });
  }
  const types: HsdsObjectType[] = ['organization', 'service', 'location', 'service_at_location'];
  validators = new Map(types.map((t) => [t, ajv.getSchema(`${t}.json`)!]));
  return validators;
}

function describe(path: string, e: ErrorObject): string {
  const where = `${path}${e.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
  if (e.keyword === 'required') return `${where}: het veld "${String(e.params.missingProperty)}" ontbreekt`;
  if (e.keyword === 'format') return `${where}: geen geldige ${String(e.params.format)}`;
  if (e.keyword === 'enum') return `${where}: moet een van ${(e.params.allowedValues as unknown[]).join(', ')} zijn`;
  if (e.keyword === 'type') return `${where}: moet van het type ${String(e.params.type)} zijn`;
  return `${where}: ${e.message ?? e.keyword}`;
}

/** Problems of one object against its HSDS schema, each as 'path: what is wrong'; empty when valid. */
export function validateHsds(type: HsdsObjectType, value: unknown, path: string = type): string[] {
  const validate = getValidators().get(type)!;
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => describe(path, e));
}

// ------------------------------------------------------------------------------------------
// import: HSDS -> domain input
// ------------------------------------------------------------------------------------------

export interface ParsedHsds {
  input: DirectoryInput;
  problems: string[];
  warnings: string[];
  /** organisations the services refer to that are not in the file (they must exist already) */
  externalOrganizationIds: string[];
  /** locations the services refer to by id only, not in the file */
  externalLocationIds: string[];
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : []);
const date = (v: unknown): string | null => {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
};

/** The source recorded in our own metadata (see listingMetadata), if the object carries one. */
function sourceOf(obj: Json): { title: string; url: string | null } | null {
  const m = arr(obj.metadata).find((x) => x.last_action_type === 'source' && x.field_name === 'source' && str(x.updated_by));
  return m ? { title: String(m.updated_by), url: str(m.replacement_value) } : null;
}

const LIMITS: [string, number][] = [
  ['name', 300],
  ['alternate_name', 300],
  ['email', 200],
  ['website', 500],
  ['url', 500],
  ['number', 60],
  ['address_1', 300],
  ['address_2', 300],
  ['city', 100],
  ['postal_code', 20],
];

export interface TermLookup {
  byId: Map<string, Term>;
  bySlug: Map<string, Term>;
}

/** Turns an HSDS document (our export, one object, a paginated list or an array) into records to save. */
export function parseHsdsDocument(doc: unknown, options: { sourceTitle: string; terms: TermLookup; resolveArea: (name: string) => { scope: AreaInput['scope']; value: string } | null }): ParsedHsds {
  const problems: string[] = [];
  const warnings: string[] = [];
  const organizations = new Map<string, OrganizationInput>();
  const locations = new Map<string, LocationInput>();
  const services = new Map<string, ServiceInput>();
  const externalOrganizationIds = new Set<string>();
  const referencedLocationIds = new Set<string>();

  const checkLimits = (obj: Json, path: string) => {
    for (const [key, max] of LIMITS) {
      const v = obj[key];
      if (typeof v === 'string' && v.length > max) problems.push(`${path}.${key}: langer dan ${max} tekens`);
    }
  };

  const phones = (list: unknown, path: string): PhoneInput[] =>
    arr(list).map((p, i) => {
      checkLimits(p, `${path}[${i}]`);
      return { id: String(p.id), number: String(p.number ?? ''), extension: num(p.extension), type: str(p.type), description: str(p.description) };
    });
  const contacts = (list: unknown, path: string): ContactInput[] =>
    arr(list).map((c, i) => ({
      id: String(c.id),
      name: str(c.name),
      title: str(c.title),
      department: str(c.department),
      email: str(c.email),
      phones: phones(c.phones, `${path}[${i}].phones`),
    }));
  const schedules = (list: unknown): ScheduleInput[] =>
    arr(list).map((s) => ({
      id: String(s.id),
      freq: s.freq === 'WEEKLY' || s.freq === 'MONTHLY' ? s.freq : null,
      interval: num(s.interval),
      byday: str(s.byday),
      bymonthday: str(s.bymonthday),
      opensAt: str(s.opens_at),
      closesAt: str(s.closes_at),
      validFrom: date(s.valid_from),
      validTo: date(s.valid_to),
      description: str(s.description),
      notes: str(s.notes),
    }));

  function addLocation(l: Json, path: string, organizationId: string | null): string {
    const id = String(l.id);
    checkLimits(l, path);
    const addresses = arr(l.addresses);
    const a = addresses.find((x) => x.address_type === 'physical') ?? addresses[0];
    if (a) checkLimits(a, `${path}.addresses[0]`);
    let latitude = num(l.latitude);
    let longitude = num(l.longitude);
    if (latitude !== null && longitude !== null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
      warnings.push(`${path}: coördinaten ${latitude}, ${longitude} liggen niet op aarde; niet overgenomen`);
      latitude = longitude = null;
    }
    const existing = locations.get(id);
    const location: LocationInput = {
      id,
      organizationId: str(l.organization_id) ?? existing?.organizationId ?? organizationId,
      locationType: l.location_type === 'postal' || l.location_type === 'virtual' ? l.location_type : 'physical',
      name: str(l.name),
      description: str(l.description),
      url: str(l.url),
      transportation: str(l.transportation),
      address: a
        ? {
            id: String(a.id),
            address1: String(a.address_1 ?? ''),
            address2: str(a.address_2),
            postalCode: String(a.postal_code ?? ''),
            city: String(a.city ?? ''),
            region: str(a.region),
            stateProvince: str(a.state_province),
            country: String(a.country ?? '').slice(0, 2).toUpperCase(),
          }
        : null,
      latitude,
      longitude,
      phones: phones(l.phones, `${path}.phones`),
      schedules: schedules(l.schedules),
      contacts: contacts(l.contacts, `${path}.contacts`),
    };
    // The fullest copy of an object that appears several times wins.
    if (!existing || Object.keys(l).length >= Object.keys(existing).length) locations.set(id, location);
    return id;
  }

  function addOrganization(o: Json, path: string): string {
    const id = String(o.id);
    checkLimits(o, path);
    const verified = arr(o.metadata).filter((m) => m.last_action_type === 'verified').map((m) => date(m.last_action_date)).filter((d): d is string => d !== null).sort().at(-1);
    const org: OrganizationInput = {
      id,
      name: String(o.name ?? ''),
      alternateName: str(o.alternate_name),
      description: String(o.description ?? ''),
      kind: 'other',
      email: str(o.email),
      website: str(o.website),
      legalStatus: str(o.legal_status),
      sourceTitle: sourceOf(o)?.title ?? options.sourceTitle,
      sourceUrl: sourceOf(o) ? sourceOf(o)!.url : (str(o.uri) ?? str(o.website)),
      lastVerifiedOn: verified ?? null,
      phones: phones(o.phones, `${path}.phones`),
      contacts: contacts(o.contacts, `${path}.contacts`),
    };
    const existing = organizations.get(id);
    if (!existing || (org.phones!.length + org.contacts!.length > (existing.phones?.length ?? 0) + (existing.contacts?.length ?? 0))) organizations.set(id, org);
    arr(o.locations).forEach((l, i) => addLocation(l, `${path}.locations[${i}]`, id));
    arr(o.services).forEach((s, i) => {
      problems.push(...validateHsds('service', s, `${path}.services[${i}]`));
      addService(s, `${path}.services[${i}]`, id);
    });
    return id;
  }

  function addService(s: Json, path: string, parentOrganizationId: string | null, extraLocation?: { salId: string; locationId: string; description: string | null }) {
    const id = String(s.id);
    checkLimits(s, path);
    let organizationId = str(s.organization_id) ?? parentOrganizationId;
    if (isObj(s.organization)) organizationId = addOrganization(s.organization, `${path}.organization`);
    if (!organizationId) {
      problems.push(`${path}: hoort bij geen organisatie (organization_id of organization ontbreekt)`);
      return;
    }
    if (!organizations.has(organizationId)) externalOrganizationIds.add(organizationId);
    const existing = services.get(id);
    const links = (existing?.locations ?? []).slice();
    const addLink = (link: { id: string; locationId: string; description?: string | null }) => {
      if (!links.some((l) => l.locationId === link.locationId)) links.push(link);
    };
    const extraPhones: PhoneInput[] = [];
    const extraSchedules: ScheduleInput[] = [];
    const extraContacts: ContactInput[] = [];
    arr(s.service_at_locations).forEach((sal, i) => {
      const p = `${path}.service_at_locations[${i}]`;
      const locationId = isObj(sal.location) ? addLocation(sal.location, `${p}.location`, organizationId) : str(sal.location_id);
      if (!locationId) {
        problems.push(`${p}: geen locatie (location of location_id ontbreekt)`);
        return;
      }
      referencedLocationIds.add(locationId);
      addLink({ id: String(sal.id), locationId, description: str(sal.description) });
      // Our model keeps the phones, hours and contacts of a service-at-location with the service.
      extraPhones.push(...phones(sal.phones, `${p}.phones`));
      extraSchedules.push(...schedules(sal.schedules));
      extraContacts.push(...contacts(sal.contacts, `${p}.contacts`));
    });
    if (extraLocation) {
      referencedLocationIds.add(extraLocation.locationId);
      addLink({ id: extraLocation.salId, locationId: extraLocation.locationId, description: extraLocation.description });
    }
    const terms: NonNullable<ServiceInput['terms']> = [];
    for (const attr of arr(s.attributes)) {
      const t = isObj(attr.taxonomy_term) ? attr.taxonomy_term : null;
      const termId = str(attr.taxonomy_term_id) ?? (t ? str(t.id) : null);
      const term = (termId ? options.terms.byId.get(termId) : undefined) ?? (t && str(t.code) ? options.terms.bySlug.get(String(t.code)) : undefined);
      if (term) terms.push({ id: String(attr.id), taxonomy: term.taxonomy, slug: term.slug });
      else warnings.push(`${path}: kenmerk ${String(attr.id)} hoort niet bij onze lijsten van soorten hulp en doelgroepen; niet overgenomen`);
    }
    const areas: AreaInput[] = arr(s.service_areas).map((a) => {
      const name = str(a.name) ?? '';
      const resolved = name ? options.resolveArea(name) : null;
      return {
        id: String(a.id),
        scope: resolved?.scope ?? 'other',
        value: resolved?.value ?? '',
        name: str(a.name),
        description: str(a.description),
        extent: str(a.extent),
        extentType: str(a.extent_type),
        uri: str(a.uri),
      };
    });
    const status = (['active', 'inactive', 'defunct', 'temporarily closed'] as const).includes(s.status as ServiceStatus) ? (s.status as ServiceStatus) : 'active';
    const service: ServiceInput = {
      id,
      organizationId,
      name: String(s.name ?? ''),
      alternateName: str(s.alternate_name),
      description: String(s.description ?? ''),
      status,
      url: str(s.url),
      email: str(s.email),
      applicationProcess: str(s.application_process),
      feesDescription: str(s.fees_description) ?? str(s.fees),
      eligibilityDescription: str(s.eligibility_description),
      minimumAge: num(s.minimum_age),
      maximumAge: num(s.maximum_age),
      sourceTitle: sourceOf(s)?.title ?? options.sourceTitle,
      sourceUrl: sourceOf(s) ? sourceOf(s)!.url : str(s.url),
      lastVerifiedOn: date(s.assured_date),
      updatedAt: str(s.last_modified) && !Number.isNaN(Date.parse(String(s.last_modified))) ? new Date(String(s.last_modified)).toISOString() : undefined,
      terms,
      areas,
      locations: links,
      phones: [...phones(s.phones, `${path}.phones`), ...extraPhones],
      schedules: [...schedules(s.schedules), ...extraSchedules],
      contacts: [...contacts(s.contacts, `${path}.contacts`), ...extraContacts],
    };
    if (!existing || Object.keys(s).length >= 10) services.set(id, existing ? { ...service, locations: links } : service);
  }

  function addServiceAtLocation(sal: Json, path: string) {
    const locationId = isObj(sal.location) ? addLocation(sal.location, `${path}.location`, null) : str(sal.location_id);
    const service = isObj(sal.service) ? sal.service : null;
    if (service) problems.push(...validateHsds('service', service, `${path}.service`));
    if (!locationId || !service) {
      problems.push(`${path}: een service_at_location heeft hier een service en een location nodig`);
      return;
    }
    addService(
      { ...service, phones: [...arr(service.phones), ...arr(sal.phones)], schedules: [...arr(service.schedules), ...arr(sal.schedules)], contacts: [...arr(service.contacts), ...arr(sal.contacts)] },
      `${path}.service`,
      null,
      { salId: String(sal.id), locationId, description: str(sal.description) },
    );
  }

  function classify(obj: unknown, path: string, hint?: HsdsObjectType) {
    if (!isObj(obj)) {
      problems.push(`${path}: is geen object`);
      return;
    }
    const type: HsdsObjectType | null =
      hint ??
      ('status' in obj ? 'service' : 'location_type' in obj ? 'location' : ('service' in obj || 'location' in obj) && !('name' in obj) ? 'service_at_location' : 'name' in obj || 'description' in obj ? 'organization' : null);
    if (!type) {
      problems.push(`${path}: geen HSDS-object dat we herkennen (organization, service, location of service_at_location)`);
      return;
    }
    const found = validateHsds(type, obj, path);
    problems.push(...found);
    if (found.length) return;
    if (type === 'organization') addOrganization(obj, path);
    else if (type === 'service') addService(obj, path, null);
    else if (type === 'location') addLocation(obj, path, null);
    else addServiceAtLocation(obj, path);
  }

  if (Array.isArray(doc)) doc.forEach((o, i) => classify(o, `[${i}]`));
  else if (isObj(doc) && Array.isArray(doc.contents)) doc.contents.forEach((o, i) => classify(o, `contents[${i}]`));
  else if (isObj(doc) && !('id' in doc) && (Array.isArray(doc.organizations) || Array.isArray(doc.services) || Array.isArray(doc.locations))) {
    for (const key of ['organizations', 'locations', 'services'] as const) {
      const list = doc[key];
      if (list !== undefined && !Array.isArray(list)) problems.push(`${key}: moet een lijst zijn`);
      const hint = key === 'organizations' ? 'organization' : key === 'services' ? 'service' : 'location';
      if (Array.isArray(list)) list.forEach((o, i) => classify(o, `${key}[${i}]`, hint));
    }
  } else if (isObj(doc) && 'version' in doc && !('id' in doc)) {
    problems.push('dit is de beschrijving van een HSDS-API, geen gegevens');
  } else classify(doc, '$');

  for (const o of organizations.values()) if (!o.name.trim()) problems.push(`organisatie ${o.id}: naam is leeg`);
  for (const s of services.values()) if (!s.name.trim()) problems.push(`aanbod ${s.id}: naam is leeg`);
  return {
    input: { organizations: [...organizations.values()], locations: [...locations.values()], services: [...services.values()] },
    problems: [...new Set(problems)],
    warnings: [...new Set(warnings)],
    externalOrganizationIds: [...externalOrganizationIds].filter((id) => !organizations.has(id)),
    externalLocationIds: [...referencedLocationIds].filter((id) => !locations.has(id)),
  };
}
