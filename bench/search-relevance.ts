/**
 * The relevance set of `npm run bench:search`: queries as carers, professionals, teachers and
 * employers type them, each with the demo items (src/db/seed/items) that answer it. A query
 * succeeds at 3 when one of those items is among the first three results.
 *
 * Kinds: everyday words, misspellings, plural/singular, compound words (split or joined),
 * synonyms (a word the answer does not use) and questions.
 */
export type QueryKind = 'everyday' | 'misspelling' | 'plural' | 'compound' | 'synonym' | 'question';

export interface RelevanceQuery {
  kind: QueryKind;
  q: string;
  expect: string[];
}

const PREMIES = [
  'mantelzorgpremie-geel',
  'mantelzorgpremie-meise',
  'mantelzorgpremie-kampenhout',
  'mantelzorgpremie-londerzeel',
  'mantelzorgpremie-wuustwezel',
  'mantelzorgpremie-bonheiden',
  'mantelzorgpremie-zwijndrecht',
  'tip-vraag-de-mantelzorgpremie-van-je-gemeente-op-tijd-aan',
  'publicatie-een-mantelzorgpremie-in-elke-gemeente',
];
const BUDGETS = ['zorgbudget-voor-zwaar-zorgbehoevenden', 'zorgbudget-voor-ouderen-met-een-zorgnood', 'zorgbudget-voor-mensen-met-een-handicap', 'zorgkas-en-zorgpremie'];
const LEAVE = ['mantelzorgverlof', 'palliatief-verlof', 'verlof-voor-medische-bijstand', 'werken-en-zorgen', 'tip-vraag-erkenning-pas-aan-als-je-verlof-wilt'];
const CAFES = [
  'methode-mantelzorgcafe',
  'tip-zoek-lotgenoten-in-een-mantelzorgcafe',
  'instrument-mantelzorghub-overzicht-mantelzorgcafes',
  'goede-praktijk-mantelzorgcafe-vilvoorde',
  'goede-praktijk-eerste-mantelzorgcafes-koksijde-en-veurne',
  'goede-praktijk-mantelzorgcafe-merchtem',
];
const YOUNG = [
  'jonge-mantelzorgers',
  'jonge-mantelzorgers-op-school',
  'tip-jonge-mantelzorger-vertel-het-aan-een-leerkracht',
  'methode-jonge-mantelzorgers-herkennen-op-school',
  'publicatie-je-bent-jong-en-je-zorgt',
  'instrument-samen-naar-een-mantelzorgvriendelijke-school',
  'goede-praktijk-jonge-mantelzorgers-in-de-warmste-week',
];
const SCHOOL = ['jonge-mantelzorgers-op-school', 'methode-jonge-mantelzorgers-herkennen-op-school', 'instrument-samen-naar-een-mantelzorgvriendelijke-school', 'tip-jonge-mantelzorger-vertel-het-aan-een-leerkracht'];
const RECOGNITION = ['erkenning-als-mantelzorger', 'erkenning-als-mantelzorger-met-sociale-rechten', 'instrument-verklaring-op-erewoord', 'tip-vraag-erkenning-pas-aan-als-je-verlof-wilt'];
const RESPITE = ['respijtzorg', 'tip-plan-een-adempauze-met-oppashulp', 'tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'goede-praktijk-zorghotel-moerzeke', 'goede-praktijk-vakantieflats-budalys-kortrijk'];
const EMPLOYER = ['mantelzorgvriendelijk-werkgeverschap', 'instrument-mantelzorgvriendelijk-ondernemen', 'tip-praat-met-je-werkgever-over-je-zorg', 'werken-en-zorgen'];
const PLANS = ['vlaamse-mantelzorgplannen', 'publicatie-vlaams-mantelzorgplan-2016-2020', 'publicatie-vlaams-mantelzorgplan-2022-2024'];
const STRAIN = ['overbelasting-voorkomen', 'methode-gesprek-over-de-belasting-van-de-mantelzorger', 'publicatie-commissieverslag-overbelasting-mantelzorgers-2018'];
const GBO = ['methode-geintegreerd-breed-onthaal', 'goede-praktijk-geintegreerd-breed-onthaal-poperinge'];
const DEMENTIA = ['zorgen-voor-iemand-met-dementie', 'goede-praktijk-vakantieflats-budalys-kortrijk'];
const PALLIATIVE = ['zorg-in-de-laatste-levensfase', 'palliatief-verlof'];
const PSYCH = ['zorgen-voor-iemand-met-psychische-problemen'];
const MUNICIPALITY = ['mantelzorgbeleid-in-de-gemeente', 'publicatie-een-mantelzorgpremie-in-elke-gemeente', 'eerstelijnszones-en-zorgraden'];

const q = (kind: QueryKind, text: string, expect: string[]): RelevanceQuery => ({ kind, q: text, expect });

export const relevanceSet: RelevanceQuery[] = [
  // --- everyday words -------------------------------------------------------------------------
  q('everyday', 'premies mantelzorg', PREMIES),
  q('everyday', 'mantelzorgpremie', PREMIES),
  q('everyday', 'premie gemeente', PREMIES),
  q('everyday', 'mantelzorgpremie geel', ['mantelzorgpremie-geel']),
  q('everyday', 'premie meise', ['mantelzorgpremie-meise']),
  q('everyday', 'mantelzorgtoelage wuustwezel', ['mantelzorgpremie-wuustwezel']),
  q('everyday', 'londerzeel', ['mantelzorgpremie-londerzeel']),
  q('everyday', 'zorgbudget', BUDGETS),
  q('everyday', 'zorgkas', ['zorgkas-en-zorgpremie']),
  q('everyday', 'zorgpremie betalen', ['zorgkas-en-zorgpremie']),
  q('everyday', 'mantelzorgverlof', ['mantelzorgverlof']),
  q('everyday', 'palliatief verlof', ['palliatief-verlof']),
  q('everyday', 'medische bijstand', ['verlof-voor-medische-bijstand']),
  q('everyday', 'ouderschapsverlof', ['ouderschapsverlof']),
  q('everyday', 'zorgkrediet', ['vlaams-zorgkrediet']),
  q('everyday', 'aanmoedigingspremie', ['aanmoedigingspremie-bij-zorgverlof']),
  q('everyday', 'erkenning mantelzorger', RECOGNITION),
  q('everyday', 'verklaring op erewoord', ['instrument-verklaring-op-erewoord', 'erkenning-als-mantelzorger']),
  q('everyday', 'respijtzorg', RESPITE),
  q('everyday', 'dagopvang dementie', ['zorgen-voor-iemand-met-dementie', 'respijtzorg']),
  q('everyday', 'nachtzorg', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'respijtzorg']),
  q('everyday', 'jonge mantelzorger school', SCHOOL),
  q('everyday', 'jonge mantelzorgers', YOUNG),
  q('everyday', 'mantelzorgcafe', CAFES),
  q('everyday', 'lotgenoten', CAFES),
  q('everyday', 'dementie', DEMENTIA),
  q('everyday', 'palliatieve zorg', PALLIATIVE),
  q('everyday', 'werk en zorg combineren', ['werken-en-zorgen', ...EMPLOYER]),
  q('everyday', 'werkgever mantelzorg', EMPLOYER),
  q('everyday', 'overbelasting', STRAIN),
  q('everyday', 'mantelzorgplan', PLANS),
  q('everyday', 'mantelzorg cijfers', ['mantelzorg-in-cijfers']),
  q('everyday', 'dag van de mantelzorg', ['dag-van-de-mantelzorg']),
  q('everyday', 'zelfredzaamheid schaal', ['instrument-zelfredzaamheidsschaal-uitgelegd']),
  q('everyday', 'breed onthaal', GBO),
  q('everyday', 'eerstelijnszone', ['eerstelijnszones-en-zorgraden']),
  q('everyday', 'zorghotel', ['goede-praktijk-zorghotel-moerzeke']),
  q('everyday', 'ziekenfonds sociale dienst', ['tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds']),
  q('everyday', 'zorgnetwerk', ['methode-zorgnetwerk-in-kaart-brengen', 'tip-houd-een-zorgoverzicht-bij']),
  q('everyday', 'psychische problemen', PSYCH),

  // --- misspellings ---------------------------------------------------------------------------
  q('misspelling', 'zorgbudet', BUDGETS),
  q('misspelling', 'zorgbugdet', BUDGETS),
  q('misspelling', 'mantelzorgpremi', PREMIES),
  q('misspelling', 'mantezorgpremie', PREMIES),
  q('misspelling', 'mantelzrog', ['wat-is-een-mantelzorger', 'erkenning-als-mantelzorger', ...PREMIES, 'mantelzorg-in-cijfers', 'dag-van-de-mantelzorg']),
  q('misspelling', 'respijtzrog', RESPITE),
  q('misspelling', 'respitzorg', RESPITE),
  q('misspelling', 'dementei', DEMENTIA),
  q('misspelling', 'demensie', DEMENTIA),
  q('misspelling', 'palliatif verlof', ['palliatief-verlof']),
  q('misspelling', 'paliatief verlof', ['palliatief-verlof']),
  q('misspelling', 'mantelzorgverlov', ['mantelzorgverlof']),
  q('misspelling', 'erkening mantelzorger', RECOGNITION),
  q('misspelling', 'overbelastign', STRAIN),
  q('misspelling', 'lotgenooten', CAFES),
  q('misspelling', 'mantelzorgcafee', CAFES),
  q('misspelling', 'ziekefonds', ['tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds', 'erkenning-als-mantelzorger', 'erkenning-als-mantelzorger-met-sociale-rechten']),
  q('misspelling', 'zorgkreddiet', ['vlaams-zorgkrediet']),
  q('misspelling', 'ouderschapverlof', ['ouderschapsverlof']),
  q('misspelling', 'werkgeevr', EMPLOYER),
  q('misspelling', 'nachtzrog', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'respijtzorg']),
  q('misspelling', 'aanmoedigingspremi zorgverlof', ['aanmoedigingspremie-bij-zorgverlof']),
  q('misspelling', 'zelfredzaamheitsschaal', ['instrument-zelfredzaamheidsschaal-uitgelegd']),
  q('misspelling', 'jonge mantelzorgres', YOUNG),
  q('misspelling', 'medishe bijstand', ['verlof-voor-medische-bijstand']),

  // --- plural and singular --------------------------------------------------------------------
  q('plural', 'premies', PREMIES),
  q('plural', 'mantelzorgpremies', PREMIES),
  q('plural', 'zorgbudgetten', BUDGETS),
  q('plural', 'mantelzorgers', ['wat-is-een-mantelzorger', 'verenigingen-voor-mantelzorgers', 'waar-vind-je-steun-als-mantelzorger', 'erkenning-als-mantelzorger', 'mantelzorg-in-cijfers']),
  q('plural', 'jonge mantelzorger', YOUNG),
  q('plural', 'mantelzorgcafés', CAFES),
  q('plural', 'verloven', LEAVE),
  q('plural', 'verenigingen mantelzorgers', ['verenigingen-voor-mantelzorgers']),
  q('plural', 'vereniging voor mantelzorger', ['verenigingen-voor-mantelzorgers']),
  q('plural', 'werkgevers', EMPLOYER),
  q('plural', 'leerkrachten', SCHOOL),
  q('plural', 'scholen', SCHOOL),
  q('plural', 'eerstelijnszones', ['eerstelijnszones-en-zorgraden']),
  q('plural', 'zorgraad', ['eerstelijnszones-en-zorgraden']),
  q('plural', 'mantelzorgplannen', PLANS),
  q('plural', 'toelagen', PREMIES),
  q('plural', 'vakantieflat', ['goede-praktijk-vakantieflats-budalys-kortrijk']),
  q('plural', 'gemeenten mantelzorgbeleid', MUNICIPALITY),
  q('plural', 'zorgverleners samenwerken', ['methode-zorgnetwerk-in-kaart-brengen', 'methode-gesprek-over-de-belasting-van-de-mantelzorger', 'tip-houd-een-zorgoverzicht-bij']),
  q('plural', 'uitkeringen rva', ['mantelzorgverlof', 'palliatief-verlof', 'verlof-voor-medische-bijstand']),
  q('plural', 'kinderen die zorgen', YOUNG),
  q('plural', 'ouderen zorgbudget', ['zorgbudget-voor-ouderen-met-een-zorgnood']),
  q('plural', 'handicaps', ['zorgbudget-voor-mensen-met-een-handicap']),
  q('plural', 'verslavingen', PSYCH),

  // --- compound words, split or joined ---------------------------------------------------------
  q('compound', 'premie voor mantelzorgers', PREMIES),
  q('compound', 'mantelzorg premie', PREMIES),
  q('compound', 'verlof voor zorg', ['aanmoedigingspremie-bij-zorgverlof', ...LEAVE]),
  q('compound', 'zorgverlof', ['aanmoedigingspremie-bij-zorgverlof', ...LEAVE]),
  q('compound', 'mantelzorg verlof', ['mantelzorgverlof']),
  q('compound', 'zorg budget', BUDGETS),
  q('compound', 'budget ouderen', ['zorgbudget-voor-ouderen-met-een-zorgnood']),
  q('compound', 'mantelzorg cafe', CAFES),
  q('compound', 'cafe voor mantelzorgers', CAFES),
  q('compound', 'ouderschaps verlof', ['ouderschapsverlof']),
  q('compound', 'zorg kas', ['zorgkas-en-zorgpremie']),
  q('compound', 'zorg krediet', ['vlaams-zorgkrediet']),
  q('compound', 'nacht zorg', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'respijtzorg']),
  q('compound', 'mantelzorgvriendelijke werkgever', EMPLOYER),
  q('compound', 'mantelzorgvriendelijke school', SCHOOL),
  q('compound', 'school mantelzorg vriendelijk', SCHOOL),
  q('compound', 'zorgoverzicht', ['tip-houd-een-zorgoverzicht-bij']),
  q('compound', 'overzicht van de zorg', ['tip-houd-een-zorgoverzicht-bij']),
  q('compound', 'mantelzorgbeleid', MUNICIPALITY),
  q('compound', 'beleid gemeente mantelzorg', MUNICIPALITY),
  q('compound', 'dementie vakantie', ['goede-praktijk-vakantieflats-budalys-kortrijk']),
  q('compound', 'jongdementie', ['goede-praktijk-vakantieflats-budalys-kortrijk']),
  q('compound', 'mantelzorgstatuut', RECOGNITION),
  q('compound', 'zorgbehoevenden budget', ['zorgbudget-voor-zwaar-zorgbehoevenden']),
  q('compound', 'levensfase laatste', PALLIATIVE),

  // --- synonyms: a word the answer does not (always) use -------------------------------------------
  q('synonym', 'toelage mantelzorg', PREMIES),
  q('synonym', 'tegemoetkoming mantelzorger', PREMIES),
  q('synonym', 'kortverblijf', RESPITE),
  q('synonym', 'oppashulp', RESPITE),
  q('synonym', 'dagverzorging', RESPITE),
  q('synonym', 'zorgende naaste', ['wat-is-een-mantelzorger', 'erkenning-als-mantelzorger']),
  q('synonym', 'alzheimer', DEMENTIA),
  q('synonym', 'mutualiteit', ['tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds', 'erkenning-als-mantelzorger', 'erkenning-als-mantelzorger-met-sociale-rechten']),
  q('synonym', 'hr beleid mantelzorg', EMPLOYER),
  q('synonym', 'personeelsdienst', EMPLOYER),
  q('synonym', 'burn-out mantelzorger', STRAIN),
  q('synonym', 'uitgeput door de zorg', STRAIN),
  q('synonym', 'stress mantelzorg', STRAIN),
  q('synonym', 'praatgroep', CAFES),
  q('synonym', 'levenseinde', PALLIATIVE),
  q('synonym', 'terminaal ziek verlof', ['palliatief-verlof']),
  q('synonym', 'ocmw', ['mantelzorgbeleid-in-de-gemeente', 'waar-vind-je-steun-als-mantelzorger', ...PREMIES]),
  q('synonym', 'lokaal bestuur mantelzorg', MUNICIPALITY),
  q('synonym', 'tijdskrediet zorgen', LEAVE),
  q('synonym', 'leerkracht', SCHOOL),
  q('synonym', 'onderwijs jonge mantelzorgers', SCHOOL),
  q('synonym', 'beperking zorgbudget', ['zorgbudget-voor-mensen-met-een-handicap']),
  q('synonym', 'vlaamse sociale bescherming', BUDGETS),
  q('synonym', 'psychiatrie', PSYCH),

  // --- questions ----------------------------------------------------------------------------------
  q('question', 'verlof om voor mama te zorgen', ['mantelzorgverlof', 'palliatief-verlof', 'verlof-voor-medische-bijstand']),
  q('question', 'hoe word ik erkend als mantelzorger', RECOGNITION),
  q('question', 'wat is een mantelzorger', ['wat-is-een-mantelzorger']),
  q('question', 'hoeveel mantelzorgers zijn er in vlaanderen', ['mantelzorg-in-cijfers']),
  q('question', 'krijg ik geld als ik voor mijn man zorg', [...PREMIES, ...BUDGETS]),
  q('question', 'waar vind ik steun als mantelzorger', ['waar-vind-je-steun-als-mantelzorger', 'verenigingen-voor-mantelzorgers', 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds']),
  q('question', 'hoe vraag ik het zorgbudget aan', BUDGETS),
  q('question', 'wie heeft recht op een zorgbudget', BUDGETS),
  q('question', 'hoe lang duurt mantelzorgverlof', ['mantelzorgverlof']),
  q('question', 'hoe kom ik even op adem', RESPITE),
  q('question', 'wat kan ik doen als ik overbelast ben', STRAIN),
  q('question', 'hoe praat ik met mijn baas over mijn zorg', EMPLOYER),
  q('question', 'hoe herken ik een jonge mantelzorger in de klas', SCHOOL),
  q('question', 'wat doet een werkgever voor mantelzorgers', EMPLOYER),
  q('question', 'waar kan ik andere mantelzorgers ontmoeten', CAFES),
  q('question', 'mijn moeder heeft dementie wat nu', DEMENTIA),
  q('question', 'wat is respijtzorg', RESPITE),
  q('question', 'wanneer de mantelzorgpremie aanvragen', ['tip-vraag-de-mantelzorgpremie-van-je-gemeente-op-tijd-aan', ...PREMIES]),
  q('question', 'wat doet de gemeente voor mantelzorgers', MUNICIPALITY),
  q('question', 'hoe betaal ik de zorgpremie', ['zorgkas-en-zorgpremie']),
  q('question', 'kan ik verlof nemen voor mijn zieke vader', LEAVE),
  q('question', 'wat is een mantelzorgcafe', CAFES),
  q('question', 'wie zorgt er mee voor mijn vader', ['methode-zorgnetwerk-in-kaart-brengen', 'tip-houd-een-zorgoverzicht-bij']),
  q('question', 'slecht slapen door de zorg', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg']),
  q('question', 'mag ik als kind ook mantelzorger zijn', YOUNG),
];
