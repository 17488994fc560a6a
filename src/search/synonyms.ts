/**
 * Synonyms and closely related terms for the site search, as plain data: editors will manage
 * them in a database table later, this is the starting list. A query word that belongs to a group
 * also matches the group's other words.
 */
import { analyzeForIndex } from './analyzer.js';

/**
 * Index term → the index terms of its group(s). Keys are stems ("mantelzorg"); a multi-word
 * member is keyed by its stems joined with a space ("sociaal huis").
 *
 * Values hold only the one-word members of the group. A query word can only be widened with
 * single terms (an OR-group cannot require two words together), and spreading a multi-word member
 * into loose words would let "mantelzorg" match every page with "naast" or "zorg" (from "zorgende
 * naaste"). Multi-word members work the other way round: typed as a phrase, each of its words
 * also accepts the group's one-word members ("sociaal huis" also finds "OCMW").
 */
export type SynonymMap = ReadonlyMap<string, readonly string[]>;

export const defaultSynonyms: string[][] = [
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

/** Maps each member of every group, analysed like index text, to the one-word terms of its groups. */
export function createSynonymMap(groups: string[][]): SynonymMap {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const members = group.map((member) => analyzeForIndex(member)).filter((terms) => terms.length > 0);
    const singles = members.filter((terms) => terms.length === 1).map((terms) => terms[0]!);
    for (const terms of members) {
      const key = terms.join(' ');
      const related = map.get(key) ?? new Set<string>();
      for (const single of singles) if (single !== key) related.add(single);
      map.set(key, related);
    }
  }
  return new Map(Array.from(map, ([key, related]) => [key, [...related]]));
}
