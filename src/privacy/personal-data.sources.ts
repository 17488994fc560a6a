/** Every feature's PersonalDataSource. A feature that starts keeping personal data adds one line here. */
import type { PersonalDataSource } from './personal-data.js';
import { contributionsPersonalData } from '../contributions/contributions.service.js';
import { newsletterPersonalData } from '../newsletter/newsletter.service.js';
import { usersPersonalData } from '../accounts/accounts.personal-data.js';
import { auditPersonalData } from '../audit/audit.service.js';

export function allPersonalDataSources(): PersonalDataSource[] {
  return [
    contributionsPersonalData,
    newsletterPersonalData,
    usersPersonalData,
    // last: the audit log may name the address in entries about the sources above
    auditPersonalData,
  ];
}
