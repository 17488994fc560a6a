/**
 * Demo data of the directory: the six recognised carer associations with the contacts the fact sheet
 * gives (../shared/facts/mantelzorg-vlaanderen.md, section 1), the municipal carer premiums of its
 * section 5 (leaving out municipalities merged since), and fictional local services across the five
 * Flemish provinces and Brussels. Fictional listings say so in their description and their source;
 * their addresses ("Voorbeeldstraat") and e-mail addresses (example.org) do not exist.
 */
import type { Db, Tx } from '../database.js';
import * as directory from '../../directory/directory.service.js';
import * as places from '../../places/places.service.js';
import type { AreaInput, DirectoryInput, LocationInput, OrganizationInput, OrganizationKind, ScheduleInput, ServiceInput } from '../../directory/directory.service.js';

type Area = { municipalities: string[] } | { province: string } | { regions: ('Vlaanderen' | 'Brussel')[] };

interface SeedService {
  slug: string;
  name: string;
  description: string;
  kinds: string[];
  audiences: string[];
  area: Area;
  fees?: string;
  apply?: string;
  eligibility?: string;
  url?: string;
  email?: string;
  /** weekly hours: [byday, opens, closes]; or monthly: [byday like '1TU', opens, closes, 'MONTHLY'] */
  hours?: [string, string, string, ('WEEKLY' | 'MONTHLY')?][];
  hoursNote?: string;
  lastVerifiedOn: string;
  atLocation?: boolean;
  /** when the service was written from another page than its organisation */
  source?: { title: string; url: string };
}

interface SeedOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string;
  email?: string;
  phone?: string;
  sourceTitle: string;
  sourceUrl: string | null;
  lastVerifiedOn: string;
  /** a fictional address in a municipality (by slug): no coordinates, so the municipality's centre is used */
  location?: { name: string; street: string; postcode: string; municipality: string };
  services: SeedService[];
}

const FICTIONAL = 'Fictief voorbeeld voor de demo (geen bestaande organisatie)';
const BOTH: Area = { regions: ['Vlaanderen', 'Brussel'] };

