/**
 * Every feature's records that belong in the site search, for a full reindex. A feature that
 * adds a kind exports a SearchSource from its service and adds it here.
 */
import { itemSearchSource } from '../content/content.service.js';
import { directorySearchSource } from '../directory/directory.service.js';
import { activitySearchSource } from '../events/events.service.js';
import type { SearchSource } from './search.model.js';

export function allSearchSources(): SearchSource[] {
  return [itemSearchSource, directorySearchSource, activitySearchSource];
}
