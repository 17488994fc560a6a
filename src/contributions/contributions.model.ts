/** Domain types of "Doe je mee?": the kinds of contribution, their fields and Dutch names, and the statuses. */
import { DETAIL_FIELDS } from '../content/content.service.js';

export type ContributionKind = 'info' | 'activity' | 'practice' | 'listing' | 'correction';
export type ContributionStatus = 'new' | 'question' | 'accepted' | 'declined';

export const CONTRIBUTION_KINDS: readonly ContributionKind[] = ['info', 'activity', 'practice', 'listing', 'correction'];
export const CONTRIBUTION_STATUSES: readonly ContributionStatus[] = ['new', 'question', 'accepted', 'declined'];

export interface KindField {
  key: string;
  label: string;
  hint?: string;
  /** a long text (textarea) */
  long?: boolean;
  type?: 'text' | 'url' | 'date' | 'time';
  options?: { value: string; label: string }[];
}

/** Per kind: its address under /doe-mee, the form's heading and intro, and its own fields (kept in `details`). */
export const KIND_INFO: Record<ContributionKind, { slug: string; label: string; heading: string; intro: string; titleLabel: string; bodyLabel: string; fields: KindField[] }> = {
  info: {
    slug: 'informatie',
    label: 'Informatie, tip of publicatie',
    heading: 'Deel informatie, een tip of een publicatie',
    intro: 'Weet je iets wat andere mantelzorgers of hulpverleners moeten weten? Vertel het ons. Je mag ook een bestand meesturen.',
    titleLabel: 'Waarover gaat het? (een korte titel)',
    bodyLabel: 'Vertel het ons',
    fields: [
      {
        key: 'itemType',
        label: 'Wat deel je?',
        options: [
          { value: 'article', label: 'Informatie' },
          { value: 'tip', label: 'Een tip' },
          { value: 'publication', label: 'Een publicatie (boek, brochure, onderzoek)' },
        ],
      },
      { key: 'link', label: 'Link (als die er is)', type: 'url', hint: 'Begint met http:// of https://' },
    ],
  },
  activity: {
    slug: 'activiteit',
    label: 'Activiteit',
    heading: 'Meld een activiteit',
    intro: 'Organiseer je een infosessie, een praatgroep, een vorming of een andere activiteit voor mantelzorgers? Meld ze hier.',
    titleLabel: 'Naam van de activiteit',
    bodyLabel: 'Wat gebeurt er op de activiteit?',
    fields: [
      { key: 'date', label: 'Datum', type: 'date' },
      { key: 'time', label: 'Uur', type: 'time' },
      { key: 'place', label: 'Waar? (adres of "online")' },
      { key: 'organiser', label: 'Wie organiseert?' },
      { key: 'link', label: 'Link voor meer info of inschrijven', type: 'url', hint: 'Begint met http:// of https://' },
    ],
  },
  practice: {
    slug: 'goede-praktijk',
    label: 'Goede praktijk',
    heading: 'Beschrijf een goede praktijk',
    intro: 'Werkt jouw organisatie of gemeente op een manier die mantelzorgers echt helpt? Beschrijf ze, dan kunnen anderen ervan leren.',
    titleLabel: 'Naam van de praktijk',
    bodyLabel: 'Beschrijf de praktijk kort',
    // The structured fields of the good-practice item type, so an accepted one becomes that item as it is.
    fields: DETAIL_FIELDS.practice.map((f) => ({ key: f.key, label: f.label, long: ['approach', 'results', 'goal'].includes(f.key) })),
  },
  listing: {
    slug: 'organisatie',
    label: 'Organisatie of dienst',
    heading: 'Stel een organisatie of dienst voor',
    intro: 'Ken je een organisatie of dienst die mantelzorgers steunt en die nog niet op onze kaart staat? Laat het ons weten.',
    titleLabel: 'Naam van de organisatie of dienst',
    bodyLabel: 'Wat doet ze voor mantelzorgers?',
    fields: [
      { key: 'municipality', label: 'Gemeente' },
      { key: 'website', label: 'Website', type: 'url', hint: 'Begint met http:// of https://' },
      { key: 'phone', label: 'Telefoon' },
      { key: 'address', label: 'Adres' },
    ],
  },
  correction: {
    slug: 'correctie',
    label: 'Iets klopt niet',
    heading: 'Klopt er iets niet?',
    intro: 'Zag je een fout, een oud adres of informatie die niet meer klopt? Vertel ons wat er moet veranderen.',
    titleLabel: 'Korte omschrijving',
    bodyLabel: 'Wat klopt er niet, en wat moet het zijn?',
    fields: [],
  },
};

