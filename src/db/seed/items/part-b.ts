import type { SeedItem, SeedSource } from '../types.js';

/**
 * Demo content, part B: tips, publications, tools, methods and good practices.
 * Written in our own words from ../shared/facts/mantelzorg-vlaanderen.md; every item names its sources.
 * Three HLN sources are given there with a shortened slug ("..."); we use the full address of the
 * same article (same article id ~a6f4e9bd, ~a86488b0, ~a9d934f6).
 */
const src = {
  antwerpenErkenning: { title: 'Stad Antwerpen – Ben je mantelzorger? Vraag nu je officiële erkenning aan', url: 'https://www.antwerpen.be/nl/overzicht/district-antwerpen-1/senioren/ben-je-mantelzorger-vraag-nu-je-officiele-erkenning-aan' },
  samanaErkenning: { title: 'Samana – Erkenning als mantelzorger', url: 'https://www.samana.be/erkenning-mantelzorger/' },
  samanaMantelzorger: { title: 'Samana – Mantelzorger', url: 'https://www.samana.be/mantelzorger/' },
  rvaMantelzorgverlof: { title: 'RVA – Verlof voor mantelzorg', url: 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg' },
  coponchoStatuut: { title: 'Coponcho – Het mantelzorgstatuut', url: 'https://www.coponcho.be/het-mantelzorgstatuut/' },
  gezinEnHandicap: { title: 'Gezin en Handicap – Waar heb ik recht op via mutualiteit?', url: 'https://www.gezinenhandicap.be/waar-heb-ik-recht-op-via-mutualiteit/' },
  mlozStatuut: { title: 'MLOZ – Eindelijk een officieel statuut voor de mantelzorgers', url: 'https://www.mloz.be/nl/nieuws/eindelijk-een-officieel-statuut-voor-de-mantelzorgers' },
  pratoErkenning: { title: 'Prato – Erkenningsprocedure mantelzorger', url: 'https://www.prato.be/erkenningsprocedure-mantelzorger-officieel-zodat-manterlofverlof-mogelijk-is-vanaf-01-09-2020/' },
  steunpuntPremie: { title: 'Steunpunt Mantelzorg – Gemeentelijke mantelzorgpremie (2019)', url: 'https://steunpuntmantelzorg.be/2019/05/13/gemeentelijke-mantelzorgpremie-hoe-maak-je-er-een-voordeel-van-voor-je-mantelzorgers/' },
  geelPremie: { title: 'Stad Geel – Mantelzorgpremie', url: 'https://www.geel.be/product/17/mantelzorgpremie' },
  kampenhoutPremie: { title: 'Gemeente Kampenhout – Mantelzorgpremie', url: 'https://www.kampenhout.be/mantelzorgpremie' },
  heusdenZolder: { title: 'N-VA Heusden-Zolder – Vraag om opnieuw een mantelzorgpremie', url: 'https://heusden-zolder.eu/n-va-vraagt-opnieuw-mantelzorgpremie.aspx' },
  samanaBrochure: { title: 'Samana – Een mantelzorgpremie in elke gemeente', url: 'https://www.samana.be/document/een-mantelzorgpremie-in-elke-gemeente/' },
  halleOppas: { title: 'Sociaal Huis Halle – Thuiszorg: oppasdienst', url: 'https://www.digitaalsociaalhuis.be/halle/PDC_Halle/Producten/T/Thuiszorg_Oppasdienst' },
  lievegemOppas: { title: 'Gemeente Lievegem – Thuiszorg: oppasdienst', url: 'https://lievegem.be/thuiszorg-oppasdienst' },
  vvsgDvc: { title: 'VVSG – Dagverzorgingscentra', url: 'https://www.vvsg.be/kennisitem/vvsg/dagverzorgingscentra' },
  kenniscentrumMantelzorg: { title: 'Kenniscentrum WWZ – Mantelzorg', url: 'https://www.kenniscentrumwwz.be/mantelzorg' },
  brasschaatZorgbudget: { title: 'Gemeente Brasschaat – Zorgbudget voor ouderen met een zorgnood', url: 'https://www.brasschaat.be/zorgbudget-voor-ouderen-met-een-zorgnood' },
  hlnKoksijde: { title: 'HLN – Mantelzorgcafés vind je voortaan allemaal op één website (2019)', url: 'https://www.hln.be/regio/koksijde/mantelzorgcafes-vind-je-voortaan-allemaal-op-een-website~a6f4e9bd/' },
  ringtvVilvoorde: { title: 'Ring TV – Eerste mantelzorgcafé in Vilvoorde (2022)', url: 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde' },
  ringtvMerchtem: { title: 'Ring TV – Mantelzorgcafé Merchtem zet mantelzorgers in de bloemetjes (2018)', url: 'http://www.ringtv.be/nieuws/mantelzorgcaf%C3%A9-merchtem-zet-mantelzorgers-de-bloemetjes' },
  zgVerenigingen: { title: 'Zorg en Gezondheid – Verenigingen van gebruikers en mantelzorgers', url: 'https://zorg-en-gezondheid.be/per-domein/thuiszorg/verenigingen-van-gebruikers-en-mantelzorgers' },
  vlaanderenVerenigingen: { title: 'Vlaanderen.be – Vereniging van gebruikers en mantelzorgers', url: 'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/vereniging-van-gebruikers-en-mantelzorgers' },
  abvvWerkvloer: { title: 'ABVV-experten – Extra aandacht voor mantelzorgers op de werkvloer', url: 'https://abvv-experten.be/combinatie-gezin-arbeid/extra-aandacht-voor-mantelzorgers-op-de-werkvloer/' },
  aanmoedigingspremie: { title: 'Vlaanderen.be – Voorwaarden voor de aanmoedigingspremie in de social-profitsector', url: 'https://www.vlaanderen.be/nl/werk/loopbaan/voorwaarden-voor-de-aanmoedigingspremie-de-socialprofitsector' },
  cmLoopbaanonderbreking: { title: 'CM – Wat te doen bij loopbaanonderbreking voor thuiszorg', url: 'https://www.cm.be/nl/wat-te-doen-bij-loopbaanonderbreking-voor-thuiszorg' },
  werkZorgkrediet: { title: 'Werk.be – Vlaams zorgkrediet: voor wie?', url: 'https://www.werk.be/online-diensten/vlaams-zorgkrediet/voor-wie' },
  belgiumPalliatief: { title: 'Belgium.be – Palliatief verlof', url: 'https://www.belgium.be/nl/werk/loopbaanbeheer/verlof_en_loopbaanonderbrekingen/tijdskrediet_en_loopbaanonderbreking/palliatief_verlof/' },
  schryversCijfers: { title: 'Katrien Schryvers – Ruim 170.000 Vlamingen geregistreerd als mantelzorger in 2020', url: 'https://www.katrienschryvers.be/nieuws/ruim-170-000-vlamingen-geregistreerd-als-mantelzorger-in-2020/' },
  weliswaarJong: { title: 'Weliswaar – Jonge mantelzorgers waren te lang een onzichtbare groep (2021)', url: 'https://weliswaar.be/kinderen-jongeren/jonge-mantelzorgers-waren-te-lang-een-onzichtbare-groep' },
  bekeJong: { title: 'Wouter Beke – Ook jonge mantelzorgers moeten de aandacht en steun krijgen die ze verdienen', url: 'http://www.wouterbeke.be/nieuws/ook-jonge-mantelzorgers-moeten-de-aandacht-en-steun-krijgen-die-ze-verdienen/' },
  vivelNieuws: { title: 'VIVEL – Nieuws', url: 'https://www.vivel.be/nl/nieuws/author/vivel/' },
  vpJongeMantelzorgers: { title: 'Vlaams Parlement – Verslag commissievergadering over jonge mantelzorgers', url: 'https://www.vlaamsparlement.be/commissies/commissievergaderingen/1338939/verslag/1341926' },
  pzvNachtzorg: { title: 'Palliatieve Zorg Vlaanderen – Nachtzorg', url: 'https://palliatievezorgvlaanderen.be/patient-mantelzorger/waar-kan-ik-terecht/nachtzorg/' },
  oudHeverleeNachtzorg: { title: 'Gemeente Oud-Heverlee – Nachtzorg', url: 'https://www.oud-heverlee.be/product/205/nachtzorg' },
  merksplasNachtzorg: { title: 'Gemeente Merksplas – Nachtzorg, nachtoppas, nachthotel', url: 'https://www.merksplas.be/Nachtzorg%20nachtoppas%20nachthotel/default.aspx?ID=662' },
  zilverenSleutel: { title: 'De Zilveren Sleutel – Nachtopvang', url: 'https://www.dezilverensleutel.be/index.php?id=58' },
  ggcNachtopvang: { title: 'GGC Brussel – Centra voor nachtopvang van ouderen', url: 'https://www.ccc-ggc.brussels/nl/bijstand-aan-personen/centra-voor-nachtopvang-van-ouderen' },
  vpOverbelasting: { title: 'Vlaams Parlement – Verslag commissievergadering van 6 maart 2018', url: 'https://www.vlaamsparlement.be/commissies/commissievergaderingen/1236074/verslag/1237334' },
  rapportJongeMantelzorgers: { title: 'Je bent jong en … je zorgt (rapport, 2021)', url: 'https://5dok.net/document/q05xjdg9-bent-jong-zorgt.html' },
  kenniscentrumPlan: { title: 'Kenniscentrum WWZ – Vlaams Mantelzorgplan', url: 'http://www.kenniscentrumwwz.be/node/176' },
  kennispleinPlan: { title: 'Kennisplein – Vlaams mantelzorgplan 2016-2020', url: 'https://www.kennisplein.be/sites/Vlaams%20Expertisepunt%20Mantelzorg/Pages/Vlaams%20mantelzorgplan%202016%20-2020.aspx' },
  hbvlWebsite: { title: 'Het Belang van Limburg – Nieuwe website bundelt informatie voor mantelzorgers (2018)', url: 'http://www.hbvl.be/cnt/dmf20180316_03412291/nieuwe-website-bundelt-informatie-voor-mantelzorgers' },
  eerstelijnszoneEvaluatie: { title: 'Eerstelijnszone.be – Evaluatie Vlaams mantelzorgbeleid (2021)', url: 'https://eerstelijnszone.be/evaluatie-vlaams-mantelzorgbeleid-status-en-next-steps' },
  vivelPlan: { title: 'VIVEL – Het nieuw Vlaams Mantelzorgplan is een feit', url: 'https://www.vivel.be/nl/nieuws/het-nieuw-vlaams-mantelzorgplan-is-een-feit/' },
  mantelzorgersPlanNieuws: { title: 'Mantelzorgers.be – Vlaams Mantelzorgplan 2022-2024 (nieuws)', url: 'https://www.mantelzorgers.be/nl/nieuws/vlaams-mantelzorgplan-2022-2024' },
  mantelzorgersPlan: { title: 'Mantelzorgers.be – Vlaams Mantelzorgplan 2022-2024', url: 'https://www.mantelzorgers.be/nl/vlaams-mantelzorgplan-2022-2024' },
  memorandum: { title: 'Mantelzorgers.be – Memorandum Vlaams Mantelzorgplatform', url: 'https://www.mantelzorgers.be/nl/nieuws/memorandum-vlaams-mantelzorgplatform' },
  mantelzorgersOverOns: { title: 'Mantelzorgers.be – Over ons', url: 'https://www.mantelzorgers.be/nl/over-ons' },
  mzvoCijfers: { title: 'Mantelzorgvriendelijk ondernemen – Cijfers', url: 'http://www.mantelzorgvriendelijkondernemen.be/context/cijfers' },
  knackWerkgevers: { title: 'Knack – Werkgevers moeten meer aandacht hebben voor de mantelzorgers op hun werkvloer', url: 'https://www.knack.be/nieuws/belgie/werkgevers-moeten-meer-aandacht-hebben-voor-de-mantelzorgers-op-hun-werkvloer/article-opinion-1409871.html' },
  wielsbekeZorgbudget: { title: 'Gemeente Wielsbeke – Zorgbudget voor ouderen met een zorgnood', url: 'https://www.wielsbeke.be/producten/zorgbudget-voor-ouderen-met-een-zorgnood' },
  halleZorgbudget: { title: 'Stad Halle – Zorgbudget voor ouderen', url: 'https://www.halle.be/producten-en-dienstencatalogus/zorgbudget-voor-ouderen' },
  hlnPoperinge: { title: 'HLN – Nauwere samenwerking tussen OCMW Poperinge, ziekenfondsen en CAW (2019)', url: 'https://www.hln.be/in-de-buurt/poperinge/nauwere-samenwerking-tussen-ocmw-poperinge-ziekenfondsen-en-centrum-algemeen-welzijnswerk~a86488b0/' },
  zorgraadDender: { title: 'Eerstelijnszone.be – Zorgraad ELZ Dender', url: 'https://www.eerstelijnszone.be/zorgraad-elz-dender' },
  weliswaarCaw: { title: 'Weliswaar – Een laagdrempelig aanbod voor iedereen (2022)', url: 'https://weliswaar.be/welzijn-zorg/een-laagdrempelig-aanbod-voor-iedereen-ongeacht-situatie-achtergrond' },
  hlnMoerzeke: { title: 'HLN – Zorghotel in Moerzeke (2018)', url: 'https://www.hln.be/regio/hamme/-~aa87defa/' },
  hlnKortrijk: { title: 'HLN – Kortrijk eerste in Europa met vakantieproject voor mensen met dementie (2019)', url: 'https://www.hln.be/in-de-buurt/kortrijk/kortrijk-eerste-in-europa-met-project-voor-dementerenden-om-op-vakantie-te-kunnen-gaan~a9d934f6/' },
  steunpuntNieuws: { title: 'Steunpunt Mantelzorg – Nieuws', url: 'https://steunpuntmantelzorg.be/category/nieuws/' },
} satisfies Record<string, SeedSource>;

const onbekendeLicentie = 'onbekend — vraag na bij de maker';
const geenEvaluatie = 'Geen evaluatie gepubliceerd in de bronnen die we zagen.';

export const itemsB: SeedItem[] = [
  // ───────────────────────────── Tips ─────────────────────────────
  {
    type: 'tip',
    slug: 'tip-vraag-erkenning-pas-aan-als-je-verlof-wilt',
    title: 'Vraag de erkenning met sociale rechten pas aan als je verlof wilt nemen',
    summary: 'De erkenning als mantelzorger met sociale rechten geldt maar één jaar. Vraag ze dus pas aan als je echt mantelzorgverlof wilt nemen.',
    body: `## Twee soorten erkenning

Sinds september 2020 kun je je als mantelzorger laten erkennen. Dat regel je via je ziekenfonds. Er zijn twee soorten attesten:

- **De algemene erkenning.** Dat is een officieel bewijs dat je mantelzorger bent. Ze heeft geen einddatum. Op dit moment geeft ze je geen extra rechten.
- **De erkenning met sociale rechten.** Daarvoor moet je veel helpen: minstens 50 uur per maand of 600 uur per jaar.

## Waarom wachten loont

De erkenning met sociale rechten is één jaar geldig. Dat jaar begint op de dag dat je de verklaring ondertekent. Je kunt ze daarna wel verlengen. Vandaag is mantelzorgverlof het enige federale recht dat aan deze erkenning vastzit. Vraag je ze te vroeg aan? Dan tikt je jaar al weg, terwijl je nog geen verlof neemt. De stad Antwerpen raadt daarom aan te wachten tot je het verlof echt wilt opnemen.

## Wat kun je nu al doen?

- Vraag de algemene erkenning aan. Die blijft geldig zonder einddatum.
- Praat op tijd met je werkgever over je plannen.
- Vraag aan de sociale dienst van je ziekenfonds hoe de aanvraag verloopt.

Regels kunnen veranderen. Kijk dus altijd na wat vandaag geldt.`,
    audiences: ['mantelzorgers', 'werkgevers'],
    themes: ['erkenning-als-mantelzorger', 'verlof-om-te-zorgen'],
    sources: [src.antwerpenErkenning, src.samanaErkenning, src.rvaMantelzorgverlof, src.coponchoStatuut],
    publishedAt: '2025-03-17',
    updatedAt: '2025-11-04',
    lastReviewedAt: '2026-01-12',
    reviewBy: '2027-01-12',
    related: ['instrument-verklaring-op-erewoord', 'tip-praat-met-je-werkgever-over-je-zorg', 'tip-houd-een-zorgoverzicht-bij'],
  },
  {
    type: 'tip',
    slug: 'tip-vraag-de-mantelzorgpremie-van-je-gemeente-op-tijd-aan',
    title: 'Vraag de mantelzorgpremie van je gemeente op tijd aan',
    summary: 'Veel gemeenten geven een premie aan mantelzorgers. Elke gemeente heeft eigen regels en soms een uiterste datum. Zoek die dus op tijd op.',
    body: `## Elke gemeente beslist zelf

Een gemeente mag een mantelzorgpremie geven, maar ze moet niet. De regels verschillen sterk. Het gaat om het bedrag, de voorwaarden en wie het geld krijgt: jij of de persoon voor wie je zorgt. Soms moeten jullie op hetzelfde adres wonen. In 2018 gaf bijna 8 op de 10 Vlaamse gemeenten een premie. Toch vinden veel mantelzorgers de informatie erover verwarrend.

## Let op de uiterste datum

Sommige gemeenten werken met een vaste periode om de premie aan te vragen. Een voorbeeld: in Geel moest je de premie aanvragen vóór 31 oktober. Het ging daar om 200 euro per jaar, met een grens voor het inkomen van het gezin. Dit kan intussen veranderd zijn. In Kampenhout moest je de premie elk jaar opnieuw aanvragen.

## Zo pak je het aan

- Zoek op de website van je gemeente naar 'mantelzorgpremie' of 'mantelzorgtoelage'.
- Noteer de uiterste datum in je agenda.
- Kijk welke bewijzen je nodig hebt. Soms is dat een bewijs van een zorgbudget of een score op de zelfredzaamheidsschaal.
- Is iets niet duidelijk? Vraag hulp aan de sociale dienst van je gemeente of van je ziekenfonds.
- Verhuist de persoon voor wie je zorgt? Kijk dan opnieuw naar de regels. Die hangen vaak af van de woonplaats.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente'],
    sources: [src.steunpuntPremie, src.geelPremie, src.kampenhoutPremie, src.heusdenZolder],
    publishedAt: '2025-02-24',
    updatedAt: '2025-09-08',
    lastReviewedAt: '2026-02-02',
    reviewBy: '2027-02-02',
    related: ['publicatie-een-mantelzorgpremie-in-elke-gemeente', 'instrument-zelfredzaamheidsschaal-uitgelegd'],
  },
  {
    type: 'tip',
    slug: 'tip-plan-een-adempauze-met-oppashulp',
    title: 'Plan een adempauze met een oppasdienst',
    summary: 'Een vrijwilliger van een oppasdienst kan een paar uur bij de persoon blijven voor wie je zorgt. Zo heb jij even tijd voor jezelf.',
    body: `## Wat doet een oppasdienst?

Bij een oppasdienst komt een vrijwilliger bij jullie thuis. Die blijft bij de persoon voor wie je zorgt. De oppas houdt gezelschap en let op. Verpleging hoort er niet bij. Zo kun jij even weg: naar de winkel, naar een afspraak of gewoon wat rusten.

## Waarom het helpt

Veel mantelzorgers raken overbelast. In een doctoraat uit 2018 ging het om 4 op de 10 mantelzorgers. Een gebrek aan momenten om op adem te komen speelt daarbij een grote rol. Een vaste pauze plannen is dus geen luxe.

## Wat kost het?

Dat verschilt per dienst. Meestal betaal je een klein bedrag per uur. Soms moet je een minimum aantal uren boeken. Vraag de prijs op voor je begint.

## Zo begin je

- Vraag bij je gemeente of je ziekenfonds welke oppasdienst er in je buurt is.
- Plan de oppas liefst op een vast moment, bijvoorbeeld elke week.
- Stel de oppas voor aan de persoon voor wie je zorgt. Vertel wat belangrijk is, zoals gewoontes of wat hem of haar rustig maakt.

## Andere vormen van adempauze

Is een paar uur niet genoeg? Kijk dan ook naar een dagverzorgingscentrum of naar kortverblijf in een woonzorgcentrum. Voor de nacht bestaat er nachtzorg.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['respijtzorg', 'zorg-voor-jezelf'],
    sources: [src.halleOppas, src.lievegemOppas, src.vpOverbelasting, src.vvsgDvc],
    publishedAt: '2025-04-07',
    updatedAt: '2025-04-07',
    lastReviewedAt: '2025-12-15',
    reviewBy: '2026-12-15',
    related: ['tip-bekijk-de-mogelijkheden-voor-nachtzorg', 'goede-praktijk-zorghotel-moerzeke', 'methode-gesprek-over-de-belasting-van-de-mantelzorger'],
  },
  {
    type: 'tip',
    slug: 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds',
    title: 'Stap naar de sociale dienst van je ziekenfonds',
    summary: 'De sociale dienst van je ziekenfonds helpt je op weg met erkenning, zorgbudgetten en hulp aan huis. Je hoeft niet alles alleen uit te zoeken.',
    body: `## Een eerste aanspreekpunt

Als mantelzorger krijg je veel vragen op je bord. Waar heb je recht op? Welke hulp bestaat er? De dienst maatschappelijk werk van je ziekenfonds is een goede plek om te beginnen. Je kunt ook terecht bij een regionaal dienstencentrum of bij een erkende vereniging voor mantelzorgers.

## Waarmee helpt de sociale dienst?

- **Erkenning als mantelzorger.** Je geeft de ondertekende verklaring op erewoord af bij je ziekenfonds. Daarna krijg je een attest.
- **Zorgbudgetten.** Je kunt er onder meer het zorgbudget voor ouderen met een zorgnood aanvragen.
- **Hulp aan huis.** Via de diensten van je ziekenfonds vraag je bijvoorbeeld oppas of nachtzorg aan.

## Diensten die samenwerken

Op sommige plaatsen werken de sociale dienst van het ziekenfonds, het OCMW en het CAW nauw samen. Dat heet geïntegreerd breed onthaal. Het doel is dat mensen alle rechten krijgen waar ze aanspraak op kunnen maken.

## Tips voor je gesprek

- Schrijf je vragen vooraf op.
- Neem de papieren mee die je al hebt, zoals brieven over een tegemoetkoming of een zorgbudget.
- Vertel ook hoe het met jou gaat. Niet alleen met de persoon voor wie je zorgt.
- Vraag wat de volgende stap is, en wie je daarbij helpt.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['rechten-en-geld', 'samenwerken-met-professionals'],
    sources: [src.kenniscentrumMantelzorg, src.gezinEnHandicap, src.brasschaatZorgbudget, src.pzvNachtzorg, src.hlnPoperinge],
    publishedAt: '2025-01-20',
    updatedAt: '2025-06-30',
    lastReviewedAt: '2026-03-09',
    reviewBy: '2027-03-09',
    related: ['methode-geintegreerd-breed-onthaal', 'instrument-verklaring-op-erewoord', 'tip-bekijk-de-mogelijkheden-voor-nachtzorg'],
  },
  {
    type: 'tip',
    slug: 'tip-zoek-lotgenoten-in-een-mantelzorgcafe',
    title: 'Zoek lotgenoten op in een mantelzorgcafé',
    summary: 'In een mantelzorgcafé ontmoet je andere mantelzorgers. Je deelt ervaringen en vindt antwoorden op praktische vragen.',
    body: `## Je staat er niet alleen voor

Zorgen voor iemand kan eenzaam zijn. Mensen die hetzelfde meemaken, begrijpen je vaak snel. Daarom bestaan er mantelzorgcafés: vaste ontmoetingsmomenten voor mantelzorgers. De eerste in Vlaanderen startten in 2017 in Koksijde en Veurne. Later volgden er meer, bijvoorbeeld in Merchtem en Vilvoorde.

## Waar vind je er een?

- Kijk op de website of in het infoblad van je gemeente.
- In 2019 kwam er een overzicht van mantelzorgcafés op mantelzorghub.be. Dit kan intussen veranderd zijn.
- Vraag het aan een erkende vereniging van gebruikers en mantelzorgers. Contact met lotgenoten is een van hun taken. Lid worden is gratis voor mantelzorgers.

## Veel mantelzorgers missen steun

Volgens het Zorgbedrijf Vilvoorde is maar ongeveer 1 op de 10 mantelzorgers lid van een organisatie die informatie en vorming geeft. Misschien bestaat er dus al steun die jij nog niet kent.

## Tips voor je eerste keer

- Je hoeft niets te vertellen als je dat niet wilt. Alleen luisteren mag ook.
- Neem gerust iemand mee.
- Voel je je niet thuis? Probeer dan een andere groep, of een activiteit van een mantelzorgvereniging.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['zorg-voor-jezelf'],
    sources: [src.hlnKoksijde, src.ringtvVilvoorde, src.zgVerenigingen, src.vlaanderenVerenigingen],
    publishedAt: '2025-05-12',
    updatedAt: '2025-10-06',
    lastReviewedAt: '2026-04-20',
    reviewBy: '2027-04-20',
    related: ['methode-mantelzorgcafe', 'instrument-mantelzorghub-overzicht-mantelzorgcafes', 'goede-praktijk-mantelzorgcafe-vilvoorde'],
  },
  {
    type: 'tip',
    slug: 'tip-praat-met-je-werkgever-over-je-zorg',
    title: 'Praat met je werkgever over je zorg',
    summary: 'Veel mantelzorgers hebben ook een job. Een open gesprek met je werkgever maakt het makkelijker om werk en zorg te combineren.',
    body: `## Je bent niet de enige

Werk en zorg combineren is voor veel mensen dagelijkse kost. Volgens de Zorgenquête van 2021 heeft 6 op de 10 Vlaamse mantelzorgers betaald werk. De meesten van hen werken voltijds.

## Waarom praten helpt

Weet je werkgever niet dat je zorgt? Dan kan hij of zij ook niet meedenken. Een gesprek opent de deur naar oplossingen. Je kunt bijvoorbeeld vragen naar andere werkuren of een tijdelijke aanpassing.

## Verlof om te zorgen

Er bestaan verschillende verlofvormen. Een paar voorbeelden:

- **mantelzorgverlof**, als je erkend bent als mantelzorger met sociale rechten;
- **verlof voor medische bijstand**, voor een ernstig ziek gezins- of familielid;
- **palliatief verlof**, voor iemand die ongeneeslijk ziek is. Dat hoeft geen familie te zijn.

Voor deze verloven krijg je een uitkering van de RVA. Werk je in de privésector of de social profit? Dan kun je soms ook een Vlaamse aanmoedigingspremie krijgen. In de social profit vraag je die aan binnen zes maanden na de start van je verlof. Werk je bij de Vlaamse overheid, in het onderwijs of bij een lokaal bestuur? Dan bestaat er het Vlaams zorgkrediet.

## Bereid het gesprek voor

- Schrijf op wat je nodig hebt en voor hoelang.
- Let op: in kleine bedrijven gelden soms andere regels. Zo moet bij minder dan 10 werknemers de werkgever akkoord gaan met verlof voor medische bijstand.`,
    audiences: ['mantelzorgers', 'werkgevers'],
    themes: ['werk-en-mantelzorg', 'verlof-om-te-zorgen'],
    sources: [src.abvvWerkvloer, src.rvaMantelzorgverlof, src.aanmoedigingspremie, src.cmLoopbaanonderbreking, src.werkZorgkrediet, src.belgiumPalliatief],
    publishedAt: '2025-06-02',
    updatedAt: '2025-12-01',
    lastReviewedAt: '2026-05-18',
    reviewBy: '2027-05-18',
    related: ['instrument-mantelzorgvriendelijk-ondernemen', 'tip-vraag-erkenning-pas-aan-als-je-verlof-wilt'],
  },
  {
    type: 'tip',
    slug: 'tip-houd-een-zorgoverzicht-bij',
    title: 'Houd een overzicht bij van de zorg: wie doet wat?',
    summary: 'Schrijf op welke zorg je geeft en wie er helpt. Zo zie je beter hoeveel je doet, en kun je taken makkelijker verdelen.',
    body: `## Waarom een overzicht?

Zorg sluipt vaak langzaam je leven binnen. Voor je het weet, doe je heel veel. Een overzicht maakt dat zichtbaar. Voor jezelf, maar ook voor je familie en voor hulpverleners.

## Wat schrijf je op?

- welke taken er zijn: boodschappen, vervoer, medicatie, papieren, gezelschap;
- wie welke taak doet;
- hoeveel tijd je er per week aan besteedt;
- welke professionals betrokken zijn, met hun telefoonnummer.

## Wat heb je eraan?

**Taken verdelen.** Vaak staat één mantelzorger er alleen voor. In 2020 had ongeveer 3 op de 4 geregistreerde zorgvragers maar één mantelzorger. Met een overzicht kun je gerichter om hulp vragen.

**Je uren kennen.** Voor de erkenning met sociale rechten moet je minstens 50 uur per maand of 600 uur per jaar helpen. Ook tijd voor een vorming telt mee. Een overzicht helpt je inschatten of je daaraan komt.

**Een beter gesprek.** Praat je met de huisarts, de thuisverpleging of een sociaal werker? Dan heb je alle informatie meteen bij de hand.

## Houd het eenvoudig

Een schriftje of een gedeelde agenda is genoeg. Spreek af wie het bijhoudt en kijk het af en toe samen na.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorg-voor-jezelf', 'samenwerken-met-professionals'],
    sources: [src.schryversCijfers, src.samanaErkenning],
    publishedAt: '2025-07-07',
    updatedAt: '2025-07-07',
    lastReviewedAt: '2026-06-15',
    reviewBy: '2027-06-15',
    related: ['methode-zorgnetwerk-in-kaart-brengen', 'tip-vraag-erkenning-pas-aan-als-je-verlof-wilt'],
  },
  {
    type: 'tip',
    slug: 'tip-jonge-mantelzorger-vertel-het-aan-een-leerkracht',
    title: 'Jonge mantelzorger? Vertel het aan een leerkracht die je vertrouwt',
    summary: 'Help je thuis mee voor een ziek gezinslid? Dan ben je een jonge mantelzorger. Als iemand op school het weet, kan die rekening houden met jouw situatie.',
    body: `## Ben jij een jonge mantelzorger?

Woon je samen met iemand die lang ziek is, een beperking heeft of verslaafd is? En help je mee? Dan ben je een jonge mantelzorger. In Vlaanderen gebruikt men dat woord voor kinderen en jongeren tot ongeveer 24 jaar. Je bent zeker niet alleen. Ongeveer 1 op de 20 jongeren tussen 11 en 18 jaar helpt thuis minstens 4 uur per week.

## Waarom vertellen?

Zorgen kost tijd en energie. Misschien ben je soms moe in de klas. Of je vergeet een taak omdat het thuis druk was. Als een leerkracht weet wat er speelt, kan die je beter begrijpen. Samen kunnen jullie zoeken wat helpt.

## Aan wie?

Kies iemand bij wie jij je goed voelt. Dat kan een leerkracht zijn, je klastitularis of iemand van de leerlingenbegeleiding. Jij beslist wat je vertelt. Vraag gerust aan wie die persoon het nog zal vertellen.

## Scholen leren bij

Het project 'Samen naar een mantelzorgvriendelijke school' hoorde bij het Vlaams Mantelzorgplan 2022–2024. De naam zegt het al: scholen die rekening houden met jonge mantelzorgers.

## Ook tijd voor jezelf

Ook jij hebt tijd nodig voor school, vrienden en hobby's. Praat er eens over met iemand die je vertrouwt, op school of daarbuiten.`,
    audiences: ['mantelzorgers', 'onderwijs'],
    themes: ['jonge-mantelzorgers', 'school-en-jonge-mantelzorgers'],
    sources: [src.weliswaarJong, src.bekeJong, src.vivelNieuws, src.vpJongeMantelzorgers],
    publishedAt: '2025-09-01',
    updatedAt: '2025-09-01',
    lastReviewedAt: '2026-08-31',
    reviewBy: '2027-08-31',
    related: ['methode-jonge-mantelzorgers-herkennen-op-school', 'instrument-samen-naar-een-mantelzorgvriendelijke-school', 'publicatie-je-bent-jong-en-je-zorgt'],
  },
  {
    type: 'tip',
    slug: 'tip-bekijk-de-mogelijkheden-voor-nachtzorg',
    title: 'Slaap je slecht door de zorg? Bekijk de mogelijkheden voor nachtzorg',
    summary: 'Ook voor de nacht bestaat er hulp. Er zijn verschillende vormen van nachtzorg, zodat jij af en toe kunt doorslapen.',
    body: `## Nachten zijn zwaar

Moet je 's nachts vaak opstaan? Dan raak je snel uitgeput. Veel mensen weten niet dat er ook 's nachts hulp bestaat. In het Vlaams Parlement werd er wel al op gewezen dat er te weinig opvang is voor de nacht.

## Drie vormen van nachtzorg

- **Professionele nachtzorg.** Een zorgverlener blijft de hele nacht wakker. Die kan ook verzorging geven.
- **Nachtoppas door een vrijwilliger.** De vrijwilliger slaapt bij jullie thuis. Hij of zij zorgt voor aanwezigheid en veiligheid.
- **Nachthotel.** De persoon voor wie je zorgt, slaapt een nacht in een voorziening.

## Waar vraag je het aan?

Nachtzorg en nachtoppas vraag je aan via de oppasdienst of de dienst gezinszorg van je ziekenfonds. Kan de persoon overdag thuis blijven, maar heeft hij of zij 's nachts zorg nodig? Vraag dan bij je gemeente of het OCMW naar nachtopvang. In Brussel zijn er aparte centra voor nachtopvang van 60-plussers.

## Wat kost het?

De prijs verschilt per dienst en per vorm. In de voorbeelden die we zagen, ging het om enkele tientallen euro per nacht. Dit kan intussen veranderd zijn. Vraag dus altijd vooraf de prijs.

## Plan het op tijd

Wacht niet tot je helemaal op bent. Een vaste nacht per week of per maand kan al veel verschil maken.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['respijtzorg', 'zorg-voor-jezelf'],
    sources: [src.pzvNachtzorg, src.oudHeverleeNachtzorg, src.merksplasNachtzorg, src.zilverenSleutel, src.ggcNachtopvang, src.vpOverbelasting],
    publishedAt: '2025-10-13',
    updatedAt: '2026-01-19',
    lastReviewedAt: '2026-09-14',
    reviewBy: '2027-09-14',
    related: ['tip-plan-een-adempauze-met-oppashulp', 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds'],
  },

  // ─────────────────────────── Publicaties ───────────────────────────
  {
    type: 'publication',
    slug: 'publicatie-je-bent-jong-en-je-zorgt',
    title: 'Je bent jong en … je zorgt (rapport, 2021)',
    summary: 'Een rapport uit 2021 over jonge mantelzorgers in Vlaanderen. Het Departement Welzijn, Volksgezondheid en Gezin maakte het samen met Statistiek Vlaanderen en de UGent.',
    body: `## Waarover gaat het?

In juni 2021 verscheen het rapport 'Je bent jong en … je zorgt'. Het gaat over kinderen en jongeren die thuis zorgen voor een gezinslid. Het Departement Welzijn, Volksgezondheid en Gezin maakte het samen met Statistiek Vlaanderen en de Universiteit Gent.

## Waarom is dit belangrijk?

Jonge mantelzorgers bleven lang onzichtbaar. Het Vlaamse beleid verstaat onder jonge mantelzorgers: kinderen en jongeren tot 24 jaar (soms 25) die opgroeien met een gezinslid dat ziek is, een beperking heeft of verslaafd is.

Rond dezelfde tijd kwamen er ook cijfers uit de HBSC-studie naar buiten. Ongeveer 1 op de 5 Vlaamse jongeren van 11 tot 18 jaar woont samen met iemand die lang ziek is of een beperking heeft. Ongeveer 5% helpt minstens 4 uur per week.

## Voor wie is het nuttig?

- scholen en leerlingenbegeleiders die jonge mantelzorgers beter willen herkennen;
- hulpverleners die met gezinnen werken;
- lokale besturen die hun beleid willen afstemmen op jonge mantelzorgers.

## Waar vind je het?

Wij vonden het rapport op een website die documenten verzamelt. Kijk ook bij het Departement Welzijn, Volksgezondheid en Gezin of er een officiële versie online staat.`,
    audiences: ['onderwijs', 'professionals', 'gemeenten'],
    themes: ['jonge-mantelzorgers', 'cijfers-en-beleid'],
    sources: [src.rapportJongeMantelzorgers, src.weliswaarJong, src.bekeJong],
    publishedAt: '2025-02-03',
    updatedAt: '2025-08-25',
    lastReviewedAt: '2026-01-26',
    reviewBy: '2027-01-26',
    related: ['tip-jonge-mantelzorger-vertel-het-aan-een-leerkracht', 'methode-jonge-mantelzorgers-herkennen-op-school', 'goede-praktijk-jonge-mantelzorgers-in-de-warmste-week'],
    details: {
      authors: ['Departement Welzijn, Volksgezondheid en Gezin', 'Statistiek Vlaanderen', 'Universiteit Gent'],
      year: 2021,
      publisher: 'Departement Welzijn, Volksgezondheid en Gezin',
      link: 'https://5dok.net/document/q05xjdg9-bent-jong-zorgt.html',
      format: 'rapport',
    },
  },
  {
    type: 'publication',
    slug: 'publicatie-een-mantelzorgpremie-in-elke-gemeente',
    title: 'Een mantelzorgpremie in elke gemeente (Samana)',
    summary: 'Een brochure van Samana met gegevens over de mantelzorgpremie in bijna alle Vlaamse gemeenten. Handig om regels te vergelijken.',
    body: `## Wat staat erin?

Samana verzamelt in deze brochure gegevens over de mantelzorgpremie in bijna alle Vlaamse gemeenten. Zo zie je in één document welke gemeente een premie geeft, en onder welke voorwaarden.

## Waarom is dit nuttig?

Een gemeentelijke premie is niet verplicht. Elke gemeente kiest zelf het bedrag, de voorwaarden en wie de premie krijgt. Daardoor is het moeilijk om het overzicht te houden. Veel mantelzorgers vinden de informatie verwarrend. Een vergelijking helpt.

## Voor wie?

- **Mantelzorgers** die willen weten wat hun gemeente doet.
- **Gemeenten** die hun premie willen vergelijken met die van andere gemeenten, of er een willen invoeren.
- **Sociaal werkers** die mensen helpen bij hun aanvraag.

## Let op de datum

In de bronnen die we zagen, staat een editie uit 2014 vermeld. Er kan intussen een nieuwere versie zijn. Ook bedragen en regels veranderen. Kijk dus altijd op de website van je eigen gemeente wat vandaag geldt.

## Over Samana

Samana is een van de erkende verenigingen van gebruikers en mantelzorgers in Vlaanderen. Tot 2016 heette de vereniging Ziekenzorg CM.`,
    audiences: ['gemeenten', 'mantelzorgers', 'professionals'],
    themes: ['mantelzorgpremie-gemeente', 'lokaal-mantelzorgbeleid'],
    sources: [src.samanaBrochure, src.steunpuntPremie, src.samanaMantelzorger],
    publishedAt: '2025-03-10',
    updatedAt: '2025-03-10',
    lastReviewedAt: '2026-02-16',
    reviewBy: '2027-02-16',
    related: ['tip-vraag-de-mantelzorgpremie-van-je-gemeente-op-tijd-aan', 'instrument-zelfredzaamheidsschaal-uitgelegd'],
    details: {
      authors: ['Samana'],
      year: 2014,
      publisher: 'Samana',
      link: 'https://www.samana.be/document/een-mantelzorgpremie-in-elke-gemeente/',
      format: 'brochure',
    },
  },
  {
    type: 'publication',
    slug: 'publicatie-vlaams-mantelzorgplan-2016-2020',
    title: 'Vlaams Mantelzorgplan 2016–2020: Nabije zorg in een warm Vlaanderen',
    summary: 'Het eerste Vlaamse mantelzorgplan, uit 2016. Het telde 110 actiepunten rond waardering, steun op maat, samenwerking en jonge mantelzorgers.',
    body: `## Het eerste plan

In juli 2016 diende minister Jo Vandeurzen het eerste Vlaams Mantelzorgplan in. Het kreeg de titel 'Nabije zorg in een warm Vlaanderen' en liep van 2016 tot 2020.

## Vier thema's

Het plan bevatte 110 actiepunten. Die waren verdeeld over vier thema's:

1. erkenning en waardering van mantelzorgers in de samenleving;
2. ondersteuning op maat;
3. samenwerking tussen mantelzorgers en professionele zorg;
4. jonge mantelzorgers.

## Wat gebeurde er in die periode?

De Vlaamse overheid trok 300.000 euro uit om het Vlaams Expertisepunt Mantelzorg op te richten. De website van het expertisepunt ging online op 16 maart 2018, tijdens de themadag Mantelzorg in de Week van de Zorg.

## En daarna?

In 2021 werd het Vlaamse mantelzorgbeleid geëvalueerd. Daarna kwam er een nieuw plan voor 2022–2024.

## Voor wie?

Dit plan is interessant voor wie wil begrijpen waar het Vlaamse mantelzorgbeleid vandaan komt: gemeenten, beleidsmakers, professionals en studenten. Het plan zelf is afgelopen. Gebruik het dus als achtergrond, niet als overzicht van wat vandaag geldt.`,
    audiences: ['gemeenten', 'professionals'],
    themes: ['cijfers-en-beleid'],
    sources: [src.kenniscentrumPlan, src.kennispleinPlan, src.hbvlWebsite, src.eerstelijnszoneEvaluatie],
    publishedAt: '2025-02-10',
    updatedAt: '2025-02-10',
    lastReviewedAt: '2025-09-15',
    reviewBy: '2026-09-15',
    related: ['publicatie-vlaams-mantelzorgplan-2022-2024', 'publicatie-memorandum-vlaams-mantelzorgplatform-2024'],
    details: {
      authors: ['Vlaamse Regering'],
      year: 2016,
      publisher: 'Vlaamse Regering',
      link: 'https://www.kennisplein.be/sites/Vlaams%20Expertisepunt%20Mantelzorg/Pages/Vlaams%20mantelzorgplan%202016%20-2020.aspx',
      format: 'beleidsplan',
    },
  },
  {
    type: 'publication',
    slug: 'publicatie-vlaams-mantelzorgplan-2022-2024',
    title: 'Vlaams Mantelzorgplan 2022–2024',
    summary: 'Het tweede Vlaamse mantelzorgplan draaide rond herkennen, erkennen en ondersteunen. Vijf projecten liepen tot eind 2024.',
    body: `## Van evaluatie naar een nieuw plan

Na een evaluatie in 2021 kwam er een nieuw mantelzorgplan. De Vlaamse Regering keurde het ontwerp goed op 29 april 2022. In december 2022 volgde de definitieve goedkeuring. Hilde Crevits was toen de bevoegde minister.

## Drie sleutelwoorden

Het plan draait rond drie woorden:

- **herkennen**: zien wie mantelzorger is;
- **erkennen**: de rol van mantelzorgers waarderen;
- **ondersteunen**: mantelzorgers helpen waar nodig.

## Geld en projecten

Voor het plan was 1 miljoen euro voorzien, uit Vlaamse relancemiddelen. Er liepen vijf projecten tot eind 2024. Ze gingen onder meer over:

- werk en zorg combineren;
- steun op momenten van overgang;
- jonge mantelzorgers;
- psychologische ondersteuning.

Bij twee projecten hoort een bekende naam: de website mantelzorgvriendelijkondernemen.be en het project 'Samen naar een mantelzorgvriendelijke school'.

## Let op

De looptijd van dit plan is voorbij. Kijk dus of er intussen nieuw beleid of een nieuw plan is. Gebruik dit plan als achtergrond.`,
    audiences: ['gemeenten', 'professionals', 'werkgevers'],
    themes: ['cijfers-en-beleid'],
    sources: [src.vivelPlan, src.mantelzorgersPlanNieuws, src.mantelzorgersPlan, src.vivelNieuws, src.eerstelijnszoneEvaluatie],
    publishedAt: '2025-04-22',
    updatedAt: '2025-10-27',
    lastReviewedAt: '2026-03-23',
    reviewBy: '2027-03-23',
    related: ['publicatie-vlaams-mantelzorgplan-2016-2020', 'instrument-mantelzorgvriendelijk-ondernemen', 'instrument-samen-naar-een-mantelzorgvriendelijke-school'],
    details: {
      authors: ['Vlaamse Regering'],
      year: 2022,
      publisher: 'Vlaamse Regering',
      link: 'https://www.mantelzorgers.be/nl/vlaams-mantelzorgplan-2022-2024',
      format: 'beleidsplan',
    },
  },
  {
    type: 'publication',
    slug: 'publicatie-memorandum-vlaams-mantelzorgplatform-2024',
    title: 'Memorandum van het Vlaams Mantelzorgplatform voor de verkiezingen van 2024',
    summary: 'De zes erkende mantelzorgverenigingen vroegen de politiek samen om onder meer automatische rechten, meer professionele zorg en financiële steun.',
    body: `## Wie schreef het?

Het Vlaams Mantelzorgplatform is de samenwerking van de zes erkende verenigingen van gebruikers en mantelzorgers in Vlaanderen. Voor de verkiezingen van 2024 schreven ze samen een memorandum. Daarin staan hun vragen aan de politiek.

## Wat vragen ze?

- rechten automatisch toekennen, zodat mantelzorgers ze niet zelf moeten aanvragen;
- mantelzorgers beter in beeld brengen en registreren;
- investeren in professionele zorg;
- aandacht voor de federale verlofregelingen;
- betaalbare zorg;
- financiële steun voor mantelzorgers;
- subsidies voor de verenigingen zelf.

## Waarom lezen?

Het memorandum toont welke knelpunten mantelzorgers zelf ervaren. Signalen doorgeven aan de overheid is een van de taken van de erkende verenigingen.

## Voor wie?

Voor beleidsmakers in gemeenten en in Vlaanderen. Ook voor professionals die willen weten wat er leeft. En mantelzorgers zullen er hun eigen vragen in herkennen.

## Goed om te weten

Op de pagina die we zagen, stond geen exacte publicatiedatum. We weten alleen dat het memorandum voor de verkiezingen van 2024 gemaakt is.`,
    audiences: ['gemeenten', 'professionals', 'mantelzorgers'],
    themes: ['cijfers-en-beleid', 'rechten-en-geld'],
    sources: [src.memorandum, src.zgVerenigingen, src.mantelzorgersOverOns],
    publishedAt: '2025-05-05',
    updatedAt: '2025-05-05',
    lastReviewedAt: '2026-04-06',
    reviewBy: '2027-04-06',
    related: ['publicatie-vlaams-mantelzorgplan-2022-2024', 'publicatie-vlaams-mantelzorgplan-2016-2020'],
    details: {
      authors: ['Vlaams Mantelzorgplatform'],
      year: 2024,
      publisher: 'Vlaams Mantelzorgplatform',
      link: 'https://www.mantelzorgers.be/nl/nieuws/memorandum-vlaams-mantelzorgplatform',
      format: 'memorandum',
    },
  },
  {
    type: 'publication',
    slug: 'publicatie-commissieverslag-overbelasting-mantelzorgers-2018',
    title: 'Vlaams Parlement over overbelaste mantelzorgers (commissieverslag, 2018)',
    summary: 'Verslag van een commissievergadering van het Vlaams Parlement uit maart 2018, over overbelasting van mantelzorgers en het tekort aan respijtzorg.',
    body: `## Waarover gaat het?

Op 6 maart 2018 besprak een commissie van het Vlaams Parlement de situatie van mantelzorgers. Het verslag van die vergadering staat online.

## Wat kwam aan bod?

- Volgens een Europese studie uit 2014 was 28% van de mantelzorgers overbelast.
- Het doctoraat van De Koker uit 2018 kwam uit op 40%.
- Overbelasting hing vooral samen met een gebrek aan respijtzorg: momenten waarop de mantelzorger even op adem kan komen.
- Parlementsleden wezen op een tekort aan respijtzorg voor de nacht en voor langere periodes.

## Over het doctoraat van De Koker

Het doctoraat zelf hebben we niet gelezen. We kennen het alleen via dit verslag. Zoek je de volledige studie? Vraag dan na bij een universiteitsbibliotheek.

## Waarom lezen?

De cijfers zijn niet meer nieuw, en ze zijn op verschillende manieren gemeten. Toch tonen ze dat het risico op overbelasting groot is. Voor gemeenten en zorgorganisaties is dat een reden om werk te maken van respijtzorg. Voor professionals is het een reden om ook naar de mantelzorger zelf te vragen.`,
    audiences: ['professionals', 'gemeenten'],
    themes: ['zorg-voor-jezelf', 'respijtzorg', 'cijfers-en-beleid'],
    sources: [src.vpOverbelasting],
    publishedAt: '2025-06-16',
    updatedAt: '2025-06-16',
    lastReviewedAt: '2026-05-04',
    reviewBy: '2027-05-04',
    related: ['methode-gesprek-over-de-belasting-van-de-mantelzorger', 'tip-plan-een-adempauze-met-oppashulp', 'tip-bekijk-de-mogelijkheden-voor-nachtzorg'],
    details: {
      authors: ['Vlaams Parlement'],
      year: 2018,
      publisher: 'Vlaams Parlement',
      link: 'https://www.vlaamsparlement.be/commissies/commissievergaderingen/1236074/verslag/1237334',
      format: 'verslag',
    },
  },

  // ─────────────────────────── Instrumenten ───────────────────────────
  {
    type: 'tool',
    slug: 'instrument-mantelzorgvriendelijk-ondernemen',
    title: 'Website Mantelzorgvriendelijk ondernemen (voor werkgevers)',
    summary: 'Een website voor werkgevers die werknemers met zorgtaken willen steunen. Ze hoort bij een project van het Vlaams Mantelzorgplan 2022–2024.',
    body: `## Wat is het?

mantelzorgvriendelijkondernemen.be is een website voor werkgevers. Ze hoort bij een project over werk en zorg uit het Vlaams Mantelzorgplan 2022–2024. Op de site vind je onder meer cijfers over mantelzorg in Vlaanderen.

## Waarom is dit belangrijk voor jouw organisatie?

Misschien zorgen veel van je werknemers voor iemand, zonder dat je het weet. Volgens VIVEL is ongeveer 1 op de 5 werkende Vlamingen mantelzorger. De Studiedienst van de Vlaamse Regering kwam uit op 18% van de Vlamingen tussen 18 en 85 jaar die geregeld zorg geven. Dat zijn er zo'n 885.000. Als werkgever kun je voor hen het verschil maken.

## Hoe gebruik je het?

- Lees de achtergrond en de cijfers.
- Zoek uit welke verlofvormen er bestaan, zoals mantelzorgverlof, verlof voor medische bijstand en palliatief verlof.
- Maak mantelzorg bespreekbaar in je team, bijvoorbeeld in functioneringsgesprekken.
- Zorg dat leidinggevenden weten waar werknemers met vragen terechtkunnen.

## Let op

Het project liep binnen het mantelzorgplan tot eind 2024. De inhoud van de site kan intussen veranderd zijn.`,
    audiences: ['werkgevers'],
    themes: ['beleid-voor-werkgevers', 'werk-en-mantelzorg'],
    sources: [src.vivelNieuws, src.mzvoCijfers, src.knackWerkgevers],
    publishedAt: '2025-05-19',
    updatedAt: '2025-11-17',
    lastReviewedAt: '2026-05-25',
    reviewBy: '2027-05-25',
    related: ['tip-praat-met-je-werkgever-over-je-zorg', 'publicatie-vlaams-mantelzorgplan-2022-2024'],
    details: {
      format: 'website',
      licence: onbekendeLicentie,
      forWhom: 'Werkgevers, hr-verantwoordelijken en leidinggevenden',
      link: 'http://www.mantelzorgvriendelijkondernemen.be/context/cijfers',
    },
  },
  {
    type: 'tool',
    slug: 'instrument-samen-naar-een-mantelzorgvriendelijke-school',
    title: 'Samen naar een mantelzorgvriendelijke school',
    summary: 'Een project uit het Vlaams Mantelzorgplan 2022–2024 rond jonge mantelzorgers op school. Voor schoolteams die jonge mantelzorgers beter willen steunen.',
    body: `## Wat is het?

'Samen naar een mantelzorgvriendelijke school' is een project rond jonge mantelzorgers. Het hoorde bij het Vlaams Mantelzorgplan 2022–2024. Het doel zit in de naam: scholen waar jonge mantelzorgers gezien en gesteund worden.

## Waarom scholen?

Jonge mantelzorgers brengen veel tijd door op school. Ongeveer 1 op de 20 Vlaamse jongeren tussen 11 en 18 jaar helpt thuis minstens 4 uur per week. In een klas kan er dus zomaar iemand zitten. Jonge mantelzorgers waren al een van de vier thema's in het eerste Vlaams Mantelzorgplan (2016–2020).

## Hoe vind je het?

In onze bronnen vonden we geen vast webadres voor dit project. Zoek op de projectnaam, of vraag ernaar bij VIVEL of het Vlaams Expertisepunt Mantelzorg. Het project liep tot eind 2024. Het materiaal kan dus veranderd of verhuisd zijn.

## Wat kan je school nu al doen?

- Praat in het team over jonge mantelzorgers.
- Zorg dat leerlingen weten bij wie ze terechtkunnen.
- Ga discreet om met wat een leerling vertelt.`,
    audiences: ['onderwijs', 'professionals'],
    themes: ['school-en-jonge-mantelzorgers', 'jonge-mantelzorgers'],
    sources: [src.vivelNieuws, src.weliswaarJong, src.kenniscentrumPlan],
    publishedAt: '2025-09-08',
    updatedAt: '2025-09-08',
    lastReviewedAt: '2026-09-07',
    reviewBy: '2027-09-07',
    related: ['methode-jonge-mantelzorgers-herkennen-op-school', 'tip-jonge-mantelzorger-vertel-het-aan-een-leerkracht', 'publicatie-vlaams-mantelzorgplan-2022-2024'],
    details: {
      format: 'project met materiaal voor scholen',
      licence: onbekendeLicentie,
      forWhom: 'Schoolteams: directies, leerkrachten en leerlingenbegeleiding',
    },
  },
  {
    type: 'tool',
    slug: 'instrument-verklaring-op-erewoord',
    title: 'De verklaring op erewoord voor je erkenning als mantelzorger',
    summary: 'Met dit standaardformulier vraag je de erkenning als mantelzorger aan. Jij en de persoon voor wie je zorgt, ondertekenen het samen.',
    body: `## Wat is het?

Wil je erkend worden als mantelzorger? Dan gebruik je een standaardformulier: de verklaring op erewoord. Deze procedure bestaat sinds 1 september 2020.

## Hoe gebruik je het?

1. Vraag het formulier bij je ziekenfonds.
2. Vul het in samen met de persoon voor wie je zorgt.
3. Jullie ondertekenen het allebei.
4. Geef het af bij de sociale dienst van jouw ziekenfonds. Je ziekenfonds bezorgt je dan een attest.

## Welke erkenning vraag je aan?

Er zijn twee attesten: een algemene erkenning en een erkenning met sociale rechten. Voor de tweede moet je minstens 50 uur per maand of 600 uur per jaar helpen. De persoon voor wie je zorgt, moet dan ook veel zorg nodig hebben. Dat kan bijvoorbeeld blijken uit minstens 12 punten op de zelfredzaamheidsschaal.

## Goed om te weten

- De algemene erkenning blijft geldig zonder einddatum.
- De erkenning met sociale rechten geldt één jaar vanaf de ondertekening. Je kunt ze verlengen.
- Er moet minstens één professionele zorgverlener bij de zorg betrokken zijn.
- Iemand kan meer dan één erkende mantelzorger hebben.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['erkenning-als-mantelzorger'],
    sources: [src.mlozStatuut, src.gezinEnHandicap, src.samanaErkenning, src.antwerpenErkenning],
    publishedAt: '2025-01-13',
    updatedAt: '2025-08-04',
    lastReviewedAt: '2025-12-08',
    reviewBy: '2026-12-08',
    related: ['tip-vraag-erkenning-pas-aan-als-je-verlof-wilt', 'instrument-zelfredzaamheidsschaal-uitgelegd', 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds'],
    details: {
      format: 'formulier',
      licence: onbekendeLicentie,
      forWhom: 'Mantelzorgers en de persoon voor wie ze zorgen; sociaal werkers die hen helpen',
    },
  },
  {
    type: 'tool',
    slug: 'instrument-mantelzorghub-overzicht-mantelzorgcafes',
    title: 'Mantelzorghub.be: mantelzorgcafés in één overzicht',
    summary: 'Op mantelzorghub.be kwam in 2019 een overzicht van de mantelzorgcafés in Vlaanderen. Handig om een café in je buurt te vinden.',
    body: `## Wat is het?

Sinds 2019 kun je op de website mantelzorghub.be mantelzorgcafés in Vlaanderen opzoeken. Zo hoef je niet elke gemeente apart af te zoeken.

## Voor wie?

- **Mantelzorgers** die lotgenoten willen ontmoeten.
- **Gemeenten en zorgorganisaties** die willen zien wat er in hun buurt al bestaat.
- **Hulpverleners** die mantelzorgers willen doorverwijzen.

## Let op

Onze informatie komt uit 2019. Dit kan intussen veranderd zijn. Kijk dus na of de site nog bestaat en of de gegevens kloppen. Vind je niets? Vraag dan bij je gemeente of bij een erkende vereniging van gebruikers en mantelzorgers.

## Achtergrond

Koksijde en Veurne waren in oktober 2017 de eerste gemeenten met een mantelzorgcafé. Daarna volgden er meer. Een overzicht op één plek maakt het makkelijker om de weg te vinden.

## Tip voor gemeenten

Organiseer je zelf een mantelzorgcafé? Zorg dan dat het makkelijk te vinden is. Vermeld het op je eigen website en vraag na of het in overzichten zoals dit kan staan.`,
    audiences: ['mantelzorgers', 'gemeenten', 'professionals'],
    themes: ['zorg-voor-jezelf', 'lokaal-mantelzorgbeleid'],
    sources: [src.hlnKoksijde],
    publishedAt: '2025-03-03',
    updatedAt: '2025-06-20',
    lastReviewedAt: '2025-10-20',
    reviewBy: '2026-10-20',
    related: ['tip-zoek-lotgenoten-in-een-mantelzorgcafe', 'methode-mantelzorgcafe', 'goede-praktijk-eerste-mantelzorgcafes-koksijde-en-veurne'],
    details: {
      format: 'website',
      licence: onbekendeLicentie,
      forWhom: 'Mantelzorgers, gemeenten en hulpverleners',
      link: 'http://www.mantelzorghub.be',
    },
  },
  {
    type: 'tool',
    slug: 'instrument-zelfredzaamheidsschaal-uitgelegd',
    title: 'De zelfredzaamheidsschaal uitgelegd',
    summary: 'De zelfredzaamheidsschaal drukt in punten uit hoeveel hulp iemand nodig heeft. De score speelt mee bij de erkenning, bij zorgbudgetten en soms bij een gemeentelijke premie.',
    body: `## Wat is het?

De zelfredzaamheidsschaal is een meetschaal van de FOD Sociale Zekerheid. Ze drukt in punten uit hoe zelfstandig iemand nog is. Hoe meer punten, hoe meer hulp iemand nodig heeft.

## Waar speelt de score een rol?

- **Erkenning als mantelzorger met sociale rechten.** De persoon voor wie je zorgt, moet dan veel zorg nodig hebben. Minstens 12 punten op de schaal is een van de manieren om dat aan te tonen.
- **Zorgbudget voor ouderen met een zorgnood.** Een 65-plusser moet minstens 7 punten halen op de schaal voor verminderde zelfredzaamheid. Artsen van de DG Personen met een Handicap beoordelen dat.
- **Mantelzorgpremie van de gemeente.** Sommige gemeenten gebruiken een score van minstens 12 punten als voorwaarde. Kampenhout is een voorbeeld.

## Heb je al een score?

Krijgt de persoon voor wie je zorgt al een integratietegemoetkoming of een zorgbudget voor ouderen op basis van minstens 12 punten? Dan telt dat ook voor de erkenning als mantelzorger met sociale rechten.

## Wat we hier niet uitleggen

We beschrijven hier niet hoe de schaal precies werkt of welke vragen erin staan. Vraag daarvoor uitleg aan de sociale dienst van je ziekenfonds.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorgbudgetten-en-premies', 'erkenning-als-mantelzorger'],
    sources: [src.samanaErkenning, src.wielsbekeZorgbudget, src.halleZorgbudget, src.kampenhoutPremie],
    publishedAt: '2025-08-11',
    updatedAt: '2026-02-09',
    lastReviewedAt: '2026-07-13',
    reviewBy: '2027-07-13',
    related: ['instrument-verklaring-op-erewoord', 'tip-vraag-de-mantelzorgpremie-van-je-gemeente-op-tijd-aan'],
    details: {
      format: 'meetschaal',
      licence: onbekendeLicentie,
      forWhom: 'Mantelzorgers en sociaal werkers die rechten willen nakijken',
    },
  },

  // ─────────────────────────── Methodes ───────────────────────────
  {
    type: 'method',
    slug: 'methode-mantelzorgcafe',
    title: 'Het mantelzorgcafé als methode',
    summary: 'Een mantelzorgcafé brengt mantelzorgers geregeld samen om ervaringen te delen en informatie te krijgen. Een methode voor gemeenten en zorgorganisaties.',
    body: `## Wat is het?

Een mantelzorgcafé is een vast ontmoetingsmoment voor mantelzorgers. Ze praten met elkaar en krijgen informatie over hulp en rechten. Omdat ze in een gelijkaardige situatie zitten, leren ze veel van elkaar.

## Waarom werkt het?

- Contact met lotgenoten maakt de zorg minder eenzaam.
- Mantelzorgers horen er over hulp in hun buurt en over hun rechten.
- Je bereikt mantelzorgers die nog geen steun krijgen. Volgens het Zorgbedrijf Vilvoorde is maar 1 op de 10 mantelzorgers lid van een organisatie die informatie en vorming geeft.

## Hoe pak je het aan?

1. **Zoek partners.** Denk aan een erkende mantelzorgvereniging, een thuiszorgdienst of het lokaal bestuur. In Merchtem werkten Ons Zorgnetwerk en Landelijke Thuiszorg samen.
2. **Kies een vaste plek en een vast moment.** Een vast ritme maakt het makkelijk om terug te komen.
3. **Zorg voor een vaste begeleider.** Iemand die gastvrij is en de weg kent in het hulpaanbod.
4. **Maak het café bekend.** Via de gemeente, huisartsen, thuiszorg en overzichten zoals mantelzorghub.be.
5. **Denk aan opvang.** Kan de persoon die zorg krijgt ondertussen ergens terecht? Anders raakt de mantelzorger niet weg.

## Voorbeelden

Koksijde en Veurne begonnen in 2017. Merchtem volgde in 2018, Vilvoorde in 2022.`,
    audiences: ['gemeenten', 'professionals'],
    themes: ['zorg-voor-jezelf', 'lokaal-mantelzorgbeleid'],
    sources: [src.ringtvVilvoorde, src.ringtvMerchtem, src.hlnKoksijde, src.zgVerenigingen],
    publishedAt: '2025-04-28',
    updatedAt: '2025-04-28',
    lastReviewedAt: '2026-03-30',
    reviewBy: '2027-03-30',
    related: ['goede-praktijk-mantelzorgcafe-vilvoorde', 'goede-praktijk-mantelzorgcafe-merchtem', 'goede-praktijk-eerste-mantelzorgcafes-koksijde-en-veurne', 'tip-zoek-lotgenoten-in-een-mantelzorgcafe'],
    details: {
      forWhom: 'Gemeenten, zorgbedrijven, thuiszorgdiensten en mantelzorgverenigingen',
      practicalities: 'Een toegankelijke ruimte, een vaste begeleider en een vast ritme. Partners helpen om het café bekend te maken.',
    },
  },
  {
    type: 'method',
    slug: 'methode-geintegreerd-breed-onthaal',
    title: 'Geïntegreerd breed onthaal (GBO): samen rechten waarmaken',
    summary: 'Bij geïntegreerd breed onthaal werken het OCMW, de sociale diensten van de ziekenfondsen en het CAW samen, zodat mensen hun rechten niet mislopen.',
    body: `## Wat is het?

Geïntegreerd breed onthaal, kort GBO, is een manier van samenwerken. Het OCMW, de sociale diensten van de ziekenfondsen en het CAW slaan de handen in elkaar. Het doel: mensen krijgen zoveel mogelijk de rechten en hulp waar ze aanspraak op kunnen maken.

## Waarom is dit belangrijk voor mantelzorgers?

Mantelzorgers en de mensen voor wie ze zorgen, hebben vaak vragen over veel dingen tegelijk: geld, zorg, papieren en welzijn. Elke dienst kent een deel van het antwoord. Samen zien de diensten meer, en kunnen ze sneller de juiste hulp vinden.

## Wie doet mee?

- het OCMW of de sociale dienst van de gemeente;
- de sociale diensten van de ziekenfondsen;
- het centrum algemeen welzijnswerk (CAW).

De zorgraad van een eerstelijnszone kan het geïntegreerd breed onthaal ondersteunen.

## Hoe begin je?

1. Breng de partners in je gemeente of regio samen.
2. Spreek af hoe je vragen aan elkaar doorgeeft.
3. Zorg dat medewerkers elkaars aanbod kennen.
4. Vraag bij elke zorgvraag ook: wie zorgt er thuis, en hoe gaat het met die persoon?

## Voorbeeld

In 2019 startte Poperinge, samen met andere OCMW's in de Westhoek, met geïntegreerd breed onthaal.`,
    audiences: ['gemeenten', 'professionals'],
    themes: ['samenwerken-met-professionals', 'lokaal-mantelzorgbeleid', 'rechten-en-geld'],
    sources: [src.hlnPoperinge, src.zorgraadDender, src.weliswaarCaw, src.kenniscentrumMantelzorg],
    publishedAt: '2025-06-09',
    updatedAt: '2025-12-22',
    lastReviewedAt: '2026-06-01',
    reviewBy: '2027-06-01',
    related: ['goede-praktijk-geintegreerd-breed-onthaal-poperinge', 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds'],
    details: {
      forWhom: "Lokale besturen en OCMW's, sociale diensten van ziekenfondsen, CAW's en zorgraden",
      practicalities: 'Vraagt duidelijke afspraken tussen de partners en tijd om elkaars aanbod te leren kennen.',
    },
  },
  {
    type: 'method',
    slug: 'methode-gesprek-over-de-belasting-van-de-mantelzorger',
    title: 'Een gesprek met de mantelzorger over wat de zorg vraagt',
    summary: 'Vraag als professional ook naar de mantelzorger zelf. Een open gesprek over wat de zorg kost en wat helpt, kan overbelasting helpen voorkomen.',
    body: `## Waarom dit gesprek?

Mantelzorgers staan vaak in de schaduw van de persoon die zorg krijgt. Toch is het risico op overbelasting groot. Een Europese studie uit 2014 kwam uit op 28% overbelaste mantelzorgers, een doctoraat uit 2018 op 40%. Een gebrek aan momenten om op adem te komen speelt daarbij een grote rol.

## Hoe pak je het aan?

1. **Kies een rustig moment.** Liefst zonder de zorgvrager erbij, als de mantelzorger dat wil.
2. **Vraag naar de zorg.** Wat doet de mantelzorger allemaal? Hoeveel uur per week? Wie helpt mee?
3. **Vraag naar de persoon zelf.** Hoe slaapt hij of zij? Is er nog tijd voor werk, vrienden en rust?
4. **Luister eerst.** Geef niet meteen oplossingen.
5. **Zoek samen wat helpt.** Denk aan een oppasdienst, dagverzorging, kortverblijf, nachtzorg of een mantelzorgcafé.
6. **Verwijs gericht door.** Bijvoorbeeld naar de sociale dienst van het ziekenfonds of een erkende mantelzorgvereniging.
7. **Spreek af wanneer je er opnieuw over praat.**

## Let op

Dit is een algemene werkwijze, geen gevalideerde vragenlijst. Wil je de belasting meten met een instrument? Kijk dan na welk instrument in jouw sector gebruikt wordt.`,
    audiences: ['professionals'],
    themes: ['zorg-voor-jezelf', 'samenwerken-met-professionals'],
    sources: [src.vpOverbelasting, src.kenniscentrumMantelzorg],
    publishedAt: '2025-07-21',
    updatedAt: '2025-07-21',
    lastReviewedAt: '2026-07-06',
    reviewBy: '2027-07-06',
    related: ['publicatie-commissieverslag-overbelasting-mantelzorgers-2018', 'methode-zorgnetwerk-in-kaart-brengen', 'tip-plan-een-adempauze-met-oppashulp'],
    details: {
      forWhom: 'Huisartsen, thuisverpleegkundigen, sociaal werkers en andere professionals die mantelzorgers ontmoeten',
      practicalities: 'Een rustig gesprek, onder vier ogen als de mantelzorger dat wil. Herhaal het als de situatie verandert.',
    },
  },
  {
    type: 'method',
    slug: 'methode-jonge-mantelzorgers-herkennen-op-school',
    title: 'Jonge mantelzorgers herkennen op school',
    summary: 'Jonge mantelzorgers vallen vaak niet op. Met aandacht en een veilig klimaat kan een school hen sneller herkennen en steunen, zonder hen een etiket te geven.',
    body: `## Waarom?

Ongeveer 1 op de 5 Vlaamse jongeren tussen 11 en 18 jaar woont samen met iemand die lang ziek is of een beperking heeft. Ongeveer 1 op de 20 helpt thuis minstens 4 uur per week. Vaak weet niemand op school ervan.

## Signalen, geen bewijs

Een leerling die vaak moe is, te laat komt of taken vergeet, kan thuis zorgen. Maar zulke signalen kunnen ook veel andere oorzaken hebben. Trek dus geen snelle conclusies.

## Hoe pak je het aan?

1. **Maak het thema bespreekbaar.** Vertel in de klas dat sommige jongeren thuis zorgen. Zo weten leerlingen dat ze erover mogen praten.
2. **Vraag open en met respect.** Bijvoorbeeld: "Hoe gaat het thuis? Is er iets waar we rekening mee kunnen houden?"
3. **Laat de leerling beslissen.** Hij of zij kiest wat gedeeld wordt. Zeg eerlijk wat je wel en niet voor jezelf kunt houden.
4. **Zoek samen naar oplossingen.** Bijvoorbeeld wat meer tijd voor een taak.
5. **Werk samen in het team.** Betrek de leerlingenbegeleiding. Zo staat niemand er alleen voor.

## Let op

Niet elke jongere wil het woord 'mantelzorger' gebruiken. Respecteer dat. Een jongere die thuis helpt, blijft in de eerste plaats een leerling.`,
    audiences: ['onderwijs', 'professionals'],
    themes: ['school-en-jonge-mantelzorgers', 'jonge-mantelzorgers'],
    sources: [src.weliswaarJong, src.bekeJong, src.vivelNieuws],
    publishedAt: '2025-08-25',
    updatedAt: '2026-03-02',
    lastReviewedAt: '2026-08-24',
    reviewBy: '2027-08-24',
    related: ['tip-jonge-mantelzorger-vertel-het-aan-een-leerkracht', 'instrument-samen-naar-een-mantelzorgvriendelijke-school', 'publicatie-je-bent-jong-en-je-zorgt'],
    details: {
      forWhom: 'Leerkrachten, leerlingenbegeleiders en schoolteams',
      practicalities: 'Geen apart programma nodig: aandacht in de klas, kleine aanpassingen en afspraken in het team over discretie.',
    },
  },
  {
    type: 'method',
    slug: 'methode-zorgnetwerk-in-kaart-brengen',
    title: 'Het zorgnetwerk in kaart brengen samen met de mantelzorger',
    summary: 'Breng samen met de mantelzorger in beeld wie er allemaal helpt. Zo zie je waar de zorg op één persoon rust en waar extra hulp mogelijk is.',
    body: `## Waarom?

Vaak draagt één persoon het grootste deel van de zorg. In 2020 had ongeveer 3 op de 4 geregistreerde zorgvragers maar één mantelzorger. Valt die mantelzorger uit, dan valt veel weg. Een kaart van het netwerk maakt dat risico zichtbaar.

## Hoe pak je het aan?

1. **Zet de zorgvrager in het midden** van een blad.
2. **Teken rondom de mensen die helpen**: partner, kinderen, buren, vrienden, vrijwilligers.
3. **Voeg de professionals toe**: huisarts, thuisverpleging, gezinszorg, oppasdienst.
4. **Noteer per persoon wat hij of zij doet**, en hoe vaak.
5. **Kijk samen naar de gaten.** Welke taken rusten alleen op de mantelzorger? Wie kan nog iets doen?
6. **Maak afspraken** en schrijf ze op.

## Extra voordelen

- Voor de erkenning als mantelzorger moet minstens één professionele zorgverlener bij de zorg betrokken zijn. De kaart toont wie dat is.
- Iemand kan meer dan één erkende mantelzorger hebben. Misschien komt ook een broer of zus in aanmerking.
- Zoek je diensten in de buurt? Kijk dan op de Sociale Kaart. De zorgraden helpen om die actueel te houden.`,
    audiences: ['professionals', 'mantelzorgers'],
    themes: ['samenwerken-met-professionals', 'zorg-voor-jezelf'],
    sources: [src.schryversCijfers, src.pratoErkenning, src.gezinEnHandicap, src.zorgraadDender],
    publishedAt: '2025-10-06',
    updatedAt: '2025-10-06',
    lastReviewedAt: '2026-10-05',
    reviewBy: '2027-10-05',
    related: ['tip-houd-een-zorgoverzicht-bij', 'methode-gesprek-over-de-belasting-van-de-mantelzorger'],
    details: {
      forWhom: 'Professionals in thuiszorg en sociaal werk, samen met mantelzorgers',
      practicalities: 'Een blad papier en een rustig gesprek. Werk de kaart bij als de situatie verandert.',
    },
  },

  // ─────────────────────────── Goede praktijken ───────────────────────────
  {
    type: 'practice',
    slug: 'goede-praktijk-mantelzorgcafe-vilvoorde',
    title: 'Goede praktijk: het eerste mantelzorgcafé in Vilvoorde (2022)',
    summary: 'In 2022 startte het Zorgbedrijf Vilvoorde een mantelzorgcafé. Zo wilde het mantelzorgers bereiken die nog geen steun vinden.',
    body: `## Wat gebeurde er?

In september 2022 hield het Zorgbedrijf Vilvoorde zijn eerste mantelzorgcafé. Daar konden mantelzorgers uit de stad elkaar ontmoeten.

## Waarom?

Volgens het zorgbedrijf is maar ongeveer 1 op de 10 mantelzorgers lid van een organisatie die informatie en vorming geeft. Veel mantelzorgers krijgen dus geen steun van zo'n organisatie. Een mantelzorgcafé is een laagdrempelige manier om hen te bereiken.

## Wat kun je ervan leren?

- Een lokaal bestuur of zorgbedrijf kan zelf het initiatief nemen.
- Een mantelzorgcafé kan een eerste stap zijn naar informatie en steun.
- Het helpt om het café te koppelen aan bestaande diensten in de stad.

## Wat weten we niet?

In de bronnen die we zagen, staan geen resultaten of cijfers over het bereik. We weten dus niet hoeveel mensen kwamen, of wat het hen opleverde. Wil je het café zelf overnemen? Neem dan contact op met het Zorgbedrijf Vilvoorde voor meer uitleg.`,
    audiences: ['gemeenten', 'professionals'],
    themes: ['lokaal-mantelzorgbeleid', 'zorg-voor-jezelf'],
    sources: [src.ringtvVilvoorde],
    publishedAt: '2025-05-26',
    updatedAt: '2025-05-26',
    lastReviewedAt: '2026-04-27',
    reviewBy: '2027-04-27',
    related: ['methode-mantelzorgcafe', 'goede-praktijk-mantelzorgcafe-merchtem', 'tip-zoek-lotgenoten-in-een-mantelzorgcafe'],
    details: {
      organisation: 'Zorgbedrijf Vilvoorde',
      setting: 'Lokaal bestuur (stedelijk zorgbedrijf)',
      targetGroup: 'Mantelzorgers in Vilvoorde',
      goal: 'Mantelzorgers een plek geven om elkaar te ontmoeten, en mantelzorgers bereiken die nog geen informatie of steun krijgen.',
      approach: 'Een mantelzorgcafé als vast ontmoetingsmoment, voor het eerst in september 2022. Meer details over de aanpak stonden niet in de bronnen die we zagen.',
      results: geenEvaluatie,
      evidenceLevel: 'praktijkervaring',
      region: 'Vilvoorde (Vlaams-Brabant)',
    },
  },
  {
    type: 'practice',
    slug: 'goede-praktijk-eerste-mantelzorgcafes-koksijde-en-veurne',
    title: 'Goede praktijk: de eerste mantelzorgcafés in Koksijde en Veurne (2017)',
    summary: 'In oktober 2017 waren Koksijde en Veurne de eerste gemeenten in Vlaanderen met een mantelzorgcafé. Daarna volgden er veel meer.',
    body: `## Wat gebeurde er?

In oktober 2017 startten Koksijde en Veurne met een mantelzorgcafé. Ze waren daarmee de eerste in Vlaanderen. In 2019 kwamen de mantelzorgcafés van Vlaanderen samen in een overzicht op mantelzorghub.be. Toen waren er al meer gemeenten met een eigen café.

## Waarom is dit een goede praktijk?

Een mantelzorgcafé brengt mantelzorgers samen. Ze kunnen ervaringen delen en steun vinden bij mensen in dezelfde situatie. Koksijde en Veurne toonden dat een gemeente dit dicht bij huis kan organiseren. Andere gemeenten namen het idee over.

## Wat kun je ervan leren?

- Je hoeft niet groot te beginnen. Een vast moment en een plek zijn genoeg om te starten.
- Samen met een buurgemeente beginnen kan helpen.
- Maak je café vindbaar, zodat ook mantelzorgers uit de buurt de weg vinden.

## Wat weten we niet?

De bronnen die we zagen, vermelden niet wie de cafés precies organiseerde, en hoe ze verliepen. Er staat ook geen evaluatie in. Wil je meer weten? Vraag het aan de sociale dienst van Koksijde of Veurne.`,
    audiences: ['gemeenten', 'mantelzorgers'],
    themes: ['lokaal-mantelzorgbeleid', 'zorg-voor-jezelf'],
    sources: [src.hlnKoksijde],
    publishedAt: '2025-03-24',
    updatedAt: '2025-03-24',
    lastReviewedAt: '2026-02-23',
    reviewBy: '2027-02-23',
    related: ['methode-mantelzorgcafe', 'instrument-mantelzorghub-overzicht-mantelzorgcafes'],
    details: {
      organisation: 'Gemeenten Koksijde en Veurne (de precieze organisator staat niet in de bronnen die we zagen)',
      setting: 'Lokaal ontmoetingsmoment in de gemeente',
      targetGroup: 'Mantelzorgers in Koksijde en Veurne',
      goal: 'Mantelzorgers samenbrengen, zodat ze ervaringen kunnen delen en steun vinden bij lotgenoten.',
      approach: 'Sinds oktober 2017 een mantelzorgcafé in beide gemeenten; de eerste in Vlaanderen. In 2019 kwamen de Vlaamse mantelzorgcafés samen op mantelzorghub.be.',
      results: 'Geen evaluatie gepubliceerd in de bronnen die we zagen. Wel hadden in 2019 al meer gemeenten een mantelzorgcafé.',
      evidenceLevel: 'praktijkervaring',
      region: 'Koksijde en Veurne (West-Vlaanderen)',
    },
  },
  {
    type: 'practice',
    slug: 'goede-praktijk-geintegreerd-breed-onthaal-poperinge',
    title: 'Goede praktijk: geïntegreerd breed onthaal in Poperinge en de Westhoek (2019)',
    summary: 'In 2019 gingen het OCMW van Poperinge, andere OCMW\'s in de Westhoek, de ziekenfondsen en het CAW nauwer samenwerken om rechten beter te benutten.',
    body: `## Wat gebeurde er?

In 2019 besliste het OCMW van Poperinge om nauwer samen te werken met de sociale diensten van de ziekenfondsen en met het CAW. Ook andere OCMW's in de Westhoek deden mee. Ze kozen voor het model van geïntegreerd breed onthaal.

## Waarom?

Mensen met een zorgvraag kennen niet altijd alle rechten en alle hulp die er is. Door samen te werken, willen de diensten ervoor zorgen dat inwoners hun rechten zo goed mogelijk benutten.

## Wat betekent dit voor mantelzorgers?

Mantelzorgers en de mensen voor wie ze zorgen, hebben vaak vragen over verschillende domeinen. Als OCMW, ziekenfonds en CAW elkaar kennen en samenwerken, is de kans groter dat iemand bij de juiste dienst terechtkomt.

## Wat kun je ervan leren?

- Samenwerking kan over de grenzen van één gemeente heen gaan.
- Het model gebruikt diensten die al bestaan.
- Vraag bij elke zorgvraag ook naar de mantelzorger.

## Wat weten we niet?

In de bronnen die we zagen, staan geen resultaten van deze samenwerking.`,
    audiences: ['gemeenten', 'professionals'],
    themes: ['lokaal-mantelzorgbeleid', 'samenwerken-met-professionals'],
    sources: [src.hlnPoperinge],
    publishedAt: '2025-07-14',
    updatedAt: '2025-07-14',
    lastReviewedAt: '2026-06-22',
    reviewBy: '2027-06-22',
    related: ['methode-geintegreerd-breed-onthaal', 'tip-stap-naar-de-sociale-dienst-van-je-ziekenfonds'],
    details: {
      organisation: "OCMW Poperinge, samen met andere OCMW's uit de Westhoek, de sociale diensten van de ziekenfondsen en het CAW",
      setting: 'Lokaal en regionaal sociaal beleid',
      targetGroup: 'Inwoners van Poperinge en de Westhoek met vragen over hulp en rechten',
      goal: 'Ervoor zorgen dat inwoners hun rechten zo goed mogelijk benutten.',
      approach: 'Nauwere samenwerking tussen OCMW, de sociale diensten van de ziekenfondsen en het CAW volgens het model van geïntegreerd breed onthaal (2019).',
      results: geenEvaluatie,
      evidenceLevel: 'praktijkervaring',
      region: 'Poperinge en de Westhoek (West-Vlaanderen)',
    },
  },
  {
    type: 'practice',
    slug: 'goede-praktijk-zorghotel-moerzeke',
    title: 'Goede praktijk: het Zorghotel van CM Waas en Dender en Samana in Moerzeke',
    summary: 'Al sinds de zomer van 1989 organiseren CM Waas en Dender en Samana een Zorghotel in woonzorgcentrum Sint-Jozef in Moerzeke: vakantie met zorg.',
    body: `## Wat is het?

Het Zorghotel is een vorm van vakantie met zorg. CM Waas en Dender en Samana organiseren het in woonzorgcentrum Sint-Jozef in Moerzeke. Het bestaat al sinds de zomer van 1989.

## Waarom is dit een goede praktijk?

Op vakantie gaan is niet vanzelfsprekend voor mensen die veel zorg nodig hebben. Een vakantie met zorg maakt dat toch mogelijk. Voor mantelzorgers kan zo'n vakantie ook een adempauze zijn. Daarom rekenen we het tot de respijtzorg.

## Wat valt op?

Het initiatief liep in 2018 nog steeds, bijna dertig jaar na de start. Dat toont dat een samenwerking tussen een ziekenfonds, een mantelzorgvereniging en een woonzorgcentrum lang kan standhouden.

## Wat kun je ervan leren?

- Een woonzorgcentrum kan zijn plek en zijn zorg ook inzetten voor vakanties.
- Een ziekenfonds en een mantelzorgvereniging kunnen zo'n aanbod samen dragen.

## Wat weten we niet?

De bronnen die we zagen, beschrijven niet precies voor wie het Zorghotel bedoeld is, wat het kost, of het nog altijd bestaat. Er staat ook geen evaluatie in. Vraag meer uitleg aan Samana of aan CM.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['respijtzorg'],
    sources: [src.hlnMoerzeke],
    publishedAt: '2025-04-14',
    updatedAt: '2025-04-14',
    lastReviewedAt: '2025-11-10',
    reviewBy: '2026-11-10',
    related: ['goede-praktijk-vakantieflats-budalys-kortrijk', 'tip-plan-een-adempauze-met-oppashulp'],
    details: {
      organisation: 'CM Waas en Dender en Samana',
      setting: 'Vakantie met zorg in woonzorgcentrum Sint-Jozef',
      targetGroup: 'Mensen die zorg nodig hebben (de precieze doelgroep staat niet in de bronnen die we zagen)',
      goal: 'Vakantie mogelijk maken voor mensen die zorg nodig hebben, met zorg ter plaatse.',
      approach: 'Sinds de zomer van 1989 een Zorghotel in woonzorgcentrum Sint-Jozef in Moerzeke, georganiseerd door het ziekenfonds en de mantelzorgvereniging samen.',
      results: 'Het initiatief liep in 2018 nog. Geen evaluatie gepubliceerd in de bronnen die we zagen.',
      evidenceLevel: 'praktijkervaring',
      region: 'Moerzeke (Hamme, Oost-Vlaanderen)',
    },
  },
  {
    type: 'practice',
    slug: 'goede-praktijk-vakantieflats-budalys-kortrijk',
    title: 'Goede praktijk: vakantieflats voor mensen met jongdementie in Budalys, Kortrijk (2019)',
    summary: 'Sinds 2019 kunnen mensen met jongdementie samen met hun mantelzorger op vakantie in aangepaste flats in Budalys in Kortrijk.',
    body: `## Wat is het?

In Budalys in Kortrijk zijn er sinds 2019 vakantieflats voor mensen met jongdementie en hun mantelzorgers. Ze kunnen er samen op vakantie gaan. Het project werd in de pers voorgesteld als een primeur in Europa.

## Waarom is dit een goede praktijk?

Krijgt iemand op jonge leeftijd dementie, dan zorgen vaak de partner of de familie. Samen op vakantie gaan wordt dan moeilijk. Een vakantie in een aangepaste omgeving kan hen allebei deugd doen. Voor de mantelzorger is het ook een vorm van respijt.

## Wat kun je ervan leren?

- Respijtzorg hoeft niet altijd te betekenen dat je de zorg uit handen geeft. Samen iets doen kan ook rust geven.
- Er is aanbod nodig voor specifieke groepen, zoals mensen met jongdementie.

## Wat weten we niet?

De bronnen die we zagen, geven geen cijfers over hoeveel mensen er al verbleven, wat het kost, of hoe ze het ervaarden. Er staat ook geen evaluatie in. Informeer bij Budalys in Kortrijk of het aanbod nog bestaat.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['respijtzorg', 'dementie'],
    sources: [src.hlnKortrijk],
    publishedAt: '2025-08-18',
    updatedAt: '2025-08-18',
    lastReviewedAt: '2026-07-27',
    reviewBy: '2027-07-27',
    related: ['goede-praktijk-zorghotel-moerzeke', 'tip-plan-een-adempauze-met-oppashulp'],
    details: {
      organisation: 'Budalys, Kortrijk',
      setting: 'Vakantieflats',
      targetGroup: 'Mensen met jongdementie en hun mantelzorgers',
      goal: 'Mensen met jongdementie en hun mantelzorgers samen op vakantie laten gaan.',
      approach: 'Sinds 2019 aangepaste vakantieflats in Budalys, waar de persoon met jongdementie en de mantelzorger samen verblijven.',
      results: geenEvaluatie,
      evidenceLevel: 'praktijkervaring',
      region: 'Kortrijk (West-Vlaanderen)',
    },
  },
  {
    type: 'practice',
    slug: 'goede-praktijk-jonge-mantelzorgers-in-de-warmste-week',
    title: 'Goede praktijk: jonge mantelzorgers in De Warmste Week (Steunpunt Mantelzorg)',
    summary: 'Via een project van Steunpunt Mantelzorg kwamen jonge mantelzorgers in de kijker tijdens De Warmste Week.',
    body: `## Wat gebeurde er?

Tijdens De Warmste Week van 18 tot 24 december stonden jonge mantelzorgers in de kijker. Dat gebeurde via een project van Steunpunt Mantelzorg. Het ging vermoedelijk om de editie van 2023. Het precieze jaar staat niet duidelijk in de bron die we zagen.

## Waarom is dit een goede praktijk?

Jonge mantelzorgers waren lang een onzichtbare groep. Veel jongeren weten zelf niet dat ze mantelzorger zijn. Ook hun omgeving ziet het vaak niet. Een grote solidariteitsactie bereikt veel mensen tegelijk. Zo krijgt het thema aandacht bij een breed publiek.

## Wat kun je ervan leren?

- Bestaande acties en campagnes kunnen helpen om een thema bekend te maken.
- Aandacht voor jonge mantelzorgers begint met zichtbaarheid: wie het woord kent, herkent zichzelf of een ander sneller.
- Scholen kunnen zulke momenten gebruiken om het gesprek in de klas te openen.

## Wat weten we niet?

De bron vermeldt niet wat het project precies deed of wat het opleverde. We vonden geen evaluatie. Meer weten? Kijk bij Steunpunt Mantelzorg.`,
    audiences: ['onderwijs', 'mantelzorgers', 'gemeenten'],
    themes: ['jonge-mantelzorgers'],
    sources: [src.steunpuntNieuws, src.weliswaarJong],
    publishedAt: '2025-11-24',
    updatedAt: '2025-11-24',
    lastReviewedAt: '2026-10-26',
    reviewBy: '2027-10-26',
    related: ['publicatie-je-bent-jong-en-je-zorgt', 'methode-jonge-mantelzorgers-herkennen-op-school'],
    details: {
      organisation: 'Steunpunt Mantelzorg',
      setting: 'Solidariteitsactie De Warmste Week',
      targetGroup: 'Jonge mantelzorgers en het brede publiek',
      goal: 'Jonge mantelzorgers zichtbaar maken.',
      approach: 'Een project van Steunpunt Mantelzorg dat jonge mantelzorgers in de kijker zette tijdens De Warmste Week (18–24 december, vermoedelijk 2023). Meer details stonden niet in de bron die we zagen.',
      results: geenEvaluatie,
      evidenceLevel: 'praktijkervaring',
      region: 'Vlaanderen',
    },
  },
  {
    type: 'practice',
    slug: 'goede-praktijk-mantelzorgcafe-merchtem',
    title: 'Goede praktijk: mantelzorgcafé in Merchtem (2018)',
    summary: 'In 2018 organiseerden Ons Zorgnetwerk en Landelijke Thuiszorg samen een mantelzorgcafé in Merchtem, waar mantelzorgers in de bloemetjes werden gezet.',
    body: `## Wat gebeurde er?

In maart 2018 organiseerden Ons Zorgnetwerk en Landelijke Thuiszorg samen een mantelzorgcafé in Merchtem. Volgens het bericht erover werden de mantelzorgers er in de bloemetjes gezet.

## Waarom is dit een goede praktijk?

Mantelzorgers doen veel, maar krijgen daar zelden waardering voor. Een mantelzorgcafé geeft hun een moment om elkaar te ontmoeten. Als je dat combineert met een blijk van waardering, voelen mantelzorgers zich gezien.

## Wat kun je ervan leren?

- Een mantelzorgvereniging en een thuiszorgorganisatie kunnen samen een café opzetten. Elk brengt eigen contacten en kennis mee.
- Waardering mag zichtbaar zijn. Een klein gebaar kan veel betekenen.
- Een café kan ook een goede gelegenheid zijn om mantelzorgers te wijzen op hulp en rechten.

## Wat weten we niet?

De bron die we zagen, geeft geen details over het verloop, het aantal deelnemers of de resultaten. We vonden geen evaluatie. Ook of het café nog altijd bestaat, weten we niet.`,
    audiences: ['gemeenten', 'professionals', 'mantelzorgers'],
    themes: ['lokaal-mantelzorgbeleid', 'zorg-voor-jezelf'],
    sources: [src.ringtvMerchtem],
    publishedAt: '2025-09-22',
    updatedAt: '2025-09-22',
    lastReviewedAt: '2026-09-21',
    reviewBy: '2027-09-21',
    related: ['methode-mantelzorgcafe', 'goede-praktijk-mantelzorgcafe-vilvoorde'],
    details: {
      organisation: 'Ons Zorgnetwerk en Landelijke Thuiszorg',
      setting: 'Mantelzorgcafé in de gemeente',
      targetGroup: 'Mantelzorgers in Merchtem',
      goal: 'Mantelzorgers samenbrengen en hen waardering tonen.',
      approach: 'Een mantelzorgcafé dat de twee organisaties in maart 2018 samen organiseerden. Meer details over de aanpak stonden niet in de bron die we zagen.',
      results: geenEvaluatie,
      evidenceLevel: 'praktijkervaring',
      region: 'Merchtem (Vlaams-Brabant)',
    },
  },
];
