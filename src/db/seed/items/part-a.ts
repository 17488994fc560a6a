/**
 * Demo knowledge items, part A: rights and regulations ('right') and information articles ('article').
 * Written in our own words from ../shared/facts/mantelzorg-vlaanderen.md; every item names the pages it
 * was written from. Amounts are indexed yearly, so each one tells readers where to check the current figure.
 */
import type { SeedItem } from '../types.js';

export const itemsA: SeedItem[] = [
  // ---------------------------------------------------------------------------------------------
  // Rights: federal recognition and leave
  // ---------------------------------------------------------------------------------------------
  {
    type: 'right',
    slug: 'erkenning-als-mantelzorger',
    title: 'Algemene erkenning als mantelzorger',
    summary:
      'Met de algemene erkenning heb je een officieel bewijs dat je mantelzorger bent. Je vraagt ze samen met de persoon voor wie je zorgt aan bij je ziekenfonds.',
    body: `## Wat is het?

Sinds 1 september 2020 kan je je officieel laten erkennen als mantelzorger. Dat staat in een federale wet uit 2014. Er zijn twee soorten erkenning: de algemene erkenning en de erkenning met sociale rechten. Deze pagina gaat over de algemene erkenning.

De algemene erkenning is een officieel bewijs dat je mantelzorger bent. Op dit moment krijg je er nog geen extra rechten of voordelen mee. De erkenning heeft geen einddatum. Iemand die zorg nodig heeft, kan meer dan één erkende mantelzorger hebben.

## Wie kan erkend worden?

Je kan erkend worden als:

- je een band van vertrouwen hebt met de persoon voor wie je zorgt, of dicht bij die persoon woont;
- je in België woont en ingeschreven bent in het bevolkingsregister of het vreemdelingenregister;
- je regelmatig helpt, zonder dat het je beroep is en zonder dat je ervoor betaald wordt;
- je rekening houdt met de wensen en het levensproject van de persoon;
- er minstens één professionele zorgverlener betrokken is.

De persoon voor wie je zorgt, woont ook in België. Die persoon heeft hulp nodig door zijn leeftijd, gezondheid of een handicap.

## Hoe vraag je het aan?

1. Jij en de persoon voor wie je zorgt, vullen samen een standaardverklaring op erewoord in.
2. Jullie ondertekenen die verklaring allebei.
3. Je geeft de verklaring aan de sociale dienst van jouw ziekenfonds.
4. Het ziekenfonds stuurt je een attest.

## Ben je jonger dan 18?

De bronnen zijn het niet eens over de vraag of minderjarigen erkend kunnen worden. Vraag het na bij je ziekenfonds.

## Wil je mantelzorgverlof?

Dan heb je de erkenning met sociale rechten nodig. Die heeft extra voorwaarden.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['erkenning-als-mantelzorger', 'rechten-en-geld'],
    sources: [
      { title: 'Wet van 12 mei 2014 betreffende de erkenning van de mantelzorger (Justel)', url: 'https://www.ejustice.just.fgov.be/cgi_loi/loi_a1.pl?language=nl&la=N&cn=2014051209&table_name=wet' },
      { title: 'Eindelijk een officieel statuut voor de mantelzorgers – MLOZ', url: 'https://www.mloz.be/nl/nieuws/eindelijk-een-officieel-statuut-voor-de-mantelzorgers' },
      { title: 'Ben je mantelzorger? Vraag nu je officiële erkenning aan – Stad Antwerpen', url: 'https://www.antwerpen.be/nl/overzicht/district-antwerpen-1/senioren/ben-je-mantelzorger-vraag-nu-je-officiele-erkenning-aan' },
      { title: 'Het mantelzorgstatuut – Coponcho', url: 'https://www.coponcho.be/het-mantelzorgstatuut/' },
    ],
    publishedAt: '2025-01-15',
    updatedAt: '2026-02-10',
    lastReviewedAt: '2026-02-10',
    reviewBy: '2027-02-10',
    related: ['erkenning-als-mantelzorger-met-sociale-rechten', 'mantelzorgverlof', 'wat-is-een-mantelzorger'],
    details: {
      level: 'federaal',
      whoQualifies:
        'Je helpt iemand in België regelmatig, zonder betaling en niet als beroep. Je woont in België en staat in het bevolkings- of vreemdelingenregister. Er is minstens één professionele zorgverlener betrokken. De persoon voor wie je zorgt, heeft hulp nodig door leeftijd, gezondheid of een handicap.',
      amount: '',
      howToApply:
        'Vul samen met de persoon voor wie je zorgt de verklaring op erewoord in, onderteken ze allebei en geef ze aan je ziekenfonds. Je krijgt een attest.',
      whereToApply: 'De sociale dienst van je eigen ziekenfonds (mutualiteit).',
      legalBasis: 'Wet van 12 mei 2014 betreffende de erkenning van de mantelzorger; koninklijk besluit van 16 juni 2020.',
      validFrom: '2020-09-01',
    },
  },
  {
    type: 'right',
    slug: 'erkenning-als-mantelzorger-met-sociale-rechten',
    title: 'Erkenning als mantelzorger met sociale rechten',
    summary:
      'Help je minstens 50 uur per maand of 600 uur per jaar? Dan kan je een erkenning met sociale rechten krijgen. Die heb je nodig voor mantelzorgverlof.',
    body: `## Wat is het?

Naast de algemene erkenning bestaat er een erkenning met sociale rechten. Op dit moment geeft die erkenning toegang tot één federaal recht: het mantelzorgverlof.

## Voor wie?

Je voldoet aan alle voorwaarden van de algemene erkenning. Daarnaast gelden twee extra voorwaarden.

- **Je helpt veel.** Je helpt minstens 50 uur per maand of 600 uur per jaar. Let op: het gaat om uren per maand of per jaar, niet per week. Tijd die je aan een opleiding besteedt, telt ook mee.
- **De persoon heeft veel zorg nodig.** Dat blijkt bijvoorbeeld uit minstens 12 punten op de schaal voor zelfredzaamheid van de FOD Sociale Zekerheid. Het kan ook als de persoon met minstens 12 punten recht heeft op een integratietegemoetkoming, een tegemoetkoming voor hulp aan bejaarden of een zorgbudget voor ouderen met een zorgnood. Ook wie recht heeft op hulp van derden, komt in aanmerking.

## Hoe lang is ze geldig?

De erkenning geldt één jaar vanaf de dag dat jullie de verklaring ondertekenen. Daarna kan je ze verlengen.

Tip: vraag dit attest pas aan als je echt mantelzorgverlof wil opnemen.

## Hoe vraag je het aan?

Jij en de persoon voor wie je zorgt, ondertekenen samen een verklaring op erewoord. Die geef je af bij de sociale dienst van je ziekenfonds.

## Wanneer stopt de erkenning?

Bijvoorbeeld:

- als je zelf vraagt om te stoppen;
- als de persoon overlijdt of geen zorg meer nodig heeft;
- als de persoon langer dan 90 dagen in een voorziening verblijft;
- als de voorwaarden niet meer vervuld zijn;
- als de mantelzorger veroordeeld wordt voor geweld of verwaarlozing.`,
    audiences: ['mantelzorgers', 'professionals', 'werkgevers'],
    themes: ['erkenning-als-mantelzorger', 'verlof-om-te-zorgen'],
    sources: [
      { title: 'Erkenning als mantelzorger – Samana', url: 'https://www.samana.be/erkenning-mantelzorger/' },
      { title: 'Verlof voor mantelzorg – RVA', url: 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg' },
      { title: 'Mantelzorgverlof – OZ', url: 'https://www.oz.be/over-oz/nieuws/gezondheid/2020/mantelzorgverlof' },
      { title: 'Wanneer eindigt een erkenning als mantelzorger? – SAM', url: 'https://www.reseau-sam.be/nl/nuttige-info/wanneer-eindigt-een-erkenning-als-mantelzorger' },
    ],
    publishedAt: '2025-01-15',
    updatedAt: '2026-02-10',
    lastReviewedAt: '2026-02-10',
    reviewBy: '2027-02-10',
    related: ['erkenning-als-mantelzorger', 'mantelzorgverlof', 'zorgbudget-voor-ouderen-met-een-zorgnood'],
    details: {
      level: 'federaal',
      whoQualifies:
        'Je voldoet aan de voorwaarden van de algemene erkenning, je helpt minstens 50 uur per maand of 600 uur per jaar, en de persoon voor wie je zorgt is sterk afhankelijk van hulp (bijvoorbeeld minstens 12 punten op de schaal voor zelfredzaamheid).',
      amount: '',
      howToApply:
        'Onderteken samen met de persoon voor wie je zorgt een verklaring op erewoord en geef die af bij je ziekenfonds. De erkenning geldt één jaar en kan verlengd worden.',
      whereToApply: 'De sociale dienst van je eigen ziekenfonds (mutualiteit).',
      legalBasis: 'Wet van 12 mei 2014 betreffende de erkenning van de mantelzorger; koninklijk besluit van 16 juni 2020.',
      validFrom: '2020-09-01',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgverlof',
    title: 'Mantelzorgverlof',
    summary:
      'Als werknemer kan je een tijd stoppen met werken of minder werken om voor iemand te zorgen. Je krijgt dan een uitkering van de RVA.',
    body: `## Wat is het?

Mantelzorgverlof is een federaal verlof om te zorgen. Het bestaat naast ouderschapsverlof, palliatief verlof en verlof voor medische bijstand. Je kan het aanvragen sinds 1 september 2020.

## Voor wie?

- werknemers in de privésector;
- contractuele personeelsleden van de overheid;
- statutaire personeelsleden van de federale overheid, de gewesten, de gemeenschappen en de autonome overheidsbedrijven.

Je hebt altijd een erkenning als mantelzorger met sociale rechten nodig.

## Hoe kan je het opnemen?

- Je onderbreekt je werk helemaal.
- Je werkt halftijds.
- Je werkt 1/5 minder.

## Hoe lang?

Per persoon voor wie je zorgt: 3 maanden voltijds, of 6 maanden halftijds of 1/5. Over je hele loopbaan samen kan je maximaal 6 maanden voltijds of 12 maanden deeltijds nemen. Bij de start in 2020 waren de periodes per persoon korter. De regels kunnen opnieuw veranderen. Kijk ze na bij de RVA.

## Wat krijg je?

Je krijgt een uitkering van de RVA. Die is even hoog als bij verlof voor medische bijstand. Werk je in de privésector of de social profit? Dan kan je soms ook een Vlaamse aanmoedigingspremie krijgen.

Het bedrag van de uitkering wordt elk jaar aangepast. Kijk het actuele bedrag na bij de RVA.

## Hoe vraag je het aan?

1. Vraag bij je ziekenfonds een erkenning met sociale rechten.
2. Laat je werkgever weten dat je het verlof wil opnemen.
3. Vraag het verlof en de uitkering aan bij de RVA.`,
    audiences: ['mantelzorgers', 'werkgevers', 'professionals'],
    themes: ['verlof-om-te-zorgen', 'werk-en-mantelzorg'],
    sources: [
      { title: 'Verlof voor mantelzorg – RVA', url: 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg' },
      { title: 'Mantelzorgverlof – eerstelijnszone.be', url: 'https://www.eerstelijnszone.be/mantelzorgverlof' },
      { title: 'Verlof voor mantelzorg – Gemeente Bierbeek', url: 'https://www.bierbeek.be/product/781/verlof-voor-mantelzorg' },
      { title: 'Verlof voor mantelzorg – Gemeente Niel', url: 'https://www.niel.be/product/1837/verlof-voor-mantelzorg' },
    ],
    publishedAt: '2025-01-20',
    updatedAt: '2026-03-02',
    lastReviewedAt: '2026-03-02',
    reviewBy: '2027-03-02',
    related: ['erkenning-als-mantelzorger-met-sociale-rechten', 'aanmoedigingspremie-bij-zorgverlof', 'verlof-voor-medische-bijstand', 'werken-en-zorgen'],
    details: {
      level: 'federaal',
      whoQualifies:
        'Werknemers in de privésector, contractuele personeelsleden van de overheid en statutaire personeelsleden van de federale overheid, de gewesten, de gemeenschappen en autonome overheidsbedrijven, met een erkenning als mantelzorger met sociale rechten.',
      amount:
        'Een uitkering van de RVA, even hoog als bij verlof voor medische bijstand. Het bedrag wordt jaarlijks aangepast: kijk het na bij de RVA.',
      howToApply:
        'Vraag eerst de erkenning met sociale rechten bij je ziekenfonds. Meld het verlof aan je werkgever en vraag het aan bij de RVA. Je kiest voltijds, halftijds of 1/5.',
      whereToApply: 'Bij je werkgever en bij de RVA (Rijksdienst voor Arbeidsvoorziening).',
      legalBasis:
        'Artikelen 100ter en 102ter van de Herstelwet van 22 januari 1985; voor statutaire federale personeelsleden het koninklijk besluit van 19 oktober 2020.',
      validFrom: '2020-09-01',
    },
  },
  {
    type: 'right',
    slug: 'palliatief-verlof',
    title: 'Palliatief verlof',
    summary:
      'Zorg je voor iemand die ongeneeslijk ziek is en in de laatste levensfase is? Dan kan je palliatief verlof nemen. Je werkgever mag dat niet weigeren.',
    body: `## Wat is het?

Met palliatief verlof kan je je werk onderbreken of minder werken. Zo kan je zorgen voor iemand die ongeneeslijk ziek is en niet lang meer te leven heeft. Die persoon hoeft geen familielid te zijn.

## Hoe kan je het opnemen?

- Je stopt tijdelijk helemaal met werken.
- Je werkt halftijds.
- Je werkt 1/5 minder.

## Hoe lang?

Je neemt eerst 1 maand. Volgens de recentste informatie van de federale overheid kan je dat twee keer met 1 maand verlengen. Dat is in totaal maximaal 3 maanden. Oudere bronnen spreken van maar één verlenging. Kijk de regels na bij de RVA.

Palliatief verlof telt niet mee voor het maximum van tijdskrediet of loopbaanonderbreking.

## Je rechten als werknemer

- Je werkgever mag het verlof niet weigeren.
- Je bent beschermd tegen ontslag tot 3 maanden na het verlof.

## Wat krijg je?

Je krijgt een vaste uitkering van de RVA. Werk je in de social profit? Dan kan je er een Vlaamse aanmoedigingspremie bovenop krijgen. Werk je bij de Vlaamse overheid, in het onderwijs of bij een lokaal bestuur? Dan kan je voor palliatieve zorg ook Vlaams zorgkrediet gebruiken.

Het bedrag van de uitkering wordt elk jaar aangepast. Kijk het actuele bedrag na bij de RVA.

## Hoe vraag je het aan?

Laat je werkgever weten dat je palliatief verlof neemt. Vraag daarna de uitkering aan bij de RVA.`,
    audiences: ['mantelzorgers', 'werkgevers', 'professionals'],
    themes: ['verlof-om-te-zorgen', 'levenseinde'],
    sources: [
      { title: 'Palliatief verlof – belgium.be', url: 'https://www.belgium.be/nl/werk/loopbaanbeheer/verlof_en_loopbaanonderbrekingen/tijdskrediet_en_loopbaanonderbreking/palliatief_verlof/' },
      { title: 'Palliatief verlof – socialsecurity.be', url: 'https://www.socialsecurity.be/citizen/nl/familie/familie-en-ziekte/palliatief-verlof' },
      { title: 'Palliatief verlof – vlaanderen.be', url: 'http://www.vlaanderen.be/nl/werk/loopbaan/palliatief-verlof' },
    ],
    publishedAt: '2025-02-03',
    updatedAt: '2026-01-12',
    lastReviewedAt: '2026-01-12',
    reviewBy: '2027-01-12',
    related: ['zorg-in-de-laatste-levensfase', 'verlof-voor-medische-bijstand', 'vlaams-zorgkrediet'],
    details: {
      level: 'federaal',
      whoQualifies:
        'Werknemers die willen zorgen voor iemand die ongeneeslijk ziek is en in de laatste levensfase is. De zieke hoeft geen familielid te zijn.',
      amount: 'Een vaste uitkering van de RVA. Het bedrag wordt jaarlijks aangepast: kijk het na bij de RVA.',
      howToApply:
        'Meld het verlof aan je werkgever (die mag het niet weigeren) en vraag de uitkering aan bij de RVA. Je kiest voltijds, halftijds of 1/5.',
      whereToApply: 'Bij je werkgever en bij de RVA (Rijksdienst voor Arbeidsvoorziening).',
    },
  },
  {
    type: 'right',
    slug: 'verlof-voor-medische-bijstand',
    title: 'Verlof voor medische bijstand',
    summary:
      'Is iemand uit je gezin of familie ernstig ziek? Dan kan je als werknemer een tijd stoppen met werken of minder werken om die persoon bij te staan.',
    body: `## Wat is het?

Met verlof voor medische bijstand kan je je werk onderbreken of verminderen. Je doet dat om te zorgen voor iemand uit je gezin of je familie die ernstig ziek is.

## Hoe lang?

- Je stopt helemaal met werken: maximaal 12 maanden.
- Je werkt halftijds of 1/5 minder: maximaal 24 maanden.

Je neemt het verlof op in periodes van 1 tot 3 maanden.

## Ligt je minderjarige kind in het ziekenhuis?

Dan bestaat er een aparte regeling. Je kan een week verlof nemen, en dat eventueel met nog een week verlengen. Vraag de details aan de RVA.

## Werk je in een kleine onderneming?

- Minder dan 10 werknemers: je werkgever moet akkoord gaan.
- Minder dan 50 werknemers: het maximum kan voor jou de helft zijn.

Bespreek je plannen dus op tijd met je werkgever.

## Wat krijg je?

Je krijgt een uitkering van de RVA. Werk je in de privésector of de social profit? Kijk dan of je ook een Vlaamse aanmoedigingspremie kan krijgen. Werk je in de Vlaamse openbare sector? Dan kan je bij ernstige ziekte van een gezins- of familielid ook Vlaams zorgkrediet opnemen.

Het bedrag van de uitkering wordt elk jaar aangepast. Kijk het actuele bedrag na bij de RVA.

## Hoe vraag je het aan?

Laat je werkgever weten dat je het verlof wil nemen. Vraag het daarna aan bij de RVA.`,
    audiences: ['mantelzorgers', 'werkgevers'],
    themes: ['verlof-om-te-zorgen', 'werk-en-mantelzorg'],
    sources: [
      { title: 'Wat te doen bij loopbaanonderbreking voor thuiszorg – CM', url: 'https://www.cm.be/nl/wat-te-doen-bij-loopbaanonderbreking-voor-thuiszorg' },
      { title: 'Ambtenaren krijgen verlof voor verzorging ziek kind – Knack Moneytalk', url: 'https://moneytalk.knack.be/geld-en-beurs/ambtenaren-krijgen-verlof-voor-verzorging-ziek-kind/article-normal-339347.html' },
      { title: 'Verlof voor mantelzorg – Gemeente Niel', url: 'https://www.niel.be/product/1837/verlof-voor-mantelzorg' },
    ],
    publishedAt: '2025-02-03',
    updatedAt: '2025-12-08',
    lastReviewedAt: '2025-12-08',
    reviewBy: '2026-12-08',
    related: ['mantelzorgverlof', 'palliatief-verlof', 'aanmoedigingspremie-bij-zorgverlof'],
    details: {
      level: 'federaal',
      whoQualifies: 'Werknemers die zorgen voor een gezinslid of familielid dat ernstig ziek is.',
      amount: 'Een uitkering van de RVA. Het bedrag wordt jaarlijks aangepast: kijk het na bij de RVA.',
      howToApply:
        'Bespreek het verlof met je werkgever en vraag het aan bij de RVA, in periodes van 1 tot 3 maanden. In een onderneming met minder dan 10 werknemers moet je werkgever akkoord gaan.',
      whereToApply: 'Bij je werkgever en bij de RVA (Rijksdienst voor Arbeidsvoorziening).',
    },
  },
  {
    type: 'right',
    slug: 'ouderschapsverlof',
    title: 'Ouderschapsverlof',
    summary:
      'Heb je een kind jonger dan 12 jaar? Dan kan je ouderschapsverlof nemen om meer tijd te hebben voor de zorg voor je kind.',
    body: `## Wat is het?

Ouderschapsverlof is een federaal verlof voor ouders. Het hoort bij dezelfde groep verloven als mantelzorgverlof, palliatief verlof en verlof voor medische bijstand. Het kan handig zijn als je kind extra zorg nodig heeft.

## Voor wie?

Voor werknemers met een kind jonger dan 12 jaar. Je kan het verlof voor elk kind opnemen.

## Hoe lang?

Per kind kies je uit:

- 4 maanden voltijds;
- 8 maanden halftijds;
- 20 maanden 1/5 minder werken.

In 2018 werd ook een vorm ingevoerd waarbij je 1/10 minder werkt, gespreid over 40 maanden. Vraag na of die vorm voor jou mogelijk is.

De regels kunnen veranderd zijn. Kijk de actuele voorwaarden na bij de RVA of je werkgever.

## Wat krijg je?

Je krijgt een uitkering van de RVA. Werk je in de social profit? Dan kan je er vaak een Vlaamse aanmoedigingspremie bovenop krijgen. Dat geldt niet voor de vorm van 1/10.

Het bedrag van de uitkering wordt elk jaar aangepast. Kijk het actuele bedrag na bij de RVA.

## Werk je in de Vlaamse openbare sector?

Dan kan je voor de zorg voor een kind tot 12 jaar ook Vlaams zorgkrediet opnemen. Ouderschapsverlof zelf blijft een federaal verlof via de RVA.`,
    audiences: ['mantelzorgers', 'werkgevers'],
    themes: ['verlof-om-te-zorgen', 'werk-en-mantelzorg'],
    sources: [
      { title: 'Ouderschapsverlof 1/10 – ACV Openbare Diensten (2018)', url: 'https://openbarediensten.acv-online.be/ACV-Openbare-Diensten/Actualiteit/2018/Ouderschapsverlofeentiende.html' },
      { title: 'Voorwaarden voor de aanmoedigingspremie in de social profit – vlaanderen.be', url: 'https://www.vlaanderen.be/nl/werk/loopbaan/voorwaarden-voor-de-aanmoedigingspremie-de-socialprofitsector' },
      { title: 'Vlaams zorgkrediet – Vlaamse overheid', url: 'https://overheid.vlaanderen.be/zorgkrediet' },
    ],
    // Review overdue on purpose: shows "stale" content in the demo.
    publishedAt: '2025-03-10',
    updatedAt: '2025-07-10',
    lastReviewedAt: '2025-07-10',
    reviewBy: '2026-07-10',
    related: ['mantelzorgverlof', 'vlaams-zorgkrediet', 'aanmoedigingspremie-bij-zorgverlof'],
    details: {
      level: 'federaal',
      whoQualifies: 'Werknemers met een kind jonger dan 12 jaar, voor elk kind apart.',
      amount: 'Een uitkering van de RVA. Het bedrag wordt jaarlijks aangepast: kijk het na bij de RVA.',
      howToApply:
        'Bespreek het verlof met je werkgever en vraag het aan bij de RVA. Kies voltijds (4 maanden), halftijds (8 maanden) of 1/5 (20 maanden).',
      whereToApply: 'Bij je werkgever en bij de RVA (Rijksdienst voor Arbeidsvoorziening).',
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Rights: Flemish schemes
  // ---------------------------------------------------------------------------------------------
  {
    type: 'right',
    slug: 'vlaams-zorgkrediet',
    title: 'Vlaams zorgkrediet (Vlaamse openbare sector)',
    summary:
      'Werk je bij de Vlaamse overheid, in het onderwijs of bij een lokaal bestuur? Dan kan je met Vlaams zorgkrediet minder werken om te zorgen.',
    body: `## Wat is het?

Met Vlaams zorgkrediet kan je je werk onderbreken of verminderen. Je krijgt dan een uitkering van de Vlaamse overheid. Het zorgkrediet bestaat sinds 2 september 2016. Het kwam toen in de plaats van de klassieke loopbaanonderbreking.

## Voor wie?

Voor personeel van de Vlaamse openbare sector. Bijvoorbeeld:

- de Vlaamse overheid;
- het onderwijs;
- provincies en gemeenten;
- universiteiten en hogescholen.

Werk je in de privésector? Dan kan je geen Vlaams zorgkrediet krijgen. Kijk dan naar de Vlaamse aanmoedigingspremie.

## Waarvoor?

- de zorg voor een kind tot 12 jaar;
- de zorg voor een kind met een handicap;
- de zorg voor een gezins- of familielid dat ernstig ziek is;
- palliatieve zorg;
- een opleiding.

De thematische verloven blijven federaal, via de RVA. Dat zijn ouderschapsverlof, verlof voor medische bijstand, mantelzorgverlof en palliatief verlof.

## Hoeveel mensen gebruiken het?

In 2021 gebruikten ongeveer 30.500 mensen Vlaams zorgkrediet. Ongeveer drie op de vier mensen met zorgkrediet of een aanmoedigingspremie waren vrouwen.

## Wat krijg je?

Je krijgt een uitkering van de Vlaamse overheid. Het bedrag wordt aangepast. Kijk het actuele bedrag na bij het Departement Werk en Sociale Economie.

## Hoe vraag je het aan?

Bespreek je plannen met je werkgever. Vraag het zorgkrediet aan via de online dienst op werk.be.`,
    audiences: ['mantelzorgers', 'werkgevers', 'onderwijs', 'gemeenten'],
    themes: ['werk-en-mantelzorg', 'verlof-om-te-zorgen'],
    sources: [
      { title: 'Vlaams zorgkrediet: voor wie? – werk.be', url: 'https://www.werk.be/online-diensten/vlaams-zorgkrediet/voor-wie' },
      { title: 'Vlaams zorgkrediet – Vlaamse overheid', url: 'https://overheid.vlaanderen.be/zorgkrediet' },
      { title: 'Zorgkrediet in het onderwijs – Edulex', url: 'https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14977' },
      { title: 'Minder Vlaamse uitkeringen voor deeltijds werk in 2021 – HLN', url: 'https://www.hln.be/werk/minder-vlaamse-uitkeringen-voor-deeltijds-werk-in-2021~a1262026/' },
    ],
    publishedAt: '2025-03-17',
    updatedAt: '2026-04-14',
    lastReviewedAt: '2026-04-14',
    reviewBy: '2027-04-14',
    related: ['aanmoedigingspremie-bij-zorgverlof', 'palliatief-verlof', 'werken-en-zorgen'],
    details: {
      level: 'vlaams',
      whoQualifies:
        'Personeel van de Vlaamse openbare sector (Vlaamse overheid, onderwijs, provincies en gemeenten, universiteiten en hogescholen) dat wil zorgen voor een kind tot 12 jaar, een kind met een handicap, een ernstig ziek gezins- of familielid, voor palliatieve zorg, of een opleiding wil volgen.',
      amount:
        'Een uitkering van de Vlaamse overheid. Het bedrag wordt aangepast: kijk het actuele bedrag na bij het Departement Werk en Sociale Economie.',
      howToApply: 'Bespreek je plannen met je werkgever en vraag het zorgkrediet aan via de online dienst op werk.be.',
      whereToApply: 'Departement Werk en Sociale Economie (online via werk.be).',
      validFrom: '2016-09-02',
    },
  },
  {
    type: 'right',
    slug: 'aanmoedigingspremie-bij-zorgverlof',
    title: 'Vlaamse aanmoedigingspremie bij zorgverlof',
    summary:
      'Werk je in de privésector of de social profit en neem je verlof om te zorgen? Dan kan je soms een premie van Vlaanderen krijgen bovenop je RVA-uitkering.',
    body: `## Wat is het?

Neem je verlof om te zorgen? Dan krijg je een uitkering van de RVA. Werk je in de privésector of de social profit? Dan kan je daarbovenop soms een aanmoedigingspremie van de Vlaamse overheid krijgen. Die premie is er in de plaats van het Vlaams zorgkrediet, dat alleen voor de Vlaamse openbare sector bestaat.

## Voor welke verloven?

In de social profit heet een van de categorieën 'zorgkrediet'. Daaronder vallen onder meer:

- ouderschapsverlof (maar niet de vorm waarbij je 1/10 minder werkt);
- verlof voor medische bijstand;
- palliatief verlof.

Ook bij mantelzorgverlof kan je een aanmoedigingspremie krijgen.

Werk je in de privésector? Dan gelden soms andere voorwaarden. Kijk na welke regels voor jouw sector gelden.

## Let op de termijn

Vraag de premie aan binnen 6 maanden na de start van je verlof. Wacht je langer, dan kan je de premie mislopen.

## Hoeveel mensen krijgen ze?

In 2021 kregen ongeveer 36.000 mensen een aanmoedigingspremie. Dat was iets minder dan het jaar ervoor.

## Wat krijg je?

Een premie van de Vlaamse overheid, bovenop je RVA-uitkering. Het bedrag wordt aangepast. Kijk het actuele bedrag na bij de Vlaamse overheid, via de pagina over de aanmoedigingspremie op vlaanderen.be.

## Hoe vraag je het aan?

Vraag eerst je verlof aan bij je werkgever en de RVA. Vraag daarna de aanmoedigingspremie aan bij de Vlaamse overheid.`,
    audiences: ['mantelzorgers', 'werkgevers', 'professionals'],
    themes: ['verlof-om-te-zorgen', 'rechten-en-geld'],
    sources: [
      { title: 'Voorwaarden voor de aanmoedigingspremie in de social profit – vlaanderen.be', url: 'https://www.vlaanderen.be/nl/werk/loopbaan/voorwaarden-voor-de-aanmoedigingspremie-de-socialprofitsector' },
      { title: 'Verlof voor mantelzorg – Gemeente Niel', url: 'https://www.niel.be/product/1837/verlof-voor-mantelzorg' },
      { title: 'Minder Vlaamse uitkeringen voor deeltijds werk in 2021 – HLN', url: 'https://www.hln.be/werk/minder-vlaamse-uitkeringen-voor-deeltijds-werk-in-2021~a1262026/' },
    ],
    publishedAt: '2025-03-17',
    updatedAt: '2026-04-14',
    lastReviewedAt: '2026-04-14',
    reviewBy: '2027-04-14',
    related: ['mantelzorgverlof', 'vlaams-zorgkrediet', 'verlof-voor-medische-bijstand'],
    details: {
      level: 'vlaams',
      whoQualifies:
        'Werknemers in de privésector of de social profit die een thematisch verlof opnemen, zoals ouderschapsverlof (niet de vorm van 1/10), verlof voor medische bijstand, palliatief verlof of mantelzorgverlof. De voorwaarden verschillen per sector.',
      amount:
        'Een premie bovenop de RVA-uitkering. Het bedrag wordt aangepast: kijk het actuele bedrag na bij de Vlaamse overheid (vlaanderen.be).',
      howToApply: 'Vraag de premie aan binnen 6 maanden na de start van je verlof.',
      whereToApply: 'Bij de Vlaamse overheid (pagina over de aanmoedigingspremie op vlaanderen.be).',
    },
  },
  {
    type: 'right',
    slug: 'zorgbudget-voor-zwaar-zorgbehoevenden',
    title: 'Zorgbudget voor zwaar zorgbehoevenden',
    summary:
      'Heeft de persoon voor wie je zorgt langdurig veel zorg nodig? Dan kan die een vast bedrag per maand krijgen van de zorgkas, om vrij te besteden.',
    body: `## Wat is het?

Het zorgbudget voor zwaar zorgbehoevenden is een vast bedrag per maand. Vroeger heette het de Vlaamse zorgverzekering. De zorgkas betaalt het uit. Er is geen leeftijdsgrens. Je betaalt er geen belastingen op. De persoon die het krijgt, mag zelf kiezen waaraan het geld besteed wordt.

## Hoeveel?

Lange tijd was het bedrag € 130 per maand. Een recentere pagina van een zorgkas noemt € 140 per maand. Het bedrag kan intussen veranderd zijn. Kijk het actuele bedrag na bij je zorgkas.

## Voor wie?

- Je bent aangesloten bij een zorgkas en betaalt je zorgpremie.
- Je woont in een erkend woonzorgcentrum, rust- en verzorgingstehuis of psychiatrisch verzorgingstehuis. Dan heb je automatisch recht. Je hebt wel een attest van je verblijf nodig.
- Woon je thuis? Dan wordt via je ziekenfonds of zorgkas gemeten hoeveel zorg je nodig hebt. Dat heet de indicatiestelling. Je score bepaalt of je recht hebt.

Voor nieuwe aanvragen sinds 1 januari 2022 gelden extra voorwaarden. Je woont al minstens 10 jaar in Vlaanderen of Brussel, waarvan 5 jaar zonder onderbreking. Of je was sociaal verzekerd in de EU, de EER of Zwitserland. Je moet ook voldoen aan je inburgeringsplicht.

Krijg je een persoonsvolgend budget van het VAPH? Dan heb je geen recht op dit zorgbudget.

## Hoe vraag je het aan?

Vraag het aan bij je zorgkas of bij de sociale dienst van je ziekenfonds. Zij regelen ook de indicatiestelling.

## Goed om te weten

Sommige gemeenten gebruiken dit zorgbudget als voorwaarde voor hun mantelzorgpremie.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorgbudgetten-en-premies'],
    sources: [
      { title: 'Zorgbudget voor zwaar zorgbehoevenden – Vlaamse sociale bescherming', url: 'https://vlaamsesocialebescherming.be/zorgbudget-voor-zwaar-zorgbehoevenden' },
      { title: 'Zwaar zorgbehoevenden – Gemeente Gingelom', url: 'https://www.gingelom.be/zwaar-zorgbehoevenden' },
      { title: 'Zorgkas van de Onafhankelijke Ziekenfondsen – MLOZ', url: 'https://www.mloz.be/nl/zorgkas-van-de-onafhankelijke-ziekenfondsen' },
      { title: 'Almaar minder mensen die zwaar zorgbehoevend zijn krijgen een zorgbudget – VRT NWS (2021)', url: 'https://www.vrt.be/vrtnws/nl/2021/10/19/almaar-minder-mensen-die-zwaar-zorgbehoevend-zijn-krijgen-een-z/' },
    ],
    publishedAt: '2025-01-08',
    updatedAt: '2026-05-19',
    lastReviewedAt: '2026-05-19',
    reviewBy: '2027-05-19',
    related: ['zorgkas-en-zorgpremie', 'zorgbudget-voor-ouderen-met-een-zorgnood', 'zorgbudget-voor-mensen-met-een-handicap'],
    details: {
      level: 'vlaams',
      whoQualifies:
        'Leden van een zorgkas die langdurig zwaar zorgbehoevend zijn: bewoners van een erkend woonzorgcentrum, RVT of PVT, of mensen thuis met een voldoende hoge score bij de indicatiestelling. Sinds 2022 gelden voor nieuwe aanvragen extra voorwaarden over verblijf en inburgering. Niet samen met een persoonsvolgend budget van het VAPH.',
      amount:
        'Een vast bedrag per maand: lang € 130, volgens een recentere zorgkaspagina € 140. Het bedrag wordt aangepast: kijk het actuele bedrag na bij je zorgkas.',
      howToApply:
        'Vraag het aan bij je zorgkas of de sociale dienst van je ziekenfonds. In een erkende voorziening volstaat een attest van verblijf; thuis volgt een indicatiestelling.',
      whereToApply: 'Je zorgkas of de sociale dienst van je ziekenfonds.',
      validFrom: '2022-01-01',
    },
  },
  {
    type: 'right',
    slug: 'zorgbudget-voor-ouderen-met-een-zorgnood',
    title: 'Zorgbudget voor ouderen met een zorgnood',
    summary:
      'Ben je 65 of ouder, heb je een beperkt inkomen en lukt het dagelijks leven minder goed? Dan kan je een maandelijks zorgbudget krijgen van je zorgkas.',
    body: `## Wat is het?

Het zorgbudget voor ouderen met een zorgnood is een bedrag per maand voor mensen van 65 jaar of ouder. Vroeger heette het de tegemoetkoming voor hulp aan bejaarden (THAB).

## Hoeveel?

Het bedrag hangt af van twee dingen:

- je zorgcategorie: er zijn 5 categorieën, volgens hoeveel zorg je nodig hebt;
- het inkomen van je gezin.

Een zorgkaspagina van rond 2024 noemt een maximum van € 696 per maand. Het bedrag kan intussen veranderd zijn. Kijk het actuele bedrag na bij je zorgkas.

## Voor wie?

- Je bent minstens 65 jaar. Je kan het ten vroegste aanvragen op je 65ste verjaardag.
- Je zelfredzaamheid is verminderd. Je hebt minstens 7 punten op de schaal van verminderde zelfredzaamheid. Artsen van de FOD Sociale Zekerheid (DG Personen met een Handicap) beoordelen dat.
- Je bent lid van een zorgkas en hebt je zorgpremies betaald.
- Je woont al minstens 5 jaar zonder onderbreking in Vlaanderen of Brussel, of je was sociaal verzekerd in de EU of de EER.
- Je inkomen is niet hoger dan de grens.

Woon je in een woonzorgcentrum? Sinds 1 april 2023 krijg je dan categorie 4 of 5, zonder medisch onderzoek.

## Hoe vraag je het aan?

Je kan het op drie manieren aanvragen:

- online bij je zorgkas, met je eID;
- via de sociale dienst van je ziekenfonds;
- via het OCMW van je gemeente.

## Goed om te weten

Heb je dit zorgbudget met minstens 12 punten? Dan kan dat meetellen voor de erkenning van je mantelzorger met sociale rechten.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorgbudgetten-en-premies'],
    sources: [
      { title: 'Zorgbudget voor ouderen met een zorgnood – Gemeente Wielsbeke', url: 'https://www.wielsbeke.be/producten/zorgbudget-voor-ouderen-met-een-zorgnood' },
      { title: 'Zorgbudget voor ouderen – Stad Halle', url: 'https://www.halle.be/producten-en-dienstencatalogus/zorgbudget-voor-ouderen' },
      { title: 'Zorgbudget voor ouderen met een zorgnood – Gemeente Brasschaat', url: 'https://www.brasschaat.be/zorgbudget-voor-ouderen-met-een-zorgnood' },
      { title: 'Zorgkas van de Onafhankelijke Ziekenfondsen – MLOZ', url: 'https://www.mloz.be/nl/zorgkas-van-de-onafhankelijke-ziekenfondsen' },
    ],
    publishedAt: '2025-01-08',
    updatedAt: '2026-05-19',
    lastReviewedAt: '2026-05-19',
    reviewBy: '2027-05-19',
    related: ['zorgkas-en-zorgpremie', 'zorgbudget-voor-zwaar-zorgbehoevenden', 'erkenning-als-mantelzorger-met-sociale-rechten'],
    details: {
      level: 'vlaams',
      whoQualifies:
        'Mensen van 65 jaar of ouder met minstens 7 punten op de schaal van verminderde zelfredzaamheid, een beperkt gezinsinkomen, lidmaatschap van een zorgkas met betaalde premies en minstens 5 jaar onafgebroken verblijf in Vlaanderen of Brussel (of sociale verzekering in de EU/EER).',
      amount:
        'Hangt af van de zorgcategorie (1 tot 5) en het gezinsinkomen; rond 2024 maximaal € 696 per maand. Het bedrag wordt aangepast: kijk het actuele bedrag na bij je zorgkas.',
      howToApply: 'Vraag het ten vroegste aan op je 65ste verjaardag: online bij je zorgkas met je eID, via je ziekenfonds of via het OCMW.',
      whereToApply: 'Je zorgkas, de sociale dienst van je ziekenfonds of het OCMW van je gemeente.',
      validFrom: '2023-04-01',
    },
  },
  {
    type: 'right',
    slug: 'zorgbudget-voor-mensen-met-een-handicap',
    title: 'Zorgbudget voor mensen met een handicap (basisondersteuningsbudget)',
    summary:
      'Het zorgbudget voor mensen met een handicap is een vast bedrag per maand. Je krijgt het automatisch als je aan de voorwaarden voldoet.',
    body: `## Wat is het?

Het zorgbudget voor mensen met een handicap heette vroeger het basisondersteuningsbudget. Het is een vast bedrag per maand. De zorgkas betaalt het uit. Je betaalt er geen belastingen op en je mag het vrij besteden.

## Hoeveel?

€ 300 per maand. Het bedrag kan intussen veranderd zijn. Kijk het actuele bedrag na bij je zorgkas.

## Voor wie?

Sinds 1 januari 2021 krijgen alleen nog deze nieuwe groepen het budget:

- kinderen en jongvolwassenen met minstens 12 punten voor de zorgtoeslag;
- mensen die vrijwillig afstappen van niet rechtstreeks toegankelijke ondersteuning van het VAPH.

Vroeger kregen ook volwassenen op de wachtlijst van het VAPH dit budget. Dat begon in september 2016. Vanaf 2017 kwamen er ook minderjarigen en jongvolwassenen bij.

## Een eerste stap

Het zorgbudget is de eerste stap in de persoonsvolgende financiering. De tweede stap is een persoonsvolgend budget (PVB). Je kan het zorgbudget niet combineren met een persoonsvolgend budget.

## Kinderen en het Groeipakket

Voor sommige kinderen is het zorgbudget sinds 1 januari 2023 omgezet in een ondersteuningstoeslag in het Groeipakket.

## Hoe vraag je het aan?

Je hoeft niets aan te vragen. Je krijgt het budget automatisch als je aan de voorwaarden voldoet. Heb je vragen? Neem dan contact op met je zorgkas.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorgbudgetten-en-premies'],
    sources: [
      { title: 'Zorgbudget voor mensen met een handicap – Vlaamse sociale bescherming', url: 'https://vlaamsesocialebescherming.be/zorgbudget-voor-mensen-met-een-handicap' },
      { title: 'Basisondersteuningsbudget – Vlaamse Zorgkas', url: 'http://vlaamsezorgkas.be/basisondersteuningsbudget' },
      { title: 'Zorgbudget voor mensen met een beperking – Gemeente Lendelede', url: 'https://www.lendelede.be/zorgbudgetmensenmetbeperking' },
    ],
    publishedAt: '2025-01-08',
    updatedAt: '2026-05-19',
    lastReviewedAt: '2026-05-19',
    reviewBy: '2027-05-19',
    related: ['zorgkas-en-zorgpremie', 'zorgbudget-voor-zwaar-zorgbehoevenden'],
    details: {
      level: 'vlaams',
      whoQualifies:
        'Sinds 1 januari 2021 nieuw toegekend aan kinderen en jongvolwassenen met minstens 12 punten voor de zorgtoeslag en aan mensen die vrijwillig afstappen van niet rechtstreeks toegankelijke VAPH-ondersteuning. Niet te combineren met een persoonsvolgend budget.',
      amount: '€ 300 per maand. Het bedrag kan veranderen: kijk het actuele bedrag na bij je zorgkas.',
      howToApply: 'Je hoeft niets aan te vragen: de zorgkas kent het budget automatisch toe.',
      whereToApply: 'Geen aanvraag nodig. Met vragen kan je bij je zorgkas terecht.',
      validFrom: '2021-01-01',
    },
  },
  {
    type: 'right',
    slug: 'zorgkas-en-zorgpremie',
    title: 'Zorgkas en zorgpremie',
    summary:
      'Woon je in Vlaanderen en ben je ouder dan 25? Dan moet je lid zijn van een zorgkas en elk jaar een zorgpremie betalen. Alleen leden kunnen een zorgbudget krijgen.',
    body: `## Wat is het?

Iedereen die in Vlaanderen woont en ouder is dan 25 jaar, moet lid zijn van een erkende zorgkas. Je betaalt elk jaar een zorgpremie. Met dat geld betaalt de Vlaamse sociale bescherming onder meer de zorgbudgetten.

Woon je in Brussel? Dan mag je vrijwillig lid worden.

## Waarom is dat belangrijk voor jou?

Alleen leden van een zorgkas kunnen een zorgbudget krijgen. Denk aan het zorgbudget voor zwaar zorgbehoevenden of het zorgbudget voor ouderen met een zorgnood. Als je je premie niet betaalt, kan je je recht op een zorgbudget verliezen.

## Hoeveel betaal je?

Sinds 1 januari 2024 is de zorgpremie € 62 per jaar. Heb je recht op een verhoogde tegemoetkoming? Dan betaal je € 31. Het bedrag wordt geregeld aangepast. Kijk het actuele bedrag na bij je zorgkas.

## Wanneer betaal je?

Betaal je premie vóór 30 april. Betaal je twee jaar niet? Dan kan je een boete krijgen van € 250. Met verhoogde tegemoetkoming is dat € 100. Ook deze bedragen kunnen veranderen. Vraag ze na bij je zorgkas.

## Even in cijfers

Ongeveer 4,5 miljoen mensen betalen de zorgpremie. Meer dan 300.000 mensen die zorg nodig hebben, krijgen een budget. In 2018 legde de Vlaamse overheid er ook ongeveer 500 miljoen euro belastinggeld bij.

## Waar kan je terecht?

Vaak is je zorgkas verbonden aan je ziekenfonds. Vraag daar na bij welke zorgkas je aangesloten bent en of je premie betaald is.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorgbudgetten-en-premies', 'rechten-en-geld'],
    sources: [
      { title: 'Zorgpremie – Helan', url: 'https://www.helan.be/nl/ons-aanbod/ziekenfonds/vlaamse-sociale-bescherming/zorgpremie/' },
      { title: 'Zorgpremie – LM Zorgkas', url: 'https://www.lm-ml.be/nl/zorg-ondersteuning/lm-zorgkas/zorgpremie' },
      { title: 'Vlaamse zorgpremie wordt tikkeltje duurder – Knack (2018)', url: 'https://www.knack.be/nieuws/gezondheid/vlaamse-zorgpremie-wordt-tikkeltje-duurder/article-normal-1408691.html' },
      { title: 'Waarom betalen we een Vlaamse zorgpremie? – VRT NWS (2018)', url: 'https://www.vrt.be/vrtnws/nl/2018/02/16/waarom-betalen-we-vlaamse-zorgpremie-/' },
    ],
    publishedAt: '2025-01-08',
    updatedAt: '2026-01-20',
    lastReviewedAt: '2026-01-20',
    reviewBy: '2027-01-20',
    related: ['zorgbudget-voor-zwaar-zorgbehoevenden', 'zorgbudget-voor-ouderen-met-een-zorgnood', 'zorgbudget-voor-mensen-met-een-handicap'],
    details: {
      level: 'vlaams',
      whoQualifies:
        'Verplicht voor iedereen ouder dan 25 jaar die in Vlaanderen woont; vrijwillig voor inwoners van Brussel. Alleen leden kunnen een zorgbudget krijgen.',
      amount:
        'Zorgpremie € 62 per jaar (€ 31 met verhoogde tegemoetkoming) sinds 1 januari 2024. Het bedrag wordt aangepast: kijk het actuele bedrag na bij je zorgkas.',
      howToApply: 'Sluit aan bij een erkende zorgkas en betaal je zorgpremie elk jaar vóór 30 april.',
      whereToApply: 'Een erkende zorgkas, vaak via je ziekenfonds.',
      validFrom: '2024-01-01',
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Rights: municipal carer premiums (amounts as found on the municipal pages; always re-check)
  // ---------------------------------------------------------------------------------------------
  {
    type: 'right',
    slug: 'mantelzorgpremie-geel',
    title: 'Mantelzorgpremie Geel',
    summary:
      'Woon je in Geel en zorg je voor iemand op hetzelfde adres? Dan kan je een mantelzorgpremie van € 200 per jaar aanvragen, vóór 31 oktober.',
    body: `## Wat is het?

De stad Geel geeft een mantelzorgpremie aan mensen die thuis zorgen voor iemand. Sinds 1 september 2019 gelden nieuwe regels.

## Hoeveel?

€ 200 per jaar. Dit bedrag kan intussen veranderd zijn. Kijk het na bij de stad Geel.

## Voor wie?

- Jij en de persoon voor wie je zorgt, wonen op hetzelfde adres.
- Het inkomen van het gezin is niet hoger dan een bepaalde grens. De bron noemt een basisgrens van € 1.790,25 per maand. Die grens wordt aangepast en kan afhangen van je gezin. Vraag de juiste grens na bij de stad.

Er kunnen nog andere voorwaarden zijn. Vraag ze na voor je een aanvraag doet.

## Hoe vraag je het aan?

Vraag de premie aan bij de stad Geel. Doe dat vóór 31 oktober. Vraag ook na of je elk jaar opnieuw moet aanvragen.

## Goed om te weten

Elke gemeente kiest zelf of ze een mantelzorgpremie geeft. Ook de voorwaarden en het bedrag verschillen van gemeente tot gemeente. Verhuis je of zorg je voor iemand in een andere gemeente? Kijk dan goed welke regels gelden.

Heb je nog vragen over steun als mantelzorger? Ook de sociale dienst van je ziekenfonds kan je helpen.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente'],
    sources: [{ title: 'Mantelzorgpremie – Stad Geel', url: 'https://www.geel.be/product/17/mantelzorgpremie' }],
    publishedAt: '2025-04-07',
    updatedAt: '2026-03-23',
    lastReviewedAt: '2026-03-23',
    reviewBy: '2027-03-23',
    related: ['mantelzorgbeleid-in-de-gemeente', 'mantelzorgpremie-meise', 'mantelzorgpremie-wuustwezel'],
    details: {
      level: 'gemeentelijk',
      whoQualifies:
        'Mantelzorgers in Geel die op hetzelfde adres wonen als de persoon voor wie ze zorgen, met een gezinsinkomen onder de grens (basisgrens in de bron: € 1.790,25 per maand, aangepast volgens de gezinssituatie).',
      amount: '€ 200 per jaar. Kan veranderd zijn: kijk het actuele bedrag na bij de stad Geel.',
      howToApply: 'Vraag de premie aan bij de stad, vóór 31 oktober.',
      whereToApply: 'Stad Geel.',
      validFrom: '2019-09-01',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgpremie-meise',
    title: 'Mantelzorgtoelage Meise',
    summary:
      'Woon je in Meise en help je iemand minstens drie dagen per week? Dan kan je een mantelzorgtoelage van € 30 per maand krijgen.',
    body: `## Wat is het?

De gemeente Meise geeft een mantelzorgtoelage aan mensen die regelmatig voor iemand zorgen.

## Hoeveel?

€ 30 per maand. Dit bedrag kan intussen veranderd zijn. Kijk het na bij de gemeente Meise.

## Voor wie?

Je helpt de persoon voor wie je zorgt minstens 3 dagen per week.

Op de pagina die wij gebruikten, staan niet alle voorwaarden. Er kunnen dus nog andere regels gelden. Denk aan regels over waar jij en de persoon voor wie je zorgt wonen, of over hoeveel zorg de persoon nodig heeft. Vraag alle voorwaarden na bij de gemeente voor je een aanvraag doet.

## Hoe vraag je het aan?

Neem contact op met de gemeente Meise. Daar hoor je welk formulier je nodig hebt en welke bewijzen je moet toevoegen.

## Goed om te weten

Elke gemeente kiest zelf of ze een premie geeft. Daarom verschillen de regels sterk. In sommige gemeenten gaat de premie naar de mantelzorger. In andere gemeenten gaat ze naar de persoon die zorg krijgt.

Krijg je een premie van de gemeente? Kijk dan ook of je recht hebt op andere steun, zoals een zorgbudget van de zorgkas of een erkenning als mantelzorger.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente'],
    sources: [
      { title: 'Mantelzorgtoelage – Gemeente Meise', url: 'https://www.meise.be/product/1121/mantelzorgtoelage' },
      { title: 'Gemeentelijke mantelzorgpremies – mijnzorgloket.be', url: 'http://www.mijnzorgloket.be/bundeling-info/gemeentelijke-mantelzorgpremies/' },
    ],
    // Review overdue on purpose: shows "stale" content in the demo.
    publishedAt: '2025-04-07',
    updatedAt: '2025-09-15',
    lastReviewedAt: '2025-09-15',
    reviewBy: '2026-09-15',
    related: ['mantelzorgbeleid-in-de-gemeente', 'mantelzorgpremie-kampenhout', 'mantelzorgpremie-londerzeel'],
    details: {
      level: 'gemeentelijk',
      whoQualifies: 'Mantelzorgers in Meise die minstens 3 dagen per week helpen. Vraag de volledige voorwaarden na bij de gemeente.',
      amount: '€ 30 per maand. Kan veranderd zijn: kijk het actuele bedrag na bij de gemeente Meise.',
      howToApply: 'Neem contact op met de gemeente Meise voor het aanvraagformulier en de nodige bewijzen.',
      whereToApply: 'Gemeente Meise.',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgpremie-kampenhout',
    title: 'Mantelzorgpremie Kampenhout',
    summary:
      'In Kampenhout kan je als mantelzorger € 25 per maand krijgen. Je vraagt de premie elk jaar aan. De gemeente betaalt ze twee keer per jaar uit.',
    body: `## Wat is het?

De gemeente Kampenhout geeft een premie aan mantelzorgers die zorgen voor iemand met een grote zorgnood.

## Hoeveel?

€ 25 per maand. De gemeente betaalt de premie twee keer per jaar uit. Dit bedrag kan intussen veranderd zijn. Kijk het na bij de gemeente Kampenhout.

## Voor wie?

De persoon voor wie je zorgt, moet veel zorg nodig hebben. De gemeente kijkt daarvoor naar bewijzen zoals:

- een zorgbudget voor zwaar zorgbehoevenden;
- minstens 12 punten op een schaal voor zelfredzaamheid;
- een zorgtoeslag in het Groeipakket voor een kind;
- een score van 18 of minder op de MMSE, een test voor geheugen en denken;
- categorie D op de Katz-schaal.

Dit zijn voorbeelden. Vraag de volledige lijst met voorwaarden na bij de gemeente.

## Hoe vraag je het aan?

Je vraagt de premie elk jaar opnieuw aan bij de gemeente Kampenhout. Voeg een bewijs toe dat de persoon voor wie je zorgt veel zorg nodig heeft.

## Goed om te weten

Gemeenten kiezen zelf of ze een mantelzorgpremie geven. De regels verschillen dus per gemeente.

Heeft de persoon voor wie je zorgt nog geen zorgbudget? Kijk dan of dat kan. Het zorgbudget geeft zelf een bedrag per maand. Het kan ook de deur openen naar de premie van de gemeente.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente', 'dementie'],
    sources: [{ title: 'Mantelzorgpremie – Gemeente Kampenhout', url: 'https://www.kampenhout.be/mantelzorgpremie' }],
    publishedAt: '2025-04-07',
    updatedAt: '2026-03-23',
    lastReviewedAt: '2026-03-23',
    reviewBy: '2027-03-23',
    related: ['mantelzorgbeleid-in-de-gemeente', 'zorgbudget-voor-zwaar-zorgbehoevenden', 'zorgen-voor-iemand-met-dementie'],
    details: {
      level: 'gemeentelijk',
      whoQualifies:
        'Mantelzorgers in Kampenhout die zorgen voor iemand met een grote zorgnood, aangetoond met bijvoorbeeld een zorgbudget voor zwaar zorgbehoevenden, minstens 12 punten zelfredzaamheid, een zorgtoeslag in het Groeipakket, een MMSE-score van 18 of minder of Katz-categorie D.',
      amount: '€ 25 per maand, twee keer per jaar uitbetaald. Kan veranderd zijn: kijk het actuele bedrag na bij de gemeente Kampenhout.',
      howToApply: 'Vraag de premie elk jaar opnieuw aan, met een bewijs van de zorgnood.',
      whereToApply: 'Gemeente Kampenhout.',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgpremie-londerzeel',
    title: 'Mantelzorgpremie Londerzeel',
    summary:
      'Woon je binnen 10 kilometer van de persoon voor wie je zorgt in Londerzeel? Dan kan je een mantelzorgpremie krijgen van maximaal € 25 per maand.',
    body: `## Wat is het?

De gemeente Londerzeel geeft een premie aan mantelzorgers. De gemeente voorziet daar elk jaar een budget voor.

## Hoeveel?

Maximaal € 25 per maand. Het precieze bedrag hangt af van het aantal aanvragen. De gemeente verdeelt het jaarbudget over alle geldige aanvragen. Zijn er veel aanvragen? Dan kan je bedrag lager liggen.

Ook het maximum kan intussen veranderd zijn. Kijk het na bij de gemeente Londerzeel.

## Voor wie?

Je woont op maximaal 10 kilometer van de persoon voor wie je zorgt.

Er kunnen nog andere voorwaarden zijn, bijvoorbeeld over de zorg die de persoon nodig heeft. Vraag alle voorwaarden na bij de gemeente.

## Hoe vraag je het aan?

Vraag de premie aan bij de gemeente Londerzeel. Vraag ook na tot wanneer je je aanvraag kan indienen en of je elk jaar opnieuw moet aanvragen.

## Goed om te weten

Elke gemeente beslist zelf over een mantelzorgpremie. De voorwaarden, het bedrag en wie de premie krijgt, verschillen. Soms gaat ze naar de mantelzorger, soms naar de persoon die zorg krijgt.

Woon je in een andere gemeente dan de persoon voor wie je zorgt? Vraag dan in beide gemeenten na welke regels gelden.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente'],
    sources: [{ title: 'Mantelzorgpremie – Gemeente Londerzeel', url: 'https://www.londerzeel.be/mantelzorgpremie' }],
    publishedAt: '2025-04-14',
    updatedAt: '2026-03-23',
    lastReviewedAt: '2026-03-23',
    reviewBy: '2027-03-23',
    related: ['mantelzorgbeleid-in-de-gemeente', 'mantelzorgpremie-meise', 'mantelzorgpremie-kampenhout'],
    details: {
      level: 'gemeentelijk',
      whoQualifies:
        'Mantelzorgers die op maximaal 10 kilometer wonen van de persoon in Londerzeel voor wie ze zorgen. Vraag de andere voorwaarden na bij de gemeente.',
      amount:
        'Maximaal € 25 per maand; het jaarbudget wordt verdeeld over alle geldige aanvragen. Kan veranderd zijn: kijk het na bij de gemeente Londerzeel.',
      howToApply: 'Dien een aanvraag in bij de gemeente en vraag na of je elk jaar opnieuw moet aanvragen.',
      whereToApply: 'Gemeente Londerzeel.',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgpremie-wuustwezel',
    title: 'Mantelzorgtoelage Wuustwezel',
    summary:
      'Zorg je in Wuustwezel thuis voor iemand van 60 jaar of ouder? Dan kan je een mantelzorgtoelage krijgen van € 50 per maand, of € 75 voor twee personen.',
    body: `## Wat is het?

De gemeente Wuustwezel geeft een mantelzorgtoelage aan mensen die thuis zorgen voor een oudere persoon.

## Hoeveel?

- € 50 per maand als je voor één persoon zorgt;
- € 75 per maand als je voor twee personen zorgt.

Deze bedragen kunnen intussen veranderd zijn. Kijk ze na bij de gemeente Wuustwezel.

## Voor wie?

- De persoon voor wie je zorgt, is minstens 60 jaar.
- Jullie wonen onder hetzelfde dak.
- De persoon komt in aanmerking voor de Vlaamse zorgverzekering. Die heet nu het zorgbudget voor zwaar zorgbehoevenden.

Vraag de volledige voorwaarden na bij de gemeente.

## Hoe vraag je het aan?

Vraag de toelage aan bij de gemeente Wuustwezel. Voeg een bewijs toe van het recht op het zorgbudget voor zwaar zorgbehoevenden.

## Goed om te weten

Heeft de persoon voor wie je zorgt nog geen zorgbudget? Vraag het dan eerst aan bij de zorgkas of de sociale dienst van het ziekenfonds. Dat zorgbudget is een apart bedrag per maand.

Gemeenten kiezen zelf of ze een premie geven en onder welke voorwaarden. Daarom ziet de premie er in elke gemeente anders uit.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente'],
    sources: [{ title: 'Mantelzorgtoelage – Gemeente Wuustwezel', url: 'https://www.wuustwezel.be/mantelzorgtoelage' }],
    publishedAt: '2025-04-14',
    updatedAt: '2026-06-08',
    lastReviewedAt: '2026-06-08',
    reviewBy: '2027-06-08',
    related: ['mantelzorgbeleid-in-de-gemeente', 'zorgbudget-voor-zwaar-zorgbehoevenden', 'mantelzorgpremie-geel'],
    details: {
      level: 'gemeentelijk',
      whoQualifies:
        'Mantelzorgers in Wuustwezel die onder hetzelfde dak wonen als een persoon van minstens 60 jaar die in aanmerking komt voor de zorgverzekering (zorgbudget voor zwaar zorgbehoevenden).',
      amount:
        '€ 50 per maand voor één persoon, € 75 per maand voor twee personen. Kan veranderd zijn: kijk het actuele bedrag na bij de gemeente Wuustwezel.',
      howToApply: 'Vraag de toelage aan bij de gemeente, met een bewijs van het recht op het zorgbudget voor zwaar zorgbehoevenden.',
      whereToApply: 'Gemeente Wuustwezel.',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgpremie-bonheiden',
    title: 'Mantelzorgpremie Bonheiden',
    summary:
      'In Bonheiden krijg je als mantelzorger een premie in de vorm van lokale cadeaubonnen: € 120 per jaar aan Rijmheidebons.',
    body: `## Wat is het?

De gemeente Bonheiden geeft mantelzorgers sinds 1 januari 2021 een premie. Je krijgt geen geld op je rekening, maar bonnen die je bij lokale handelaars kan gebruiken. Die bonnen heten Rijmheidebons.

## Hoeveel?

€ 120 per jaar aan Rijmheidebons. Dit bedrag kan intussen veranderd zijn. Kijk het na bij de gemeente Bonheiden.

## Voor wie?

Voor mantelzorgers die aan de voorwaarden van de gemeente voldoen. De pagina die wij gebruikten, geeft niet alle details. Vraag de voorwaarden na bij de gemeente. Vraag bijvoorbeeld:

- of jij of de persoon voor wie je zorgt in Bonheiden moet wonen;
- welk bewijs van zorgnood je nodig hebt;
- of je elk jaar opnieuw moet aanvragen.

## Hoe vraag je het aan?

Vraag de premie aan bij de gemeente Bonheiden.

## Goed om te weten

Een premie in lokale bonnen steunt jou als mantelzorger en ook de handelaars in je gemeente. Andere gemeenten betalen hun premie in geld uit, per maand of per jaar. Elke gemeente kiest zelf.

Kijk ook welke andere steun er is. Denk aan de zorgbudgetten van de zorgkas, respijtzorg om even op adem te komen, of de erkenning als mantelzorger.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente', 'lokaal-mantelzorgbeleid'],
    sources: [{ title: 'Mantelzorgpremie – Gemeente Bonheiden', url: 'https://www.bonheiden.be/mantelzorgpremie' }],
    publishedAt: '2025-04-14',
    updatedAt: '2026-06-08',
    lastReviewedAt: '2026-06-08',
    reviewBy: '2027-06-08',
    related: ['mantelzorgbeleid-in-de-gemeente', 'respijtzorg', 'mantelzorgpremie-geel'],
    details: {
      level: 'gemeentelijk',
      whoQualifies: 'Mantelzorgers die voldoen aan de voorwaarden van de gemeente Bonheiden. Vraag de volledige voorwaarden na bij de gemeente.',
      amount: '€ 120 per jaar in lokale bonnen (Rijmheidebons). Kan veranderd zijn: kijk het actuele bedrag na bij de gemeente Bonheiden.',
      howToApply: 'Vraag de premie aan bij de gemeente Bonheiden.',
      whereToApply: 'Gemeente Bonheiden.',
      validFrom: '2021-01-01',
    },
  },
  {
    type: 'right',
    slug: 'mantelzorgpremie-zwijndrecht',
    title: 'Mantelzorgpremie Zwijndrecht (tot eind 2024)',
    summary:
      'Zwijndrecht gaf mantelzorgers € 15 per maand. Sinds 2025 hoort Zwijndrecht bij Beveren-Kruibeke-Zwijndrecht. Vraag daar naar de regels die nu gelden.',
    body: `## Let op: deze regeling is voorbij

Op 1 januari 2025 zijn Beveren, Kruibeke en Zwijndrecht samengegaan in één gemeente: Beveren-Kruibeke-Zwijndrecht. De oude regeling van Zwijndrecht geldt daarom niet meer. Deze pagina bewaren we als achtergrond.

## Hoe zag de premie eruit?

- Zwijndrecht voerde de mantelzorgpremie in 2017 in.
- Mantelzorgers kregen € 15 per maand.
- In 2018 kregen 167 mantelzorgers de premie. Zij zorgden samen voor 122 mensen.
- De gemeente gaf er dat jaar minstens € 30.420 aan uit.

## Woon je in Zwijndrecht?

Vraag bij de gemeente Beveren-Kruibeke-Zwijndrecht of er nu een mantelzorgpremie is, en onder welke voorwaarden. Na een fusie maakt de nieuwe gemeente vaak nieuwe afspraken. Ga er dus niet van uit dat het oude bedrag of de oude voorwaarden nog gelden.

Het vroegere Beveren had ook een eigen regeling: een zorgpremie voor volwassenen. Het bedrag hing af van het aantal punten voor zorgnood. Ook die regeling kan veranderd zijn.

## Goed om te weten

Door de fusies van 2025 kunnen de regels in meer gemeenten veranderd zijn. Woon je in een gemeente die gefusioneerd is? Kijk dan altijd de regels van de nieuwe gemeente na.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente', 'lokaal-mantelzorgbeleid'],
    sources: [
      { title: '167 mantelzorgers krijgen premie – HLN (2018)', url: 'https://www.hln.be/regio/zwijndrecht/167-mantelzorgers-krijgen-premie~a450f6ef/' },
      { title: 'Gemeentelijke mantelzorgpremies – mijnzorgloket.be', url: 'http://www.mijnzorgloket.be/bundeling-info/gemeentelijke-mantelzorgpremies/' },
      { title: 'Fusies – VVSG', url: 'https://www.vvsg.be/kennisitem/vvsg/fusies' },
    ],
    publishedAt: '2025-02-17',
    updatedAt: '2026-01-26',
    lastReviewedAt: '2026-01-26',
    reviewBy: '2027-01-26',
    related: ['mantelzorgbeleid-in-de-gemeente', 'mantelzorgpremie-geel'],
    details: {
      level: 'gemeentelijk',
      whoQualifies: 'Mantelzorgers in het vroegere Zwijndrecht. Deze regeling geldt niet meer sinds de fusie van 1 januari 2025.',
      amount: '€ 15 per maand (oud bedrag). Vraag de huidige regeling na bij Beveren-Kruibeke-Zwijndrecht.',
      howToApply: 'Niet meer mogelijk. Vraag bij de gemeente Beveren-Kruibeke-Zwijndrecht naar de regeling die nu geldt.',
      whereToApply: 'Gemeente Beveren-Kruibeke-Zwijndrecht.',
      validUntil: '2024-12-31',
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Articles
  // ---------------------------------------------------------------------------------------------
  {
    type: 'article',
    slug: 'wat-is-een-mantelzorger',
    title: 'Wat is een mantelzorger?',
    summary:
      'Een mantelzorger helpt regelmatig iemand uit de eigen omgeving die zorg nodig heeft. Dat gebeurt zonder betaling en niet als beroep. Misschien ben jij er ook een.',
    body: `## Zorg je voor iemand?

Help je je partner, een ouder, een kind, een vriend of een buur die zorg nodig heeft? Doe je dat regelmatig, zonder dat je ervoor betaald wordt? Dan ben je mantelzorger.

De persoon voor wie je zorgt, heeft hulp nodig door leeftijd, ziekte of een handicap. Jij kent die persoon goed, of je woont dichtbij. Je helpt omdat je om die persoon geeft, niet omdat het je werk is.

## Je bent niet alleen

In 2021 gaf ongeveer 1 op de 3 volwassen Vlamingen op een of andere manier zorg aan iemand. Mantelzorgers zijn vaak partners en (schoon)dochters. Veel mantelzorgers hebben daarnaast een job. Ook kinderen en jongeren kunnen mantelzorger zijn. Dat noemen we jonge mantelzorgers.

## Zorg samen met professionals

Als mantelzorger sta je er niet alleen voor. Vaak zijn er ook professionele zorgverleners betrokken. Voor een officiële erkenning moet er minstens één professionele zorgverlener meehelpen.

## Laat je erkennen

Sinds 1 september 2020 kan je je officieel laten erkennen als mantelzorger. Dat doe je via je ziekenfonds. Er is een algemene erkenning en een erkenning met sociale rechten. Met die laatste kan je mantelzorgverlof nemen.

## Waar begin je?

- Stel je vragen aan de sociale dienst van je ziekenfonds.
- Sluit aan bij een vereniging voor mantelzorgers. Daar vind je informatie en lotgenoten.
- Zoek respijtzorg als je even op adem wil komen.`,
    audiences: ['mantelzorgers', 'professionals', 'onderwijs'],
    themes: ['erkenning-als-mantelzorger', 'samenwerken-met-professionals'],
    sources: [
      { title: 'Ben je mantelzorger? Vraag nu je officiële erkenning aan – Stad Antwerpen', url: 'https://www.antwerpen.be/nl/overzicht/district-antwerpen-1/senioren/ben-je-mantelzorger-vraag-nu-je-officiele-erkenning-aan' },
      { title: 'Feiten en cijfers – mantelzorgers.be', url: 'https://www.mantelzorgers.be/nl/feiten-en-cijfers' },
      { title: 'Mantelzorg – Kenniscentrum WWZ', url: 'https://www.kenniscentrumwwz.be/mantelzorg' },
    ],
    publishedAt: '2025-01-06',
    updatedAt: '2026-02-02',
    lastReviewedAt: '2026-02-02',
    reviewBy: '2027-02-02',
    related: ['erkenning-als-mantelzorger', 'jonge-mantelzorgers', 'waar-vind-je-steun-als-mantelzorger', 'verenigingen-voor-mantelzorgers'],
  },
  {
    type: 'article',
    slug: 'mantelzorg-in-cijfers',
    title: 'Mantelzorg in cijfers',
    summary:
      'Hoeveel mantelzorgers zijn er in Vlaanderen? Het antwoord hangt af van hoe je mantelzorg meet. Hier vind je de belangrijkste cijfers en wat ze betekenen.',
    body: `## Eerst dit: cijfers verschillen

Niet elk onderzoek meet mantelzorg op dezelfde manier. Telt één keer helpen mee, of alleen wekelijkse zorg? Daarom lopen de cijfers sterk uiteen. Kijk altijd welke definitie een bron gebruikt.

## Hoeveel mensen zorgen?

- **1 op de 3 volwassenen.** Volgens de Zorgenquête van 2021 gaf ongeveer 1 op de 3 volwassen Vlamingen een vorm van mantelzorg.
- **Regelmatige zorg.** De Studiedienst van de Vlaamse Regering kwam uit op 18% van de Vlamingen tussen 18 en 85 jaar die wekelijks of dagelijks zorgen. Dat zijn ongeveer 885.000 mensen.
- **Een rond getal.** Vaak lees je dat er 600.000 mantelzorgers zijn in Vlaanderen.
- **België.** Ongeveer 10% van de Belgen geeft minstens wekelijks mantelzorg. In Brussel is dat 18%.

## Geregistreerde mantelzorgers

Via de zorgverzekering werden in 2020 ongeveer 171.700 mantelzorgers geregistreerd. Zij zorgden voor ongeveer 148.800 mensen. Driekwart van die mensen had één mantelzorger.

## Wie zijn de mantelzorgers?

Vaak gaat het om partners en (schoon)dochters. De meesten zijn tussen 45 en 64 jaar. Het zijn vooral vrouwen.

## Mantelzorg en werk

Ongeveer 60% van de mantelzorgers heeft betaald werk. Dat zijn ongeveer 1 miljoen mensen.

## Jonge mantelzorgers

Ongeveer 5% van de jongeren tussen 11 en 18 jaar helpt minstens 4 uur per week thuis mee in de zorg.

## Zwaar belast

In een Europese studie uit 2014 was 28% van de mantelzorgers overbelast. In een Vlaams doctoraat uit 2018 was dat 40%.

De meeste cijfers zijn enkele jaren oud. Zoek voor recente cijfers op mantelzorgers.be.`,
    audiences: ['professionals', 'gemeenten', 'werkgevers'],
    themes: ['cijfers-en-beleid'],
    sources: [
      { title: 'Feiten en cijfers – mantelzorgers.be', url: 'https://www.mantelzorgers.be/nl/feiten-en-cijfers' },
      { title: 'Cijfers – Mantelzorgvriendelijk ondernemen', url: 'http://www.mantelzorgvriendelijkondernemen.be/context/cijfers' },
      { title: 'Ruim 170.000 Vlamingen geregistreerd als mantelzorger in 2020 – Katrien Schryvers', url: 'https://www.katrienschryvers.be/nieuws/ruim-170-000-vlamingen-geregistreerd-als-mantelzorger-in-2020/' },
      { title: 'Mantelzorg – Kenniscentrum WWZ', url: 'https://www.kenniscentrumwwz.be/mantelzorg' },
      { title: 'Extra aandacht voor mantelzorgers op de werkvloer – ABVV-experten', url: 'https://abvv-experten.be/combinatie-gezin-arbeid/extra-aandacht-voor-mantelzorgers-op-de-werkvloer/' },
      { title: 'Commissievergadering Welzijn, 6 maart 2018 – Vlaams Parlement', url: 'https://www.vlaamsparlement.be/commissies/commissievergaderingen/1236074/verslag/1237334' },
    ],
    // Review overdue on purpose: shows "stale" content in the demo.
    publishedAt: '2025-02-24',
    updatedAt: '2025-10-30',
    lastReviewedAt: '2025-10-30',
    reviewBy: '2026-10-30',
    related: ['werken-en-zorgen', 'jonge-mantelzorgers', 'overbelasting-voorkomen'],
  },
  {
    type: 'article',
    slug: 'vlaamse-mantelzorgplannen',
    title: 'De Vlaamse mantelzorgplannen',
    summary:
      'Vlaanderen maakte twee mantelzorgplannen: een voor 2016–2020 en een voor 2022–2024. Ze moesten mantelzorgers beter herkennen, erkennen en ondersteunen.',
    body: `## Het eerste plan: 2016–2020

In juli 2016 stelde minister Jo Vandeurzen het eerste Vlaams Mantelzorgplan voor. Het heette "Nabije zorg in een warm Vlaanderen". Het plan telde 110 actiepunten rond vier thema's:

- meer waardering en erkenning voor mantelzorgers in de samenleving;
- steun op maat;
- betere samenwerking tussen mantelzorgers en professionele zorg;
- aandacht voor jonge mantelzorgers.

In 2017 kwam er een Vlaams Expertisepunt Mantelzorg. De Vlaamse overheid trok € 300.000 uit om het op te starten. De website ging online op 16 maart 2018.

## Het tweede plan: 2022–2024

In 2021 werd het beleid geëvalueerd. Daarna kwam er een nieuw plan. De Vlaamse regering keurde het ontwerp goed op 29 april 2022 en het definitieve plan in december 2022. Minister Hilde Crevits was verantwoordelijk.

Het plan draaide rond drie woorden: **herkennen, erkennen en ondersteunen**. Er was 1 miljoen euro voor, uit het Vlaamse relanceplan. Daarmee liepen vijf projecten tot eind 2024, onder meer over:

- mantelzorg en werk;
- steun op momenten van overgang;
- jonge mantelzorgers;
- psychologische ondersteuning.

## Campagnes en vragen

In maart 2024 startten het Expertisepunt en de zes mantelzorgverenigingen de campagne #dahadikeffenodig. Ook de website mantelzorgers.be werd vernieuwd.

Voor de verkiezingen van 2024 schreven de verenigingen een memorandum. Ze vroegen onder meer dat rechten automatisch toegekend worden, dat mantelzorgers beter geregistreerd worden, meer betaalbare zorg en meer financiële steun.

## En nu?

Wat er na 2024 gebeurt, staat niet op deze pagina. Kijk voor het actuele beleid op mantelzorgers.be.`,
    audiences: ['professionals', 'gemeenten'],
    themes: ['cijfers-en-beleid'],
    sources: [
      { title: 'Vandeurzen richt Vlaams Expertisepunt Mantelzorg op – Knack (2017)', url: 'http://www.knack.be/nieuws/belgie/vandeurzen-richt-vlaams-expertisepunt-mantelzorg-op/article-normal-853777.html' },
      { title: 'Vlaams mantelzorgplan 2016–2020 – Kennisplein', url: 'https://www.kennisplein.be/sites/Vlaams%20Expertisepunt%20Mantelzorg/Pages/Vlaams%20mantelzorgplan%202016%20-2020.aspx' },
      { title: 'Het nieuw Vlaams mantelzorgplan is een feit – VIVEL', url: 'https://www.vivel.be/nl/nieuws/het-nieuw-vlaams-mantelzorgplan-is-een-feit/' },
      { title: 'Vlaams mantelzorgplan 2022–2024 – mantelzorgers.be', url: 'https://www.mantelzorgers.be/nl/nieuws/vlaams-mantelzorgplan-2022-2024' },
      { title: 'Nieuwe website bundelt informatie voor mantelzorgers – HBVL (2018)', url: 'http://www.hbvl.be/cnt/dmf20180316_03412291/nieuwe-website-bundelt-informatie-voor-mantelzorgers' },
      { title: 'Campagne #dahadikeffenodig vraagt erkenning voor mantelzorgers – Vlaamse Ouderenraad', url: 'https://www.vlaamse-ouderenraad.be/actualiteit/welzijn-zorg/campagne-dahadikeffenodig-vraagt-erkenning-voor-mantelzorgers' },
      { title: 'Memorandum Vlaams Mantelzorgplatform – mantelzorgers.be', url: 'https://www.mantelzorgers.be/nl/nieuws/memorandum-vlaams-mantelzorgplatform' },
    ],
    // Review overdue on purpose: shows "stale" content in the demo.
    publishedAt: '2025-02-24',
    updatedAt: '2025-06-20',
    lastReviewedAt: '2025-06-20',
    reviewBy: '2026-06-20',
    related: ['verenigingen-voor-mantelzorgers', 'jonge-mantelzorgers', 'mantelzorgvriendelijk-werkgeverschap'],
  },
  {
    type: 'article',
    slug: 'verenigingen-voor-mantelzorgers',
    title: 'De erkende verenigingen voor mantelzorgers',
    summary:
      'In Vlaanderen en Brussel zijn zes verenigingen erkend die opkomen voor mantelzorgers en zorgvragers. Ze geven informatie, vorming en contact met lotgenoten.',
    body: `## Zes erkende verenigingen

De Vlaamse overheid erkent zes verenigingen van gebruikers en mantelzorgers in Vlaanderen en Brussel. Meer dan zes mag niet. Er kunnen dus geen nieuwe verenigingen bij komen. De regels staan in het Woonzorgdecreet. Als er budget is, krijgen de verenigingen elk jaar subsidies. Zorginspectie houdt toezicht.

## Wat doen ze voor jou?

- Ze geven hun leden informatie.
- Ze brengen je in contact met lotgenoten en geven vorming.
- Ze maken mensen bewust van mantelzorg.
- Ze geven advies aan de overheid en komen op voor jouw belangen.
- Ze melden knelpunten aan de overheid.

Lid worden is gratis voor mensen die thuiszorg of ouderenzorg gebruiken, en voor hun mantelzorgers. Toch is maar ongeveer 1 op de 10 mantelzorgers lid van zo'n organisatie.

## Samen sterker

De zes verenigingen werken samen in het Vlaams Mantelzorgplatform. Samen met SAM vzw richtte het platform in 2017 het Vlaams Expertisepunt Mantelzorg op. Sinds 2020 hoort het Expertisepunt bij VIVEL.

## Welke verenigingen?

In 2023 ondertekenden deze organisaties samen de campagne voor de Dag van de Mantelzorg:

- Samana, verbonden met CM;
- OKRA-ZORGRECHT, een dienst van seniorenbeweging OKRA;
- Coponcho, door de Socialistische Mutualiteit Brabant voorgesteld als haar mantelzorgvereniging;
- Liever Thuis LM, dat samenwerkt met de Liberale Mutualiteit;
- Mantelzorgnetwerk;
- Steunpunt Mantelzorg.

Namen van verenigingen veranderen soms. Kijk de actuele lijst na op mantelzorgers.be.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorg-voor-jezelf', 'cijfers-en-beleid'],
    sources: [
      { title: 'Verenigingen van gebruikers en mantelzorgers – Zorg en Gezondheid', url: 'https://zorg-en-gezondheid.be/per-domein/thuiszorg/verenigingen-van-gebruikers-en-mantelzorgers' },
      { title: 'Vereniging van gebruikers en mantelzorgers – vlaanderen.be', url: 'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/vereniging-van-gebruikers-en-mantelzorgers' },
      { title: 'Over ons – mantelzorgers.be', url: 'https://www.mantelzorgers.be/nl/over-ons' },
      { title: 'Dag van de mantelzorger – Rakastan', url: 'https://www.rakastan.be/dag-van-de-mantelzorger/' },
      { title: 'Eerste mantelzorgcafé in Vilvoorde – RINGtv', url: 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde' },
      { title: 'Mantelzorg – Socialistische Mutualiteit Brabant', url: 'https://www.fsmb.be/nl/mantelzorg' },
    ],
    publishedAt: '2025-03-03',
    updatedAt: '2026-04-27',
    lastReviewedAt: '2026-04-27',
    reviewBy: '2027-04-27',
    related: ['waar-vind-je-steun-als-mantelzorger', 'overbelasting-voorkomen', 'dag-van-de-mantelzorg'],
  },
  {
    type: 'article',
    slug: 'respijtzorg',
    title: 'Respijtzorg: even op adem komen',
    summary:
      "Respijtzorg neemt de zorg even van je over. Zo kan je rusten, werken of iets voor jezelf doen. Er zijn vormen overdag, 's nachts en voor langere tijd.",
    body: `## Waarom respijtzorg?

Zorgen kan zwaar zijn. Onderzoek uit 2018 toont dat overbelasting vaak samenhangt met te weinig respijtzorg. Wacht dus niet te lang om hulp te vragen.

## Overdag

- **Dagverzorgingscentrum.** Vooral voor mensen van 65 jaar of ouder. Ze krijgen er verzorging, een maaltijd, activiteiten en steun. Elke gemeente moet er minstens één kunnen hebben. Een deel van de zorgkosten loopt via de zorgkas.
- **Oppashulp.** Een vrijwilliger blijft bij de persoon voor wie je zorgt. Die houdt toezicht en gezelschap, maar geeft geen verpleegkundige zorg.

## 's Nachts

- **Professionele nachtzorg.** Iemand blijft de hele nacht wakker en kan ook zorg geven.
- **Vrijwillige nachtoppas.** Een vrijwilliger slaapt bij jullie en zorgt voor aanwezigheid en veiligheid.
- **Nachthotel of nachtopvang.** De persoon slaapt in een voorziening en is overdag weer thuis. Vraag ernaar bij je gemeente of OCMW.

Je vraagt nachtzorg aan via de oppasdienst van je ziekenfonds of een dienst voor gezinszorg.

## Voor langere tijd

- **Kortverblijf.** Een tijdelijk verblijf in een woonzorgcentrum, dag en nacht of alleen 's nachts. Vooral voor mensen van 65 jaar of ouder. Maximaal 60 dagen na elkaar en 90 dagen per jaar in hetzelfde centrum.
- **Vakantie met zorg.** Samana organiseert bijvoorbeeld vakanties waarbij zorg voorzien is.

## Wat kost het?

De prijs verschilt per dienst en per gemeente. Enkele voorbeelden van gemeentelijke websites:

- oppashulp overdag: € 3,46 per uur, minimum 2 uur (Halle);
- vrijwillige nachtoppas via een ziekenfonds: € 24,30 tot € 26 per nacht;
- professionele nachtzorg: € 30 per nacht (Oud-Heverlee);
- kortverblijf: € 70,93 per dag in een eenpersoonskamer (Maaseik).

Deze bedragen kunnen intussen veranderd zijn. Kijk de actuele prijs na bij de dienst of je gemeente.`,
    audiences: ['mantelzorgers', 'professionals', 'gemeenten'],
    themes: ['respijtzorg', 'zorg-voor-jezelf'],
    sources: [
      { title: 'Dagverzorgingscentra – VVSG', url: 'https://www.vvsg.be/kennisitem/vvsg/dagverzorgingscentra' },
      { title: 'Programmatie van dagverzorgingscentra – Zorg en Gezondheid', url: 'https://www.zorg-en-gezondheid.be/programmatie-van-dagverzorgingscentra' },
      { title: 'Thuiszorg: oppasdienst – Stad Halle', url: 'https://www.digitaalsociaalhuis.be/halle/PDC_Halle/Producten/T/Thuiszorg_Oppasdienst' },
      { title: 'Nachtzorg – Palliatieve Zorg Vlaanderen', url: 'https://palliatievezorgvlaanderen.be/patient-mantelzorger/waar-kan-ik-terecht/nachtzorg/' },
      { title: 'Nachtzorg – Gemeente Oud-Heverlee', url: 'https://www.oud-heverlee.be/product/205/nachtzorg' },
      { title: 'Nachtzorg, nachtoppas, nachthotel – Gemeente Merksplas', url: 'https://www.merksplas.be/Nachtzorg%20nachtoppas%20nachthotel/default.aspx?ID=662' },
      { title: 'Aanvraag opname kortverblijf woonzorgcentrum – Stad Maaseik', url: 'https://www.maaseik.be/aanvraag-opname-kortverblijf-woonzorgcentrum' },
      { title: 'Centrum voor kortverblijf – Gemeente Hechtel-Eksel', url: 'https://www.hechtel-eksel.be/centrum-voor-kortverblijf-2' },
      { title: 'Samana Vakanties – brochure', url: 'https://issuu.com./samanavzw/docs/18_047_brochure_verstandbeperking20' },
    ],
    publishedAt: '2025-01-13',
    updatedAt: '2026-07-06',
    lastReviewedAt: '2026-07-06',
    reviewBy: '2027-07-06',
    related: ['overbelasting-voorkomen', 'zorgen-voor-iemand-met-dementie', 'waar-vind-je-steun-als-mantelzorger'],
  },
  {
    type: 'article',
    slug: 'jonge-mantelzorgers',
    title: 'Jonge mantelzorgers',
    summary:
      'Zorg jij thuis mee voor iemand die ziek is, een handicap heeft of verslaafd is? Dan ben je een jonge mantelzorger. Je bent zeker niet de enige.',
    body: `## Wie is een jonge mantelzorger?

Een jonge mantelzorger is een kind of jongere die opgroeit met een gezinslid dat ziek is, een handicap heeft of een verslaving heeft. Vlaanderen spreekt van jonge mantelzorgers tot 24 jaar. Sommige bronnen gaan tot 25 jaar.

Misschien help je met koken, poetsen of boodschappen. Of je let op een broer of zus. Of je bent er gewoon voor iemand die het moeilijk heeft. Ook dat is zorg.

## Je bent niet alleen

- Ongeveer 21% van de Vlaamse jongeren tussen 11 en 18 jaar woont samen met iemand met een langdurige ziekte of handicap. Dat zijn ongeveer 119.000 jongeren.
- Ongeveer 5% helpt minstens 4 uur per week mee. Dat zijn meer dan 27.000 jongeren.
- Bij jongeren van 12 tot 16 jaar is dat 4,7%. In Nederland is dat 3%.

## Een groep die lang onzichtbaar was

Jonge mantelzorgers kregen lang weinig aandacht. In juni 2021 verscheen het rapport "Je bent jong en … je zorgt". Het Departement Welzijn, Volksgezondheid en Gezin maakte het samen met Statistiek Vlaanderen en de Universiteit Gent. Ook in de Vlaamse mantelzorgplannen zijn jonge mantelzorgers een apart thema.

## Waar kan je terecht?

- Praat met iemand op school die je vertrouwt.
- Het CAW is er voor iedereen, welke vraag je ook hebt.
- Steunpunt Mantelzorg werkt rond jonge mantelzorgers.

Je zorgt voor iemand anders. Maar ook jij mag hulp vragen.`,
    audiences: ['mantelzorgers', 'onderwijs', 'professionals'],
    themes: ['jonge-mantelzorgers'],
    sources: [
      { title: 'Jonge mantelzorgers waren te lang een onzichtbare groep – Weliswaar', url: 'https://weliswaar.be/kinderen-jongeren/jonge-mantelzorgers-waren-te-lang-een-onzichtbare-groep' },
      { title: 'Ook jonge mantelzorgers moeten de aandacht en steun krijgen die ze verdienen – Wouter Beke', url: 'http://www.wouterbeke.be/nieuws/ook-jonge-mantelzorgers-moeten-de-aandacht-en-steun-krijgen-die-ze-verdienen/' },
      { title: 'Je bent jong en … je zorgt (rapport, 2021)', url: 'https://5dok.net/document/q05xjdg9-bent-jong-zorgt.html' },
      { title: 'Commissievergadering over jonge mantelzorgers – Vlaams Parlement', url: 'https://www.vlaamsparlement.be/commissies/commissievergaderingen/1338939/verslag/1341926' },
      { title: 'Nieuws – Steunpunt Mantelzorg', url: 'https://steunpuntmantelzorg.be/category/nieuws/' },
    ],
    publishedAt: '2025-03-24',
    updatedAt: '2026-09-07',
    lastReviewedAt: '2026-09-07',
    reviewBy: '2027-09-07',
    related: ['jonge-mantelzorgers-op-school', 'wat-is-een-mantelzorger', 'zorgen-voor-iemand-met-psychische-problemen'],
  },
  {
    type: 'article',
    slug: 'werken-en-zorgen',
    title: 'Werken en zorgen: hoe combineer je het?',
    summary:
      'Veel mantelzorgers hebben ook een job. Er bestaan verlofregelingen en premies die je helpen om werk en zorg samen te doen.',
    body: `## Je bent niet de enige

Volgens de Zorgenquête van 2021 heeft ongeveer 60% van de Vlaamse mantelzorgers betaald werk. Dat zijn ongeveer 1 miljoen mensen. Van hen werkt 61,7% voltijds en 29,3% deeltijds. Andere bronnen zeggen dat 1 op de 5 werkende Vlamingen mantelzorger is.

## Welke verloven bestaan er?

Via de RVA kan je een thematisch verlof nemen. Je krijgt dan een uitkering.

- **Mantelzorgverlof**: als je erkend bent als mantelzorger met sociale rechten.
- **Verlof voor medische bijstand**: voor een ernstig ziek gezins- of familielid.
- **Palliatief verlof**: voor iemand in de laatste levensfase.
- **Ouderschapsverlof**: voor je kind jonger dan 12 jaar.

Je kan telkens voltijds stoppen, halftijds werken of 1/5 minder werken.

## Extra steun van Vlaanderen

- Werk je in de Vlaamse openbare sector, zoals het onderwijs of een gemeente? Dan kan je **Vlaams zorgkrediet** opnemen.
- Werk je in de privésector of de social profit? Dan kan je soms een **aanmoedigingspremie** krijgen bovenop je RVA-uitkering. Vraag die aan binnen 6 maanden na de start van je verlof.

De bedragen van uitkeringen en premies worden elk jaar aangepast. Kijk ze na bij de RVA of de Vlaamse overheid.

## Praat erover

Je werkgever weet misschien niet dat je voor iemand zorgt. Een goed gesprek kan helpen om afspraken te maken. Let op: in een onderneming met minder dan 10 werknemers moet je werkgever akkoord gaan met verlof voor medische bijstand. Palliatief verlof mag je werkgever nooit weigeren.

## Meer info

Op mantelzorgvriendelijkondernemen.be vind je informatie over werk en mantelzorg.`,
    audiences: ['mantelzorgers', 'werkgevers'],
    themes: ['werk-en-mantelzorg', 'verlof-om-te-zorgen', 'beleid-voor-werkgevers'],
    sources: [
      { title: 'Extra aandacht voor mantelzorgers op de werkvloer – ABVV-experten', url: 'https://abvv-experten.be/combinatie-gezin-arbeid/extra-aandacht-voor-mantelzorgers-op-de-werkvloer/' },
      { title: 'Nieuws – VIVEL', url: 'https://www.vivel.be/nl/nieuws/author/vivel/' },
      { title: 'Verlof voor mantelzorg – RVA', url: 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg' },
      { title: 'Voorwaarden voor de aanmoedigingspremie in de social profit – vlaanderen.be', url: 'https://www.vlaanderen.be/nl/werk/loopbaan/voorwaarden-voor-de-aanmoedigingspremie-de-socialprofitsector' },
    ],
    publishedAt: '2025-05-05',
    updatedAt: '2026-05-04',
    lastReviewedAt: '2026-05-04',
    reviewBy: '2027-05-04',
    related: ['mantelzorgverlof', 'vlaams-zorgkrediet', 'aanmoedigingspremie-bij-zorgverlof', 'mantelzorgvriendelijk-werkgeverschap'],
  },
  {
    type: 'article',
    slug: 'eerstelijnszones-en-zorgraden',
    title: 'Eerstelijnszones en zorgraden',
    summary:
      'Vlaanderen is ingedeeld in eerstelijnszones. In elke zone brengt een zorgraad zorgverleners, welzijn, lokale besturen en mantelzorgers samen.',
    body: `## Wat is een eerstelijnszone?

De eerste lijn is de zorg en hulp dicht bij huis. Denk aan de huisarts, de thuisverpleging of de sociale dienst. Vlaanderen is opgedeeld in eerstelijnszones. Er waren er 60, elk met minstens 60.000 inwoners. Door de gemeentefusies is de indeling vanaf 1 januari 2025 herbekeken. De actuele kaart vind je bij het Departement Zorg.

## Wat doet een zorgraad?

Elke eerstelijnszone heeft een zorgraad. Die zorgt onder meer voor:

- goede afspraken tussen zorgverleners en de mensen die zorg nodig hebben, hun mantelzorgers en vrijwilligers;
- steun aan het geïntegreerd breed onthaal, waar OCMW, ziekenfondsen en CAW samenwerken;
- informatie voor de Sociale Kaart, waar je hulp in je buurt kan opzoeken.

## Wie zit erin?

Een zorgraad brengt vier groepen samen:

- zorg;
- welzijn;
- lokale besturen;
- PZON, de groep waarin onder meer mantelzorgorganisaties zitten.

Mantelzorgers hebben dus een eigen stem in de zorgraad.

## VIVEL

Het Vlaams Instituut voor de Eerste Lijn (VIVEL) is sinds 1 mei 2019 erkend als partnerorganisatie voor de eerste lijn. VIVEL ondersteunt de zorgraden. Sinds 2020 hoort ook het Vlaams Expertisepunt Mantelzorg bij VIVEL.

## Wat betekent dit voor jou?

- **Ben je zorgverlener?** Betrek mantelzorgers als partners. De zorgraad kan helpen om afspraken in je regio te maken.
- **Werk je bij een gemeente?** Lokale besturen zijn een vaste partner in de zorgraad. Zo kan je mantelzorg mee op de agenda zetten.`,
    audiences: ['professionals', 'gemeenten'],
    themes: ['samenwerken-met-professionals', 'lokaal-mantelzorgbeleid'],
    sources: [
      { title: 'Eerstelijnszones en zorgraden – Departement Zorg', url: 'https://www.departementzorg.be/nl/eerstelijnszones-en-zorgraden' },
      { title: 'Zorgraad ELZ Dender – eerstelijnszone.be', url: 'https://www.eerstelijnszone.be/zorgraad-elz-dender' },
      { title: 'Regionaal Zorgplatform Kempen', url: 'https://www.rzpkempen.be/kopie-van-privacy-verklaring' },
      { title: 'Over VIVEL', url: 'https://www.vivel.be/en/over-vivel/' },
    ],
    publishedAt: '2025-05-12',
    updatedAt: '2026-08-17',
    lastReviewedAt: '2026-08-17',
    reviewBy: '2027-08-17',
    related: ['waar-vind-je-steun-als-mantelzorger', 'mantelzorgbeleid-in-de-gemeente', 'vlaamse-mantelzorgplannen'],
  },
  {
    type: 'article',
    slug: 'waar-vind-je-steun-als-mantelzorger',
    title: 'Waar vind je steun als mantelzorger?',
    summary:
      'Je hoeft het niet alleen te doen. Het ziekenfonds, het CAW, het OCMW en de mantelzorgverenigingen helpen je op weg met vragen over zorg, rechten en geld.',
    body: `## Je eerste aanspreekpunten

- **De sociale dienst van je ziekenfonds.** Hier vraag je de erkenning als mantelzorger aan. Je kan er ook terecht voor een zorgbudget, en voor oppas of nachtzorg via de diensten van je ziekenfonds.
- **Een regionaal dienstencentrum.** Ook daar kan je als mantelzorger terecht met je vragen.
- **Een erkende mantelzorgvereniging.** Zij geven informatie en vorming, en brengen je in contact met lotgenoten.
- **Het CAW.** De centra algemeen welzijnswerk bestaan sinds een decreet van 1997. Ze zijn er voor iedereen, wat je situatie of achtergrond ook is.
- **Het OCMW van je gemeente.** Daar kan je bijvoorbeeld het zorgbudget voor ouderen aanvragen of vragen naar nachtopvang.

## Samen onder één dak: het geïntegreerd breed onthaal

Het OCMW, de sociale diensten van de ziekenfondsen en het CAW werken samen in het geïntegreerd breed onthaal. Het doel: iedereen krijgt de rechten waar hij recht op heeft. De zorgraad van je eerstelijnszone ondersteunt die samenwerking.

## Lotgenoten ontmoeten

In verschillende gemeenten zijn er mantelzorgcafés. Daar praat je met andere mantelzorgers. In Vilvoorde startte het eerste mantelzorgcafé in 2022. In Merchtem organiseerden verenigingen er al in 2018 een. Vraag bij je gemeente of er een in je buurt is.

## Hulp in je buurt zoeken

Op de Sociale Kaart vind je diensten in je buurt. De zorgraden helpen om die informatie actueel te houden.

## Tip

Schrijf je vragen op voor je op gesprek gaat. Neem ook de gegevens mee van de persoon voor wie je zorgt. Dan kan de medewerker je sneller helpen.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['samenwerken-met-professionals', 'zorg-voor-jezelf', 'rechten-en-geld'],
    sources: [
      { title: 'Mantelzorg – Kenniscentrum WWZ', url: 'https://www.kenniscentrumwwz.be/mantelzorg' },
      { title: 'Een laagdrempelig aanbod voor iedereen – Weliswaar', url: 'https://weliswaar.be/welzijn-zorg/een-laagdrempelig-aanbod-voor-iedereen-ongeacht-situatie-achtergrond' },
      { title: 'Zorgraad ELZ Dender – eerstelijnszone.be', url: 'https://www.eerstelijnszone.be/zorgraad-elz-dender' },
      { title: 'Zorgbudget voor ouderen met een zorgnood – Gemeente Brasschaat', url: 'https://www.brasschaat.be/zorgbudget-voor-ouderen-met-een-zorgnood' },
      { title: 'Eerste mantelzorgcafé in Vilvoorde – RINGtv', url: 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde' },
      { title: 'Mantelzorgcafé Merchtem zet mantelzorgers in de bloemetjes – RINGtv', url: 'http://www.ringtv.be/nieuws/mantelzorgcaf%C3%A9-merchtem-zet-mantelzorgers-de-bloemetjes' },
    ],
    publishedAt: '2025-01-06',
    updatedAt: '2026-06-22',
    lastReviewedAt: '2026-06-22',
    reviewBy: '2027-06-22',
    related: ['verenigingen-voor-mantelzorgers', 'eerstelijnszones-en-zorgraden', 'erkenning-als-mantelzorger', 'respijtzorg'],
  },
  {
    type: 'article',
    slug: 'dag-van-de-mantelzorg',
    title: 'Dag van de Mantelzorg: 23 juni',
    summary:
      'Elk jaar op 23 juni zet Vlaanderen mantelzorgers in de kijker. Gemeenten, verenigingen, werkgevers en scholen kunnen die dag tonen dat ze mantelzorgers waarderen.',
    body: `## Wat is het?

Op 23 juni is het in Vlaanderen de Dag van de Mantelzorg. Die dag is er om mantelzorgers te bedanken en te tonen hoe belangrijk ze zijn. De datum blijft elk jaar dezelfde. In 2022 viel de dag op een donderdag, in 2023 op een vrijdag.

Let op: in Nederland valt de Dag van de Mantelzorg in november. Dat is een andere dag.

## Wie doet mee?

In 2023 riepen het Vlaams Expertisepunt Mantelzorg en de mantelzorgverenigingen samen op om mantelzorgers te waarderen. Ook veel gemeenten organiseren iets, bijvoorbeeld Zaventem.

In 2022 klonk op die dag de oproep: laat je officieel erkennen als mantelzorger.

## Wat kan jij doen?

**Ben je mantelzorger?** Neem de dag als aanleiding om even stil te staan bij jezelf. Vraag bij je ziekenfonds naar de erkenning als mantelzorger. Of ga naar een activiteit in je gemeente.

**Werk je bij een gemeente?** Bedank de mantelzorgers in je gemeente. Geef uitleg over de mantelzorgpremie, respijtzorg en de erkenning.

**Ben je werkgever?** Vertel je medewerkers welke verloven er bestaan om te zorgen. Laat zien dat ze erover mogen praten.

**Werk je in een school?** De dag valt net voor de zomervakantie. Het is een goed moment om in de klas te praten over zorgen voor elkaar, en om jonge mantelzorgers te laten merken dat ze gezien worden.`,
    audiences: ['mantelzorgers', 'gemeenten', 'werkgevers', 'onderwijs'],
    themes: ['lokaal-mantelzorgbeleid', 'cijfers-en-beleid'],
    sources: [
      { title: 'Dag van de mantelzorgers – Gemeente Zaventem', url: 'https://www.zaventem.be/dag-van-de-mantelzorgers' },
      { title: 'Dag van de Mantelzorg: laat u officieel registreren – KW (2022)', url: 'https://kw.be/nieuws/samenleving/dag-van-de-mantelzorg-laat-u-officieel-registreren/' },
      { title: 'Dag van de mantelzorger – Rakastan (2023)', url: 'https://www.rakastan.be/dag-van-de-mantelzorger/' },
      { title: 'Liever Thuis LM', url: 'http://lieverthuislm.be/' },
      { title: 'Dag van de Mantelzorg (Nederland) – Fundament Losser', url: 'https://www.fundamentlosser.nl/sociaal-werk/steunpunt/dag-van-de-mantelzorg/' },
    ],
    publishedAt: '2025-06-02',
    updatedAt: '2026-06-01',
    lastReviewedAt: '2026-06-01',
    reviewBy: '2027-06-01',
    related: ['verenigingen-voor-mantelzorgers', 'mantelzorgbeleid-in-de-gemeente', 'erkenning-als-mantelzorger'],
  },
  {
    type: 'article',
    slug: 'zorgen-voor-iemand-met-dementie',
    title: 'Zorgen voor iemand met dementie',
    summary:
      'Zorg je voor iemand met dementie? Dan kan je rekenen op respijtzorg, zorgbudgetten en steun van andere mantelzorgers. Zo houd je het langer vol.',
    body: `## Een zorg die lang kan duren

Zorg je voor je partner, een ouder of iemand anders met dementie? Dan ben je mantelzorger. Die zorg kan lang duren en veel van je vragen. Zoek dus op tijd hulp, ook als het nu nog lukt.

## Even op adem komen

- **Dagverzorgingscentrum.** De persoon met dementie krijgt er overdag verzorging, een maaltijd, activiteiten en steun. Jij hebt dan tijd voor jezelf of voor je werk.
- **Oppashulp.** Een vrijwilliger blijft bij de persoon en houdt toezicht en gezelschap. Dat kan overdag of 's nachts.
- **Nachtzorg.** Slaap je slecht omdat je 's nachts moet opletten? Vraag dan naar nachtzorg of nachtopvang.
- **Kortverblijf.** De persoon verblijft een tijdje in een woonzorgcentrum, bijvoorbeeld als jij op vakantie gaat.

## Geld en rechten

- **Zorgbudget voor zwaar zorgbehoevenden.** Woont de persoon thuis? Dan wordt via het ziekenfonds of de zorgkas gemeten hoeveel zorg nodig is.
- **Zorgbudget voor ouderen met een zorgnood.** Voor mensen van 65 jaar of ouder met een beperkt inkomen.
- **Mantelzorgpremie van je gemeente.** Sommige gemeenten kijken naar de uitslag van een test voor geheugen en denken. Kampenhout aanvaardt bijvoorbeeld een MMSE-score van 18 of minder als bewijs.
- **Erkenning als mantelzorger.** Met een erkenning met sociale rechten kan je mantelzorgverlof nemen.

## Praat erover

Je hoeft het niet alleen te dragen. Ga langs bij de sociale dienst van je ziekenfonds. Sluit aan bij een mantelzorgvereniging. Of zoek een mantelzorgcafé in je buurt. Daar ontmoet je mensen die begrijpen wat je meemaakt.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['dementie', 'respijtzorg'],
    sources: [
      { title: 'Dagverzorgingscentra – VVSG', url: 'https://www.vvsg.be/kennisitem/vvsg/dagverzorgingscentra' },
      { title: 'Thuiszorg: oppasdienst – Gemeente Lievegem', url: 'https://lievegem.be/thuiszorg-oppasdienst' },
      { title: 'Nachtzorg – Palliatieve Zorg Vlaanderen', url: 'https://palliatievezorgvlaanderen.be/patient-mantelzorger/waar-kan-ik-terecht/nachtzorg/' },
      { title: 'Mantelzorgpremie – Gemeente Kampenhout', url: 'https://www.kampenhout.be/mantelzorgpremie' },
      { title: 'Mantelzorg – Kenniscentrum WWZ', url: 'https://www.kenniscentrumwwz.be/mantelzorg' },
    ],
    publishedAt: '2025-07-07',
    updatedAt: '2026-09-21',
    lastReviewedAt: '2026-09-21',
    reviewBy: '2027-09-21',
    related: ['respijtzorg', 'zorgbudget-voor-zwaar-zorgbehoevenden', 'mantelzorgpremie-kampenhout', 'overbelasting-voorkomen'],
  },
  {
    type: 'article',
    slug: 'zorg-in-de-laatste-levensfase',
    title: 'Zorgen voor iemand in de laatste levensfase',
    summary:
      "Zorg je voor iemand die niet lang meer te leven heeft? Dan kan je verlof nemen en hulp krijgen, ook 's nachts. Zo kan je er zijn wanneer het telt.",
    body: `## Er zijn wanneer het telt

Zorgen voor iemand die ongeneeslijk ziek is, vraagt veel tijd en energie. Je wil er zijn. Tegelijk moet je ook aan jezelf denken. Er bestaan regelingen die je daarbij helpen.

## Tijd vrijmaken van je werk

- **Palliatief verlof.** Je kan je werk onderbreken of minder werken om te zorgen voor iemand die terminaal ziek is. Die persoon hoeft geen familie te zijn. Je werkgever mag het verlof niet weigeren. Je bent beschermd tegen ontslag tot 3 maanden na het verlof.
- **Verlof voor medische bijstand.** Voor een ernstig ziek gezins- of familielid. Dit verlof kan langer duren.
- **Vlaams zorgkrediet.** Werk je in de Vlaamse openbare sector? Dan kan je zorgkrediet opnemen voor palliatieve zorg.

Je krijgt een uitkering. De bedragen worden elk jaar aangepast. Kijk ze na bij de RVA of de Vlaamse overheid.

## Hulp 's nachts

De nachten zijn vaak het zwaarst. Er zijn drie vormen van nachtzorg:

- **Professionele nachtzorg.** Iemand blijft de hele nacht wakker en kan zorg geven.
- **Vrijwillige nachtoppas.** Een vrijwilliger blijft slapen en is er voor aanwezigheid en veiligheid.
- **Nachthotel.** De persoon slaapt in een voorziening.

Vraag nachtzorg aan via de oppasdienst van je ziekenfonds of een dienst voor gezinszorg.

## Na het overlijden

Was je erkend als mantelzorger met sociale rechten? Die erkenning stopt bij het overlijden van de persoon voor wie je zorgde.

Geef jezelf daarna ook tijd. Praat met mensen die je vertrouwt, of met lotgenoten in een mantelzorgvereniging.`,
    audiences: ['mantelzorgers', 'professionals', 'werkgevers'],
    themes: ['levenseinde', 'verlof-om-te-zorgen'],
    sources: [
      { title: 'Nachtzorg – Palliatieve Zorg Vlaanderen', url: 'https://palliatievezorgvlaanderen.be/patient-mantelzorger/waar-kan-ik-terecht/nachtzorg/' },
      { title: 'Palliatief verlof – belgium.be', url: 'https://www.belgium.be/nl/werk/loopbaanbeheer/verlof_en_loopbaanonderbrekingen/tijdskrediet_en_loopbaanonderbreking/palliatief_verlof/' },
      { title: 'Vlaams zorgkrediet – Vlaamse overheid', url: 'https://overheid.vlaanderen.be/zorgkrediet' },
      { title: 'Wanneer eindigt een erkenning als mantelzorger? – SAM', url: 'https://www.reseau-sam.be/nl/nuttige-info/wanneer-eindigt-een-erkenning-als-mantelzorger' },
    ],
    publishedAt: '2025-08-18',
    updatedAt: '2026-10-05',
    lastReviewedAt: '2026-10-05',
    reviewBy: '2027-10-05',
    related: ['palliatief-verlof', 'verlof-voor-medische-bijstand', 'respijtzorg'],
  },
  {
    type: 'article',
    slug: 'zorgen-voor-iemand-met-psychische-problemen',
    title: 'Zorgen voor iemand met psychische problemen of een verslaving',
    summary:
      'Zorg je voor iemand met psychische problemen of een verslaving? Ook dan ben je mantelzorger. Er is steun voor jou, en ook voor kinderen en jongeren in het gezin.',
    body: `## Ook dit is mantelzorg

Niet alle zorg is zichtbaar. Misschien zorg je voor een partner, kind of ouder met psychische problemen of een verslaving. Je houdt een oogje in het zeil, je regelt dingen of je bent er gewoon. Ook dan ben je mantelzorger.

## Denk ook aan de kinderen

Groeit een kind of jongere op met een gezinslid met een verslaving of een ziekte? Dan kan die jongere een jonge mantelzorger zijn. Het Vlaamse beleid noemt die groep uitdrukkelijk. Scholen en hulpverleners kunnen helpen om die jongeren te zien.

## Welke rechten zijn er?

- **Erkenning als mantelzorger.** De persoon voor wie je zorgt, moet hulp nodig hebben door leeftijd, gezondheid of een handicap. Vraag bij je ziekenfonds of jouw situatie in aanmerking komt.
- **Zorgbudget voor zwaar zorgbehoevenden.** Wie in een erkend psychiatrisch verzorgingstehuis woont, heeft daar automatisch recht op. Woont de persoon thuis? Dan wordt via het ziekenfonds of de zorgkas gemeten hoeveel zorg nodig is.

## Steun voor jezelf

- Het **CAW** is er voor iedereen, wat je situatie ook is.
- De **sociale dienst van je ziekenfonds** helpt je met vragen over rechten en hulp.
- Een **mantelzorgvereniging** brengt je in contact met lotgenoten.

Het Vlaams Mantelzorgplan 2022–2024 had een apart project over psychologische ondersteuning.

## Let op jezelf

Veel mantelzorgers raken overbelast. Voel je je zelf niet goed? Wacht dan niet. Praat erover met een zorgverlener die je vertrouwt, of met het CAW. Hulp vragen is geen teken van zwakte.`,
    audiences: ['mantelzorgers', 'professionals', 'onderwijs'],
    themes: ['psychische-kwetsbaarheid', 'zorg-voor-jezelf', 'jonge-mantelzorgers'],
    sources: [
      { title: 'Jonge mantelzorgers waren te lang een onzichtbare groep – Weliswaar', url: 'https://weliswaar.be/kinderen-jongeren/jonge-mantelzorgers-waren-te-lang-een-onzichtbare-groep' },
      { title: 'Een laagdrempelig aanbod voor iedereen – Weliswaar', url: 'https://weliswaar.be/welzijn-zorg/een-laagdrempelig-aanbod-voor-iedereen-ongeacht-situatie-achtergrond' },
      { title: 'Zwaar zorgbehoevenden – Gemeente Gingelom', url: 'https://www.gingelom.be/zwaar-zorgbehoevenden' },
      { title: 'Het nieuw Vlaams mantelzorgplan is een feit – VIVEL', url: 'https://www.vivel.be/nl/nieuws/het-nieuw-vlaams-mantelzorgplan-is-een-feit/' },
    ],
    publishedAt: '2025-09-08',
    updatedAt: '2026-10-12',
    lastReviewedAt: '2026-10-12',
    reviewBy: '2027-10-12',
    related: ['jonge-mantelzorgers', 'overbelasting-voorkomen', 'waar-vind-je-steun-als-mantelzorger'],
  },
  {
    type: 'article',
    slug: 'mantelzorgbeleid-in-de-gemeente',
    title: 'Mantelzorgbeleid in de gemeente',
    summary:
      'Veel gemeenten geven een mantelzorgpremie, maar de regels verschillen sterk. Wat kan een lokaal bestuur nog doen voor mantelzorgers?',
    body: `## De mantelzorgpremie

Een gemeente mag een mantelzorgpremie geven, maar het hoeft niet. Elke gemeente kiest zelf de voorwaarden, het bedrag en wie de premie krijgt: de mantelzorger of de persoon die zorg krijgt. Ook de regels over waar je moet wonen, verschillen.

- In mei 2018 gaf 78% van de Vlaamse gemeenten een premie, volgens cijfers van Steunpunt Mantelzorg.
- Cijfers van Samana kwamen uit op ongeveer 75%.
- 77% van de mantelzorgers vindt de informatie over premies verwarrend.
- De bedragen lopen sterk uiteen. De krant De Morgen vond zelfs een premie van € 4.

Deze cijfers zijn enkele jaren oud, en bedragen kunnen veranderen. Kijk de actuele regels altijd na bij de gemeente zelf. Samana maakt een overzicht van de premies in bijna alle Vlaamse gemeenten: de brochure "Een mantelzorgpremie in elke gemeente".

## Fusies van 2025

Op 1 januari 2025 fusioneerden verschillende gemeenten. De regels van de oude gemeenten gelden dan niet automatisch meer. Maak duidelijke nieuwe afspraken en communiceer ze goed.

## Meer dan een premie

- **Dagverzorging.** Elke gemeente moet minstens één dagverzorgingscentrum kunnen hebben.
- **Geïntegreerd breed onthaal.** Het OCMW werkt samen met de ziekenfondsen en het CAW, zodat inwoners hun rechten krijgen.
- **Ontmoeting.** Een mantelzorgcafé brengt mantelzorgers samen. Zorgbedrijf Vilvoorde startte er een in 2022.
- **Samenwerking.** Lokale besturen zitten mee in de zorgraad van de eerstelijnszone.
- **Waardering.** Zet mantelzorgers in de kijker op de Dag van de Mantelzorg, op 23 juni.

## Tips voor je premie

Steunpunt Mantelzorg gaf gemeenten tips om van hun premie een echt voordeel voor mantelzorgers te maken. Houd de voorwaarden eenvoudig en leg ze in duidelijke taal uit.`,
    audiences: ['gemeenten', 'professionals'],
    themes: ['lokaal-mantelzorgbeleid', 'mantelzorgpremie-gemeente'],
    sources: [
      { title: 'Gemeentelijke mantelzorgpremie: hoe maak je er een voordeel van voor je mantelzorgers? – Steunpunt Mantelzorg (2019)', url: 'https://steunpuntmantelzorg.be/2019/05/13/gemeentelijke-mantelzorgpremie-hoe-maak-je-er-een-voordeel-van-voor-je-mantelzorgers/' },
      { title: 'N-VA vraagt opnieuw mantelzorgpremie – Heusden-Zolder', url: 'https://heusden-zolder.eu/n-va-vraagt-opnieuw-mantelzorgpremie.aspx' },
      { title: 'Een mantelzorgpremie in elke gemeente – Samana', url: 'https://www.samana.be/document/een-mantelzorgpremie-in-elke-gemeente/' },
      { title: 'Fusies – VVSG', url: 'https://www.vvsg.be/bestuur/samenwerking-verzelfstandiging/fusies' },
      { title: 'Programmatie van dagverzorgingscentra – Zorg en Gezondheid', url: 'https://www.zorg-en-gezondheid.be/programmatie-van-dagverzorgingscentra' },
      { title: 'Eerste mantelzorgcafé in Vilvoorde – RINGtv', url: 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde' },
    ],
    publishedAt: '2025-04-07',
    updatedAt: '2026-07-20',
    lastReviewedAt: '2026-07-20',
    reviewBy: '2027-07-20',
    related: ['mantelzorgpremie-geel', 'mantelzorgpremie-zwijndrecht', 'eerstelijnszones-en-zorgraden', 'dag-van-de-mantelzorg'],
  },
  {
    type: 'article',
    slug: 'mantelzorgvriendelijk-werkgeverschap',
    title: 'Mantelzorg op de werkvloer: wat kan je als werkgever doen?',
    summary:
      'Ongeveer 1 op de 5 werkende Vlamingen is mantelzorger. Als werkgever kan je hen helpen om werk en zorg te combineren. Dat is goed voor hen en voor je organisatie.',
    body: `## Waarom is dit belangrijk?

Ongeveer 1 op de 5 werkende Vlamingen zorgt voor iemand. Van alle mantelzorgers heeft ongeveer 60% betaald werk, en de meesten werken voltijds. De kans is dus groot dat er ook in jouw team mantelzorgers zijn. Misschien weet je het niet, omdat ze er niet over praten.

Het Vlaams Mantelzorgplan 2022–2024 had daarom een apart project over mantelzorg en werk. Op mantelzorgvriendelijkondernemen.be vind je informatie voor werkgevers.

## Wat zegt de wet?

- **Palliatief verlof** mag je niet weigeren. Je medewerker is beschermd tegen ontslag tot 3 maanden na het verlof.
- **Verlof voor medische bijstand.** Heb je minder dan 10 werknemers? Dan moet je akkoord gaan. Heb je minder dan 50 werknemers? Dan kan het maximum de helft zijn.
- **Mantelzorgverlof** kan je medewerker nemen met een erkenning als mantelzorger met sociale rechten. Dat kan voltijds, halftijds of 1/5.

## Extra steun voor je medewerkers

- In de privésector en de social profit kunnen medewerkers soms een Vlaamse aanmoedigingspremie krijgen bovenop hun RVA-uitkering.
- In de Vlaamse openbare sector, zoals gemeenten en het onderwijs, bestaat het Vlaams zorgkrediet.

## Wat kan je doen?

- Vertel je medewerkers welke verloven en premies er bestaan. Mantelzorgverlof is nog weinig bekend.
- Maak het bespreekbaar. Laat weten dat medewerkers over hun zorgtaken mogen praten.
- Zoek samen naar oplossingen, zoals aangepaste uren of tijdelijk minder werken.
- Duid een aanspreekpunt aan dat de regels kent.

Zo houd je goede medewerkers aan boord, ook als het thuis even zwaar is.`,
    audiences: ['werkgevers', 'professionals'],
    themes: ['beleid-voor-werkgevers', 'werk-en-mantelzorg'],
    sources: [
      { title: 'Werkgevers moeten meer aandacht hebben voor de mantelzorgers op hun werkvloer – Knack', url: 'https://www.knack.be/nieuws/belgie/werkgevers-moeten-meer-aandacht-hebben-voor-de-mantelzorgers-op-hun-werkvloer/article-opinion-1409871.html' },
      { title: 'Nieuws – VIVEL', url: 'https://www.vivel.be/nl/nieuws/author/vivel/' },
      { title: 'Extra aandacht voor mantelzorgers op de werkvloer – ABVV-experten', url: 'https://abvv-experten.be/combinatie-gezin-arbeid/extra-aandacht-voor-mantelzorgers-op-de-werkvloer/' },
      { title: 'Mantelzorgverlof moet bekender en flexibeler worden – Nahima Lanjri', url: 'https://www.nahima.be/nieuws/mantelzorgverlof-moet-bekender-en-flexibeler-worden/' },
      { title: 'Wat te doen bij loopbaanonderbreking voor thuiszorg – CM', url: 'https://www.cm.be/nl/wat-te-doen-bij-loopbaanonderbreking-voor-thuiszorg' },
    ],
    publishedAt: '2025-05-05',
    updatedAt: '2026-08-31',
    lastReviewedAt: '2026-08-31',
    reviewBy: '2027-08-31',
    related: ['werken-en-zorgen', 'mantelzorgverlof', 'palliatief-verlof', 'aanmoedigingspremie-bij-zorgverlof'],
  },
  {
    type: 'article',
    slug: 'jonge-mantelzorgers-op-school',
    title: 'Jonge mantelzorgers in de klas',
    summary:
      'In bijna elke klas zit een leerling die thuis mee zorgt voor een ziek gezinslid. Als school kan je die jongeren herkennen en steunen.',
    body: `## Meer jonge mantelzorgers dan je denkt

Ongeveer 5% van de Vlaamse jongeren tussen 11 en 18 jaar helpt minstens 4 uur per week mee in de zorg thuis. In een klas van 20 leerlingen is dat gemiddeld één leerling. Nog veel meer jongeren wonen samen met iemand met een langdurige ziekte of handicap: ongeveer 21%.

Een jonge mantelzorger groeit op met een gezinslid dat ziek is, een handicap heeft of verslaafd is. In het Vlaamse beleid gaat het om jongeren tot 24 jaar. Ook hogescholen en universiteiten hebben dus jonge mantelzorgers.

## Lang onzichtbaar

Jonge mantelzorgers bleven lang een onzichtbare groep. Leerkrachten zien hun leerlingen elke dag. Daarom is de school een belangrijke plek om hen op te merken.

## Samen naar een mantelzorgvriendelijke school

Het Vlaams Mantelzorgplan 2022–2024 had een project rond jonge mantelzorgers, met de naam "Samen naar een mantelzorgvriendelijke school". Ook Steunpunt Mantelzorg werkt rond jonge mantelzorgers.

## Wat kan je als school doen?

- Praat in de klas over zorgen voor elkaar. Zo wordt het thema gewoon.
- Zorg voor een vast aanspreekpunt bij wie leerlingen terechtkunnen.
- Maak afspraken op maat, bijvoorbeeld over taken of toetsen als het thuis zwaar is.
- Verwijs door naar hulp buiten de school, zoals het CAW.
- Betrek het leerlingenbegeleidingsteam.

## Zelf zorgen?

Ook leerkrachten kunnen mantelzorger zijn. Personeel in het onderwijs kan Vlaams zorgkrediet opnemen om minder te werken en te zorgen.`,
    audiences: ['onderwijs', 'professionals'],
    themes: ['school-en-jonge-mantelzorgers', 'jonge-mantelzorgers'],
    sources: [
      { title: 'Jonge mantelzorgers waren te lang een onzichtbare groep – Weliswaar', url: 'https://weliswaar.be/kinderen-jongeren/jonge-mantelzorgers-waren-te-lang-een-onzichtbare-groep' },
      { title: 'Ook jonge mantelzorgers moeten de aandacht en steun krijgen die ze verdienen – Wouter Beke', url: 'http://www.wouterbeke.be/nieuws/ook-jonge-mantelzorgers-moeten-de-aandacht-en-steun-krijgen-die-ze-verdienen/' },
      { title: 'Nieuws – VIVEL', url: 'https://www.vivel.be/nl/nieuws/author/vivel/' },
      { title: 'Nieuws – Steunpunt Mantelzorg', url: 'https://steunpuntmantelzorg.be/category/nieuws/' },
      { title: 'Zorgkrediet in het onderwijs – Edulex', url: 'https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14977' },
    ],
    publishedAt: '2025-09-01',
    updatedAt: '2026-09-07',
    lastReviewedAt: '2026-09-07',
    reviewBy: '2027-09-07',
    related: ['jonge-mantelzorgers', 'vlaams-zorgkrediet', 'zorgen-voor-iemand-met-psychische-problemen'],
  },
  {
    type: 'article',
    slug: 'overbelasting-voorkomen',
    title: 'Zorg ook voor jezelf: overbelasting voorkomen',
    summary:
      'Veel mantelzorgers raken overbelast. Respijtzorg, lotgenoten en hulp van professionals helpen je om het vol te houden. Vraag op tijd hulp.',
    body: `## Veel mantelzorgers raken overbelast

Zorgen doe je vaak met je hart. Maar het kan ook zwaar worden. In een Europese studie uit 2014 was 28% van de mantelzorgers overbelast. In een Vlaams doctoraat uit 2018 was dat zelfs 40%. Overbelasting hangt vaak samen met te weinig momenten om op adem te komen.

## Neem tijd voor jezelf

Respijtzorg neemt de zorg even van je over. Zo heb je tijd om te rusten of iets voor jezelf te doen.

- overdag: een dagverzorgingscentrum of oppashulp;
- 's nachts: nachtzorg, een nachtoppas of nachtopvang;
- voor een langere tijd: kortverblijf in een woonzorgcentrum of een vakantie met zorg.

## Praat met lotgenoten

Andere mantelzorgers begrijpen wat je meemaakt. In een mantelzorgcafé kan je hen ontmoeten. De erkende mantelzorgverenigingen organiseren contact met lotgenoten en geven vorming. Lid worden is gratis voor mensen die thuiszorg of ouderenzorg gebruiken en voor hun mantelzorgers. Toch is maar ongeveer 1 op de 10 mantelzorgers lid.

## Laat je helpen

- Vraag bij de sociale dienst van je ziekenfonds welke hulp er is.
- Kijk of de persoon voor wie je zorgt recht heeft op een zorgbudget. Dat geld kan helpen om hulp te betalen.
- Werk je? Bekijk welke verloven er bestaan om tijdelijk minder te werken.

## Zorg delen

Je hoeft niet alles alleen te doen. Een persoon die zorg nodig heeft, kan meer dan één mantelzorger hebben. Vraag familie, vrienden of buren of ze een deel van de zorg willen opnemen. Zo staat niet alles op jouw schouders.`,
    audiences: ['mantelzorgers', 'professionals'],
    themes: ['zorg-voor-jezelf', 'respijtzorg'],
    sources: [
      { title: 'Commissievergadering Welzijn, 6 maart 2018 – Vlaams Parlement', url: 'https://www.vlaamsparlement.be/commissies/commissievergaderingen/1236074/verslag/1237334' },
      { title: 'Verenigingen van gebruikers en mantelzorgers – Zorg en Gezondheid', url: 'https://zorg-en-gezondheid.be/per-domein/thuiszorg/verenigingen-van-gebruikers-en-mantelzorgers' },
      { title: 'Eerste mantelzorgcafé in Vilvoorde – RINGtv', url: 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde' },
      { title: 'Mantelzorg – Kenniscentrum WWZ', url: 'https://www.kenniscentrumwwz.be/mantelzorg' },
      { title: 'Het mantelzorgstatuut – Coponcho', url: 'https://www.coponcho.be/het-mantelzorgstatuut/' },
    ],
    publishedAt: '2025-10-06',
    updatedAt: '2026-10-26',
    lastReviewedAt: '2026-10-26',
    reviewBy: '2027-10-26',
    related: ['respijtzorg', 'verenigingen-voor-mantelzorgers', 'waar-vind-je-steun-als-mantelzorger'],
  },
];
