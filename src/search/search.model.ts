/** Domain types of the site search. Any feature can put its records in the index as SearchDocuments. */

/** A record to index. `kind` says which feature it belongs to (item; later organisation, service, activity). */
export interface SearchDocument {
  kind: string;
  refId: number;
  url: string;
  /** what the record is within its kind (for items: article, tip, right …); filterable */
  type: string;
  title: string;
  summary: string;
  /** plain text or Markdown */
  body: string;
  /** audience slugs */
  audiences: string[];
  /** theme slugs, parents included, so a parent theme finds its sub-themes' records */
  themes: string[];
  lastReviewedAt: string | null;
  /** YYYY-MM-DD; after it the record (a right) is expired and ranks last */
  validUntil: string | null;
}

/**
 * The kinds besides items, with their Dutch names; their documents have the kind as `type` too.
 * Items are named by their own type (content's TYPE_INFO). `slug` is the /zoeken?type= value.
 */
export const OTHER_KINDS = {
  organisation: { slug: 'organisatie', label: 'Organisatie', plural: 'Organisaties' },
  service: { slug: 'hulp', label: 'Hulp/dienst', plural: 'Hulp en diensten' },
  activity: { slug: 'activiteit', label: 'Activiteit', plural: 'Activiteiten' },
} as const;
export type OtherKind = keyof typeof OTHER_KINDS;
export const OTHER_KIND_NAMES = Object.keys(OTHER_KINDS) as OtherKind[];

/** Where a feature's records come from, for a full reindex. */
export interface SearchSource {
  kind: string;
  count(db: import('./search.store.js').Q): Promise<number>;
  /** every record to index, in batches */
  documents(db: import('./search.store.js').Q): AsyncIterable<SearchDocument[]>;
}

export interface SearchQuery {
  q: string;
  type?: string;
  audience?: string;
  theme?: string;
  kinds?: string[];
  page?: number;
  pageSize?: number;
  /** also count the matches per type, audience and theme */
  facets?: boolean;
  /** YYYY-MM-DD; defaults to today */
  today?: string;
}

/** A piece of a snippet; marked pieces matched the query. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  kind: string;
  refId: number;
  url: string;
  type: string;
  title: string;
  summary: string;
  snippet: SnippetPart[];
  lastReviewedAt: string | null;
  validUntil: string | null;
  expired: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  /** the query as searched (trimmed and cut to a sane length) */
  query: string;
  total: number;
  /** total is an estimate: more than a thousand records matched, and counting them all would cost more than the search */
  approximate?: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
  hits: SearchHit[];
  /** 'all': every word matched; 'some': nothing had every word, these have some; 'none': nothing to search for */
  mode: 'all' | 'some' | 'none';
  /** the query with typos corrected, when a correction found the results ("Bedoelde je: …?") */
  corrected?: string;
  /** approximate: counted among the newest thousand matches and scaled to the estimated total (when the total is approximate) */
  facets?: { type: FacetCount[]; audience: FacetCount[]; theme: FacetCount[]; approximate?: boolean };
  durationMs: number;
}

export interface Suggestion {
  title: string;
  url: string;
  type: string;
}

export interface SearchLogEntry {
  query: string;
  filters: Record<string, string | number>;
  resultCount: number;
  durationMs: number;
  createdAt: string;
}
