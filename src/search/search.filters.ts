/** Checks the audience and theme a search is narrowed to, for the page and the API alike. */
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import * as content from '../content/content.service.js';

/** An unknown audience or theme is a 400 with a clear message, not an empty list. */
export async function checkFacets(db: Db, audience: string | undefined, theme: string | undefined, names: { audience: string; theme: string }): Promise<void> {
  if (audience && !(await content.listAudiences(db)).some((a) => a.slug === audience)) {
    throw new AppError('unknown_audience', 400, `De doelgroep "${audience}" bestaat niet.`, { [names.audience]: 'Onbekende doelgroep.' });
  }
  if (theme) {
    const themes = (await content.listThemes(db)).flatMap((t) => [t, ...t.children]);
    if (!themes.some((t) => t.slug === theme)) throw new AppError('unknown_theme', 400, `Het thema "${theme}" bestaat niet.`, { [names.theme]: 'Onbekend thema.' });
  }
}
