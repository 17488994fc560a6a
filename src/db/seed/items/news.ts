/**
 * Demo news ('news'): short messages of the centre about changes carers and professionals should know
 * of. Written in our own words from ../shared/facts/mantelzorg-vlaanderen.md; each names its sources.
 */
import type { SeedItem } from '../types.js';

export const newsItems: SeedItem[] = [
  {
    type: 'news',
    slug: 'fusiegemeenten-2025-kijk-je-mantelzorgpremie-na',
    title: 'Je gemeente is gefusioneerd? Kijk je mantelzorgpremie na',
    summary:
      'Op 1 januari 2025 zijn in Vlaanderen een aantal gemeenten samengegaan. Kreeg je een mantelzorgpremie van je oude gemeente? Vraag dan na wat de nieuwe gemeente doet.',
    body: `## Wat is er veranderd?

Op 1 januari 2025 zijn in Vlaanderen dertien nieuwe gemeenten ontstaan uit een fusie van twee of drie gemeenten. Zwijndrecht is bijvoorbeeld samen met Beveren en Kruibeke de gemeente Beveren-Kruibeke-Zwijndrecht geworden.

## Wat betekent dat voor je premie?

Een mantelzorgpremie is een keuze van de gemeente zelf. Na een fusie beslist de nieuwe gemeente of ze een premie geeft, hoeveel en onder welke voorwaarden. De regels van je oude gemeente gelden dus misschien niet meer.

## Wat doe je best?

- Zoek je gemeente op bij **Ondersteuning in je gemeente** op deze website.
- Vraag bij je gemeente of OCMW na welke premie er nu is.
- Zie je bij ons iets dat niet meer klopt? Laat het ons weten.`,
    audiences: ['mantelzorgers', 'gemeenten'],
    themes: ['mantelzorgpremie-gemeente', 'lokaal-mantelzorgbeleid'],
    sources: [
      { title: 'Fusies van gemeenten – VVSG', url: 'https://www.vvsg.be/bestuur/samenwerking-verzelfstandiging/fusies' },
      { title: '167 mantelzorgers krijgen premie (Zwijndrecht) – HLN', url: 'https://www.hln.be/regio/zwijndrecht/167-mantelzorgers-krijgen-premie~a450f6ef/' },
    ],
    publishedAt: '2026-01-12',
    updatedAt: '2026-01-12',
    lastReviewedAt: '2026-01-12',
    reviewBy: '2027-01-12',
  },
  {
    type: 'news',
    slug: 'eerstelijnszones-nieuwe-indeling-2025',
    title: 'Nieuwe indeling van de eerstelijnszones sinds 2025',
    summary:
      'Vlaanderen is verdeeld in 60 eerstelijnszones. Door de fusies van gemeenten is die indeling op 1 januari 2025 aangepast. Voor professionals kan de zorgraad in hun regio veranderd zijn.',
    body: `## Wat is een eerstelijnszone?

Een eerstelijnszone is een regio waarin zorgverleners en welzijnswerkers samenwerken. Elke zone heeft minstens 60.000 inwoners en een eigen zorgraad. In Vlaanderen zijn er 60 zones.

## Wat is er veranderd?

Door de fusies van gemeenten op 1 januari 2025 is de indeling opnieuw bekeken. Sommige gemeenten horen nu bij een andere zone.

## Wat doe je als professional?

Kijk op de website van het Departement Zorg bij welke zone je gemeente nu hoort. Zo weet je met welke zorgraad je samenwerkt rond mantelzorg.`,
    audiences: ['professionals', 'gemeenten'],
    themes: ['samenwerken-met-professionals', 'lokaal-mantelzorgbeleid'],
    sources: [{ title: 'Eerstelijnszones en zorgraden – Departement Zorg', url: 'https://www.departementzorg.be/nl/eerstelijnszones-en-zorgraden' }],
    publishedAt: '2026-02-03',
    updatedAt: '2026-02-03',
    lastReviewedAt: '2026-02-03',
    reviewBy: '2027-02-03',
  },
  {
    type: 'news',
    slug: 'zorgbudget-zwaar-zorgbehoevenden-bedrag-nagaan',
    title: 'Zorgbudget voor zwaar zorgbehoevenden: vraag het juiste bedrag na',
    summary:
      'Het zorgbudget voor zwaar zorgbehoevenden is een vast bedrag per maand. Bronnen noemen 130 of 140 euro. Vraag het bedrag van nu na bij je zorgkas.',
    body: `## Wat is het zorgbudget?

Wie zwaar zorgbehoevend is, kan een vast bedrag per maand krijgen van de zorgkas. Je mag het vrij besteden, er is geen leeftijdsgrens en je betaalt er geen belasting op.

## Welk bedrag?

Lange tijd was het bedrag 130 euro per maand. Een nieuwere pagina van een zorgkas noemt 140 euro per maand. Bedragen worden elk jaar aangepast. Wij konden het bedrag van nu nog niet nakijken.

## Wat doe je?

Vraag bij je zorgkas welk bedrag nu geldt. Lees ook onze info over het zorgbudget voor zwaar zorgbehoevenden.`,
    audiences: ['mantelzorgers'],
    themes: ['zorgbudgetten-en-premies'],
    sources: [
      { title: 'Zorgbudget voor zwaar zorgbehoevenden – Vlaamse sociale bescherming', url: 'https://vlaamsesocialebescherming.be/zorgbudget-voor-zwaar-zorgbehoevenden' },
      { title: 'Zorgkas van de Onafhankelijke Ziekenfondsen – MLOZ', url: 'https://www.mloz.be/nl/zorgkas-van-de-onafhankelijke-ziekenfondsen' },
    ],
    publishedAt: '2026-03-10',
    updatedAt: '2026-03-10',
    lastReviewedAt: '2026-03-10',
    reviewBy: '2027-03-10',
  },
];