const associations: SeedOrganization[] = [
  {
    key: 'samana',
    name: 'Samana',
    kind: 'carer_association',
    description:
      'Samana is een van de zes erkende verenigingen van gebruikers en mantelzorgers in Vlaanderen en Brussel. Tot 2016 heette ze Ziekenzorg CM. Ze hoort bij het christelijke netwerk en werkt samen met CM: wie lid is van CM, is automatisch lid van Samana. Volgens Samana zelf is ze sinds 1999 erkend door de Vlaamse overheid.',
    website: 'https://www.samana.be/',
    email: 'mantelzorg@samana.be',
    sourceTitle: 'Samana: voor mantelzorgers',
    sourceUrl: 'https://www.samana.be/mantelzorger/',
    lastVerifiedOn: '2026-11-02',
    services: [
      {
        slug: 'samana-info-en-steun-voor-mantelzorgers',
        name: 'Info, advies en lotgenotencontact voor mantelzorgers',
        description:
          'Samana informeert mantelzorgers over hun rechten, brengt hen samen met andere mantelzorgers en geeft vorming. Lidmaatschap van een erkende vereniging is gratis voor wie thuiszorg of ouderenzorg gebruikt en voor hun mantelzorgers.',
        kinds: ['informatie-en-advies', 'lotgenotencontact', 'vorming'],
        audiences: ['mantelzorgers', 'chronisch-zieken'],
        area: BOTH,
        fees: 'Gratis voor leden. Ben je lid van CM, dan ben je automatisch lid van Samana.',
        apply: 'Mail naar mantelzorg@samana.be of kijk op de website voor een afdeling in je buurt.',
        email: 'mantelzorg@samana.be',
        url: 'https://www.samana.be/mantelzorger/',
        lastVerifiedOn: '2026-11-02',
      },
      {
        slug: 'samana-vakanties-met-zorg',
        name: 'Vakanties met zorg',
        description:
          'Samana organiseert vakanties voor mensen die zorg nodig hebben, met verzorging ter plaatse. Zo kan de mantelzorger even op adem komen, of samen mee op vakantie gaan.',
        kinds: ['respijtzorg'],
        audiences: ['mantelzorgers', 'chronisch-zieken', 'personen-met-een-handicap'],
        area: BOTH,
        apply: 'Vraag de vakantiebrochure aan bij Samana.',
        url: 'https://www.samana.be/mantelzorger/',
        lastVerifiedOn: '2026-11-02',
        source: { title: 'Samana Vakanties: brochure', url: 'https://issuu.com./samanavzw/docs/18_047_brochure_verstandbeperking20' },
      },
    ],
  },
  {
    key: 'okra-zorgrecht',
    name: 'OKRA-ZORGRECHT',
    kind: 'carer_association',
    description:
      'OKRA-ZORGRECHT is een dienst van OKRA, de christelijke beweging voor senioren. De dienst werd begin 2010 erkend als vereniging van gebruikers en mantelzorgers en werkt samen met CM en Samana. Hij komt op voor ouderen die zorg nodig hebben en voor hun mantelzorgers.',
    website: 'https://www.okra.be/',
    sourceTitle: 'OKRA: OKRA-ZORGRECHT',
    sourceUrl: 'http://regio.okra.be/page?orl=8357&ssn=&lng=1&pge=17988',
    lastVerifiedOn: '2026-10-20',
    services: [
      {
        slug: 'okra-zorgrecht-advies-over-rechten',
        name: 'Advies over rechten en regelingen voor ouderen en mantelzorgers',
        description:
          'OKRA-ZORGRECHT helpt ouderen en hun mantelzorgers hun weg te vinden in rechten, premies en zorg, en signaleert knelpunten aan de overheid.',
        kinds: ['informatie-en-advies', 'financiele-steun'],
        audiences: ['ouderen', 'mantelzorgers'],
        area: BOTH,
        apply: 'Neem contact op via de website van OKRA.',
        lastVerifiedOn: '2026-10-20',
      },
    ],
  },
  {
    key: 'liever-thuis-lm',
    name: 'Liever Thuis LM',
    kind: 'carer_association',
    description:
      'Liever Thuis LM vzw is de erkende vereniging voor mantelzorgers en zorgbehoevenden uit het liberale netwerk. Ze werkt samen met de Liberale Mutualiteit.',
    website: 'http://lieverthuislm.be/',
    email: 'lieverthuis@lm.be',
    phone: '02 542 87 09',
    sourceTitle: 'Liever Thuis LM',
    sourceUrl: 'http://lieverthuislm.be/',
    lastVerifiedOn: '2026-09-15',
    services: [
      {
        slug: 'liever-thuis-lm-info-en-vorming',
        name: 'Info en vorming voor mantelzorgers',
        description: 'Liever Thuis LM geeft mantelzorgers informatie, vorming en een plek om ervaringen te delen.',
        kinds: ['informatie-en-advies', 'vorming', 'lotgenotencontact'],
        audiences: ['mantelzorgers'],
        area: BOTH,
        apply: 'Bel 02 542 87 09 of mail naar lieverthuis@lm.be.',
        email: 'lieverthuis@lm.be',
        lastVerifiedOn: '2026-09-15',
      },
    ],
  },
  {
    key: 'coponcho',
    name: 'Coponcho',
    kind: 'carer_association',
    description:
      'De Socialistische Mutualiteit Brabant stelt Coponcho voor als "onze mantelzorgvereniging". Coponcho verstuurt vier keer per jaar een nieuwsbrief aan meer dan 6.000 abonnees. Mogelijk is Coponcho de nieuwe naam van S-Plus Mantelzorg; dat konden we nog niet bevestigen.',
    website: 'https://www.coponcho.be/',
    sourceTitle: 'Socialistische Mutualiteit Brabant: mantelzorg',
    sourceUrl: 'https://www.fsmb.be/nl/mantelzorg',
    lastVerifiedOn: '2026-10-05',
    services: [
      {
        slug: 'coponcho-nieuwsbrief-en-info',
        name: 'Nieuwsbrief en info over het mantelzorgstatuut',
        description: 'Coponcho legt uit wat de erkenning als mantelzorger inhoudt en houdt mantelzorgers op de hoogte met een nieuwsbrief, vier keer per jaar.',
        kinds: ['informatie-en-advies'],
        audiences: ['mantelzorgers'],
        area: BOTH,
        url: 'https://www.coponcho.be/het-mantelzorgstatuut/',
        apply: 'Schrijf je in voor de nieuwsbrief op de website.',
        lastVerifiedOn: '2026-10-05',
      },
    ],
  },
  {
    key: 'steunpunt-mantelzorg',
    name: 'Steunpunt Mantelzorg',
    kind: 'carer_association',
    description:
      'Steunpunt Mantelzorg ondersteunt mantelzorgers en zet jonge mantelzorgers in de kijker, onder meer met een project in De Warmste Week. Bij welk netwerk de vereniging hoort, vonden we nog niet bevestigd.',
    website: 'https://steunpuntmantelzorg.be/',
    sourceTitle: 'Steunpunt Mantelzorg: nieuws',
    sourceUrl: 'https://steunpuntmantelzorg.be/category/nieuws/',
    lastVerifiedOn: '2026-10-12',
    services: [
      {
        slug: 'steunpunt-mantelzorg-info-en-jonge-mantelzorgers',
        name: 'Info voor mantelzorgers en steun voor jonge mantelzorgers',
        description: 'Informatie en advies voor mantelzorgers, met aandacht voor kinderen en jongeren die thuis zorgen.',
        kinds: ['informatie-en-advies'],
        audiences: ['mantelzorgers', 'jonge-mantelzorgers'],
        area: BOTH,
        url: 'https://steunpuntmantelzorg.be/',
        lastVerifiedOn: '2026-10-12',
      },
    ],
  },
  {
    key: 'mantelzorgnetwerk',
    name: 'Mantelzorgnetwerk',
    kind: 'carer_association',
    description:
      'Mantelzorgnetwerk stond in 2023 mee achter de campagne voor de Dag van de Mantelzorg, samen met de andere erkende verenigingen. Mogelijk heet de vereniging nu Ons Zorgnetwerk; dat is nog niet bevestigd.',
    sourceTitle: 'Rakastan: Dag van de Mantelzorger',
    sourceUrl: 'https://www.rakastan.be/dag-van-de-mantelzorger/',
    lastVerifiedOn: '2026-08-30',
    services: [
      {
        slug: 'mantelzorgnetwerk-campagnes-en-info',
        name: 'Campagnes en info voor mantelzorgers',
        description: 'Mantelzorgnetwerk komt samen met de andere verenigingen op voor mantelzorgers, bijvoorbeeld op de Dag van de Mantelzorg op 23 juni.',
        kinds: ['informatie-en-advies'],
        audiences: ['mantelzorgers'],
        area: BOTH,
        lastVerifiedOn: '2026-08-30',
      },
    ],
  },
];

