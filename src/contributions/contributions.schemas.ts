/** Request schemas of "Doe je mee?" (the public forms' bodies are multipart and checked field by field in the service). */
import { Type, type Static } from '@sinclair/typebox';
import { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, KIND_INFO } from './contributions.model.js';

const Csrf = Type.Optional(Type.String({ maxLength: 300 }));

export const KindParams = Type.Object({ soort: Type.Union(CONTRIBUTION_KINDS.map((k) => Type.Literal(KIND_INFO[k].slug))) });
export type KindParams = Static<typeof KindParams>;

/** A correction form opened from a page: which page (path) and its title. */
export const KindQuery = Type.Object({
  over: Type.Optional(Type.String({ maxLength: 300 })),
  titel: Type.Optional(Type.String({ maxLength: 300 })),
});
export type KindQuery = Static<typeof KindQuery>;

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
export type TokenParams = Static<typeof TokenParams>;

export const StatusQuery = Type.Object({ nieuw: Type.Optional(Type.String({ maxLength: 10 })) });

export const ReplyBody = Type.Object({ _csrf: Csrf, reply: Type.String({ maxLength: 20_000 }) });
export type ReplyBody = Static<typeof ReplyBody>;
export type StatusQuery = Static<typeof StatusQuery>;

export const QueueQuery = Type.Object({
  status: Type.Optional(Type.Union(CONTRIBUTION_STATUSES.map((s) => Type.Literal(s)))),
  pagina: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
});
export type QueueQuery = Static<typeof QueueQuery>;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type IdParams = Static<typeof IdParams>;

export const FlashQuery = Type.Object({ gelukt: Type.Optional(Type.String({ maxLength: 40 })) });
export type FlashQuery = Static<typeof FlashQuery>;

/** The editor's edit form: title, text and the kind's own fields as d_<key>. */
export const EditBody = Type.Object(
  { _csrf: Csrf, title: Type.String({ maxLength: 2000 }), body: Type.String({ maxLength: 50_000 }) },
  { additionalProperties: Type.String({ maxLength: 5000 }) },
);
export type EditBody = Static<typeof EditBody>;

export const QuestionBody = Type.Object({ _csrf: Csrf, question: Type.String({ maxLength: 20_000 }) });
export type QuestionBody = Static<typeof QuestionBody>;

export const DeclineBody = Type.Object({ _csrf: Csrf, reason: Type.String({ maxLength: 20_000 }) });
export type DeclineBody = Static<typeof DeclineBody>;

const Slugs = Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }));

export const AcceptBody = Type.Object({
  _csrf: Csrf,
  itemType: Type.Optional(Type.String({ maxLength: 20 })),
  organisationId: Type.Optional(Type.String({ maxLength: 100 })),
  itemSlug: Type.Optional(Type.String({ maxLength: 1000 })),
  itemTitle: Type.Optional(Type.String({ maxLength: 2000 })),
  itemSummary: Type.Optional(Type.String({ maxLength: 5000 })),
  audiences: Slugs,
  themes: Slugs,
});
export type AcceptBody = Static<typeof AcceptBody>;
