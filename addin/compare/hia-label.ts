import { HIA_CATALOGUE } from '../../shared/hia';

/**
 * An HIA as a column header or chart label: its number and its few words.
 *
 * @example
 * hiaLabel('3'); // 'HIA 3: Pay gaps'
 */
export function hiaLabel(id: string): string {
  const hia = HIA_CATALOGUE.find((h) => h.id === id);
  return hia ? `HIA ${id}: ${hia.short}` : `HIA ${id}`;
}
