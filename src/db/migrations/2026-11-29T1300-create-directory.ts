import type { Kysely } from 'kysely';

// The directory (organisations, services, locations, service areas, contacts, phones, schedules),
// its managed lists of kinds of support and audiences, and municipal carer premiums.
// Every table maps one-to-one onto an HSDS 3.0 object; ids are UUIDs kept stable for export.
// Dates are ISO text; schedule times are Europe/Brussels wall-clock times ('09:00').
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('directory_organizations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(300)', (c) => c.notNull())
    .addColumn('alternate_name', 'varchar(300)')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('email', 'varchar(200)')
    .addColumn('website', 'varchar(500)')
    .addColumn('legal_status', 'varchar(100)')
    .addColumn('source_title', 'varchar(300)', (c) => c.notNull())
    .addColumn('source_url', 'varchar(500)')
    .addColumn('last_verified_on', 'varchar(10)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('directory_services')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(36)', (c) => c.notNull().references('directory_organizations.id').onDelete('cascade'))
    .addColumn('slug', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(300)', (c) => c.notNull())
    .addColumn('alternate_name', 'varchar(300)')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(30)', (c) => c.notNull())
    .addColumn('url', 'varchar(500)')
    .addColumn('email', 'varchar(200)')
    .addColumn('application_process', 'text')
    .addColumn('fees_description', 'text')
    .addColumn('eligibility_description', 'text')
    .addColumn('minimum_age', 'integer')
    .addColumn('maximum_age', 'integer')
    .addColumn('source_title', 'varchar(300)', (c) => c.notNull())
    .addColumn('source_url', 'varchar(500)')
    .addColumn('last_verified_on', 'varchar(10)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directory_services_organization_idx').on('directory_services').column('organization_id').execute();

  await db.schema
    .createTable('directory_locations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(36)', (c) => c.references('directory_organizations.id').onDelete('cascade'))
    .addColumn('location_type', 'varchar(20)', (c) => c.notNull())
    .addColumn('name', 'varchar(300)')
    .addColumn('description', 'text')
    .addColumn('url', 'varchar(500)')
    .addColumn('transportation', 'text')
    // the HSDS address object of this location (null when the location has no address)
    .addColumn('address_id', 'varchar(36)', (c) => c.unique())
    .addColumn('address_1', 'varchar(300)')
    .addColumn('address_2', 'varchar(300)')
    .addColumn('postal_code', 'varchar(20)')
    .addColumn('city', 'varchar(100)')
    .addColumn('region', 'varchar(100)')
    .addColumn('state_province', 'varchar(100)')
    .addColumn('country', 'varchar(2)')
    .addColumn('nis_code', 'varchar(5)', (c) => c.references('municipalities.nis_code'))
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    // 'address' (measured), 'municipality' (the municipality's centre) or null (unknown)
    .addColumn('coordinates_from', 'varchar(20)')
    .execute();
  await db.schema.createIndex('directory_locations_organization_idx').on('directory_locations').column('organization_id').execute();

  await db.schema
    .createTable('directory_service_locations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull().references('directory_services.id').onDelete('cascade'))
    .addColumn('location_id', 'varchar(36)', (c) => c.notNull().references('directory_locations.id').onDelete('cascade'))
    .addColumn('description', 'text')
    .addUniqueConstraint('directory_service_locations_pair', ['service_id', 'location_id'])
    .execute();

  await db.schema
    .createTable('directory_service_areas')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull().references('directory_services.id').onDelete('cascade'))
    // 'municipality' (value = NIS code), 'province' (value = province name), 'region' ('Vlaanderen' or 'Brussel'),
    // or 'other' (a described area we cannot match, e.g. from an import)
    .addColumn('scope', 'varchar(20)', (c) => c.notNull())
    .addColumn('value', 'varchar(100)', (c) => c.notNull())
    .addColumn('name', 'varchar(300)')
    .addColumn('description', 'text')
    .addColumn('extent', 'text')
    .addColumn('extent_type', 'varchar(40)')
    .addColumn('uri', 'varchar(500)')
    .execute();
  await db.schema.createIndex('directory_service_areas_service_idx').on('directory_service_areas').column('service_id').execute();
  await db.schema.createIndex('directory_service_areas_scope_idx').on('directory_service_areas').columns(['scope', 'value']).execute();

  await db.schema
    .createTable('directory_contacts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(36)', (c) => c.references('directory_organizations.id').onDelete('cascade'))
    .addColumn('service_id', 'varchar(36)', (c) => c.references('directory_services.id').onDelete('cascade'))
    .addColumn('location_id', 'varchar(36)', (c) => c.references('directory_locations.id').onDelete('cascade'))
    .addColumn('name', 'varchar(200)')
    .addColumn('title', 'varchar(200)')
    .addColumn('department', 'varchar(200)')
    .addColumn('email', 'varchar(200)')
    .execute();

  await db.schema
    .createTable('directory_phones')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('organization_id', 'varchar(36)', (c) => c.references('directory_organizations.id').onDelete('cascade'))
    .addColumn('service_id', 'varchar(36)', (c) => c.references('directory_services.id').onDelete('cascade'))
    .addColumn('location_id', 'varchar(36)', (c) => c.references('directory_locations.id').onDelete('cascade'))
    .addColumn('contact_id', 'varchar(36)', (c) => c.references('directory_contacts.id').onDelete('cascade'))
    .addColumn('number', 'varchar(60)', (c) => c.notNull())
    .addColumn('extension', 'integer')
    .addColumn('type', 'varchar(30)')
    .addColumn('description', 'text')
    .execute();

  await db.schema
    .createTable('directory_schedules')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('service_id', 'varchar(36)', (c) => c.references('directory_services.id').onDelete('cascade'))
    .addColumn('location_id', 'varchar(36)', (c) => c.references('directory_locations.id').onDelete('cascade'))
    .addColumn('freq', 'varchar(10)')
    .addColumn('interval', 'integer')
    .addColumn('byday', 'varchar(60)')
    .addColumn('bymonthday', 'varchar(60)')
    // Europe/Brussels wall-clock times 'HH:MM'; the UTC offset is computed on export
    .addColumn('opens_at', 'varchar(8)')
    .addColumn('closes_at', 'varchar(8)')
    .addColumn('valid_from', 'varchar(10)')
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('description', 'text')
    .addColumn('notes', 'text')
    .execute();

  await db.schema
    .createTable('directory_terms')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    // 'kind' (kind of support) or 'audience' (who a service is for)
    .addColumn('taxonomy', 'varchar(20)', (c) => c.notNull())
    .addColumn('slug', 'varchar(80)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('directory_terms_taxonomy_slug', ['taxonomy', 'slug'])
    .execute();

  await db.schema
    .createTable('directory_service_terms')
    // the id of the HSDS attribute that links the service to the term
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull().references('directory_services.id').onDelete('cascade'))
    .addColumn('term_id', 'varchar(36)', (c) => c.notNull().references('directory_terms.id').onDelete('cascade'))
    .addUniqueConstraint('directory_service_terms_pair', ['service_id', 'term_id'])
    .execute();

  await db.schema
    .createTable('carer_premiums')
    .addColumn('nis_code', 'varchar(5)', (c) => c.primaryKey().references('municipalities.nis_code').onDelete('cascade'))
    // 'premium' (the municipality pays one) or 'none' (it pays none, e.g. abolished)
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('amount', 'varchar(300)')
    .addColumn('conditions', 'text')
    .addColumn('how_to_apply', 'text')
    .addColumn('valid_from', 'varchar(10)')
    .addColumn('source_url', 'varchar(500)', (c) => c.notNull())
    // when an editor last checked it against the source; null when nobody has yet
    .addColumn('checked_on', 'varchar(10)')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'carer_premiums',
    'directory_service_terms',
    'directory_terms',
    'directory_schedules',
    'directory_phones',
    'directory_contacts',
    'directory_service_areas',
    'directory_service_locations',
    'directory_locations',
    'directory_services',
    'directory_organizations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
