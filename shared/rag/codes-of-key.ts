import type { RagKeyEntry } from '../types';

/** A code a status cell holds in place of words: a number or score of one to three digits, a percentage ('4', '100%'). */
const NUMBER_CODE = /^\d{1,3}%?$/;

/**
 * The numbers a key gives a status ('4 = Complete (blue)', '1=Red'): the codes a status column holds in place of words,
 * which tell it apart from a column of other numbers. Letters and marks are left out: a column of them is read as a status
 * by its own words.
 *
 * @example
 * codesOfKey([{ rag: 'blue', label: 'Complete', aliases: ['4'] }, { rag: 'green', label: 'On track', aliases: ['3'] }]); // Set { '4', '3' }
 */
export function codesOfKey(entries: readonly RagKeyEntry[]): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const e of entries) for (const alias of e.aliases ?? []) if (NUMBER_CODE.test(alias)) codes.add(alias);
  return codes;
}
