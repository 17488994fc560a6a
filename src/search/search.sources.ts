/**
 * Every feature's records that belong in the site search, for a full reindex. A feature that
 * adds a kind (organisation, service, activity) exports a SearchSource from its service and adds it here.
 */
import { itemSearchSource } from '../content/content.service.js';
import type { SearchSource } from './search.model.js';

export function allSearchSources(): SearchSource[] {
  return [itemSearchSource];
}