const local: SeedOrganization[] = [
  // ---- Antwerpen ----
  {
    key: 'dvc-de-linde-geel',
    name: 'Dagverzorgingscentrum De Linde',
    kind: 'day_care_centre',
    description: `${FICTIONAL}. Een dagverzorgingscentrum in Geel voor ouderen die thuis wonen en overdag zorg en gezelschap nodig hebben.`,
    email: 'de-linde@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-10-28',
    location: { name: 'De Linde', street: 'Voorbeeldstraat 12', postcode: '2440', municipality: 'geel' },
    services: [
      {
        slug: 'dagopvang-de-linde-geel',
        name: 'Dagopvang voor ouderen in De Linde',
        description:
          'Overdag verzorging, maaltijden, activiteiten en een luisterend oor voor ouderen die thuis wonen, ook voor mensen met dementie. De mantelzorger kan intussen werken of rusten.',
        kinds: ['dagopvang', 'respijtzorg'],
        audiences: ['ouderen', 'personen-met-dementie', 'mantelzorgers'],
        area: { municipalities: ['geel', 'mol', 'meerhout', 'laakdal', 'kasterlee', 'westerlo', 'olen'] },
        fees: 'Een dagprijs (fictief voorbeeld: € 30 per dag). Het zorgdeel rekent het centrum af met de zorgkas van de gebruiker.',
        apply: 'Bel of mail voor een kennismaking. Je kan eerst een proefdag doen.',
        eligibility: 'Vooral voor mensen van 65 jaar en ouder die thuis wonen.',
        hours: [['MO,TU,WE,TH,FR', '08:30', '17:00']],
        lastVerifiedOn: '2026-10-28',
        atLocation: true,
      },
    ],
  },
  {
    key: 'samen-zorgen-kempen',
    name: 'Praatgroep Samen Zorgen Kempen',
    kind: 'other',
    description: `${FICTIONAL}. Vrijwilligers die in de Kempen praatgroepen voor mantelzorgers begeleiden.`,
    email: 'samenzorgen@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-11-10',
    location: { name: 'Ontmoetingszaal Samen Zorgen', street: 'Voorbeeldstraat 3', postcode: '2440', municipality: 'geel' },
    services: [
      {
        slug: 'lotgenotengroep-mantelzorgers-geel',
        name: 'Lotgenotengroep voor mantelzorgers in Geel',
        description:
          'Elke eerste dinsdag van de maand praten mantelzorgers met elkaar over wat de zorg met hen doet. Een begeleider zorgt dat iedereen aan bod komt. Je hoeft niets voor te bereiden.',
        kinds: ['lotgenotencontact'],
        audiences: ['mantelzorgers', 'personen-met-dementie'],
        area: { municipalities: ['geel', 'mol', 'westerlo', 'kasterlee', 'meerhout', 'laakdal', 'herentals', 'olen'] },
        fees: 'Gratis.',
        apply: 'Je bent welkom zonder inschrijving. Mail gerust vooraf als je vragen hebt.',
        hours: [['1TU', '19:30', '21:30', 'MONTHLY']],
        hoursNote: 'Elke eerste dinsdag van de maand.',
        lastVerifiedOn: '2026-11-10',
        atLocation: true,
      },
    ],
  },
  {
    key: 'oppasdienst-scheldeland',
    name: 'Oppasdienst Scheldeland',
    kind: 'sitting_service',
    description: `${FICTIONAL}. Vrijwilligers blijven bij iemand die zorg nodig heeft, zodat de mantelzorger even weg kan.`,
    email: 'oppas@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-09-01',
    location: { name: 'Kantoor Oppasdienst Scheldeland', street: 'Voorbeeldstraat 40', postcode: '2000', municipality: 'antwerpen' },
    services: [
      {
        slug: 'oppas-overdag-en-s-nachts-antwerpen',
        name: "Oppas overdag en 's nachts",
        description:
          "Een vrijwilliger komt aan huis, is er, houdt toezicht en gezelschap. Verpleegkundige zorg geeft de oppas niet. 's Nachts kan de vrijwilliger blijven slapen.",
        kinds: ['oppas', 'respijtzorg'],
        audiences: ['mantelzorgers', 'ouderen', 'chronisch-zieken'],
        area: { province: 'Antwerpen' },
        fees: 'Een uurprijs overdag en een vast bedrag per nacht (fictief voorbeeld: € 3,50 per uur, € 35 per nacht).',
        apply: 'Vraag oppas minstens een week vooraf aan.',
        hours: [['MO,TU,WE,TH,FR', '09:00', '12:00']],
        hoursNote: 'Het kantoor is telefonisch bereikbaar in de voormiddag.',
        lastVerifiedOn: '2026-09-01',
        atLocation: true,
      },
    ],
  },
  {
    key: 'wzc-hof-ter-dijle',
    name: 'Woonzorgcentrum Hof ter Dijle',
    kind: 'care_home',
    description: `${FICTIONAL}. Een woonzorgcentrum in Mechelen met kamers voor kortverblijf.`,
    email: 'hofterdijle@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-07-14',
    location: { name: 'Hof ter Dijle', street: 'Voorbeeldstraat 8', postcode: '2800', municipality: 'mechelen' },
    services: [
      {
        slug: 'kortverblijf-hof-ter-dijle',
        name: 'Kortverblijf in Hof ter Dijle',
        description:
          'Iemand die zorg nodig heeft, logeert tijdelijk in het woonzorgcentrum, dag en nacht. In een kortverblijf kan je maximaal 60 dagen na elkaar en 90 dagen per kalenderjaar in hetzelfde centrum verblijven.',
        kinds: ['kortverblijf', 'respijtzorg'],
        audiences: ['ouderen', 'mantelzorgers'],
        area: { municipalities: ['mechelen', 'bonheiden', 'sint-katelijne-waver', 'duffel'] },
        fees: 'Een dagprijs (fictief voorbeeld: € 70 per dag voor een eenpersoonskamer).',
        apply: 'Vraag een kortverblijf zo vroeg mogelijk aan; de plaatsen zijn beperkt.',
        lastVerifiedOn: '2026-07-14',
        atLocation: true,
      },
    ],
  },
  // ---- Limburg ----
  {
    key: 'gesprekspunt-mantelzorg-limburg',
    name: 'Gesprekspunt Mantelzorg Limburg',
    kind: 'other',
    description: `${FICTIONAL}. Hulpverleners die mantelzorgers in Limburg gesprekken aanbieden als de zorg zwaar weegt.`,
    email: 'gesprekspunt@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-06-18',
    location: { name: 'Gesprekspunt Hasselt', street: 'Voorbeeldstraat 21', postcode: '3500', municipality: 'hasselt' },
    services: [
      {
        slug: 'gesprekken-voor-mantelzorgers-limburg',
        name: 'Gesprekken voor mantelzorgers die het zwaar hebben',
        description: 'Een reeks van vijf gesprekken met een psycholoog of maatschappelijk werker, om stil te staan bij wat de zorg met je doet.',
        kinds: ['psychologische-ondersteuning'],
        audiences: ['mantelzorgers', 'jonge-mantelzorgers'],
        area: { province: 'Limburg' },
        fees: 'Gratis (fictief voorbeeld).',
        apply: 'Mail je vraag; je krijgt binnen een week een afspraak.',
        hours: [['MO,WE,TH', '09:00', '16:00']],
        lastVerifiedOn: '2026-06-18',
        atLocation: true,
      },
    ],
  },
  {
    key: 'dvc-zonnewijzer-genk',
    name: 'Dagverzorgingscentrum Zonnewijzer',
    kind: 'day_care_centre',
    description: `${FICTIONAL}. Dagopvang in Genk voor ouderen en voor mensen met een chronische ziekte.`,
    email: 'zonnewijzer@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-10-01',
    location: { name: 'Zonnewijzer', street: 'Voorbeeldstraat 5', postcode: '3600', municipality: 'genk' },
    services: [
      {
        slug: 'dagopvang-zonnewijzer-genk',
        name: 'Dagopvang in Zonnewijzer',
        description: 'Overdag verzorging, een warme maaltijd en activiteiten op maat.',
        kinds: ['dagopvang', 'respijtzorg'],
        audiences: ['ouderen', 'chronisch-zieken'],
        area: { municipalities: ['genk', 'as', 'zutendaal', 'hasselt', 'diepenbeek', 'zonhoven'] },
        fees: 'Een dagprijs (fictief voorbeeld: € 28 per dag).',
        hours: [['MO,TU,WE,TH,FR', '08:00', '17:30']],
        lastVerifiedOn: '2026-10-01',
        atLocation: true,
      },
    ],
  },
  // ---- Oost-Vlaanderen ----
  {
    key: 'oppashulp-leie-en-schelde',
    name: 'Oppashulp Leie en Schelde',
    kind: 'sitting_service',
    description: `${FICTIONAL}. Vrijwillige oppas in heel Oost-Vlaanderen, ook 's nachts.`,
    email: 'leieschelde@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-05-20',
    location: { name: 'Kantoor Oppashulp', street: 'Voorbeeldstraat 77', postcode: '9000', municipality: 'gent' },
    services: [
      {
        slug: 'nachtoppas-oost-vlaanderen',
        name: 'Nachtoppas door vrijwilligers',
        description: "Een vrijwilliger slaapt bij de persoon die zorg nodig heeft en is er als er 's nachts iets is. Zo kan de mantelzorger eens doorslapen.",
        kinds: ['oppas', 'respijtzorg'],
        audiences: ['mantelzorgers', 'ouderen', 'personen-met-dementie'],
        area: { province: 'Oost-Vlaanderen' },
        fees: 'Een vast bedrag per nacht (fictief voorbeeld: € 25).',
        apply: 'Vraag de nachtoppas aan via je ziekenfonds of rechtstreeks bij de dienst.',
        lastVerifiedOn: '2026-05-20',
        atLocation: true,
      },
    ],
  },
  {
    key: 'praatgroep-dementie-denderstreek',
    name: 'Praatgroep Dementie Denderstreek',
    kind: 'other',
    description: `${FICTIONAL}. Een praatgroep in Aalst voor wie zorgt voor iemand met dementie.`,
    email: 'dender@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-09-22',
    location: { name: 'Zaal De Dender', street: 'Voorbeeldstraat 2', postcode: '9300', municipality: 'aalst' },
    services: [
      {
        slug: 'praatgroep-dementie-aalst',
        name: 'Praatgroep voor mantelzorgers van mensen met dementie',
        description: 'Elke derde donderdag van de maand delen mantelzorgers hun ervaringen. Soms komt een spreker uitleg geven.',
        kinds: ['lotgenotencontact', 'vorming'],
        audiences: ['mantelzorgers', 'personen-met-dementie'],
        area: { municipalities: ['aalst', 'denderleeuw', 'erpe-mere', 'lede', 'haaltert'] },
        fees: 'Gratis.',
        hours: [['3TH', '14:00', '16:00', 'MONTHLY']],
        hoursNote: 'Elke derde donderdag van de maand.',
        lastVerifiedOn: '2026-09-22',
        atLocation: true,
      },
    ],
  },
  // ---- Vlaams-Brabant ----
  {
    key: 'vormingshuis-zorgzaam',
    name: 'Vormingshuis Zorgzaam',
    kind: 'other',
    description: `${FICTIONAL}. Cursussen voor mantelzorgers in Vlaams-Brabant.`,
    email: 'zorgzaam@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-08-08',
    location: { name: 'Vormingshuis Zorgzaam', street: 'Voorbeeldstraat 15', postcode: '3000', municipality: 'leuven' },
    services: [
      {
        slug: 'cursus-zorgen-zonder-rugpijn',
        name: 'Cursus: zorgen zonder rugpijn',
        description: 'In drie avonden leer je hoe je iemand veilig helpt bij opstaan, wassen en verplaatsen, zonder je eigen rug te overbelasten.',
        kinds: ['vorming'],
        audiences: ['mantelzorgers'],
        area: { province: 'Vlaams-Brabant' },
        fees: 'Fictief voorbeeld: € 15 voor de hele reeks.',
        apply: 'Schrijf je in per mail.',
        lastVerifiedOn: '2026-08-08',
        atLocation: true,
      },
    ],
  },
  {
    key: 'thuiszorg-zennevallei',
    name: 'Thuiszorgdienst Zennevallei',
    kind: 'home_care',
    description: `${FICTIONAL}. Gezinszorg en nachtzorg in Halle en omgeving.`,
    email: 'zennevallei@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-11-05',
    location: { name: 'Thuiszorg Zennevallei', street: 'Voorbeeldstraat 9', postcode: '1500', municipality: 'halle' },
    services: [
      {
        slug: 'gezinszorg-en-nachtzorg-halle',
        name: 'Gezinszorg en professionele nachtzorg',
        description: "Verzorgenden helpen thuis bij wassen, aankleden en het huishouden. 's Nachts kan een verzorgende wakker blijven en zorg geven.",
        kinds: ['thuiszorg', 'respijtzorg'],
        audiences: ['ouderen', 'chronisch-zieken', 'personen-met-een-handicap'],
        area: { municipalities: ['halle', 'beersel', 'sint-pieters-leeuw'] },
        fees: 'De prijs hangt af van je inkomen (fictief voorbeeld: nachtzorg € 30 per nacht).',
        lastVerifiedOn: '2026-11-05',
        atLocation: true,
      },
    ],
  },
  // ---- West-Vlaanderen ----
  {
    key: 'kortverblijf-de-duinen',
    name: 'Kortverblijf De Duinen',
    kind: 'care_home',
    description: `${FICTIONAL}. Kamers voor kortverblijf bij een woonzorgcentrum in Brugge.`,
    email: 'deduinen@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-10-15',
    location: { name: 'De Duinen', street: 'Voorbeeldstraat 30', postcode: '8000', municipality: 'brugge' },
    services: [
      {
        slug: 'kortverblijf-de-duinen-brugge',
        name: 'Kortverblijf in De Duinen',
        description: 'Een tijdelijk verblijf, bijvoorbeeld na een ziekenhuisopname of als de mantelzorger op vakantie gaat.',
        kinds: ['kortverblijf', 'respijtzorg'],
        audiences: ['ouderen', 'mantelzorgers'],
        area: { municipalities: ['brugge', 'damme', 'oostkamp', 'jabbeke', 'zedelgem'] },
        fees: 'Een dagprijs (fictief voorbeeld: € 68 per dag).',
        lastVerifiedOn: '2026-10-15',
        atLocation: true,
      },
    ],
  },
  {
    key: 'mantelzorgpunt-zuid-west',
    name: 'Mantelzorgpunt Zuid-West',
    kind: 'other',
    description: `${FICTIONAL}. Een loket in Kortrijk waar mantelzorgers terechtkunnen met al hun vragen.`,
    email: 'zuidwest@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-11-12',
    location: { name: 'Mantelzorgpunt Zuid-West', street: 'Voorbeeldstraat 6', postcode: '8500', municipality: 'kortrijk' },
    services: [
      {
        slug: 'mantelzorgloket-kortrijk',
        name: 'Mantelzorgloket: rechten, premies en hulp',
        description: 'Een maatschappelijk werker zoekt met jou uit op welke premies, tegemoetkomingen en hulp je recht hebt, en helpt bij de aanvraag.',
        kinds: ['informatie-en-advies', 'financiele-steun'],
        audiences: ['mantelzorgers'],
        area: { municipalities: ['kortrijk', 'kuurne', 'harelbeke', 'wevelgem', 'zwevegem'] },
        fees: 'Gratis.',
        hours: [['TU,TH', '13:30', '16:30']],
        lastVerifiedOn: '2026-11-12',
        atLocation: true,
      },
    ],
  },
  {
    key: 'jonge-zorgers-kust',
    name: 'Jonge Zorgers aan de Kust',
    kind: 'other',
    description: `${FICTIONAL}. Een groep voor jongeren die thuis zorgen voor een ouder, broer of zus.`,
    email: 'jongezorgers@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    // Deliberately older than twelve months: the demo shows how a listing due for a check is flagged.
    lastVerifiedOn: '2025-05-10',
    location: { name: 'Jeugdhuis De Golf', street: 'Voorbeeldstraat 11', postcode: '8400', municipality: 'oostende' },
    services: [
      {
        slug: 'jonge-mantelzorgers-oostende',
        name: 'Ontmoetingen voor jonge mantelzorgers',
        description: 'Eén keer per maand komen jongeren van 12 tot 25 jaar samen om te ontspannen en te praten met anderen die thuis zorgen.',
        kinds: ['lotgenotencontact'],
        audiences: ['jonge-mantelzorgers'],
        area: { municipalities: ['oostende', 'bredene', 'middelkerke'] },
        fees: 'Gratis.',
        hours: [['2WE', '18:00', '20:00', 'MONTHLY']],
        hoursNote: 'Elke tweede woensdag van de maand.',
        eligibility: 'Voor jongeren van 12 tot 25 jaar.',
        lastVerifiedOn: '2025-05-10',
        atLocation: true,
      },
    ],
  },
  // ---- Brussel ----
  {
    key: 'brussels-mantelzorgpunt',
    name: 'Brussels Mantelzorgpunt',
    kind: 'other',
    description: `${FICTIONAL}. Een Nederlandstalig onthaalpunt voor mantelzorgers in Brussel.`,
    email: 'brussel@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-10-30',
    location: { name: 'Brussels Mantelzorgpunt', street: 'Voorbeeldstraat 100', postcode: '1000', municipality: 'brussel' },
    services: [
      {
        slug: 'onthaal-en-gesprekken-brussel',
        name: 'Onthaal, advies en gesprekken voor mantelzorgers',
        description: 'Je kan langskomen met vragen over zorg en rechten in Brussel, en als het zwaar wordt een paar gesprekken krijgen met een hulpverlener.',
        kinds: ['informatie-en-advies', 'psychologische-ondersteuning'],
        audiences: ['mantelzorgers', 'jonge-mantelzorgers'],
        area: { regions: ['Brussel'] },
        fees: 'Gratis.',
        hours: [['MO,TU,TH', '10:00', '16:00']],
        lastVerifiedOn: '2026-10-30',
        atLocation: true,
      },
    ],
  },
  {
    key: 'dagcentrum-iris-schaarbeek',
    name: 'Dagcentrum Iris',
    kind: 'day_care_centre',
    description: `${FICTIONAL}. Dagopvang in Schaarbeek voor ouderen.`,
    email: 'iris@example.org',
    sourceTitle: FICTIONAL,
    sourceUrl: null,
    lastVerifiedOn: '2026-09-09',
    location: { name: 'Dagcentrum Iris', street: 'Voorbeeldstraat 44', postcode: '1030', municipality: 'schaarbeek' },
    services: [
      {
        slug: 'dagopvang-iris-schaarbeek',
        name: 'Dagopvang in Dagcentrum Iris',
        description: 'Overdag opvang, verzorging en activiteiten voor ouderen, in het Nederlands en het Frans.',
        kinds: ['dagopvang', 'respijtzorg'],
        audiences: ['ouderen', 'personen-met-dementie'],
        area: { municipalities: ['schaarbeek', 'evere', 'sint-joost-ten-node'] },
        fees: 'Een dagprijs (fictief voorbeeld: € 26 per dag).',
        hours: [['MO,TU,WE,TH,FR', '09:00', '16:30']],
        lastVerifiedOn: '2026-09-09',
        atLocation: true,
      },
    ],
  },
];

