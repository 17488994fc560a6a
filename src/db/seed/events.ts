/**
 * Demo activities for the calendar: fictional, written in our own words, organised by the carer
 * associations named in ../shared/facts/mantelzorg-vlaanderen.md (their names only; the activities,
 * places and addresses are made up). Dates are relative to the day of seeding, and the recurring ones
 * have no end, so the demo always shows upcoming activities.
 */
import { DateTime } from 'luxon';
import type { Db } from '../database.js';
import * as events from '../../events/events.service.js';

type Kind = events.ActivityKind;

interface DemoActivity {
  slug: string;
  kind: Kind;
  title: string;
  summary: string;
  description: string;
  organiser: string;
  /** a place (venue, address, postcode) or an online link */
  venue?: string;
  address?: string;
  postcode?: string;
  online?: boolean;
  /** days after the seed day, and the wall-clock hours in Brussels */
  day: number;
  from: string;
  to: string;
  /** whole days: number of days */
  days?: number;
  rrule?: string;
  price?: number;
  priceNote?: string;
  placesLeft?: number;
  register?: boolean;
  accessibility?: string;
  audiences?: string[];
}

const SAMANA = 'Samana';
const OKRA = 'OKRA-ZORGRECHT';
const LIEVER_THUIS = 'Liever Thuis LM';
const COPONCHO = 'Coponcho';
const STEUNPUNT = 'Steunpunt Mantelzorg';
const ZORGNETWERK = 'Ons Zorgnetwerk';

const STEP_FREE = 'De zaal is gelijkvloers en rolstoeltoegankelijk. Er is een aangepast toilet.';
const RING = 'Rolstoeltoegankelijk, met ringleiding voor wie slecht hoort.';
const ONLINE_ACCESS = 'Met automatische ondertitels. Je kunt ook gewoon luisteren via de telefoon.';
const FICTION = 'Dit is een fictieve activiteit voor de demo van deze site.';

