import type { Rag } from '../types';

/**
 * The colour an action shows as at the check date: an overdue action that is not complete (green/blue) is red.
 *
 * @example
 * effectiveRag('amber', true) // 'red'
 * effectiveRag('green', true) // 'green'
 */
export function effectiveRag(statusRag: Rag | null, overdue: boolean): Rag | null {
  if (overdue && statusRag !== 'green' && statusRag !== 'blue') return 'red';
  return statusRag;
}
