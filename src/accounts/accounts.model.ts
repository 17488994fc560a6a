/** Roles and what each may do. can() is the one place that answers "may this user do that?". */
export type Role = 'admin' | 'editor' | 'partner';
export const ROLES: readonly Role[] = ['admin', 'editor', 'partner'];
export const ROLE_LABELS: Record<Role, string> = { admin: 'Beheerder', editor: 'Redacteur', partner: 'Partner' };

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** a partner's directory organisation (HSDS UUID) */
  organisationId: string | null;
  disabled: boolean;
  hasPassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export type Action =
  | 'backoffice.enter'
  | 'dashboard.view'
  | 'item.edit'
  | 'item.publish'
  | 'theme.manage'
  | 'search.manage'
  | 'audience.manage'
  | 'user.manage'
  | 'audit.view'
  /** open the directory pages of /beheer: editors, admins, and partners linked to an organisation */
  | 'directory.edit'
  /** create and delete organisations, carer premiums: editors and admins */
  | 'directory.manage'
  | 'organisation.edit'
  /** the activities calendar in /beheer; with an organisationId: that organisation's activity */
  | 'activity.edit'
  /** partner API tokens; with an organisationId: that organisation's tokens */
  | 'token.manage'
  | 'contribution.moderate'
  | 'newsletter.manage'
  | 'privacy.manage';

const EDITOR_ACTIONS: ReadonlySet<Action> = new Set([
  'backoffice.enter',
  'dashboard.view',
  'item.edit',
  'item.publish',
  'theme.manage',
  'search.manage',
  'audience.manage',
  'directory.edit',
  'directory.manage',
  'organisation.edit',
  'activity.edit',
  'contribution.moderate',
  'newsletter.manage',
]);

/**
 * Admins may do everything; editors all content work and every listing; partners only their own
 * organisation's listings and activities. `thing` carries what the rule needs (an organisation id).
 */
export function can(user: Pick<User, 'role' | 'organisationId' | 'disabled'> | null | undefined, action: Action, thing?: { organisationId?: string | null }): boolean {
  if (!user || user.disabled) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'editor') return EDITOR_ACTIONS.has(action);
  if (user.role === 'partner') {
    if (action === 'backoffice.enter') return true;
    if (action === 'directory.edit') return user.organisationId !== null;
    if (action === 'organisation.edit') return user.organisationId !== null && thing?.organisationId === user.organisationId;
    // Without a thing: may open the pages (which then show only their own organisation's records).
    if (action === 'activity.edit' || action === 'token.manage') return user.organisationId !== null && (thing === undefined || thing.organisationId === user.organisationId);
  }
  return false;
}

/** The one organisation a user's directory pages are limited to, or null when the user may see them all. */
export function organisationScope(user: Pick<User, 'role' | 'organisationId'>): string | null {
  return user.role === 'partner' ? (user.organisationId ?? '') : null;
}
