/**
 * The HTTP face of accounts for every /beheer route: loads the signed-in user from the session
 * cookie, and guard(action) refuses anonymous visitors (redirect to sign-in) and users without the
 * right (403). Back-office routes of other features use guard() and adminFrame() from here.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { PRIVATE_PREFIX } from '../web/web.plugin.js';
import type { Actor } from '../audit/audit.service.js';
import { actorOf, can, hashToken, ROLE_LABELS, userForSession, type Action, type User } from './accounts.service.js';

export const SESSION_COOKIE = 'ep_sessie';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    sessionToken: string | null;
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super('forbidden', 403, 'Je hebt geen toegang tot deze pagina. Vraag het aan een beheerder als je denkt dat dit niet klopt.');
  }
}

/** Reads the session cookie on /beheer requests only: public pages never look at (or set) a cookie. */
export function registerSessionLoader(app: FastifyInstance, db: Db): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(PRIVATE_PREFIX)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const user = await userForSession(db, token);
    if (!user) return;
    request.user = user;
    request.sessionToken = token;
    request.csrfSubject = hashToken(token);
  });
}

export function loginUrl(back: string): string {
  return `/beheer/aanmelden?terug=${encodeURIComponent(back)}`;
}

/** Route hook: anonymous → 303 to the sign-in page; signed in without the right → 403. */
export function guard(action: Action): onRequestAsyncHookHandler {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    if (!request.user) {
      const back = request.method === 'GET' ? request.url : '/beheer';
      return reply.redirect(loginUrl(back), 303);
    }
    if (!can(request.user, action)) throw new ForbiddenError();
  };
}

/** The signed-in user as the actor of a change (audit log, revisions). */
export function actor(request: FastifyRequest): Actor {
  if (!request.user) throw new ForbiddenError();
  return actorOf(request.user);
}

const NAV: { href: string; label: string; action: Action }[] = [
  { href: '/beheer', label: 'Overzicht', action: 'backoffice.enter' },
  { href: '/beheer/items', label: 'Items', action: 'item.edit' },
  { href: '/beheer/organisaties', label: 'Organisaties', action: 'directory.edit' },
  { href: '/beheer/premies', label: 'Premies', action: 'directory.manage' },
  { href: '/beheer/bijdragen', label: 'Bijdragen', action: 'contribution.moderate' },
  { href: '/beheer/themas', label: "Thema's", action: 'theme.manage' },
  { href: '/beheer/doelgroepen', label: 'Doelgroepen', action: 'audience.manage' },
  { href: '/beheer/activiteiten', label: 'Activiteiten', action: 'activity.edit' },
  { href: '/beheer/sleutels', label: 'API-sleutels', action: 'token.manage' },
  { href: '/beheer/widgets', label: 'Widgets', action: 'backoffice.enter' },
  { href: '/beheer/zoeken', label: 'Zoeken', action: 'search.manage' },
  { href: '/beheer/nieuwsbrief', label: 'Nieuwsbrief', action: 'newsletter.manage' },
  { href: '/beheer/gebruikers', label: 'Gebruikers', action: 'user.manage' },
  { href: '/beheer/privacy', label: 'Privacy', action: 'privacy.manage' },
  { href: '/beheer/audit', label: 'Auditlog', action: 'audit.view' },
  { href: '/beheer/account', label: 'Mijn account', action: 'backoffice.enter' },
];

/** What AdminLayout needs about the signed-in user: menu, name, sign-out token. */
export function adminFrame(request: FastifyRequest, current?: string) {
  const user = request.user;
  return {
    nav: user ? NAV.filter((n) => can(user, n.action)).map(({ href, label }) => ({ href, label })) : [],
    current,
    account: user ? { name: user.name, roleLabel: ROLE_LABELS[user.role] } : null,
    csrfToken: user ? request.csrfToken() : undefined,
  };
}
