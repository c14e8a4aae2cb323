import type { Trust } from '../shared/sync';

/** The trusts every new store starts with (ODS code, name, NHS England region). Admins add more. */
export const SEED_TRUSTS: Trust[] = [
  { code: 'RXT', name: 'Birmingham and Solihull Mental Health NHS Foundation Trust', region: 'Y60' },
  { code: 'RP1', name: 'Northamptonshire Healthcare NHS Foundation Trust', region: 'Y60' },
  { code: 'RXY', name: 'Kent and Medway NHS and Social Care Partnership Trust', region: 'Y59' },
  { code: 'RH5', name: 'Somerset NHS Foundation Trust', region: 'Y58' },
];
