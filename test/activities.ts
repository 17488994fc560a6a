/** A valid activity for tests: a peer-support evening in Geel on 5 January 2027, with what the test changes. */
import type { ActivityInput } from '../src/events/events.service.js';

export function activityInput(slug: string, overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    slug,
    kind: 'peer_support',
    title: `Test ${slug}`,
    summary: 'Een activiteit voor de test.',
    organiser: 'Samana',
    place: { venue: 'Zaal De Linde', address: 'Lindestraat 4', postcode: '2440' },
    startLocal: '2027-01-05T19:00',
    endLocal: '2027-01-05T21:00',
    audiences: ['mantelzorgers'],
    source: 'editor',
    ...overrides,
  };
}
