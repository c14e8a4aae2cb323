import type { RagKey } from '../types';

/**
 * Where a key kept on other sheets came from, for the user: "the “Key” sheet", "the “Key” and “Cover”
 * sheets", or null when the key is the plan sheet's own (its legend or status header) or the default.
 *
 * @example
 * keySheetsNamed({ source: 'legend', entries: [{ rag: 'blue', label: 'Complete', sheet: 'Key' }] }); // 'the “Key” sheet'
 */
export function keySheetsNamed(key: RagKey): string | null {
  const sheets = [...new Set(key.entries.map((e) => e.sheet).filter((s): s is string => !!s))];
  if (!sheets.length) return null;
  const names = sheets.map((s) => `“${s}”`);
  return `the ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} sheets` : `${names[0]} sheet`}`;
}
