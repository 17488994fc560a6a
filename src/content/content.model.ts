/** Domain types of the knowledge library and the Dutch names the site uses for them. */
export type ItemType = 'article' | 'tip' | 'publication' | 'tool' | 'right' | 'method' | 'practice' | 'news';
export type ItemStatus = 'draft' | 'in_review' | 'published' | 'archived';

export const ITEM_TYPES: readonly ItemType[] = ['article', 'tip', 'publication', 'tool', 'right', 'method', 'practice', 'news'];

/** URL slug (Dutch), label and plural label per type. */
export const TYPE_INFO: Record<ItemType, { slug: string; label: string; plural: string; schemaOrg: string }> = {
  article: { slug: 'artikel', label: 'Info', plural: 'Info', schemaOrg: 'Article' },
  tip: { slug: 'tip', label: 'Tip', plural: 'Tips', schemaOrg: 'Article' },
  publication: { slug: 'publicatie', label: 'Publicatie', plural: 'Publicaties', schemaOrg: 'CreativeWork' },
  tool: { slug: 'instrument', label: 'Instrument', plural: 'Instrumenten', schemaOrg: 'CreativeWork' },
  right: { slug: 'recht', label: 'Recht of regeling', plural: 'Rechten en regelingen', schemaOrg: 'Article' },
  method: { slug: 'methode', label: 'Methode', plural: 'Methodes', schemaOrg: 'Article' },
  practice: { slug: 'goede-praktijk', label: 'Goede praktijk', plural: 'Goede praktijken', schemaOrg: 'Article' },
  news: { slug: 'nieuws', label: 'Nieuws', plural: 'Nieuws', schemaOrg: 'NewsArticle' },
};

export function typeFromSlug(slug: string): ItemType | undefined {
  return ITEM_TYPES.find((t) => TYPE_INFO[t].slug === slug);
}

export const RIGHT_LEVELS = ['federaal', 'vlaams', 'provinciaal', 'gemeentelijk'] as const;

/** Labels of the type-specific fields, in display order. Keys match the JSON in items.details. */
export const DETAIL_FIELDS: Record<ItemType, { key: string; label: string }[]> = {
  article: [],
  tip: [],
  publication: [
    { key: 'authors', label: 'Auteurs' },
    { key: 'year', label: 'Jaar' },
    { key: 'publisher', label: 'Uitgever' },
    { key: 'format', label: 'Vorm' },
    { key: 'isbn', label: 'ISBN' },
    { key: 'doi', label: 'DOI' },
    { key: 'link', label: 'Link' },
  ],
  tool: [
    { key: 'format', label: 'Vorm' },
    { key: 'forWhom', label: 'Voor wie' },
    { key: 'licence', label: 'Licentie' },
    { key: 'link', label: 'Link' },
  ],
  right: [
    { key: 'level', label: 'Niveau' },
    { key: 'whoQualifies', label: 'Wie heeft recht?' },
    { key: 'amount', label: 'Bedrag' },
    { key: 'howToApply', label: 'Hoe aanvragen?' },
    { key: 'whereToApply', label: 'Waar aanvragen?' },
    { key: 'legalBasis', label: 'Wettelijke basis' },
    { key: 'validFrom', label: 'Geldig vanaf' },
    { key: 'validUntil', label: 'Geldig tot' },
  ],
  method: [
    { key: 'forWhom', label: 'Voor wie' },
    { key: 'practicalities', label: 'Praktisch' },
  ],
  practice: [
    { key: 'organisation', label: 'Organisatie' },
    { key: 'setting', label: 'Setting' },
    { key: 'targetGroup', label: 'Doelgroep' },
    { key: 'goal', label: 'Doel' },
    { key: 'approach', label: 'Aanpak' },
    { key: 'results', label: 'Resultaten' },
    { key: 'evidenceLevel', label: 'Onderbouwing' },
    { key: 'region', label: 'Regio' },
    { key: 'contact', label: 'Contact' },
  ],
  news: [],
};

export interface Audience {
  id: number;
  slug: string;
  name: string;
  description: string;
}

export interface Theme {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  children: Theme[];
}

export interface Source {
  title: string;
  url: string;
}

/** What a list shows of an item. */
export interface ItemCard {
  id: number;
  type: ItemType;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  updatedAt: string;
  lastReviewedAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface Item extends ItemCard {
  body: string;
  status: ItemStatus;
  details: Record<string, unknown>;
  createdAt: string;
  reviewBy: string | null;
  audiences: Audience[];
  themes: Theme[];
  sources: Source[];
  related: ItemCard[];
}

export interface Page {
  slug: string;
  title: string;
  summary: string;
  body: string;
  updatedAt: string;
}

export interface ItemFilter {
  type?: ItemType;
  audience?: string;
  theme?: string;
  /** newest first by publication (default) or by last update */
  sort?: 'published' | 'updated';
  page?: number;
  pageSize?: number;
}

export interface ItemList {
  items: ItemCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

/** What a caller gives to create or replace an item. Relations are by slug. */
export interface ItemInput {
  type: ItemType;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: ItemStatus;
  details: Record<string, unknown>;
  audiences: string[];
  themes: string[];
  sources: Source[];
  related?: string[];
  publishedAt?: string | null;
  updatedAt?: string;
  lastReviewedAt?: string | null;
  reviewBy?: string | null;
}
