import type { Kysely } from 'kysely';

// A draft activity, service or organisation (an accepted "Doe je mee?" suggestion the editors still
// finish) is kept out of every public channel until an editor publishes it. Existing rows are public.
const TABLES = ['activities', 'directory_services', 'directory_organizations'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).addColumn('draft', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('draft').execute();
}
