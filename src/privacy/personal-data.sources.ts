/** Every feature's PersonalDataSource. A feature that starts keeping personal data adds one line here. */
import type { PersonalDataSource } from './personal-data.js';
import { contributionsPersonalData } from '../contributions/contributions.service.js';

export function allPersonalDataSources(): PersonalDataSource[] {
  return [
    contributionsPersonalData,
  ];
}
