import type { Kysely } from 'kysely';

// Data: the starting list of synonym groups (a copy of src/search/synonyms.ts at the time of
// writing, since migrations import nothing from features). Editors change the table afterwards.
const groups: string[][] = [
  // Support that gives the carer a break
  ['respijtzorg', 'kortverblijf', 'dagverzorging', 'oppashulp', 'oppasdienst', 'dagopvang', 'nachtzorg', 'nachtopvang'],
  ['dagopvang', 'dagverzorgingscentrum', 'dagcentrum'],
  ['thuiszorg', 'gezinszorg', 'thuishulp', 'thuisverpleging'],
  ['woonzorgcentrum', 'rusthuis', 'wzc', 'verzorgingstehuis'],
  // Who cares
  ['mantelzorger', 'zorgende naaste', 'mantelzorg', 'mantelzorgster'],
  ['jonge mantelzorger', 'kind', 'jongere'],
  ['vrijwilliger', 'vrijwilligerswerk'],
  // Family
  ['mama', 'moeder', 'ouder'],
  ['papa', 'vader', 'ouder'],
  ['partner', 'echtgenoot', 'echtgenote', 'levenspartner'],
  ['oudere', 'senior', 'bejaarde'],
  // Money
  ['premie', 'toelage', 'tegemoetkoming', 'mantelzorgtoelage', 'mantelzorgpremie'],
  ['zorgbudget', 'zorgverzekering', 'zorgkas', 'vlaamse sociale bescherming'],
  ['kinderbijslag', 'groeipakket'],
  ['persoonsvolgend budget', 'pvb', 'vaph'],
  // Work and school
  ['werkgever', 'hr', 'personeelsdienst'],
  ['verlof', 'loopbaanonderbreking', 'tijdskrediet', 'zorgverlof', 'thematisch verlof'],
  ['werk', 'job', 'tewerkstelling'],
  ['school', 'leerkracht', 'onderwijs', 'leraar'],
  ['clb', 'leerlingenbegeleiding'],
  // Services and authorities
  ['mutualiteit', 'ziekenfonds', 'ziekenkas'],
  ['ocmw', 'sociaal huis', 'sociale dienst'],
  ['gemeente', 'lokaal bestuur', 'gemeentebestuur'],
  ['huisarts', 'dokter', 'arts', 'huisdokter'],
  ['ziekenhuis', 'hospitaal', 'kliniek'],
  ['vervoer', 'mobiliteit', 'aangepast vervoer', 'minder mobielen centrale'],
  ['erkenning', 'erkend', 'mantelzorgstatuut', 'statuut'],
  ['bewindvoering', 'bewindvoerder', 'zorgvolmacht', 'beschermingsstatuut'],
  ['info', 'informatie'],
  ['ondersteuning', 'steun', 'hulp'],
  // Conditions and situations
  ['dementie', 'alzheimer', 'dementerend'],
  ['handicap', 'beperking'],
  ['psychisch', 'geestelijke gezondheid', 'ggz', 'psychiatrie'],
  ['kanker', 'oncologie'],
  ['beroerte', 'cva', 'hersenbloeding'],
  ['overbelasting', 'overbelast', 'burn-out', 'uitputting', 'uitgeput', 'stress'],
  ['rouw', 'verlies', 'overlijden', 'afscheid'],
  ['palliatieve zorg', 'palliatief', 'levenseinde', 'terminaal'],
  // Meeting others
  ['lotgenotencontact', 'lotgenoten', 'praatgroep', 'gespreksgroep', 'mantelzorgcafe'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('search_synonym_groups').values(groups.map((words, position) => ({ position, words: JSON.stringify(words) }))).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('search_synonym_groups').execute();
}
