/** Request schemas of the activities calendar's public routes. Empty values mean "all". */
import { Type, type Static } from '@sinclair/typebox';
import { ACTIVITY_KINDS, KIND_INFO } from './events.model.js';

const Empty = Type.Literal('');
const DateText = Type.String({ maxLength: 10 });

/** /activiteiten?soort=lotgenotencontact&postcode=2440&afstand=20&doelgroep=mantelzorgers&van=2026-12-01&tot=2026-12-31&pagina=2 */
export const ActivityListQuery = Type.Object({
  soort: Type.Optional(Type.Union([Empty, ...ACTIVITY_KINDS.map((k) => Type.Literal(KIND_INFO[k].slug))])),
  postcode: Type.Optional(Type.String({ maxLength: 80 })),
  afstand: Type.Optional(Type.Union([Empty, Type.Integer({ minimum: 1, maximum: 100 })])),
  doelgroep: Type.Optional(Type.Union([Empty, Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 100 })])),
  van: Type.Optional(DateText),
  tot: Type.Optional(DateText),
  pagina: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
});
export type ActivityListQuery = Static<typeof ActivityListQuery>;

/** /activiteiten/<slug> and /activiteiten/<slug>.ics */
export const ActivityParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*(\\.ics)?$', maxLength: 210 }) });
export type ActivityParams = Static<typeof ActivityParams>;

// ---- /beheer/activiteiten ----

const Csrf = Type.Optional(Type.String({ maxLength: 300 }));
const Text = (max: number) => Type.Optional(Type.String({ maxLength: max }));

export const ActivityAdminParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type ActivityAdminParams = Static<typeof ActivityAdminParams>;

/** /beheer/activiteiten?wanneer=voorbij&toon=alle&organisatie=<uuid> */
export const ActivityAdminListQuery = Type.Object({
  wanneer: Type.Optional(Type.Union([Empty, Type.Literal('komend'), Type.Literal('voorbij')])),
  toon: Type.Optional(Type.Union([Empty, Type.Literal('eigen'), Type.Literal('alle')])),
  organisatie: Type.Optional(Type.String({ maxLength: 64 })),
  gelukt: Type.Optional(Type.String({ maxLength: 40 })),
});
export type ActivityAdminListQuery = Static<typeof ActivityAdminListQuery>;

export const ActivityFlashQuery = Type.Object({ gelukt: Type.Optional(Type.String({ maxLength: 40 })) });
export type ActivityFlashQuery = Static<typeof ActivityFlashQuery>;

/** The activity form: every value as the browser sends it; the editing rules check them. */
export const ActivityFormBody = Type.Object({
  _csrf: Csrf,
  kind: Text(40),
  title: Text(1000),
  slug: Text(1000),
  summary: Text(5000),
  description: Text(50000),
  organiser: Text(1000),
  organisationId: Text(64),
  venue: Text(1000),
  address: Text(1000),
  postcode: Text(100),
  onlineUrl: Text(2000),
  startDate: Text(40),
  startTime: Text(40),
  endDate: Text(40),
  endTime: Text(40),
  allDay: Text(10),
  repeat: Type.Optional(Type.Union([Type.Literal('none'), Type.Literal('weekly'), Type.Literal('monthly'), Type.Literal('custom')])),
  interval: Text(10),
  until: Text(40),
  rrule: Text(500),
  exdates: Text(5000),
  price: Text(40),
  priceNote: Text(1000),
  registrationUrl: Text(2000),
  placesLeft: Text(20),
  accessibility: Text(5000),
  infoUrl: Text(2000),
  audiences: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
});
export type ActivityFormBody = Static<typeof ActivityFormBody>;

export const ActivityCsrfBody = Type.Object({ _csrf: Csrf });
