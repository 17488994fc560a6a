import type { SeedItem } from '../types.js';
import { itemsA } from './part-a.js';
import { itemsB } from './part-b.js';
import { newsItems } from './news.js';

export const demoItems: SeedItem[] = [...itemsA, ...itemsB, ...newsItems];
