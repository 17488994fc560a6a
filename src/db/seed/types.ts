/**
 * Shapes of the demo content. Seed files are plain data, written in our own words from
 * ../shared/facts/, each item naming the public source it was written from.
 */
export type AudienceSlug = 'mantelzorgers' | 'professionals' | 'onderwijs' | 'werkgevers' | 'gemeenten';

export type ItemType = 'article' | 'tip' | 'publication' | 'tool' | 'right' | 'method' | 'practice' | 'news';

export interface PublicationDetails {
  authors: string[];
  year: number;
  publisher: string;
  isbn?: string;
  doi?: string;
  link?: string;
  /** e.g. 'brochure', 'rapport', 'boek', 'artikel', 'website' */
  format: string;
}

export interface ToolDetails {
  /** e.g. 'checklist', 'gespreksleidraad', 'website', 'vragenlijst', 'stappenplan' */
  format: string;
  licence: string;
  forWhom: string;
  link?: string;
}

export type RightLevel = 'federaal' | 'vlaams' | 'provinciaal' | 'gemeentelijk';

export interface RightDetails {
  level: RightLevel;
  whoQualifies: string;
  /** Plain text, e.g. '€ 130 per maand'; empty when it is not about money */
  amount?: string;
  howToApply: string;
  whereToApply: string;
  legalBasis?: string;
  /** YYYY-MM-DD */
  validFrom?: string;
  /** YYYY-MM-DD; after this date the right is expired */
  validUntil?: string;
}

export interface MethodDetails {
  forWhom: string;
  /** short description of what you need or how long it takes */
  practicalities?: string;
}

export interface PracticeDetails {
  organisation: string;
  setting: string;
  targetGroup: string;
  goal: string;
  approach: string;
  results: string;
  /** e.g. 'praktijkervaring', 'geëvalueerd', 'onderzocht' */
  evidenceLevel: string;
  region: string;
  contact?: string;
}

export type ItemDetails =
  | { type: 'article' }
  | { type: 'tip' }
  | { type: 'news' }
  | ({ type: 'publication' } & PublicationDetails)
  | ({ type: 'tool' } & ToolDetails)
  | ({ type: 'right' } & RightDetails)
  | ({ type: 'method' } & MethodDetails)
  | ({ type: 'practice' } & PracticeDetails);

export interface SeedSource {
  title: string;
  url: string;
}

export interface SeedItem {
  type: ItemType;
  /** lower-case, a-z 0-9 and hyphens, unique across all items */
  slug: string;
  title: string;
  /** plain-language summary, one to three sentences, B1 Dutch */
  summary: string;
  /** Markdown, no raw HTML; headings start at ## */
  body: string;
  audiences: AudienceSlug[];
  /** theme slugs from themes.ts */
  themes: string[];
  sources: SeedSource[];
  /** YYYY-MM-DD */
  publishedAt: string;
  updatedAt: string;
  lastReviewedAt: string;
  reviewBy: string;
  /** slugs of related items */
  related?: string[];
  /** type-specific fields; required for publication, tool, right, method, practice */
  details?: Omit<Extract<ItemDetails, { type: SeedItem['type'] }>, 'type'> & Record<string, unknown>;
}

export interface SeedTheme {
  slug: string;
  name: string;
  description: string;
  parent?: string;
}

export interface SeedPage {
  slug: string;
  title: string;
  summary: string;
  body: string;
}
