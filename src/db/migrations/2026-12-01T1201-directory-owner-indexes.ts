import type { Kysely } from 'kysely';

// The finder and the directory's pages read contacts, phones and schedules by their owner (a
// service, location, organisation or contact), for a hundred or more services at a time: without
// these indexes each of those reads scans the whole table. Deleting an owner (on delete cascade)
// finds its rows through them too.
const INDEXES: [table: string, column: string][] = [
  ['directory_contacts', 'organization_id'],
  ['directory_contacts', 'service_id'],
  ['directory_contacts', 'location_id'],
  ['directory_phones', 'organization_id'],
  ['directory_phones', 'service_id'],
  ['directory_phones', 'location_id'],
  ['directory_phones', 'contact_id'],
  ['directory_schedules', 'service_id'],
  ['directory_schedules', 'location_id'],
];

const name = (table: string, column: string) => `${table}_${column.replace(/_id$/, '')}_idx`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column] of INDEXES) await db.schema.createIndex(name(table, column)).on(table).column(column).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of INDEXES) await db.schema.dropIndex(name(table, column)).execute();
}
