/** Runs the migrations in src/db/migrations (a static list, so bundling and tests see the same set). */
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m20261123T1000 from './migrations/2026-11-23T1000-create-content.js';
import * as m20261123T1001 from './migrations/2026-11-23T1001-insert-audiences.js';
import * as m20261129T1000 from './migrations/2026-11-29T1000-create-places.js';
import * as m20261129T1001 from './migrations/2026-11-29T1001-insert-municipalities.js';
import * as m20261129T1500 from './migrations/2026-11-29T1500-create-jobs.js';
import * as m20261129T1100 from './migrations/2026-11-29T1100-create-search.js';
import * as m20261129T1101 from './migrations/2026-11-29T1101-insert-synonyms.js';
import * as m20261129T1200 from './migrations/2026-11-29T1200-create-accounts.js';
import * as m20261129T1201 from './migrations/2026-11-29T1201-create-editing.js';
import * as m20261129T1400 from './migrations/2026-11-29T1400-create-activities.js';
import * as m20261129T1300 from './migrations/2026-11-29T1300-create-directory.js';
import * as m20261129T1301 from './migrations/2026-11-29T1301-insert-directory-terms.js';
import * as m20261129T1600 from './migrations/2026-11-29T1600-create-search-keys.js';
import * as m20261130T1100 from './migrations/2026-11-30T1100-create-api-tokens.js';
import * as m20261129T1700 from './migrations/2026-11-29T1700-organisation-links.js';
import * as m20261130T1200 from './migrations/2026-11-30T1200-create-contributions.js';
import * as m20261130T1300 from './migrations/2026-11-30T1300-create-newsletter.js';
import * as m20261130T1500 from './migrations/2026-11-30T1500-activity-start-index.js';
import * as m20261201T1100 from './migrations/2026-12-01T1100-items-reindex-index.js';
import * as m20261130T1400 from './migrations/2026-11-30T1400-search-title-index.js';
import * as m20261201T1000 from './migrations/2026-12-01T1000-drafts.js';
import * as m20261201T1200 from './migrations/2026-12-01T1200-calendar-version.js';
import * as m20261201T1201 from './migrations/2026-12-01T1201-directory-owner-indexes.js';
import * as m20261204T1100 from './migrations/2026-12-04T1100-search-postgres.js';

export const migrations: Record<string, Migration> = {
  '2026-11-23T1000-create-content': m20261123T1000,
  '2026-11-23T1001-insert-audiences': m20261123T1001,
  '2026-11-29T1000-create-places': m20261129T1000,
  '2026-11-29T1001-insert-municipalities': m20261129T1001,
  '2026-11-29T1500-create-jobs': m20261129T1500,
  '2026-11-29T1100-create-search': m20261129T1100,
  '2026-11-29T1101-insert-synonyms': m20261129T1101,
  '2026-11-29T1200-create-accounts': m20261129T1200,
  '2026-11-29T1201-create-editing': m20261129T1201,
  '2026-11-29T1400-create-activities': m20261129T1400,
  '2026-11-29T1300-create-directory': m20261129T1300,
  '2026-11-29T1301-insert-directory-terms': m20261129T1301,
  '2026-11-29T1600-create-search-keys': m20261129T1600,
  '2026-11-29T1700-organisation-links': m20261129T1700,
  '2026-11-30T1100-create-api-tokens': m20261130T1100,
  '2026-11-30T1200-create-contributions': m20261130T1200,
  '2026-11-30T1300-create-newsletter': m20261130T1300,
  '2026-11-30T1500-activity-start-index': m20261130T1500,
  '2026-12-01T1100-items-reindex-index': m20261201T1100,
  '2026-11-30T1400-search-title-index': m20261130T1400,
  '2026-12-01T1000-drafts': m20261201T1000,
  '2026-12-01T1200-calendar-version': m20261201T1200,
  '2026-12-01T1201-directory-owner-indexes': m20261201T1201,
  '2026-12-04T1100-search-postgres': m20261204T1100,
};

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function check(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const err = new Error(`Migratie ${failed?.migrationName ?? '?'} mislukt: ${String((result.error as Error).message ?? result.error)}`);
    (err as Error & { cause?: unknown }).cause = result.error;
    throw err;
  }
  return result;
}

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  return check(await migrator(db).migrateToLatest());
}

/** Undo every migration (used by the up-down-up test and `migrate --down-all`). */
export async function migrateDownAll(db: Kysely<any>): Promise<void> {
  const m = migrator(db);
  for (;;) {
    const result = check(await m.migrateDown());
    if (!result.results || result.results.length === 0) return;
  }
}