const demo: DemoActivity[] = [
  // Peer-support groups: mostly recurring
  { slug: 'praatcafe-mantelzorg-geel', kind: 'peer_support', title: 'Praatcafé voor mantelzorgers in Geel', summary: 'Elke eerste dinsdag van de maand praat je bij met andere mantelzorgers, bij een kop koffie.', description: 'Je hoeft niets voor te bereiden. Een vrijwilliger zorgt voor koffie en een rustige sfeer. Je vertelt zoveel of zo weinig als je wilt.', organiser: SAMANA, venue: 'Ontmoetingscentrum De Linde', address: 'Lindestraat 4', postcode: '2440', day: -30, from: '19:00', to: '21:00', rrule: 'FREQ=MONTHLY;BYDAY=1TU', price: 0, accessibility: STEP_FREE },
  { slug: 'lotgenoten-dementie-herentals', kind: 'peer_support', title: 'Lotgenotengroep: zorgen voor iemand met dementie', summary: 'Een vaste groep mantelzorgers van mensen met dementie. Elke derde donderdag.', description: 'We delen ervaringen over veranderend gedrag, over loslaten en over hulp vragen. Een begeleider met ervaring in dementiezorg leidt het gesprek.', organiser: OKRA, venue: 'Zaal Sint-Jan', address: 'Kerkplein 2', postcode: '2200', day: -30, from: '14:00', to: '16:00', rrule: 'FREQ=MONTHLY;BYDAY=3TH', price: 0, register: true, accessibility: STEP_FREE },
  { slug: 'jonge-mantelzorgers-antwerpen', kind: 'peer_support', title: 'Jonge mantelzorgers: samen even ontspannen', summary: 'Voor jongeren van 12 tot 18 die thuis zorgen. Samen iets doen, zonder uitleg te moeten geven.', description: 'Elke tweede woensdagnamiddag spreken we af. We koken, spelen een spel of praten gewoon. Een jeugdwerker is erbij.', organiser: COPONCHO, venue: 'Jeugdhuis De Brug', address: 'Brugstraat 10', postcode: '2000', day: -30, from: '14:00', to: '16:30', rrule: 'FREQ=MONTHLY;BYDAY=2WE', price: 0, accessibility: STEP_FREE, audiences: ['mantelzorgers', 'onderwijs'] },
  { slug: 'mantelzorgcafe-hasselt', kind: 'peer_support', title: 'Mantelzorgcafé Hasselt', summary: 'Een gezellig moment om andere mantelzorgers te leren kennen. Elke laatste maandag van de maand.', description: 'Soms met een korte uitleg over een thema, zoals respijtzorg of mantelzorgverlof. Daarna is er tijd voor een gesprek.', organiser: LIEVER_THUIS, venue: 'Dienstencentrum Het Park', address: 'Parkweg 7', postcode: '3500', day: -30, from: '19:30', to: '21:30', rrule: 'FREQ=MONTHLY;BYDAY=-1MO', price: 0, accessibility: RING },
  { slug: 'lotgenoten-nah-gent', kind: 'peer_support', title: 'Lotgenotencontact bij hersenletsel', summary: 'Voor partners en ouders van iemand met een niet-aangeboren hersenletsel. Om de twee weken op vrijdag.', description: 'Een plek om te vertellen hoe het thuis gaat, en tips te delen over vermoeidheid, werk en hulpmiddelen.', organiser: SAMANA, venue: 'Buurtcentrum Sint-Pieters', address: 'Pieterstraat 21', postcode: '9000', day: -14, from: '10:00', to: '12:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', price: 0, accessibility: STEP_FREE },
  { slug: 'praatgroep-brugge', kind: 'peer_support', title: 'Praatgroep voor mantelzorgers in Brugge', summary: 'Elke eerste zaterdagvoormiddag: praten, luisteren en elkaar verder helpen.', description: 'De groep is open: je kunt altijd aansluiten. Je partner of ouder mag mee; er is een aparte ruimte met een vrijwilliger.', organiser: ZORGNETWERK, venue: 'Zaal De Meersen', address: 'Meersenlaan 3', postcode: '8000', day: -30, from: '10:00', to: '12:00', rrule: 'FREQ=MONTHLY;BYDAY=1SA', price: 0, accessibility: STEP_FREE },
  { slug: 'ontmoeting-mantelzorgers-leuven', kind: 'peer_support', title: 'Ontmoetingsavond mantelzorgers Leuven', summary: 'Elke tweede dinsdag: een avond voor wie zorgt voor een ziek familielid.', description: 'We starten met een korte voorstelronde. Daarna kies je zelf: een gesprek in kleine groep of een rustige babbel.', organiser: STEUNPUNT, venue: 'Wijkcentrum Sint-Maartensdal', address: 'Dalstraat 15', postcode: '3000', day: -30, from: '19:00', to: '21:00', rrule: 'FREQ=MONTHLY;BYDAY=2TU', price: 0, accessibility: RING },
  { slug: 'mantelzorgcafe-brussel', kind: 'peer_support', title: 'Mantelzorgcafé Brussel', summary: 'Een tweetalig ontmoetingsmoment voor mantelzorgers in Brussel. Elke derde woensdag.', description: 'Je spreekt Nederlands of Frans, zoals je wilt. Er is soep en brood. Het café is ook open voor wie net begint met zorgen.', organiser: LIEVER_THUIS, venue: 'Gemeenschapscentrum De Markten', address: 'Marktstraat 5', postcode: '1000', day: -30, from: '12:00', to: '14:00', rrule: 'FREQ=MONTHLY;BYDAY=3WE', price: 0, accessibility: STEP_FREE },
  { slug: 'wandelgroep-mantelzorgers-genk', kind: 'peer_support', title: 'Wandelen met andere mantelzorgers', summary: 'Elke week een rustige wandeling van een uur, met tijd voor een praatje.', description: 'We vertrekken aan het dienstencentrum en wandelen in een rustig tempo. Wie minder goed te been is, neemt de korte lus.', organiser: OKRA, venue: 'Dienstencentrum Bokrijk', address: 'Bosweg 1', postcode: '3600', day: -7, from: '09:30', to: '10:30', rrule: 'FREQ=WEEKLY', price: 0, accessibility: 'De korte lus is verhard en geschikt voor een rolstoel.' },

  // Info sessions
  { slug: 'infosessie-mantelzorgpremie-turnhout', kind: 'info_session', title: 'Infosessie: de mantelzorgpremie van je gemeente', summary: 'Welke premies zijn er, wie krijgt ze en hoe vraag je ze aan? Een uitleg in gewone taal.', description: 'Een medewerker van de sociale dienst legt uit hoe de gemeentelijke premie werkt en welke papieren je nodig hebt. Daarna is er tijd voor vragen.', organiser: SAMANA, venue: 'Stadhuis, raadzaal', address: 'Grote Markt 1', postcode: '2300', day: 9, from: '19:30', to: '21:00', price: 0, register: true, placesLeft: 24, accessibility: STEP_FREE },
  { slug: 'infosessie-erkenning-mantelzorger-mechelen', kind: 'info_session', title: 'Infosessie: erkend worden als mantelzorger', summary: 'Wat levert de erkenning op, aan welke voorwaarden moet je voldoen en waar vraag je ze aan?', description: 'We overlopen de twee soorten erkenning en het mantelzorgverlof dat erbij hoort. Breng gerust je eigen vragen mee.', organiser: OKRA, venue: 'Cultuurcentrum, zaal 2', address: 'Minderbroedersgang 5', postcode: '2800', day: 16, from: '14:00', to: '16:00', price: 0, register: true, placesLeft: 40, accessibility: RING },
  { slug: 'infosessie-zorgbudgetten-aalst', kind: 'info_session', title: 'Infosessie: de zorgbudgetten van de Vlaamse sociale bescherming', summary: 'Een overzicht van de zorgbudgetten en hoe je ze aanvraagt via je zorgkas.', description: 'Na de uitleg kun je in kleine groep vragen stellen over je eigen situatie.', organiser: LIEVER_THUIS, venue: 'Ontmoetingscentrum De Kapel', address: 'Kapelstraat 9', postcode: '9300', day: 23, from: '19:00', to: '21:00', price: 0, register: true, accessibility: STEP_FREE },
  { slug: 'infosessie-respijtzorg-kortrijk', kind: 'info_session', title: 'Infosessie: even op adem komen met respijtzorg', summary: 'Dagopvang, kortverblijf, oppas thuis: welke hulp is er als jij even niet kunt?', description: 'Medewerkers van een dagcentrum en een oppasdienst vertellen wat ze doen en wat het kost.', organiser: COPONCHO, venue: 'Zaal Het Broel', address: 'Broelkaai 6', postcode: '8500', day: 12, from: '14:00', to: '16:00', price: 0, accessibility: STEP_FREE },
  { slug: 'infosessie-werk-en-zorg-vilvoorde', kind: 'info_session', title: 'Infosessie: werk en mantelzorg combineren', summary: 'Zorgverlof, tijdskrediet en afspraken met je werkgever: wat zijn je mogelijkheden?', description: 'Een uitleg over de verlofstelsels en tips om het gesprek met je werkgever aan te gaan.', organiser: STEUNPUNT, venue: 'Bibliotheek, polyvalente zaal', address: 'Grote Markt 8', postcode: '1800', day: 30, from: '19:30', to: '21:00', price: 0, register: true, accessibility: STEP_FREE, audiences: ['mantelzorgers', 'werkgevers'] },
  { slug: 'infosessie-dementie-sint-niklaas', kind: 'info_session', title: 'Infosessie: wat is dementie en hoe ga je ermee om?', summary: 'Een eerste kennismaking met dementie, voor familie en vrienden.', description: 'Een verpleegkundige van een geheugenkliniek legt uit wat er in de hersenen gebeurt en hoe je daar in het dagelijks leven mee omgaat.', organiser: SAMANA, venue: 'Zaal De Klokke', address: 'Klokstraat 3', postcode: '9100', day: 5, from: '19:00', to: '21:00', price: 0, placesLeft: 15, register: true, accessibility: RING },
  { slug: 'infosessie-hulpmiddelen-roeselare', kind: 'info_session', title: 'Infosessie: hulpmiddelen en aanpassingen in huis', summary: 'Van douchestoel tot traplift: welke hulpmiddelen bestaan er en wie betaalt mee?', description: 'Een ergotherapeut toont hulpmiddelen die het zorgen lichter maken. Je mag ze zelf uitproberen.', organiser: ZORGNETWERK, venue: 'Dienstencentrum De Ark', address: 'Arkstraat 11', postcode: '8800', day: 40, from: '14:00', to: '16:30', price: 0, accessibility: STEP_FREE },
  { slug: 'infosessie-budget-en-zorg-tongeren', kind: 'info_session', title: 'Infosessie: geld en zorg', summary: 'Welke tegemoetkomingen kun je krijgen als je voor iemand zorgt? Een overzicht in gewone taal.', description: 'Een maatschappelijk werker overloopt de belangrijkste voordelen en waar je ze aanvraagt.', organiser: LIEVER_THUIS, venue: 'Zaal Ambiorix', address: 'Maastrichterstraat 20', postcode: '3700', day: 19, from: '19:30', to: '21:00', price: 0, accessibility: STEP_FREE },
  { slug: 'infosessie-jonge-mantelzorgers-school-oostende', kind: 'info_session', title: 'Infosessie voor leerkrachten: jonge mantelzorgers in de klas', summary: 'Hoe herken je een leerling die thuis zorgt, en hoe help je zonder te beschamen?', description: 'Voor leerkrachten, leerlingenbegeleiders en CLB-medewerkers. Met voorbeelden uit scholen.', organiser: COPONCHO, venue: 'Scholengroep, zaal Zeezicht', address: 'Zeedijk 100', postcode: '8400', day: 26, from: '16:00', to: '18:00', price: 0, register: true, audiences: ['onderwijs', 'professionals'], accessibility: STEP_FREE },
  { slug: 'infosessie-mantelzorg-anderlecht', kind: 'info_session', title: 'Infosessie: hulp thuis in Brussel', summary: 'Welke diensten helpen thuis in Brussel, en hoe vind je de juiste?', description: 'Een overzicht van thuisverpleging, gezinszorg, oppas en maaltijden aan huis in het Brussels Gewest.', organiser: STEUNPUNT, venue: 'Gemeenschapscentrum De Rinck', address: 'Dapperheidsplein 3', postcode: '1070', day: 33, from: '14:00', to: '16:00', price: 0, accessibility: STEP_FREE },

  // Trainings
  { slug: 'vorming-tillen-en-verplaatsen-geel', kind: 'training', title: 'Vorming: veilig tillen en verplaatsen', summary: 'Leer hoe je iemand helpt rechtstaan of verplaatsen zonder je rug te forceren.', description: 'Een kinesitherapeut toont de technieken, daarna oefen je zelf in kleine groepjes. Draag gemakkelijke kleren.', organiser: SAMANA, venue: 'Woonzorgcentrum, oefenruimte', address: 'Zorgstraat 1', postcode: '2440', day: 14, from: '13:30', to: '16:30', price: 1000, priceNote: 'gratis voor leden', register: true, placesLeft: 8, accessibility: STEP_FREE },
  { slug: 'vorming-communiceren-dementie-mol', kind: 'training', title: 'Vorming: communiceren met iemand met dementie', summary: 'Drie avonden om beter te begrijpen wat iemand met dementie bedoelt, en hoe je rustig reageert.', description: 'Met korte filmpjes, oefeningen en tijd om je eigen situaties te bespreken.', organiser: OKRA, venue: 'Gemeenschapscentrum ’t Getouw', address: 'Getouwstraat 2', postcode: '2400', day: 21, from: '19:00', to: '21:30', rrule: 'FREQ=WEEKLY;COUNT=3', price: 2500, priceNote: 'voor de drie avonden samen', register: true, placesLeft: 12, accessibility: RING },
  { slug: 'vorming-zorg-voor-jezelf-gent', kind: 'training', title: 'Vorming: zorg ook voor jezelf', summary: 'Grenzen herkennen, hulp durven vragen en je energie bewaken.', description: 'Een psycholoog begeleidt deze namiddag. Je gaat naar huis met een eigen plan voor de komende weken.', organiser: LIEVER_THUIS, venue: 'Vormingscentrum De Bijloke', address: 'Bijlokekaai 1', postcode: '9000', day: 28, from: '13:30', to: '17:00', price: 1500, register: true, accessibility: STEP_FREE },
  { slug: 'vorming-eerste-hulp-brugge', kind: 'training', title: 'Vorming: eerste hulp thuis', summary: 'Wat doe je bij een val, een verslikking of een onwel moment? Een praktische opleiding.', description: 'Een lesgever van het Rode Kruis toont de handelingen; daarna oefen je op een pop.', organiser: ZORGNETWERK, venue: 'Zaal De Meersen', address: 'Meersenlaan 3', postcode: '8000', day: 45, from: '09:00', to: '12:30', price: 2000, register: true, placesLeft: 10, accessibility: STEP_FREE },
  { slug: 'vorming-medicatie-leuven', kind: 'training', title: 'Vorming: medicatie veilig geven', summary: 'Hoe houd je overzicht over pillen, druppels en spuiten? Tips van een apotheker.', description: 'Met een handige weekplanner die je mee naar huis neemt.', organiser: STEUNPUNT, venue: 'Wijkcentrum Sint-Maartensdal', address: 'Dalstraat 15', postcode: '3000', day: 37, from: '19:00', to: '21:00', price: 500, register: true, accessibility: RING },
  { slug: 'vorming-rouw-en-verlies-halle', kind: 'training', title: 'Vorming: omgaan met verlies tijdens het zorgen', summary: 'Over het verdriet om wat verandert, ook als je naaste er nog is.', description: 'Twee namiddagen met een rouwbegeleider, in een kleine en veilige groep.', organiser: COPONCHO, venue: 'Cultuurcentrum ’t Vondel', address: 'Vondelstraat 4', postcode: '1500', day: 50, from: '14:00', to: '16:30', rrule: 'FREQ=WEEKLY;COUNT=2', price: 1000, register: true, accessibility: STEP_FREE },
  { slug: 'vorming-digitale-hulp-aarschot', kind: 'training', title: 'Vorming: digitaal je zorg regelen', summary: 'Met itsme, de app van je ziekenfonds en je zorgkas: we helpen je op weg.', description: 'Breng je smartphone of tablet mee. Vrijwilligers helpen je stap voor stap.', organiser: SAMANA, venue: 'Bibliotheek Aarschot', address: 'Vestenstraat 8', postcode: '3200', day: 11, from: '13:30', to: '15:30', price: 0, register: true, placesLeft: 6, accessibility: STEP_FREE },
  { slug: 'vorming-voor-professionals-schaarbeek', kind: 'training', title: 'Vorming voor zorgverleners: mantelzorgers als partner', summary: 'Hoe betrek je mantelzorgers bij de zorg, en hoe zie je overbelasting op tijd?', description: 'Voor thuisverpleegkundigen, verzorgenden en maatschappelijk werkers. Met casussen uit de praktijk.', organiser: LIEVER_THUIS, venue: 'Huis van de Zorg', address: 'Haachtsesteenweg 50', postcode: '1030', day: 58, from: '09:30', to: '16:00', price: 4500, priceNote: 'lunch inbegrepen', register: true, audiences: ['professionals'], accessibility: STEP_FREE },

  // Care holidays (whole days)
  { slug: 'zorgvakantie-aan-zee-de-panne', kind: 'care_holiday', title: 'Zorgvakantie aan zee', summary: 'Vijf dagen aan de kust, samen met je partner of ouder die zorg nodig heeft. Verpleegkundigen zorgen mee.', description: 'Jij rust uit, je naaste krijgt de zorg die hij of zij nodig heeft. Er zijn uitstappen, maar niets moet.', organiser: SAMANA, venue: 'Vakantiecentrum Duinenzicht', address: 'Duinenweg 20', postcode: '8660', day: 60, from: '00:00', to: '00:00', days: 5, price: 49500, priceNote: 'per persoon, volpension; korting met verhoogde tegemoetkoming', register: true, placesLeft: 6, accessibility: 'Aangepaste kamers met hoog-laagbed en tillift. Vraag bij je inschrijving wat je nodig hebt.' },
  { slug: 'zorgvakantie-kempen-retie', kind: 'care_holiday', title: 'Zorgvakantie in de Kempen', summary: 'Vier dagen in het groen voor mantelzorgers en hun naaste, met zorg ter plaatse.', description: 'Wandelen in de bossen, een fietstocht met duofiets en rustige avonden.', organiser: OKRA, venue: 'Vakantiehuis De Linden', address: 'Bosdreef 5', postcode: '2470', day: 75, from: '00:00', to: '00:00', days: 4, price: 38000, priceNote: 'per persoon', register: true, placesLeft: 10, accessibility: 'Volledig gelijkvloers, aangepaste badkamers.' },
  { slug: 'zorgvakantie-jonge-dementie-deinze', kind: 'care_holiday', title: 'Zorgvakantie voor jonge mensen met dementie en hun partner', summary: 'Een week weg, met een programma voor jullie samen en apart.', description: 'Voor koppels waarvan één partner jonger dan 65 is en dementie heeft. Begeleiders met ervaring zijn er de hele week.', organiser: LIEVER_THUIS, venue: 'Hotel Het Leiehof', address: 'Leiedreef 2', postcode: '9800', day: 95, from: '00:00', to: '00:00', days: 6, price: 62000, register: true, placesLeft: 4, accessibility: STEP_FREE },
  { slug: 'zorgvakantie-limburg-lanaken', kind: 'care_holiday', title: 'Korte zorgvakantie in Lanaken', summary: 'Drie dagen rust en ontspanning voor wie zorgt, met opvang voor je naaste.', description: 'Je naaste verblijft in het zorghotel ernaast. Jij hebt tijd voor jezelf, een massage of een uitstap.', organiser: COPONCHO, venue: 'Zorghotel Maasvallei', address: 'Maasweg 30', postcode: '3620', day: 110, from: '00:00', to: '00:00', days: 3, price: 29000, register: true, accessibility: STEP_FREE },
  { slug: 'zorgvakantie-vlaamse-ardennen', kind: 'care_holiday', title: 'Zorgvakantie in de Vlaamse Ardennen', summary: 'Vier dagen in een rustige streek, samen met andere gezinnen.', description: 'Met een dagje naar de markt, een muziekavond en veel tijd om te praten.', organiser: ZORGNETWERK, venue: 'Vakantiecentrum De Kluisberg', address: 'Kluisweg 8', postcode: '9700', day: 120, from: '00:00', to: '00:00', days: 4, price: 41000, register: true, accessibility: STEP_FREE },

  // Webinars (online)
  { slug: 'webinar-mantelzorgverlof', kind: 'webinar', title: 'Webinar: mantelzorgverlof aanvragen', summary: 'In een uur weet je wie recht heeft op mantelzorgverlof en hoe je het aanvraagt.', description: 'Je kijkt mee vanuit je zetel en stelt je vragen in de chat.', organiser: STEUNPUNT, online: true, day: 7, from: '20:00', to: '21:00', price: 0, register: true, accessibility: ONLINE_ACCESS, audiences: ['mantelzorgers', 'werkgevers'] },
  { slug: 'webinar-slapen-als-mantelzorger', kind: 'webinar', title: 'Webinar: beter slapen als je zorgt', summary: 'Praktische tips van een slaapcoach voor wie ’s nachts wakker ligt van de zorg.', description: 'Met eenvoudige oefeningen die je meteen kunt proberen.', organiser: SAMANA, online: true, day: 18, from: '20:00', to: '21:00', price: 0, register: true, accessibility: ONLINE_ACCESS },
  { slug: 'webinar-werkgevers-mantelzorgvriendelijk', kind: 'webinar', title: 'Webinar voor werkgevers: een mantelzorgvriendelijke werkplek', summary: 'Hoe ondersteun je werknemers die thuis zorgen? Voorbeelden uit bedrijven.', description: 'Voor leidinggevenden en HR-medewerkers. Na afloop krijg je de slides en een checklist.', organiser: COPONCHO, online: true, day: 35, from: '12:00', to: '13:00', price: 0, register: true, accessibility: ONLINE_ACCESS, audiences: ['werkgevers'] },
  { slug: 'webinar-gemeentelijk-mantelzorgbeleid', kind: 'webinar', title: 'Webinar voor gemeenten: een sterk lokaal mantelzorgbeleid', summary: 'Premies, ontmoeting en respijt: wat werkt in andere gemeenten?', description: 'Voor schepenen, ambtenaren en medewerkers van lokale besturen.', organiser: OKRA, online: true, day: 42, from: '10:00', to: '11:30', price: 0, register: true, accessibility: ONLINE_ACCESS, audiences: ['gemeenten', 'professionals'] },
  { slug: 'webinar-reeks-mantelzorg-en-psyche', kind: 'webinar', title: 'Webinarreeks: zorgen voor iemand met psychische problemen', summary: 'Elke eerste donderdag van de maand een online gesprek met een deskundige en een ervaringsdeskundige.', description: 'Telkens een ander thema: crisis, medicatie, grenzen stellen, hulp vinden.', organiser: LIEVER_THUIS, online: true, day: -30, from: '20:00', to: '21:15', rrule: 'FREQ=MONTHLY;BYDAY=1TH', price: 0, register: true, accessibility: ONLINE_ACCESS },
  { slug: 'webinar-zorgbudget-ouderen', kind: 'webinar', title: 'Webinar: het zorgbudget voor ouderen met een zorgnood', summary: 'Wie kan het krijgen en hoe verloopt de aanvraag?', description: 'Een medewerker van een zorgkas legt het stap voor stap uit.', organiser: ZORGNETWERK, online: true, day: 52, from: '14:00', to: '15:00', price: 0, accessibility: ONLINE_ACCESS },

  // Campaign days
  { slug: 'dag-van-de-mantelzorg-antwerpen', kind: 'campaign_day', title: 'Dag van de Mantelzorg: feest in Antwerpen', summary: 'Een dag om mantelzorgers in de bloemetjes te zetten, met muziek, infostands en een hapje.', description: 'Verenigingen en diensten stellen zich voor. Je kunt ook gratis een kop koffie drinken met een ervaringsdeskundige.', organiser: STEUNPUNT, venue: 'Stadsfeestzaal', address: 'Meir 78', postcode: '2000', day: 65, from: '10:00', to: '17:00', price: 0, accessibility: STEP_FREE },
  { slug: 'mantelzorgdag-ieper', kind: 'campaign_day', title: 'Mantelzorgdag in de Westhoek', summary: 'Infomarkt, workshops en een verwenmoment voor wie zorgt.', description: 'Met een gratis massage, een fotobooth en een praatcafé.', organiser: ZORGNETWERK, venue: 'Lakenhallen, Grote Markt', address: 'Grote Markt 34', postcode: '8900', day: 67, from: '13:00', to: '18:00', price: 0, accessibility: STEP_FREE },
  { slug: 'mantelzorgdag-tienen', kind: 'campaign_day', title: 'Mantelzorgdag Hageland', summary: 'Een namiddag vol info en ontspanning voor mantelzorgers uit het Hageland.', description: 'Met een infomarkt van diensten in de buurt en een optreden.', organiser: SAMANA, venue: 'Cultuurcentrum De Kruisboog', address: 'Sint-Jorisplein 20', postcode: '3300', day: 68, from: '13:30', to: '17:30', price: 0, accessibility: RING },
  { slug: 'mantelzorgdag-molenbeek', kind: 'campaign_day', title: 'Mantelzorgdag in Molenbeek', summary: 'Een buurtfeest voor en met mantelzorgers, in verschillende talen.', description: 'Met tolken, kinderanimatie en een gezamenlijke maaltijd.', organiser: COPONCHO, venue: 'Gemeenschapscentrum Westrand', address: 'Ninoofsesteenweg 10', postcode: '1080', day: 70, from: '11:00', to: '16:00', price: 0, accessibility: STEP_FREE },
  { slug: 'infomarkt-mantelzorg-pelt', kind: 'campaign_day', title: 'Infomarkt mantelzorg in Pelt', summary: 'Alle diensten en verenigingen voor mantelzorgers in Noord-Limburg op één plek.', description: 'Loop binnen wanneer je wilt. Er is koffie en een speelhoek.', organiser: OKRA, venue: 'Sporthal De Bemvoort', address: 'Sportlaan 2', postcode: '3900', day: 8, from: '14:00', to: '18:00', price: 0, accessibility: STEP_FREE },
];

