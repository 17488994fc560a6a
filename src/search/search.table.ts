import type { Generated, Insertable, Selectable } from 'kysely';

/** One indexed record of any feature. *_terms are the analyzer's output, space-separated. */
export interface SearchDocumentTable {
  id: Generated<number>;
  kind: string;
  ref_id: number;
  url: string;
  type: string;
  title: string;
  summary: string;
  body: string;
  last_reviewed_at: string | null;
  valid_until: string | null;
  title_terms: string;
  summary_terms: string;
  body_terms: string;
}
export type SearchDocumentRow = Selectable<SearchDocumentTable>;
export type NewSearchDocumentRow = Insertable<SearchDocumentTable>;

export interface SearchFacetTable {
  document_id: number;
  /** 'audience' or 'theme' */
  name: string;
  value: string;
}

export interface SearchTermTable {
  term: string;
  doc_count: number;
}

export interface SearchStateTable {
  id: number;
  version: string;
}

export interface SearchSynonymGroupTable {
  id: Generated<number>;
  position: number;
  /** JSON array of words and phrases */
  words: string;
}

export interface SearchLogTable {
  id: Generated<number>;
  query: string;
  /** JSON object of the filters used */
  filters: string;
  result_count: number;
  duration_ms: number;
  created_at: string;
}
export type SearchLogRow = Selectable<SearchLogTable>;

/** A stable number for a record whose own id is not one (the directory's UUIDs). */
export interface SearchKeyTable {
  id: Generated<number>;
  kind: string;
  key: string;
}

export interface SearchTables {
  search_keys: SearchKeyTable;
  search_documents: SearchDocumentTable;
  search_facets: SearchFacetTable;
  search_terms: SearchTermTable;
  search_state: SearchStateTable;
  search_synonym_groups: SearchSynonymGroupTable;
  search_log: SearchLogTable;
}
