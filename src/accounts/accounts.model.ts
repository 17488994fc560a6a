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
  | 'organisation.edit'
  | 'newsletter.manage'
  | 'privacy.manage';

const EDITOR_ACTIONS: ReadonlySet<Action> = new Set(['backoffice.enter', 'dashboard.view', 'item.edit', 'item.publish', 'theme.manage', 'search.manage', 'audience.manage', 'newsletter.manage']);

/**
 * Admins may do everything; editors all content work; partners (later) only their own
 * organisation's listings and activities. `thing` carries what the rule needs (an organisation id).
 */
export function can(user: Pick<User, 'role' | 'organisationId' | 'disabled'> | null | undefined, action: Action, thing?: { organisationId?: string | null }): boolean {
  if (!user || user.disabled) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'editor') return EDITOR_ACTIONS.has(action);
  if (user.role === 'partner') {
    if (action === 'backoffice.enter') return true;
    if (action === 'organisation.edit') return user.organisationId !== null && thing?.organisationId === user.organisationId;
  }
  return false;
}