export const STATUS_INFO: Record<ContributionStatus, { label: string; explanation: string }> = {
  new: { label: 'Nieuw', explanation: 'We hebben je bijdrage goed ontvangen. Een redacteur bekijkt ze zo snel mogelijk.' },
  question: { label: 'Vraag gesteld', explanation: 'Een redacteur heeft een vraag over je bijdrage. Je vindt de vraag hieronder.' },
  accepted: { label: 'Aanvaard', explanation: 'Dank je wel! We gebruiken je bijdrage op de site. Een redacteur werkt ze nog af voor ze verschijnt.' },
  declined: { label: 'Niet opgenomen', explanation: 'We nemen je bijdrage niet op. Hieronder lees je waarom.' },
};

/** How a message is introduced, to the submitter and to the editors. */
export const MESSAGE_LABELS: Record<ContributionMessage['kind'], string> = { question: 'Vraag van de redactie', reply: 'Antwoord van de indiener', accepted: 'Aanvaard', declined: 'Niet opgenomen' };

export function kindFromSlug(slug: string): ContributionKind | undefined {
  return CONTRIBUTION_KINDS.find((k) => KIND_INFO[k].slug === slug);
}

/** Pages a correction may be about: an item, an activity, a service or an organisation. */
export const CORRECTABLE_PATH = /^\/(kennis|activiteiten|ondersteuning|organisatie)\/[a-z0-9-]{1,200}$/;

export interface ContributionMessage {
  id: number;
  kind: 'question' | 'reply' | 'accepted' | 'declined';
  body: string;
  authorLabel: string;
  mailed: boolean;
  createdAt: string;
}

/** What the public status page shows: nothing personal. */
export interface ContributionStatusView {
  kind: ContributionKind;
  title: string;
  status: ContributionStatus;
  createdAt: string;
  handledAt: string | null;
  messages: ContributionMessage[];
}

export interface Contribution extends ContributionStatusView {
  id: number;
  body: string;
  details: Record<string, string>;
  file: { name: string; type: string; size: number } | null;
  name: string | null;
  email: string | null;
  ip: string | null;
  contactErasedAt: string | null;
  record: { type: string; id: string; url: string } | null;
  updatedAt: string;
}

/** What a visitor sends in (every text as typed; checked by the service). */
export interface ContributionInput {
  kind: ContributionKind;
  title: string;
  body: string;
  details: Record<string, string>;
  name: string;
  email: string;
  /** the consent box: required when a name or email is given */
  consent: boolean;
  file?: { name: string; data: Buffer; truncated?: boolean } | null;
}

/** Spam signals the route read from the request. */
export interface SpamSignals {
  /** the honeypot field's value (people never see it, so it stays empty) */
  honeypot: string;
  /** seconds since the form was shown (from its signed time stamp), null when unknown */
  formAgeSeconds: number | null;
}

/** What an editor may change on a submission before deciding. */
export interface ContributionEdit {
  title: string;
  body: string;
  details: Record<string, string>;
}

/** The accept form: the draft item (or, for an activity or a listing, the draft activity or service) to create. */
export interface AcceptInput {
  /** an item type; not used for activities and listings */
  itemType: string;
  /** a listing: the existing organisation the service belongs to; '' for a new draft organisation */
  organisationId?: string;
  slug: string;
  title: string;
  summary: string;
  audiences: string[];
  themes: string[];
}
