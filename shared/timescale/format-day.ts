const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes an ISO day the way an HR lead reads it, for messages: '31 January 2020'.
 * Text that is not an ISO day is returned unchanged.
 *
 * @example
 * formatDay('2020-01-31') // '31 January 2020'
 */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${Number(m[1])}`;
}

/**
 * The calendar day of a Date (local), as an HR lead reads it: '15 March 2021'.
 *
 * @example
 * formatDate(new Date(2021, 2 /* Mar *\/, 15)) // '15 March 2021'
 */
export function formatDate(date: Date): string {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) return 'an unknown date';
  return `${date.getDate()} ${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}`;
}
