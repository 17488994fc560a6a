/** The newsletter's domain types. */

export type SubscriberStatus = 'pending' | 'confirmed';

export interface Interests {
  /** audience slugs; empty: every audience */
  audiences: string[];
  /** theme slugs; empty: every theme */
  themes: string[];
  /** 'provincie:<name>' or 'gemeente:<slug>'; null: all of Flanders and Brussels */
  region: string | null;
}

export interface Subscriber extends Interests {
  id: number;
  email: string;
  token: string;
  status: SubscriberStatus;
  createdAt: string;
  confirmedAt: string | null;
}

export type EditionKind = 'edition' | 'digest';
export type EditionStatus = 'draft' | 'sending' | 'sent';

export interface Entry {
  kind: 'item' | 'activity';
  ref: string;
  title: string;
  summary: string;
  url: string;
  startsAt: string | null;
  place: string | null;
  audiences: string[];
  themes: string[];
  regions: string[];
}

export interface Edition {
  id: number;
  kind: EditionKind;
  slug: string;
  title: string;
  intro: string;
  status: EditionStatus;
  onlyMatching: boolean;
  createdAt: string;
  sentAt: string | null;
  entries: Entry[];
}

export type SendStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'skipped';

export interface SendCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  unknown: number;
  skipped: number;
}

/** What the editor picks for an edition. */
export interface EditionInput {
  title: string;
  intro: string;
  items: string[];
  activities: string[];
  onlyMatching: boolean;
}

export const STATUS_LABELS: Record<EditionStatus, string> = { draft: 'Klad', sending: 'Wordt verstuurd', sent: 'Verstuurd' };

/** Does an entry interest this subscriber? No interests chosen in a field means "all". */
export function entryMatches(entry: Pick<Entry, 'kind' | 'audiences' | 'themes' | 'regions'>, interests: Interests): boolean {
  const overlap = (want: string[], has: string[]) => want.length === 0 || has.some((x) => want.includes(x));
  if (!overlap(interests.audiences, entry.audiences)) return false;
  // Activities carry no themes, items no region: only the fields an entry has are compared.
  if (entry.kind === 'item' && !overlap(interests.themes, entry.themes)) return false;
  if (entry.kind === 'activity' && interests.region && entry.regions.length > 0 && !entry.regions.includes(interests.region)) return false;
  return true;
}
