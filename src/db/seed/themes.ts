import type { SeedTheme } from './types.js';

/** The managed list of themes; nestable through `parent`. */
export const themes: SeedTheme[] = [
  { slug: 'rechten-en-geld', name: 'Rechten en geld', description: 'Waar je als mantelzorger of zorgvrager recht op hebt: erkenning, budgetten en premies.' },
  { slug: 'erkenning-als-mantelzorger', name: 'Erkenning als mantelzorger', parent: 'rechten-en-geld', description: 'De officiële erkenning van mantelzorgers en wat die oplevert.' },
  { slug: 'zorgbudgetten-en-premies', name: 'Zorgbudgetten en premies', parent: 'rechten-en-geld', description: 'De zorgbudgetten van de Vlaamse sociale bescherming en andere tegemoetkomingen.' },
  { slug: 'mantelzorgpremie-gemeente', name: 'Mantelzorgpremie van de gemeente', parent: 'rechten-en-geld', description: 'Premies die gemeenten zelf aan mantelzorgers geven.' },
  { slug: 'werk-en-mantelzorg', name: 'Werk en mantelzorg', description: 'Zorg combineren met een job, voor werknemers en werkgevers.' },
  { slug: 'verlof-om-te-zorgen', name: 'Verlof om te zorgen', parent: 'werk-en-mantelzorg', description: 'Mantelzorgverlof, palliatief verlof, medische bijstand en andere verlofvormen.' },
  { slug: 'beleid-voor-werkgevers', name: 'Mantelzorgvriendelijk werkgeverschap', parent: 'werk-en-mantelzorg', description: 'Wat werkgevers kunnen doen voor werknemers die zorgen.' },
  { slug: 'respijtzorg', name: 'Respijtzorg: even op adem komen', description: 'Dagverzorging, kortverblijf, oppas, nachtzorg en zorgvakanties.' },
  { slug: 'jonge-mantelzorgers', name: 'Jonge mantelzorgers', description: 'Kinderen en jongeren die zorgen voor iemand in hun gezin.' },
  { slug: 'school-en-jonge-mantelzorgers', name: 'School en jonge mantelzorgers', parent: 'jonge-mantelzorgers', description: 'Hoe scholen jonge mantelzorgers herkennen en steunen.' },
  { slug: 'dementie', name: 'Dementie', description: 'Zorgen voor iemand met dementie.' },
  { slug: 'zorg-voor-jezelf', name: 'Zorg voor jezelf', description: 'Overbelasting voorkomen en steun vinden bij lotgenoten.' },
  { slug: 'levenseinde', name: 'Levenseinde en palliatieve zorg', description: 'Zorgen voor iemand in de laatste levensfase.' },
  { slug: 'psychische-kwetsbaarheid', name: 'Psychische kwetsbaarheid', description: 'Zorgen voor iemand met psychische problemen of een verslaving.' },
  { slug: 'lokaal-mantelzorgbeleid', name: 'Mantelzorgbeleid in de gemeente', description: 'Wat lokale besturen doen en kunnen doen voor mantelzorgers.' },
  { slug: 'samenwerken-met-professionals', name: 'Samenwerken met professionals', description: 'Mantelzorgers en zorgverleners als partners.' },
  { slug: 'cijfers-en-beleid', name: 'Cijfers en beleid', description: 'Hoeveel mantelzorgers er zijn en wat de overheid plant.' },
];
