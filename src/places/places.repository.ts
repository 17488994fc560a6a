/** All SQL of the places reference data. Every function takes the db or a transaction first and returns rows. */
import type { Db, Tx } from '../db/database.js';
import type { MunicipalityRow, PostcodeRow } from './places.table.js';

type Q = Db | Tx;

export function listMunicipalities(db: Q): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').selectAll().orderBy('name').execute();
}

export function listLocalities(db: Q): Promise<PostcodeRow[]> {
  return db.selectFrom('postcodes').selectAll().execute();
}

export function listMergers(db: Q): Promise<{ old_name: string; nis_code: string }[]> {
  return db.selectFrom('municipality_mergers').select(['old_name', 'nis_code']).execute();
}
