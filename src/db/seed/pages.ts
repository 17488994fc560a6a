import type { SeedPage } from './types.js';

/** Fixed pages of the demo site. Written in our own words; facts from ../shared/facts/. */
export const pages: SeedPage[] = [
  {
    slug: 'over-ons',
    title: 'Over ons',
    summary: 'Het Vlaams Expertisepunt Mantelzorg bundelt kennis over mantelzorg en maakt steun vindbaar. Dit is een demosite van de open-source software expertisepunt.',
    body: `## Let op: dit is een demosite

Deze site is een demonstratie van **expertisepunt**, open-source software om een kennisplatform over mantelzorg te bouwen. Dit is **niet** de officiële site van het Vlaams Expertisepunt Mantelzorg. De inhoud is voorbeeldinhoud. We schreven ze in eigen woorden op basis van openbare bronnen. Zoek je officiële informatie? Ga dan naar [mantelzorgers.be](https://www.mantelzorgers.be).

## Wat is het Vlaams Expertisepunt Mantelzorg?

Het Vlaams Expertisepunt Mantelzorg bundelt kennis over mantelzorg in Vlaanderen. Het werd in 2017 opgericht door het Vlaams Mantelzorgplatform en SAM vzw. Het Vlaams Mantelzorgplatform is de samenwerking van de zes erkende verenigingen van gebruikers en mantelzorgers. Sinds 1 januari 2020 hoort het expertisepunt bij VIVEL, het Vlaams Instituut voor de Eerste Lijn.

## Voor wie?

- mantelzorgers, jong en oud;
- professionals in zorg en welzijn;
- scholen;
- werkgevers;
- gemeenten en andere lokale besturen.

## Wat doen we?

- **Kennis verzamelen** over mantelzorg: rechten, hulp, onderzoek en goede voorbeelden.
- **Kennis ordenen en nakijken.** Bij elk item staat de bron en de datum waarop we het laatst nakeken.
- **Kennis delen**, in eenvoudige taal.
- **Steun vindbaar maken.** Waar kun je in je buurt terecht?
- **Signalen doorgeven aan het beleid.** Wat loopt er mis voor mantelzorgers, en wat kan beter?

## Doe je mee?

Weet jij iets wat hier niet mag ontbreken? Een goede tip, nuttige informatie of een activiteit voor mantelzorgers? Deel het met ons via [Doe je mee?](/doe-mee). We lezen elke inzending na voor we iets publiceren.

Je kunt ook helpen door deze site bekend te maken. Vertel erover aan mantelzorgers in je omgeving, aan collega's, op school of op je werk.

## Bronnen

- [Mantelzorgers.be – Over ons](https://www.mantelzorgers.be/nl/over-ons)
- [VIVEL – Over VIVEL](https://www.vivel.be/en/over-vivel/)
- [Zorg en Gezondheid – Verenigingen van gebruikers en mantelzorgers](https://zorg-en-gezondheid.be/per-domein/thuiszorg/verenigingen-van-gebruikers-en-mantelzorgers)`,
  },
];
