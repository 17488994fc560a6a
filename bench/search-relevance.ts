/**
 * The relevance set of `npm run bench:search`: queries as carers, professionals, teachers and
 * employers type them, each with the demo records that answer it. A query succeeds at 3 when one
 * of those is among the first three results.
 *
 * The index holds knowledge items, directory listings (organisations and their services) and
 * activities, so an answer is any of those: an item by its slug (src/db/seed/items), a listing or
 * activity by its path (src/db/seed/directory.ts, events.ts). A listing counts where it answers
 * the question as well as a page would ("kortverblijf": a place that offers it); where only an
 * explanation answers ("wat is respijtzorg"), only items are listed.
 *
 * Kinds: everyday words, misspellings, plural/singular, compound words (split or joined),
 * synonyms (a word the answer does not use), questions, and 'listing': looking for a place or
 * an activity, whose answer is not an item.
 */
export type QueryKind = 'everyday' | 'misspelling' | 'plural' | 'compound' | 'synonym' | 'question' | 'listing';

export type AnswerKind = 'item' | 'organisation' | 'service' | 'activity';

export interface RelevanceQuery {
  kind: QueryKind;
  q: string;
  /** item slugs, and paths of listings and activities (/organisatie/…, /ondersteuning/…, /activiteiten/…) */
  expect: string[];
}

/** A result's URL path as the set names it: the slug for an item, the path otherwise. */
export function answerOf(path: string): string {
  return path.startsWith('/kennis/') ? path.slice('/kennis/'.length) : path;
}

