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
