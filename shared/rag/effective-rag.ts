import type { Rag } from '../types';

/**
 * The colour an action shows as at the check date: an overdue action is red, whatever its status said
 * (a complete action is never overdue: see `isOverdue`).
 *
 * @example
 * effectiveRag('amber', true) // 'red'
 * effectiveRag('green', false) // 'green'
 */
export function effectiveRag(statusRag: Rag | null, overdue: boolean): Rag | null {
  return overdue ? 'red' : statusRag;
}
