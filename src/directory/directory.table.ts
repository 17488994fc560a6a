import type { Generated, Insertable, Selectable } from 'kysely';

/** Every table maps onto one HSDS 3.0 object; ids are UUIDs, stable across exports. Dates are ISO text. */
export interface DirectoryOrganizationTable {
  id: string;
  slug: string;
  name: string;
  alternate_name: string | null;
  description: string;
  /** see ORGANIZATION_KINDS */
  kind: string;
  email: string | null;
  website: string | null;
  legal_status: string | null;
  source_title: string;
  source_url: string | null;
  /** YYYY-MM-DD */
  last_verified_on: string | null;
  /** 1 while an editor still finishes it (an accepted suggestion): on no public channel until published */
  draft: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type OrganizationRow = Selectable<DirectoryOrganizationTable>;
export type NewOrganizationRow = Insertable<DirectoryOrganizationTable>;

export interface DirectoryServiceTable {
  id: string;
  organization_id: string;
  slug: string;
  name: string;
  alternate_name: string | null;
  description: string;
  status: string;
  url: string | null;
  email: string | null;
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  source_title: string;
  source_url: string | null;
  last_verified_on: string | null;
  /** 1 while an editor still finishes it (an accepted suggestion): on no public channel until published */
  draft: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type ServiceRow = Selectable<DirectoryServiceTable>;
export type NewServiceRow = Insertable<DirectoryServiceTable>;

export interface DirectoryLocationTable {
  id: string;
  organization_id: string | null;
  location_type: string;
  name: string | null;
  description: string | null;
  url: string | null;
  transportation: string | null;
  address_id: string | null;
  address_1: string | null;
  address_2: string | null;
  postal_code: string | null;
  city: string | null;
  region: string | null;
  state_province: string | null;
  country: string | null;
  nis_code: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinates_from: string | null;
}
export type LocationRow = Selectable<DirectoryLocationTable>;
export type NewLocationRow = Insertable<DirectoryLocationTable>;

export interface DirectoryServiceLocationTable {
  id: string;
  service_id: string;
  location_id: string;
  description: string | null;
}
export type ServiceLocationRow = Selectable<DirectoryServiceLocationTable>;

export interface DirectoryServiceAreaTable {
  id: string;
  service_id: string;
  scope: string;
  value: string;
  name: string | null;
  description: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
}
export type ServiceAreaRow = Selectable<DirectoryServiceAreaTable>;

export interface DirectoryContactTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
}
export type ContactRow = Selectable<DirectoryContactTable>;

export interface DirectoryPhoneTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  contact_id: string | null;
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
}
export type PhoneRow = Selectable<DirectoryPhoneTable>;

export interface DirectoryScheduleTable {
  id: string;
  service_id: string | null;
  location_id: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  /** Europe/Brussels wall-clock time 'HH:MM' */
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
  description: string | null;
  notes: string | null;
}
export type ScheduleRow = Selectable<DirectoryScheduleTable>;

export interface DirectoryTermTable {
  id: string;
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
  position: number;
}
export type TermRow = Selectable<DirectoryTermTable>;

export interface DirectoryServiceTermTable {
  id: string;
  service_id: string;
  term_id: string;
}

export interface CarerPremiumTable {
  nis_code: string;
  status: string;
  name: string;
  amount: string | null;
  conditions: string | null;
  how_to_apply: string | null;
  valid_from: string | null;
  source_url: string;
  checked_on: string | null;
  note: string | null;
  updated_at: string;
}
export type CarerPremiumRow = Selectable<CarerPremiumTable>;

export interface DirectoryTables {
  directory_organizations: DirectoryOrganizationTable;
  directory_services: DirectoryServiceTable;
  directory_locations: DirectoryLocationTable;
  directory_service_locations: DirectoryServiceLocationTable;
  directory_service_areas: DirectoryServiceAreaTable;
  directory_contacts: DirectoryContactTable;
  directory_phones: DirectoryPhoneTable;
  directory_schedules: DirectoryScheduleTable;
  directory_terms: DirectoryTermTable;
  directory_service_terms: DirectoryServiceTermTable;
  carer_premiums: CarerPremiumTable;
}
