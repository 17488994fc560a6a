/**
 * Personal data of back-office accounts (editors, admins, partners): the export shows the account
 * and its sessions; erasure anonymises the account (the audit log and revisions stay linked to it,
 * under a neutral name) and removes its sessions and mailed links.
 */
import { normaliseEmail, type PersonalDataSource } from '../privacy/personal-data.js';
import { relabelRevisionsOfUser } from '../content/content.service.js';
import * as repo from './accounts.repository.js';

export const ERASED_LABEL = 'Gewiste gebruiker';

export const usersPersonalData: PersonalDataSource = {
  name: 'users',
  async export(db, email) {
    const row = await repo.findUserByEmail(db, normaliseEmail(email));
    if (!row) return null;
    const sessions = await repo.listSessionsOfUser(db, row.id);
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      organisationId: row.organisation_id,
      disabled: row.disabled === 1,
      hasPassword: row.password_hash !== null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      sessions: sessions.map((s) => ({ createdAt: s.created_at, expiresAt: s.expires_at })),
    };
  },
  async erase(tx, email) {
    const row = await repo.findUserByEmail(tx, normaliseEmail(email));
    if (!row) return 0;
    await repo.anonymiseUser(tx, row.id, new Date().toISOString());
    return 1 + (await relabelRevisionsOfUser(tx, row.id, ERASED_LABEL));
  },
};
