/** The Dutch names of the search's result types: the library's item types and the other kinds (organisation, service, activity). */
import { ITEM_TYPES, TYPE_INFO, type ItemType } from '../content/content.service.js';
import { OTHER_KIND_NAMES, OTHER_KINDS, type OtherKind } from './search.model.js';

/** Every value of a document's `type`. */
export const SEARCH_TYPES: readonly string[] = [...ITEM_TYPES, ...OTHER_KIND_NAMES];

function info(type: string): { slug: string; label: string; plural: string } | undefined {
  return TYPE_INFO[type as ItemType] ?? OTHER_KINDS[type as OtherKind];
}

/** "Recht of regeling", "Organisatie", "Hulp/dienst", "Activiteit" … (plural for the facet). */
export function typeLabel(type: string, plural = false): string {
  const i = info(type);
  return i ? (plural ? i.plural : i.label) : type;
}

/** The Dutch value in /zoeken?type= */
export function typeSlug(type: string): string {
  return info(type)?.slug ?? type;
}

export const SEARCH_TYPE_SLUGS: readonly string[] = SEARCH_TYPES.map(typeSlug);

export function typeFromSlug(slug: string): string | undefined {
  return SEARCH_TYPES.find((t) => typeSlug(t) === slug);
}