/** What kind of record an answer in the set is. */
export function answerKind(answer: string): AnswerKind {
  if (answer.startsWith('/organisatie/')) return 'organisation';
  if (answer.startsWith('/ondersteuning/')) return 'service';
  if (answer.startsWith('/activiteiten/')) return 'activity';
  return 'item';
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

// Listings and activities that answer as well as a page does.
const RESPITE_PLACES = [
  '/ondersteuning/kortverblijf-hof-ter-dijle',
  '/ondersteuning/kortverblijf-de-duinen-brugge',
  '/organisatie/kortverblijf-de-duinen',
  '/organisatie/oppashulp-leie-en-schelde',
  '/organisatie/oppasdienst-scheldeland',
  '/ondersteuning/oppas-overdag-en-s-nachts-antwerpen',
  '/ondersteuning/nachtoppas-oost-vlaanderen',
  '/ondersteuning/dagopvang-de-linde-geel',
  '/ondersteuning/dagopvang-iris-schaarbeek',
  '/ondersteuning/dagopvang-zonnewijzer-genk',
  '/organisatie/dvc-de-linde-geel',
  '/organisatie/dvc-zonnewijzer-genk',
  '/activiteiten/infosessie-respijtzorg-kortrijk',
];
const MEETING_PLACES = [
  '/activiteiten/mantelzorgcafe-brussel',
  '/activiteiten/mantelzorgcafe-hasselt',
  '/activiteiten/praatcafe-mantelzorg-geel',
  '/activiteiten/praatgroep-brugge',
  '/activiteiten/ontmoeting-mantelzorgers-leuven',
  '/activiteiten/lotgenoten-dementie-herentals',
  '/activiteiten/lotgenoten-nah-gent',
  '/ondersteuning/praatgroep-dementie-aalst',
  '/ondersteuning/lotgenotengroep-mantelzorgers-geel',
  '/ondersteuning/samana-info-en-steun-voor-mantelzorgers',
  '/organisatie/praatgroep-dementie-denderstreek',
  '/organisatie/samen-zorgen-kempen',
];
const YOUNG_PLACES = [
  '/ondersteuning/steunpunt-mantelzorg-info-en-jonge-mantelzorgers',
  '/ondersteuning/jonge-mantelzorgers-oostende',
  '/organisatie/jonge-zorgers-kust',
  '/activiteiten/jonge-mantelzorgers-antwerpen',
];
const SCHOOL_PLACES = ['/activiteiten/infosessie-jonge-mantelzorgers-school-oostende'];
const RECOGNITION_PLACES = ['/ondersteuning/coponcho-nieuwsbrief-en-info', '/activiteiten/infosessie-erkenning-mantelzorger-mechelen'];
const STRAIN_PLACES = ['/ondersteuning/gesprekken-voor-mantelzorgers-limburg', '/organisatie/gesprekspunt-mantelzorg-limburg', '/activiteiten/vorming-zorg-voor-jezelf-gent'];
const DEMENTIA_PLACES = [
  '/ondersteuning/praatgroep-dementie-aalst',
  '/organisatie/praatgroep-dementie-denderstreek',
  '/activiteiten/lotgenoten-dementie-herentals',
  '/activiteiten/vorming-communiceren-dementie-mol',
  '/activiteiten/zorgvakantie-jonge-dementie-deinze',
];
const EMPLOYER_PLACES = ['/activiteiten/webinar-werkgevers-mantelzorgvriendelijk', '/activiteiten/infosessie-werk-en-zorg-vilvoorde'];
const PREMIE_PLACES = ['/activiteiten/infosessie-mantelzorgpremie-turnhout', '/ondersteuning/mantelzorgloket-kortrijk'];
const BUDGET_PLACES = ['/activiteiten/infosessie-zorgbudgetten-aalst', '/activiteiten/webinar-zorgbudget-ouderen'];
const LEAVE_PLACES = ['/activiteiten/webinar-mantelzorgverlof'];
const NIGHT_PLACES = ['/ondersteuning/gezinszorg-en-nachtzorg-halle', '/ondersteuning/nachtoppas-oost-vlaanderen', '/ondersteuning/oppas-overdag-en-s-nachts-antwerpen'];
const PSYCH_PLACES = ['/activiteiten/webinar-reeks-mantelzorg-en-psyche'];
const MUNICIPALITY_PLACES = ['/activiteiten/webinar-gemeentelijk-mantelzorgbeleid'];

const q = (kind: QueryKind, text: string, expect: string[]): RelevanceQuery => ({ kind, q: text, expect });

export const relevanceSet: RelevanceQuery[] = [
  // --- everyday words -------------------------------------------------------------------------
  q('everyday', 'premies mantelzorg', [...PREMIES, ...PREMIE_PLACES]),
  q('everyday', 'mantelzorgpremie', [...PREMIES, ...PREMIE_PLACES]),
  q('everyday', 'premie gemeente', PREMIES),
  q('everyday', 'mantelzorgpremie geel', ['mantelzorgpremie-geel']),
  q('everyday', 'premie meise', ['mantelzorgpremie-meise']),
  q('everyday', 'mantelzorgtoelage wuustwezel', ['mantelzorgpremie-wuustwezel']),
  q('everyday', 'londerzeel', ['mantelzorgpremie-londerzeel']),
  q('everyday', 'zorgbudget', [...BUDGETS, ...BUDGET_PLACES]),
  q('everyday', 'zorgkas', ['zorgkas-en-zorgpremie']),
  q('everyday', 'zorgpremie betalen', ['zorgkas-en-zorgpremie']),
  q('everyday', 'mantelzorgverlof', ['mantelzorgverlof', ...LEAVE_PLACES]),
  q('everyday', 'palliatief verlof', ['palliatief-verlof']),
  q('everyday', 'medische bijstand', ['verlof-voor-medische-bijstand']),
  q('everyday', 'ouderschapsverlof', ['ouderschapsverlof']),
  q('everyday', 'zorgkrediet', ['vlaams-zorgkrediet']),
  q('everyday', 'aanmoedigingspremie', ['aanmoedigingspremie-bij-zorgverlof']),
  q('everyday', 'erkenning mantelzorger', [...RECOGNITION, ...RECOGNITION_PLACES]),
  q('everyday', 'verklaring op erewoord', ['instrument-verklaring-op-erewoord', 'erkenning-als-mantelzorger']),
  q('everyday', 'respijtzorg', [...RESPITE, ...RESPITE_PLACES]),
  q('everyday', 'dagopvang dementie', ['zorgen-voor-iemand-met-dementie', 'respijtzorg']),
  q('everyday', 'nachtzorg', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'respijtzorg', ...NIGHT_PLACES]),
  q('everyday', 'jonge mantelzorger school', [...SCHOOL, ...SCHOOL_PLACES]),
  q('everyday', 'jonge mantelzorgers', [...YOUNG, ...YOUNG_PLACES]),
  q('everyday', 'mantelzorgcafe', [...CAFES, ...MEETING_PLACES]),
  q('everyday', 'lotgenoten', [...CAFES, ...MEETING_PLACES]),
  q('everyday', 'dementie', [...DEMENTIA, ...DEMENTIA_PLACES]),
  q('everyday', 'palliatieve zorg', PALLIATIVE),
  q('everyday', 'werk en zorg combineren', ['werken-en-zorgen', ...EMPLOYER]),
  q('everyday', 'werkgever mantelzorg', [...EMPLOYER, ...EMPLOYER_PLACES]),
  q('everyday', 'overbelasting', [...STRAIN, ...STRAIN_PLACES]),
  q('everyday', 'mantelzorgplan', PLANS),
  q('everyday', 'mantelzorg cijfers', ['mantelzorg-in-cijfers']),
  q('everyday', 'dag van de mantelzorg', ['dag-van-de-mantelzorg']),
  q('everyday', 'zelfredzaamheid schaal', ['instrument-zelfredzaamheidsschaal-uitgelegd']),
  q('everyday', 'breed onthaal', GBO),
  q('everyday', 'eerstelijnszone', ['eerstelijnszones-en-zorgraden']),
  q('everyday', 'zorghotel', ['goede-praktijk-zorghotel-moerzeke']),
  q('everyday', 'ziekenfonds sociale dienst', ['tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds']),
  q('everyday', 'zorgnetwerk', ['methode-zorgnetwerk-in-kaart-brengen', 'tip-houd-een-zorgoverzicht-bij']),
  q('everyday', 'psychische problemen', [...PSYCH, ...PSYCH_PLACES]),

  // --- misspellings ---------------------------------------------------------------------------
  q('misspelling', 'zorgbudet', [...BUDGETS, ...BUDGET_PLACES]),
  q('misspelling', 'zorgbugdet', [...BUDGETS, ...BUDGET_PLACES]),
  q('misspelling', 'mantelzorgpremi', PREMIES),
  q('misspelling', 'mantezorgpremie', PREMIES),
  q('misspelling', 'mantelzrog', ['wat-is-een-mantelzorger', 'erkenning-als-mantelzorger', ...PREMIES, 'mantelzorg-in-cijfers', 'dag-van-de-mantelzorg']),
  q('misspelling', 'respijtzrog', [...RESPITE, ...RESPITE_PLACES]),
  q('misspelling', 'respitzorg', [...RESPITE, ...RESPITE_PLACES]),
  q('misspelling', 'dementei', [...DEMENTIA, ...DEMENTIA_PLACES]),
  q('misspelling', 'demensie', [...DEMENTIA, ...DEMENTIA_PLACES]),
  q('misspelling', 'palliatif verlof', ['palliatief-verlof']),
  q('misspelling', 'paliatief verlof', ['palliatief-verlof']),
  q('misspelling', 'mantelzorgverlov', ['mantelzorgverlof']),
  q('misspelling', 'erkening mantelzorger', [...RECOGNITION, ...RECOGNITION_PLACES]),
  q('misspelling', 'overbelastign', [...STRAIN, ...STRAIN_PLACES]),
  q('misspelling', 'lotgenooten', [...CAFES, ...MEETING_PLACES]),
  q('misspelling', 'mantelzorgcafee', [...CAFES, ...MEETING_PLACES]),
  q('misspelling', 'ziekefonds', ['tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds', 'erkenning-als-mantelzorger', 'erkenning-als-mantelzorger-met-sociale-rechten']),
  q('misspelling', 'zorgkreddiet', ['vlaams-zorgkrediet']),
  q('misspelling', 'ouderschapverlof', ['ouderschapsverlof']),
  q('misspelling', 'werkgeevr', [...EMPLOYER, ...EMPLOYER_PLACES]),
  q('misspelling', 'nachtzrog', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'respijtzorg', ...NIGHT_PLACES]),
  q('misspelling', 'aanmoedigingspremi zorgverlof', ['aanmoedigingspremie-bij-zorgverlof']),
  q('misspelling', 'zelfredzaamheitsschaal', ['instrument-zelfredzaamheidsschaal-uitgelegd']),
  q('misspelling', 'jonge mantelzorgres', [...YOUNG, ...YOUNG_PLACES]),
  q('misspelling', 'medishe bijstand', ['verlof-voor-medische-bijstand']),

  // --- plural and singular --------------------------------------------------------------------
  q('plural', 'premies', PREMIES),
  q('plural', 'mantelzorgpremies', PREMIES),
  q('plural', 'zorgbudgetten', BUDGETS),
  q('plural', 'mantelzorgers', ['wat-is-een-mantelzorger', 'verenigingen-voor-mantelzorgers', 'waar-vind-je-steun-als-mantelzorger', 'erkenning-als-mantelzorger', 'mantelzorg-in-cijfers']),
  q('plural', 'jonge mantelzorger', [...YOUNG, ...YOUNG_PLACES]),
  q('plural', 'mantelzorgcafés', [...CAFES, ...MEETING_PLACES]),
  q('plural', 'verloven', LEAVE),
  q('plural', 'verenigingen mantelzorgers', ['verenigingen-voor-mantelzorgers']),
  q('plural', 'vereniging voor mantelzorger', ['verenigingen-voor-mantelzorgers']),
  q('plural', 'werkgevers', [...EMPLOYER, ...EMPLOYER_PLACES]),
  q('plural', 'leerkrachten', [...SCHOOL, ...SCHOOL_PLACES]),
  q('plural', 'scholen', SCHOOL),
  q('plural', 'eerstelijnszones', ['eerstelijnszones-en-zorgraden']),
  q('plural', 'zorgraad', ['eerstelijnszones-en-zorgraden']),
  q('plural', 'mantelzorgplannen', PLANS),
  q('plural', 'toelagen', PREMIES),
  q('plural', 'vakantieflat', ['goede-praktijk-vakantieflats-budalys-kortrijk']),
  q('plural', 'gemeenten mantelzorgbeleid', MUNICIPALITY),
  q('plural', 'zorgverleners samenwerken', ['methode-zorgnetwerk-in-kaart-brengen', 'methode-gesprek-over-de-belasting-van-de-mantelzorger', 'tip-houd-een-zorgoverzicht-bij', '/activiteiten/vorming-voor-professionals-schaarbeek']),
  q('plural', 'uitkeringen rva', ['mantelzorgverlof', 'palliatief-verlof', 'verlof-voor-medische-bijstand']),
  q('plural', 'kinderen die zorgen', [...YOUNG, ...YOUNG_PLACES]),
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
  q('compound', 'mantelzorg cafe', [...CAFES, ...MEETING_PLACES]),
  q('compound', 'cafe voor mantelzorgers', [...CAFES, ...MEETING_PLACES]),
  q('compound', 'ouderschaps verlof', ['ouderschapsverlof']),
  q('compound', 'zorg kas', ['zorgkas-en-zorgpremie']),
  q('compound', 'zorg krediet', ['vlaams-zorgkrediet']),
  q('compound', 'nacht zorg', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'respijtzorg', ...NIGHT_PLACES]),
  q('compound', 'mantelzorgvriendelijke werkgever', [...EMPLOYER, ...EMPLOYER_PLACES]),
  q('compound', 'mantelzorgvriendelijke school', SCHOOL),
  q('compound', 'school mantelzorg vriendelijk', SCHOOL),
  q('compound', 'zorgoverzicht', ['tip-houd-een-zorgoverzicht-bij']),
  q('compound', 'overzicht van de zorg', ['tip-houd-een-zorgoverzicht-bij']),
  q('compound', 'mantelzorgbeleid', MUNICIPALITY),
  q('compound', 'beleid gemeente mantelzorg', MUNICIPALITY),
  q('compound', 'dementie vakantie', ['goede-praktijk-vakantieflats-budalys-kortrijk']),
  q('compound', 'jongdementie', ['goede-praktijk-vakantieflats-budalys-kortrijk']),
  q('compound', 'mantelzorgstatuut', [...RECOGNITION, ...RECOGNITION_PLACES]),
  q('compound', 'zorgbehoevenden budget', ['zorgbudget-voor-zwaar-zorgbehoevenden']),
  q('compound', 'levensfase laatste', PALLIATIVE),

  // --- synonyms: a word the answer does not (always) use -------------------------------------------
  q('synonym', 'toelage mantelzorg', PREMIES),
  q('synonym', 'tegemoetkoming mantelzorger', PREMIES),
  q('synonym', 'kortverblijf', [...RESPITE, ...RESPITE_PLACES]),
  q('synonym', 'oppashulp', [...RESPITE, ...RESPITE_PLACES]),
  q('synonym', 'dagverzorging', [...RESPITE, ...RESPITE_PLACES]),
  q('synonym', 'zorgende naaste', ['wat-is-een-mantelzorger', 'erkenning-als-mantelzorger']),
  q('synonym', 'alzheimer', [...DEMENTIA, ...DEMENTIA_PLACES]),
  q('synonym', 'mutualiteit', ['tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds', 'erkenning-als-mantelzorger', 'erkenning-als-mantelzorger-met-sociale-rechten']),
  q('synonym', 'hr beleid mantelzorg', EMPLOYER),
  q('synonym', 'personeelsdienst', EMPLOYER),
  q('synonym', 'burn-out mantelzorger', [...STRAIN, ...STRAIN_PLACES]),
  q('synonym', 'uitgeput door de zorg', [...STRAIN, ...STRAIN_PLACES]),
  q('synonym', 'stress mantelzorg', [...STRAIN, ...STRAIN_PLACES]),
  q('synonym', 'praatgroep', [...CAFES, ...MEETING_PLACES]),
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
  q('question', 'hoe word ik erkend als mantelzorger', [...RECOGNITION, ...RECOGNITION_PLACES]),
  q('question', 'wat is een mantelzorger', ['wat-is-een-mantelzorger']),
  q('question', 'hoeveel mantelzorgers zijn er in vlaanderen', ['mantelzorg-in-cijfers']),
  q('question', 'krijg ik geld als ik voor mijn man zorg', [...PREMIES, ...BUDGETS]),
  q('question', 'waar vind ik steun als mantelzorger', ['waar-vind-je-steun-als-mantelzorger', 'verenigingen-voor-mantelzorgers', 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds']),
  q('question', 'hoe vraag ik het zorgbudget aan', BUDGETS),
  q('question', 'wie heeft recht op een zorgbudget', BUDGETS),
  q('question', 'hoe lang duurt mantelzorgverlof', ['mantelzorgverlof']),
  q('question', 'hoe kom ik even op adem', [...RESPITE, ...RESPITE_PLACES]),
  q('question', 'wat kan ik doen als ik overbelast ben', [...STRAIN, ...STRAIN_PLACES]),
  q('question', 'hoe praat ik met mijn baas over mijn zorg', EMPLOYER),
  q('question', 'hoe herken ik een jonge mantelzorger in de klas', [...SCHOOL, ...SCHOOL_PLACES]),
  q('question', 'wat doet een werkgever voor mantelzorgers', EMPLOYER),
  q('question', 'waar kan ik andere mantelzorgers ontmoeten', [...CAFES, ...MEETING_PLACES]),
  q('question', 'mijn moeder heeft dementie wat nu', [...DEMENTIA, ...DEMENTIA_PLACES]),
  q('question', 'wat is respijtzorg', RESPITE),
  q('question', 'wanneer de mantelzorgpremie aanvragen', ['tip-vraag-de-mantelzorgpremie-van-je-gemeente-op-tijd-aan', ...PREMIES]),
  q('question', 'wat doet de gemeente voor mantelzorgers', MUNICIPALITY),
  q('question', 'hoe betaal ik de zorgpremie', ['zorgkas-en-zorgpremie']),
  q('question', 'kan ik verlof nemen voor mijn zieke vader', LEAVE),
  q('question', 'wat is een mantelzorgcafe', CAFES),
  q('question', 'wie zorgt er mee voor mijn vader', ['methode-zorgnetwerk-in-kaart-brengen', 'tip-houd-een-zorgoverzicht-bij']),
  q('question', 'slecht slapen door de zorg', ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', '/activiteiten/webinar-slapen-als-mantelzorger']),
  q('question', 'mag ik als kind ook mantelzorger zijn', [...YOUNG, ...YOUNG_PLACES]),

  // --- looking for a place or an activity: only a listing or activity answers ----------------------
  q('listing', 'kortverblijf brugge', ['/ondersteuning/kortverblijf-de-duinen-brugge', '/organisatie/kortverblijf-de-duinen']),
  q('listing', 'dagopvang genk', ['/ondersteuning/dagopvang-zonnewijzer-genk', '/organisatie/dvc-zonnewijzer-genk']),
  q('listing', 'dagcentrum schaarbeek', ['/ondersteuning/dagopvang-iris-schaarbeek', '/organisatie/dagcentrum-iris-schaarbeek']),
  q('listing', 'mantelzorgcafe hasselt', ['/activiteiten/mantelzorgcafe-hasselt']),
  q('listing', 'praatgroep dementie aalst', ['/ondersteuning/praatgroep-dementie-aalst', '/organisatie/praatgroep-dementie-denderstreek']),
  q('listing', 'nachtoppas', ['/ondersteuning/nachtoppas-oost-vlaanderen', '/ondersteuning/oppas-overdag-en-s-nachts-antwerpen']),
  q('listing', 'zorgvakantie aan zee', ['/activiteiten/zorgvakantie-aan-zee-de-panne', '/ondersteuning/samana-vakanties-met-zorg']),
  q('listing', 'vorming tillen', ['/activiteiten/vorming-tillen-en-verplaatsen-geel', '/ondersteuning/cursus-zorgen-zonder-rugpijn']),
  q('listing', 'medicatie geven cursus', ['/activiteiten/vorming-medicatie-leuven']),
  q('listing', 'wandelen met andere mantelzorgers', ['/activiteiten/wandelgroep-mantelzorgers-genk']),
  q('listing', 'webinar mantelzorgverlof', ['/activiteiten/webinar-mantelzorgverlof']),
  q('listing', 'mantelzorgdag westhoek', ['/activiteiten/mantelzorgdag-ieper']),
  q('listing', 'lotgenoten hersenletsel', ['/activiteiten/lotgenoten-nah-gent']),
  q('listing', 'oppasdienst', ['/organisatie/oppasdienst-scheldeland', '/organisatie/oppashulp-leie-en-schelde', '/ondersteuning/oppas-overdag-en-s-nachts-antwerpen']),
  q('listing', 'mantelzorgloket kortrijk', ['/ondersteuning/mantelzorgloket-kortrijk', '/organisatie/mantelzorgpunt-zuid-west']),
];
