import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';

// The managed lists of the directory: kinds of support and audiences. Their ids are name-based
// UUIDs (version 5), so they are the same on every installation and in every HSDS export.
function termId(taxonomy: string, slug: string): string {
  const h = createHash('sha1').update(`expertisepunt:directory-term:${taxonomy}:${slug}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const KINDS: [string, string, string][] = [
  ['respijtzorg', 'Respijtzorg', 'Zorg die de mantelzorger even rust geeft: iemand neemt de zorg tijdelijk over.'],
  ['dagopvang', 'Dagopvang', 'Opvang en verzorging overdag, bijvoorbeeld in een dagverzorgingscentrum.'],
  ['kortverblijf', 'Kortverblijf', 'Een tijdelijk verblijf, dag en nacht, in een woonzorgcentrum.'],
  ['oppas', 'Oppas', 'Vrijwilligers blijven bij de persoon die zorg nodig heeft, overdag of \'s nachts.'],
  ['lotgenotencontact', 'Lotgenotencontact', 'Praten met andere mantelzorgers die hetzelfde meemaken.'],
  ['informatie-en-advies', 'Informatie en advies', 'Uitleg over rechten, premies en hulp, en wie je verder helpt.'],
  ['psychologische-ondersteuning', 'Psychologische ondersteuning', 'Gesprekken met een hulpverlener als de zorg zwaar weegt.'],
  ['thuiszorg', 'Thuiszorg', 'Hulp en verzorging bij de persoon thuis.'],
  ['financiele-steun', 'Financiële steun', 'Hulp bij premies, tegemoetkomingen en andere financiële steun.'],
  ['vorming', 'Vorming', 'Cursussen en infosessies voor mantelzorgers.'],
];

const AUDIENCES: [string, string, string][] = [
  ['mantelzorgers', 'Mantelzorgers', 'Wie zorgt voor iemand in de familie of de buurt.'],
  ['jonge-mantelzorgers', 'Jonge mantelzorgers', 'Kinderen en jongeren tot ongeveer 25 jaar die thuis zorgen.'],
  ['ouderen', 'Ouderen', 'Mensen van 65 jaar en ouder die zorg nodig hebben.'],
  ['personen-met-dementie', 'Personen met dementie', 'Mensen met dementie en wie voor hen zorgt.'],
  ['personen-met-een-handicap', 'Personen met een handicap', 'Mensen met een beperking en wie voor hen zorgt.'],
  ['chronisch-zieken', 'Chronisch zieken', 'Mensen met een langdurige ziekte en wie voor hen zorgt.'],
  ['professionals', 'Professionals', 'Wie in zorg en welzijn werkt met mantelzorgers.'],
];

export async function up(db: Kysely<any>): Promise<void> {
  const rows = [
    ...KINDS.map(([slug, name, description], position) => ({ id: termId('kind', slug), taxonomy: 'kind', slug, name, description, position })),
    ...AUDIENCES.map(([slug, name, description], position) => ({ id: termId('audience', slug), taxonomy: 'audience', slug, name, description, position })),
  ];
  await db.insertInto('directory_terms').values(rows).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('directory_terms').execute();
}
