import type { Selectable } from 'kysely';

/** Reference data (a data migration): municipalities as of 1 January 2025, postcodes, mergers. */
export interface MunicipalityTable {
  /** NIS code (Statbel), the stable key */
  nis_code: string;
  slug: string;
  name: string;
  name_fr: string | null;
  /** null for Brussels */
  province: string | null;
  region: string;
  /** the municipality's centre: good for "nearest first", not for a map pin */
  lat: number;
  lon: number;
}
export type MunicipalityRow = Selectable<MunicipalityTable>;

export interface PostcodeTable {
  postcode: string;
  locality: string;
  nis_code: string;
}
export type PostcodeRow = Selectable<PostcodeTable>;

export interface MunicipalityMergerTable {
  old_nis_code: string;
  old_name: string;
  nis_code: string;
  effective_date: string;
}

export interface PlacesTables {
  municipalities: MunicipalityTable;
  postcodes: PostcodeTable;
  municipality_mergers: MunicipalityMergerTable;
}
