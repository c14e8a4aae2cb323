import { memoiseText } from '../memoise-text';

/**
 * The number an indicator id counts toward ('4a' → '4', ' 9b' → '9'), as text, or null when it starts with none:
 * an action serving 4a serves indicator 4's HIAs and counts under 4. A plan names a few indicators over all its
 * actions, so each distinct id is read once.
 *
 * @example
 * indicatorGroup('4a') // '4'
 * indicatorGroup(null) // null
 */
export function indicatorGroup(indicator: string | null | undefined): string | null {
  return groupCached(indicator ?? '');
}

const groupCached = memoiseText((indicator: string): string | null => /^\s*(\d{1,2})/.exec(indicator)?.[1] ?? null);
