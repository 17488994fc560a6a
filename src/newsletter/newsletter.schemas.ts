/** TypeBox shapes of the newsletter's forms. Loose on purpose: the service checks the values and answers with field errors. */
import { Type, type Static } from '@sinclair/typebox';

const Csrf = Type.Optional(Type.String({ maxLength: 300 }));
const Slugs = Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 }));

export const SubscribeBody = Type.Object({
  _csrf: Csrf,
  email: Type.Optional(Type.String({ maxLength: 1000 })),
  audiences: Slugs,
  themes: Slugs,
  region: Type.Optional(Type.String({ maxLength: 200 })),
});
export type SubscribeBody = Static<typeof SubscribeBody>;

export const PreferencesBody = Type.Object({ _csrf: Csrf, audiences: Slugs, themes: Slugs, region: Type.Optional(Type.String({ maxLength: 200 })) });

/** RFC 8058 one-click: the mail client posts "List-Unsubscribe=One-Click"; our own button posts nothing else. */
export const UnsubscribeBody = Type.Optional(Type.Object({ 'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 100 })), _csrf: Csrf }));

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 200 }) });
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
export const FlashQuery = Type.Object({ gelukt: Type.Optional(Type.String({ maxLength: 40 })) });

export const EditionBody = Type.Object({
  _csrf: Csrf,
  title: Type.Optional(Type.String({ maxLength: 1000 })),
  intro: Type.Optional(Type.String({ maxLength: 20_000 })),
  items: Slugs,
  activities: Slugs,
  onlyMatching: Type.Optional(Type.String({ maxLength: 10 })),
});
export type EditionBody = Static<typeof EditionBody>;
export const CsrfBody = Type.Object({ _csrf: Csrf });
