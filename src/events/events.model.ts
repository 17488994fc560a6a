/** Domain types of the activities calendar: kinds, activities, occurrences. */

export const ACTIVITY_KINDS = ['info_session', 'peer_support', 'training', 'care_holiday', 'webinar', 'campaign_day'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Dutch names and URL slugs; the slug is what /activiteiten?soort= takes. */
export const KIND_INFO: Record<ActivityKind, { slug: string; label: string; plural: string }> = {
  info_session: { slug: 'infosessie', label: 'Infosessie', plural: 'Infosessies' },
  peer_support: { slug: 'lotgenotencontact', label: 'Lotgenotencontact', plural: 'Lotgenotencontact' },
  training: { slug: 'vorming', label: 'Vorming', plural: 'Vormingen' },
  care_holiday: { slug: 'zorgvakantie', label: 'Zorgvakantie', plural: 'Zorgvakanties' },
  webinar: { slug: 'webinar', label: 'Webinar', plural: 'Webinars' },
  campaign_day: { slug: 'campagnedag', label: 'Campagnedag', plural: 'Campagnedagen' },
};

export function kindFromSlug(slug: string): ActivityKind | undefined {
  return ACTIVITY_KINDS.find((k) => KIND_INFO[k].slug === slug);
}

/** Our own activities are planned in Brussels time, the site's zone. */
export { HOME_ZONE } from '../web/day.js';

export interface ActivityOverride {
  /** wall-clock start of the occurrence it replaces, in the activity's zone (RECURRENCE-ID) */
  recurrenceLocal: string;
  startLocal: string;
  endLocal: string;
  title: string | null;
  description: string | null;
  venue: string | null;
  cancelled: boolean;
}

export interface ActivityPlace {
  venue: string | null;
  address: string | null;
  postcode: string | null;
  nisCode: string | null;
  municipality: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Activity {
  id: number;
  uid: string;
  slug: string;
  kind: ActivityKind;
  title: string;
  summary: string;
  description: string;
  organiser: string;
  organisationId: string | null;
  place: ActivityPlace | null;
  onlineUrl: string | null;
  timeZone: string;
  timeZoneDefinition: string | null;
  allDay: boolean;
  /** wall-clock values in timeZone: '2026-12-01T19:00:00', or '2026-12-01' for a whole day */
  startLocal: string;
  endLocal: string;
  /** UTC instants of the first occurrence */
  startsAt: string;
  endsAt: string;
  rrule: string | null;
  rdates: string[];
  exdates: string[];
  overrides: ActivityOverride[];
  /** null: unknown; 0: free */
  priceCents: number | null;
  priceNote: string | null;
  registrationUrl: string | null;
  placesLeft: number | null;
  accessibility: string | null;
  infoUrl: string | null;
  audiences: string[];
  source: 'demo' | 'import' | 'editor';
  /** not yet published: seen only in the back office */
  draft: boolean;
  updatedAt: string;
}

/** One dated occurrence of an activity, as lists and feeds show it. */
export interface Occurrence {
  activity: Activity;
  /** UTC instants */
  start: string;
  end: string;
  /** wall-clock values in the activity's zone */
  startLocal: string;
  endLocal: string;
  title: string;
  /** km from the searched place, when one was given */
  distanceKm?: number;
}

/** What the search engine indexes. */
export interface ActivitySearchDocument {
  kind: 'activity';
  id: string;
  url: string;
  title: string;
  summary: string;
  body: string;
  audiences: string[];
}
