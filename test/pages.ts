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
    { name: 'contribute', url: '/doe-mee' },
    { name: 'contribute-info', url: '/doe-mee/informatie' },
    { name: 'contribute-activity', url: '/doe-mee/activiteit' },
    { name: 'contribute-practice', url: '/doe-mee/goede-praktijk' },
    { name: 'contribute-listing', url: '/doe-mee/organisatie' },
    { name: 'contribute-correction', url: `/doe-mee/correctie?over=${encodeURIComponent(`/kennis/${firstOfType.get('right') ?? items[0]?.slug}`)}&titel=Een+pagina` },
    { name: 'newsletter', url: '/nieuwsbrief' },
    { name: 'newsletter-almost', url: '/nieuwsbrief/bijna-klaar' },
    { name: 'newsletter-archive', url: '/nieuwsbrief/archief' },
    { name: 'open-data', url: '/open-data' },
    { name: 'api-docs', url: '/api' },
    { name: 'sign-in', url: '/beheer/aanmelden' },
    { name: 'password-forgotten', url: '/beheer/wachtwoord-vergeten' },
    { name: 'activities', url: '/activiteiten' },
    { name: 'activities-filtered', url: '/activiteiten?soort=lotgenotencontact&postcode=2440&afstand=30&doelgroep=mantelzorgers' },
    { name: 'activities-bad-postcode', url: '/activiteiten?postcode=9999', status: 400 },
    { name: 'activity', url: '/activiteiten/vorming-tillen-en-verplaatsen-geel' },
    { name: 'activity-recurring', url: '/activiteiten/praatcafe-mantelzorg-geel' },
    { name: 'activity-online', url: '/activiteiten/webinar-mantelzorgverlof' },
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
    { name: 'search', url: '/zoeken?q=premies+mantelzorg' },
    { name: 'search-filtered', url: '/zoeken?q=verlof&type=recht&pagina=1' },
    { name: 'search-zero', url: '/zoeken?q=qqxzv+wwvvz' },
    { name: 'search-empty', url: '/zoeken' },
    { name: 'widgets', url: '/widgets' },
    { name: 'widgets-snippet', url: '/widgets?widget=activiteiten&gemeente=Geel&kleur=0b4f5c' },
    { name: 'widgets-bad', url: '/widgets?widget=ondersteuning&gemeente=1050&kleur=808080', status: 400 },
    { name: 'widget-activities', url: '/widget/activiteiten?gemeente=geel' },
    { name: 'widget-support-colour', url: '/widget/ondersteuning?gemeente=geel&kleur=0b4f5c' },
    { name: 'widget-search-colour', url: '/widget/zoeken?kleur=ffd100' },
    { name: 'widget-bad', url: '/widget/activiteiten?gemeente=atlantis', status: 400 },
  ];
}

/** One URL per back-office page type, to be opened by a signed-in admin (accessibility checks). */
export async function backofficePageUrls(db: Db): Promise<{ name: string; url: string }[]> {
  const item = await db.selectFrom('items').select('id').where('type', '=', 'publication').orderBy('id').executeTakeFirstOrThrow();
  const revised = await db.selectFrom('item_revisions').select(['item_id', 'number']).orderBy('id', 'desc').executeTakeFirst();
  const theme = await db.selectFrom('themes').select('id').orderBy('id').executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
  const listing = await db
    .selectFrom('directory_services as s')
    .innerJoin('directory_locations as l', 'l.organization_id', 's.organization_id')
    .select(['s.organization_id', 's.id', 'l.id as location'])
    .orderBy('s.id')
    .executeTakeFirstOrThrow();
  const premium = await db.selectFrom('carer_premiums').select('nis_code').orderBy('nis_code').executeTakeFirstOrThrow();
  const activity = await db.selectFrom('activities').select('id').orderBy('id').executeTakeFirstOrThrow();
  const contribution = await db.selectFrom('contributions').select('id').where('status', 'in', ['new', 'question']).orderBy('id').executeTakeFirst();
  return [
    { name: 'dashboard', url: '/beheer' },
    { name: 'items', url: '/beheer/items' },
    { name: 'item-new-choose', url: '/beheer/items/nieuw' },
    { name: 'item-new-right', url: '/beheer/items/nieuw?type=right' },
    { name: 'item-edit', url: `/beheer/items/${item.id}` },
    ...(revised
      ? [
          { name: 'revisions', url: `/beheer/items/${revised.item_id}/versies` },
          { name: 'revision-diff', url: `/beheer/items/${revised.item_id}/versies/${revised.number}` },
        ]
      : []),
    { name: 'themes', url: '/beheer/themas' },
    { name: 'theme', url: `/beheer/themas/${theme.id}` },
    { name: 'search-admin', url: '/beheer/zoeken' },
    { name: 'audiences', url: '/beheer/doelgroepen' },
    { name: 'users', url: '/beheer/gebruikers' },
    { name: 'user', url: `/beheer/gebruikers/${user.id}` },
    { name: 'audit', url: '/beheer/audit' },
    { name: 'contributions', url: '/beheer/bijdragen' },
    ...(contribution ? [{ name: 'contribution', url: `/beheer/bijdragen/${contribution.id}` }] : []),
    { name: 'newsletter-admin', url: '/beheer/nieuwsbrief' },
    { name: 'newsletter-new', url: '/beheer/nieuwsbrief/nieuw' },
    { name: 'privacy-admin', url: '/beheer/privacy' },
    { name: 'account', url: '/beheer/account' },
    { name: 'organisations', url: '/beheer/organisaties' },
    { name: 'organisation-new', url: '/beheer/organisaties/nieuw' },
    { name: 'organisation-edit', url: `/beheer/organisaties/${listing.organization_id}` },
    { name: 'service-new', url: `/beheer/organisaties/${listing.organization_id}/aanbod/nieuw` },
    { name: 'service-edit', url: `/beheer/aanbod/${listing.id}` },
    { name: 'location-new', url: `/beheer/organisaties/${listing.organization_id}/locaties/nieuw` },
    { name: 'location-edit', url: `/beheer/locaties/${listing.location}` },
    { name: 'premiums', url: '/beheer/premies' },
    { name: 'premium-edit', url: `/beheer/premies/${premium.nis_code}` },
    { name: 'activities-admin', url: '/beheer/activiteiten' },
    { name: 'activity-new', url: '/beheer/activiteiten/nieuw' },
    { name: 'activity-edit', url: `/beheer/activiteiten/${activity.id}` },
    { name: 'activity-import', url: '/beheer/activiteiten/importeren' },
    { name: 'api-tokens', url: '/beheer/sleutels' },
    { name: 'widget-snippets', url: '/beheer/widgets?widget=activiteiten&gemeente=Geel&kleur=0b4f5c' },
  ];
}