/** Municipal carer premiums as the fact sheet gives them (section 5). No date was visible on the sources: checkedOn stays empty. */
const premiums: (Omit<directory.CarerPremium, 'nisCode' | 'checkedOn'> & { municipality: string })[] = [
  {
    municipality: 'geel',
    status: 'premium',
    name: 'Mantelzorgpremie',
    amount: '€ 200 per jaar',
    conditions:
      'Je woont op hetzelfde adres als de persoon voor wie je zorgt. Het inkomen van het gezin blijft onder een grens: € 1.790,25 per maand, verhoogd met een factor volgens de samenstelling van het gezin. Deze regels gelden sinds 1 september 2019.',
    howToApply: 'Vraag de premie aan bij de gemeente Geel, uiterlijk op 31 oktober.',
    validFrom: '2019-09-01',
    sourceUrl: 'https://www.geel.be/product/17/mantelzorgpremie',
    note: 'De bron toonde geen datum. Bedragen en inkomensgrenzen veranderen: kijk ze na bij de gemeente.',
  },
  {
    municipality: 'meise',
    status: 'premium',
    name: 'Mantelzorgtoelage',
    amount: '€ 30 per maand',
    conditions: 'De mantelzorger helpt minstens drie dagen per week.',
    howToApply: null,
    validFrom: null,
    sourceUrl: 'https://www.meise.be/product/1121/mantelzorgtoelage',
    note: 'De bron toonde geen datum. Kijk het bedrag na bij de gemeente.',
  },
  {
    municipality: 'kampenhout',
    status: 'premium',
    name: 'Mantelzorgpremie',
    amount: '€ 25 per maand, twee keer per jaar uitbetaald',
    conditions:
      'De persoon voor wie je zorgt, voldoet aan een van de criteria van de gemeente, bijvoorbeeld: een zorgbudget krijgen, minstens 12 punten hebben, een zorgtoeslag van het Groeipakket krijgen, of een MMSE-score van 18 of minder of een Katz-score D hebben.',
    howToApply: 'Je vraagt de premie elk jaar opnieuw aan bij de gemeente.',
    validFrom: null,
    sourceUrl: 'https://www.kampenhout.be/mantelzorgpremie',
    note: 'De bron toonde geen datum. Kijk het bedrag na bij de gemeente.',
  },
  {
    municipality: 'londerzeel',
    status: 'premium',
    name: 'Mantelzorgpremie',
    amount: 'Maximaal € 25 per maand',
    conditions: 'De mantelzorger woont op minder dan 10 km van de persoon voor wie hij zorgt. De gemeente verdeelt een vast jaarbudget over alle goedgekeurde aanvragen, dus het bedrag kan lager uitvallen.',
    howToApply: null,
    validFrom: null,
    sourceUrl: 'https://www.londerzeel.be/mantelzorgpremie',
    note: 'De bron toonde geen datum. Kijk het bedrag na bij de gemeente.',
  },
  {
    municipality: 'wuustwezel',
    status: 'premium',
    name: 'Mantelzorgtoelage',
    amount: '€ 50 per maand als je voor één persoon zorgt, € 75 voor twee personen',
    conditions: 'De persoon voor wie je zorgt, is minstens 60 jaar, woont onder hetzelfde dak en komt in aanmerking voor de Vlaamse zorgverzekering (nu het zorgbudget voor zwaar zorgbehoevenden).',
    howToApply: null,
    validFrom: null,
    sourceUrl: 'https://www.wuustwezel.be/mantelzorgtoelage',
    note: 'De bron toonde geen datum. Kijk het bedrag na bij de gemeente.',
  },
  {
    municipality: 'bonheiden',
    status: 'premium',
    name: 'Mantelzorgpremie',
    amount: '€ 120 per jaar, in lokale waardebonnen (Rijmheidebons)',
    conditions: null,
    howToApply: null,
    validFrom: '2021-01-01',
    sourceUrl: 'https://www.bonheiden.be/mantelzorgpremie',
    note: 'De bron toonde geen datum. Kijk het bedrag na bij de gemeente.',
  },
  {
    municipality: 'merchtem',
    status: 'premium',
    name: 'Mantelzorgtoelage',
    amount: 'Bedrag niet bekend',
    conditions: 'De toelage gaat naar de oudere persoon die zorg krijgt, niet naar de mantelzorger. Ze is niet te combineren met de zorgverzekering.',
    howToApply: null,
    validFrom: null,
    sourceUrl: 'https://www.merchtem.be/mantelzorgtoelage',
    note: 'De bron noemde geen bedrag en geen datum. Vraag het na bij de gemeente.',
  },
  {
    municipality: 'heusden-zolder',
    status: 'none',
    name: 'Mantelzorgpremie',
    amount: null,
    conditions: 'De gemeente heeft haar mantelzorgpremie afgeschaft. Er ligt een voorstel om ze opnieuw in te voeren.',
    howToApply: null,
    validFrom: null,
    sourceUrl: 'https://heusden-zolder.eu/n-va-vraagt-opnieuw-mantelzorgpremie.aspx',
    note: 'De bron is een pagina van een politieke partij, zonder datum. Vraag bij de gemeente of er intussen iets veranderd is.',
  },
];

