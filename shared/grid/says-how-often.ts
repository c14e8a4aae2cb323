/**
 * A cell saying only how often something happens ('Annual', 'Quarterly', 'Six-monthly', 'Bi-monthly', 'Twice a year',
 * 'Every quarter'): a frequency. Under a timescale it says the work recurs; in a column of its own beside 'Reported to'
 * (a plan's monitoring arrangements: 'Monitoring' over 'Reported to | Frequency') it says how often progress is
 * reported. Either way it never says how far an action has got, as a status does — unlike 'Ongoing', which is a
 * status in one plan and a timescale in another.
 *
 * @example
 * saysHowOften('Six-monthly'); // true
 * saysHowOften('Annually'); // true
 * saysHowOften('Ongoing'); // false (a status or a timescale)
 * saysHowOften('Quarterly from June 2016'); // false (a date: a timescale)
 */
export function saysHowOften(text: string): boolean {
  // Cheap exact test first: a frequency is a word or a few.
  if (text.length > 24) return false;
  return HOW_OFTEN.test(text);
}

const HOW_OFTEN =
  /^\s*(?:(?:bi-?\s?)?annual(?:ly)?|yearly|half[\s-]?yearly|quarterly|(?:bi-?\s?)?monthly|(?:six|6|three|3)[\s-]?monthly|(?:bi-?\s?)?weekly|fortnightly|daily|(?:once|twice|two times)\s+(?:a|per|each)\s+(?:year|quarter|month)|(?:every|each)\s+(?:(?:six|6|three|3)\s+months|quarter|month|year|week))\s*\.?\s*$/i;
