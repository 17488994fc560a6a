import type { Kysely } from 'kysely';

// Municipalities of Flanders and Brussels, their postcodes and the mergers that retired old names.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipalities')
    .addColumn('nis_code', 'varchar(5)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(80)', (c) => c.notNull())
    .addColumn('name_fr', 'varchar(80)')
    .addColumn('province', 'varchar(40)')
    .addColumn('region', 'varchar(20)', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('postcodes')
    .addColumn('postcode', 'varchar(4)', (c) => c.notNull())
    .addColumn('locality', 'varchar(80)', (c) => c.notNull())
    .addColumn('nis_code', 'varchar(5)', (c) => c.notNull().references('municipalities.nis_code').onDelete('cascade'))
    .addPrimaryKeyConstraint('postcodes_pk', ['postcode', 'locality', 'nis_code'])
    .execute();
  await db.schema.createIndex('postcodes_nis_code_idx').on('postcodes').column('nis_code').execute();
  await db.schema
    .createTable('municipality_mergers')
    .addColumn('old_nis_code', 'varchar(5)', (c) => c.primaryKey())
    .addColumn('old_name', 'varchar(80)', (c) => c.notNull())
    .addColumn('nis_code', 'varchar(5)', (c) => c.notNull().references('municipalities.nis_code').onDelete('cascade'))
    .addColumn('effective_date', 'varchar(10)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('municipality_mergers').execute();
  await db.schema.dropTable('postcodes').execute();
  await db.schema.dropTable('municipalities').execute();
}
