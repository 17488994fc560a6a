/** Domain types of the directory (one-to-one with HSDS 3.0 objects) and the Dutch names the site uses. */
export type OrganizationKind =
  | 'carer_association'
  | 'health_fund'
  | 'caw'
  | 'local_government'
  | 'day_care_centre'
  | 'care_home'
  | 'sitting_service'
  | 'home_care'
  | 'other';

export const ORGANIZATION_KINDS: Record<OrganizationKind, { label: string; plural: string }> = {
  carer_association: { label: 'Vereniging voor mantelzorgers', plural: 'Verenigingen voor mantelzorgers' },
  health_fund: { label: 'Dienst maatschappelijk werk van het ziekenfonds', plural: 'Ziekenfondsen' },
  caw: { label: 'Centrum algemeen welzijnswerk (CAW)', plural: "CAW's" },
  local_government: { label: 'Gemeente of OCMW', plural: "Gemeenten en OCMW's" },
  day_care_centre: { label: 'Dagverzorgingscentrum', plural: 'Dagverzorgingscentra' },
  care_home: { label: 'Woonzorgcentrum met kortverblijf', plural: 'Woonzorgcentra' },
  sitting_service: { label: 'Oppasdienst', plural: 'Oppasdiensten' },
  home_care: { label: 'Thuiszorgdienst', plural: 'Thuiszorgdiensten' },
  other: { label: 'Organisatie', plural: 'Andere organisaties' },
};

export function isOrganizationKind(value: string): value is OrganizationKind {
  return value in ORGANIZATION_KINDS;
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
export const SERVICE_STATUSES: readonly ServiceStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed'];

export type AreaScope = 'municipality' | 'province' | 'region' | 'other';

export interface Term {
  id: string;
  taxonomy: 'kind' | 'audience';
  slug: string;
  name: string;
  description: string;
}

export interface Phone {
  id: string;
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
}

export interface Contact {
  id: string;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
  phones: Phone[];
}

/** Opening hours. Times are Europe/Brussels wall-clock times ('09:00'); byday like 'MO,TU'. */
export interface Schedule {
  id: string;
  freq: 'WEEKLY' | 'MONTHLY' | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  notes: string | null;
}

export interface Address {
  id: string;
  address1: string;
  address2: string | null;
  postalCode: string;
  city: string;
  region: string | null;
  stateProvince: string | null;
  country: string;
}

export interface Location {
  id: string;
  organizationId: string | null;
  locationType: 'physical' | 'postal' | 'virtual';
  name: string | null;
  description: string | null;
  url: string | null;
  transportation: string | null;
  address: Address | null;
  /** the municipality (NIS code) the location lies in, when it is in Flanders or Brussels */
  nisCode: string | null;
  municipality: { slug: string; name: string } | null;
  latitude: number | null;
  longitude: number | null;
  /** 'address' when measured, 'municipality' when it is the municipality's centre */
  coordinatesFrom: 'address' | 'municipality' | null;
  phones: Phone[];
  schedules: Schedule[];
  contacts: Contact[];
}

export interface ServiceArea {
  id: string;
  scope: AreaScope;
  /** NIS code, province name, region name, or '' for 'other' */
  value: string;
  /** what the site shows: 'Geel', 'provincie Antwerpen', 'heel Vlaanderen' */
  label: string;
  name: string | null;
  description: string | null;
  extent: string | null;
  extentType: string | null;
  uri: string | null;
}

export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
}

export interface Listing {
  sourceTitle: string;
  sourceUrl: string | null;
  /** YYYY-MM-DD */
  lastVerifiedOn: string | null;
  createdAt: string;
  updatedAt: string;
  /** not yet published (an accepted suggestion an editor still finishes): seen only in the back office */
  draft: boolean;
}

export interface ServiceCard extends Listing {
  id: string;
  slug: string;
  name: string;
  description: string;
  status: ServiceStatus;
  feesDescription: string | null;
  organization: OrganizationRef;
  kinds: Term[];
  audiences: Term[];
}

export interface ServiceAtLocation {
  /** the HSDS service_at_location id */
  id: string;
  description: string | null;
  location: Location;
}

export interface Service extends ServiceCard {
  alternateName: string | null;
  url: string | null;
  email: string | null;
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  /** HSDS attribute ids, per term id */
  termLinks: { id: string; termId: string }[];
  areas: ServiceArea[];
  locations: ServiceAtLocation[];
  contacts: Contact[];
  phones: Phone[];
  schedules: Schedule[];
}

