/** Request shapes of the sign-in, password and user pages. Limits on every string. */
import { Type, type Static } from '@sinclair/typebox';

const Csrf = Type.Optional(Type.String({ maxLength: 300 }));

export const LoginBody = Type.Object({ _csrf: Csrf, email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 1000 }) });
export type LoginBody = Static<typeof LoginBody>;

export const BackQuery = Type.Object({ terug: Type.Optional(Type.String({ maxLength: 500 })), gelukt: Type.Optional(Type.String({ maxLength: 40 })) });
export type BackQuery = Static<typeof BackQuery>;

export const ResetBody = Type.Object({ _csrf: Csrf, email: Type.String({ maxLength: 254 }) });
export type ResetBody = Static<typeof ResetBody>;

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
export type TokenParams = Static<typeof TokenParams>;

export const PasswordBody = Type.Object({ _csrf: Csrf, password: Type.String({ maxLength: 1000 }), password2: Type.String({ maxLength: 1000 }) });
export type PasswordBody = Static<typeof PasswordBody>;

export const CsrfBody = Type.Object({ _csrf: Csrf });

export const InviteBody = Type.Object({
  _csrf: Csrf,
  email: Type.String({ maxLength: 254 }),
  name: Type.String({ maxLength: 200 }),
  role: Type.String({ maxLength: 20 }),
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
});
export type InviteBody = Static<typeof InviteBody>;

export const UserParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export type UserParams = Static<typeof UserParams>;

export const UserUpdateBody = Type.Object({
  _csrf: Csrf,
  name: Type.String({ maxLength: 200 }),
  role: Type.String({ maxLength: 20 }),
  disabled: Type.Optional(Type.String({ maxLength: 5 })),
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
});
export type UserUpdateBody = Static<typeof UserUpdateBody>;

export const AuditQuery = Type.Object({ pagina: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })) });
export type AuditQuery = Static<typeof AuditQuery>;