export const demoActivityCount = demo.length;

/** Loads the demo activities, dated from `now` (the seed day) on. */
export async function seedDemoActivities(db: Db, now = new Date()): Promise<number> {
  const today = DateTime.fromJSDate(now, { zone: events.HOME_ZONE }).startOf('day');
  for (const d of demo) {
    const day = today.plus({ days: d.day }).toISODate()!;
    let startLocal = d.days ? day : `${day}T${d.from}:00`;
    // A recurring series starts on a day its rule produces, so its first date is a real one.
    if (d.rrule && !d.days) startLocal = events.firstMatchOnOrAfter(d.rrule, startLocal);
    const endLocal = d.days ? DateTime.fromISO(day).plus({ days: d.days }).toISODate()! : `${startLocal.slice(0, 10)}T${d.to}:00`;
    await events.saveActivity(
      db,
      {
        uid: `demo-${d.slug}@expertisepunt-mantelzorg`,
        slug: d.slug,
        kind: d.kind,
        title: d.title,
        summary: d.summary,
        description: `${d.description}\n\n${FICTION}`,
        organiser: d.organiser,
        place: d.online ? null : { venue: d.venue, address: d.address, postcode: d.postcode },
        onlineUrl: d.online ? `https://voorbeeld.invalid/webinar/${d.slug}` : null,
        allDay: Boolean(d.days),
        startLocal,
        endLocal,
        rrule: d.rrule ?? null,
        priceCents: d.price ?? null,
        priceNote: d.priceNote ?? null,
        registrationUrl: d.register ? `https://voorbeeld.invalid/inschrijven/${d.slug}` : null,
        placesLeft: d.placesLeft ?? null,
        accessibility: d.accessibility ?? null,
        audiences: d.audiences ?? ['mantelzorgers'],
        source: 'demo',
      },
      now,
    );
  }
  return demo.length;
}
