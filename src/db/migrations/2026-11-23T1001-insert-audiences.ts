import type { Kysely } from 'kysely';

// Reference data: the five audiences the site is organised around. Frozen once merged.
const audiences = [
  { slug: 'mantelzorgers', name: 'Mantelzorgers', description: 'Je zorgt voor iemand in je buurt: je partner, ouder, kind, familielid, buur of vriend.' },
  { slug: 'professionals', name: 'Professionals', description: 'Je werkt in zorg of welzijn en ondersteunt mantelzorgers en zorgvragers.' },
  { slug: 'onderwijs', name: 'Onderwijs', description: 'Je werkt in een school en wil jonge mantelzorgers herkennen en steunen.' },
  { slug: 'werkgevers', name: 'Werkgevers', description: 'Je wil werknemers die mantelzorger zijn helpen om werk en zorg te combineren.' },
  { slug: 'gemeenten', name: 'Gemeenten', description: 'Je werkt voor een lokaal bestuur en bouwt mee aan mantelzorgbeleid.' },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('audiences').values(audiences.map((a, position) => ({ ...a, position }))).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('audiences').where('slug', 'in', audiences.map((a) => a.slug)).execute();
}