export interface OrganizationCard extends Listing {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: OrganizationKind;
}

export interface Organization extends OrganizationCard {
  alternateName: string | null;
  email: string | null;
  website: string | null;
  legalStatus: string | null;
  contacts: Contact[];
  phones: Phone[];
  locations: Location[];
  services: ServiceCard[];
}

/** A service that serves a municipality, with its nearest location (when it has coordinates). */
export interface ServiceMatch {
  service: Service;
  nearest: { location: Location; distanceKm: number } | null;
}

export interface CarerPremium {
  nisCode: string;
  status: 'premium' | 'none';
  name: string;
  amount: string | null;
  conditions: string | null;
  howToApply: string | null;
  validFrom: string | null;
  sourceUrl: string;
  /** YYYY-MM-DD; null when no editor has checked it against the source yet */
  checkedOn: string | null;
  note: string | null;
}

/** A directory record as the search engine indexes it. */
export interface DirectorySearchDocument {
  kind: 'organisation' | 'service';
  id: string;
  url: string;
  title: string;
  summary: string;
  body: string;
  audiences: string[];
}

/** A listing past its verification date, for editors. */
export interface StaleListing {
  kind: 'organisation' | 'service';
  id: string;
  slug: string;
  name: string;
  lastVerifiedOn: string | null;
}

// --- What callers give to save records (the seed and the HSDS import). Ids are UUIDs the caller keeps. ---

export interface PhoneInput {
  id: string;
  number: string;
  extension?: number | null;
  type?: string | null;
  description?: string | null;
}

export interface ContactInput {
  id: string;
  name?: string | null;
  title?: string | null;
  department?: string | null;
  email?: string | null;
  phones?: PhoneInput[];
}

export interface ScheduleInput {
  id: string;
  freq?: 'WEEKLY' | 'MONTHLY' | null;
  interval?: number | null;
  byday?: string | null;
  bymonthday?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  description?: string | null;
  notes?: string | null;
}

export interface LocationInput {
  id: string;
  organizationId?: string | null;
  locationType: 'physical' | 'postal' | 'virtual';
  name?: string | null;
  description?: string | null;
  url?: string | null;
  transportation?: string | null;
  address?: { id: string; address1: string; address2?: string | null; postalCode: string; city: string; region?: string | null; stateProvince?: string | null; country: string } | null;
  /** when not given, taken from a Belgian postcode */
  nisCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  phones?: PhoneInput[];
  schedules?: ScheduleInput[];
  contacts?: ContactInput[];
}

export interface AreaInput {
  id: string;
  scope: AreaScope;
  value: string;
  name?: string | null;
  description?: string | null;
  extent?: string | null;
  extentType?: string | null;
  uri?: string | null;
}

export interface ServiceInput {
  id: string;
  organizationId: string;
  slug?: string;
  name: string;
  alternateName?: string | null;
  description: string;
  status: ServiceStatus;
  url?: string | null;
  email?: string | null;
  applicationProcess?: string | null;
  feesDescription?: string | null;
  eligibilityDescription?: string | null;
  minimumAge?: number | null;
  maximumAge?: number | null;
  sourceTitle: string;
  sourceUrl?: string | null;
  lastVerifiedOn?: string | null;
  updatedAt?: string;
  /** true: a draft (on no public channel); left out: new records are public, existing ones keep their state */
  draft?: boolean;
  /** links to terms: the HSDS attribute id and the term */
  terms?: { id: string; taxonomy: 'kind' | 'audience'; slug: string }[];
  areas?: AreaInput[];
  locations?: { id: string; locationId: string; description?: string | null }[];
  phones?: PhoneInput[];
  schedules?: ScheduleInput[];
  contacts?: ContactInput[];
}

export interface OrganizationInput {
  id: string;
  slug?: string;
  name: string;
  alternateName?: string | null;
  description: string;
  kind: OrganizationKind;
  email?: string | null;
  website?: string | null;
  legalStatus?: string | null;
  sourceTitle: string;
  sourceUrl?: string | null;
  lastVerifiedOn?: string | null;
  updatedAt?: string;
  /** true: a draft (on no public channel); left out: new records are public, existing ones keep their state */
  draft?: boolean;
  phones?: PhoneInput[];
  contacts?: ContactInput[];
}

export interface DirectoryInput {
  organizations: OrganizationInput[];
  locations: LocationInput[];
  services: ServiceInput[];
}
