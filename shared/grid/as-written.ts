/**
 * A period header as the plan means it, not as its header row is styled: a header row in capitals ('SEP-19',
 * 'Q1 APR–JUN 2024', 'ONGOING') writes its words 'Sep-19', 'Q1 Apr–Jun 2024', 'Ongoing' when the header is taken as an
 * action's timescale (a timetable's last marked period, the period column a roadmap's action is written in). A header
 * with any lower-case letter is kept as written.
 *
 * @example
 * asWritten('Q1 APR–JUN 2024'); // 'Q1 Apr–Jun 2024'
 * asWritten('Dec-19'); // 'Dec-19'
 */
export function asWritten(header: string): string {
  if (/\p{Ll}/u.test(header)) return header;
  return header.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}
