import type { Standard } from '../types';
import { hiasOfAction } from './hias-of-action';

/**
 * A synced row's high impact actions as the region summary keeps them ("2,6"; '' for none): from its HIA cell,
 * its indicator and its wording, exactly as the pane's check reads them (`hiasOfAction`).
 *
 * @example
 * hiasOfRow({ indicator: '1', action: 'Publish the ethnicity pay gap' }, 'WRES'); // '2,3'
 */
export function hiasOfRow(fields: Partial<Record<'hia' | 'indicator' | 'action' | 'objective' | 'theme', string>>, standard: Standard | null): string {
  return hiasOfAction({ ...fields, hiaText: fields.hia, indicators: [fields.indicator] }, standard).join(',');
}
