/** One URL per public page type, chosen from the demo content, for the browser, accessibility and HTML checks. */
import type { Db } from '../src/db/database.js';

export async function pageTypeUrls(db: Db): Promise<{ name: string; url: string; status?: number }[]> {
  const items = await db.selectFrom('items').select(['type', 'slug']).where('status', '=', 'published').orderBy('id').execute();
  const firstOfType = new Map<string, string>();
  for (const i of items) if (!firstOfType.has(i.type)) firstOfType.set(i.type, i.slug);
  return [
    { name: 'home', url: '/' },
    { name: 'audience', url: '/voor/mantelzorgers' },
    { name: 'themes', url: '/thema' },
    { name: 'theme', url: '/thema/rechten-en-geld' },
    { name: 'list', url: '/kennis' },
    { name: 'list-filtered', url: '/kennis?type=recht&doelgroep=mantelzorgers&pagina=1' },
    ...[...firstOfType].map(([type, slug]) => ({ name: `item-${type}`, url: `/kennis/${slug}` })),
    { name: 'about', url: '/over-ons' },
    { name: 'privacy', url: '/privacy' },
    { name: 'support-empty', url: '/ondersteuning' },
    { name: 'support-results', url: '/ondersteuning?postcode=2440' },
    { name: 'support-filtered', url: '/ondersteuning?postcode=2440&soort=dagopvang&doelgroep=ouderen' },
    { name: 'support-unknown', url: '/ondersteuning?postcode=2999', status: 400 },
    { name: 'support-walloon', url: '/ondersteuning?postcode=4000' },
    { name: 'support-choose', url: '/ondersteuning?postcode=1050' },
    { name: 'service', url: '/ondersteuning/dagopvang-de-linde-geel' },
    { name: 'organisation', url: '/organisatie/samana' },
    { name: 'municipalities', url: '/gemeente' },
    { name: 'municipality-premium', url: '/gemeente/geel' },
    { name: 'municipality-no-premium', url: '/gemeente/gent' },
    { name: 'not-found', url: '/bestaat-niet', status: 404 },
    { name: 'bad-request', url: '/kennis?type=onzin', status: 400 },
  ];
}