function areaInputs(orgKey: string, slug: string, area: Area, nisOf: (slug: string) => string): AreaInput[] {
  const id = (v: string) => directory.stableUuid(`demo:area:${orgKey}:${slug}:${v}`);
  if ('municipalities' in area) return area.municipalities.map((m) => ({ id: id(m), scope: 'municipality' as const, value: nisOf(m) }));
  if ('province' in area) return [{ id: id(area.province), scope: 'province', value: area.province }];
  return area.regions.map((r) => ({ id: id(r), scope: 'region' as const, value: r }));
}

function schedules(key: string, s: SeedService): ScheduleInput[] {
  return (s.hours ?? []).map(([byday, opensAt, closesAt, freq], i) => ({
    id: directory.stableUuid(`demo:schedule:${key}:${s.slug}:${i}`),
    freq: freq ?? 'WEEKLY',
    byday,
    opensAt,
    closesAt,
    description: s.hoursNote ?? null,
  }));
}

export async function buildDirectoryInput(db: Db | Tx): Promise<DirectoryInput> {
  const all = await places.listMunicipalities(db);
  const nisOf = (slug: string) => {
    const m = all.find((x) => x.slug === slug);
    if (!m) throw new Error(`demo directory: no municipality ${slug}`);
    return m.nisCode;
  };
  const input: DirectoryInput = { organizations: [], locations: [], services: [] };
  for (const o of [...associations, ...local]) {
    const orgId = directory.stableUuid(`demo:organization:${o.key}`);
    const org: OrganizationInput = {
      id: orgId,
      slug: o.key,
      name: o.name,
      description: o.description,
      kind: o.kind,
      email: o.email ?? null,
      website: o.website ?? null,
      sourceTitle: o.sourceTitle,
      sourceUrl: o.sourceUrl,
      lastVerifiedOn: o.lastVerifiedOn,
      updatedAt: `${o.lastVerifiedOn}T09:00:00.000Z`,
      phones: o.phone ? [{ id: directory.stableUuid(`demo:phone:${o.key}`), number: o.phone, type: 'voice' }] : [],
      contacts: o.email ? [{ id: directory.stableUuid(`demo:contact:${o.key}`), department: 'Onthaal', email: o.email }] : [],
    };
    input.organizations.push(org);
    let locationId: string | null = null;
    if (o.location) {
      locationId = directory.stableUuid(`demo:location:${o.key}`);
      const nis = nisOf(o.location.municipality);
      const m = all.find((x) => x.nisCode === nis)!;
      const location: LocationInput = {
        id: locationId,
        organizationId: orgId,
        locationType: 'physical',
        name: o.location.name,
        address: { id: directory.stableUuid(`demo:address:${o.key}`), address1: o.location.street, postalCode: o.location.postcode, city: m.name, country: 'BE' },
        nisCode: nis,
      };
      input.locations.push(location);
    }
    for (const s of o.services) {
      const service: ServiceInput = {
        id: directory.stableUuid(`demo:service:${s.slug}`),
        organizationId: orgId,
        slug: s.slug,
        name: s.name,
        description: s.description,
        status: 'active',
        url: s.url ?? null,
        email: s.email ?? o.email ?? null,
        applicationProcess: s.apply ?? null,
        feesDescription: s.fees ?? null,
        eligibilityDescription: s.eligibility ?? null,
        sourceTitle: s.source?.title ?? o.sourceTitle,
        sourceUrl: s.source?.url ?? o.sourceUrl,
        lastVerifiedOn: s.lastVerifiedOn,
        updatedAt: `${s.lastVerifiedOn}T09:00:00.000Z`,
        terms: [
          ...s.kinds.map((slug) => ({ id: directory.stableUuid(`demo:attribute:${s.slug}:kind:${slug}`), taxonomy: 'kind' as const, slug })),
          ...s.audiences.map((slug) => ({ id: directory.stableUuid(`demo:attribute:${s.slug}:audience:${slug}`), taxonomy: 'audience' as const, slug })),
        ],
        areas: areaInputs(o.key, s.slug, s.area, nisOf),
        locations: s.atLocation && locationId ? [{ id: directory.stableUuid(`demo:service-at-location:${s.slug}`), locationId }] : [],
        schedules: schedules(o.key, s),
      };
      input.services.push(service);
    }
  }
  return input;
}

/** Loads the demo directory and the carer premiums (inside the caller's transaction). */
export async function seedDirectory(db: Db | Tx): Promise<{ organizations: number; services: number; premiums: number }> {
  const counts = await directory.saveDirectory(db, await buildDirectoryInput(db), new Date('2026-11-01T00:00:00.000Z'));
  const all = await places.listMunicipalities(db);
  await directory.saveCarerPremiums(
    db,
    premiums.map(({ municipality, ...p }) => ({ ...p, nisCode: all.find((m) => m.slug === municipality)?.nisCode ?? municipality, checkedOn: null })),
    new Date('2026-11-01T00:00:00.000Z'),
  );
  return { organizations: counts.organizations, services: counts.services, premiums: premiums.length };
}
