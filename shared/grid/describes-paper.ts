/**
 * A board paper's cover line: who the paper is for, when and by whom it comes ('Paper for the Trust Board, 2 April
 * 2026.', 'Report to: People Committee', 'Agenda item 14', 'Presented by: Director of HR', 'Paper for: Trust Board').
 */
const COVER = /^(?:(?:a\s+)?(?:paper|report)\s+(?:for|to)\b|(?:trust\s+)?board\s+(?:paper|meeting)\b|agenda\s+item\b|presented\s+(?:to|by)\b|meeting\s+(?:date|of)\b)/i;

/**
 * Whether a line is a board paper's cover line rather than an action: a 'Sponsor:', 'Presented by' or 'Author:' on it
 * names who brings the paper to its meeting, not who does a piece of work ('Paper for the Trust Board, 2 April 2026.
 * Sponsor: Chief People Officer.').
 *
 * @example
 * describesPaper('Paper for the Trust Board, 2 April 2026. Sponsor: Chief People Officer.'); // true
 * describesPaper('Run listening events. Lead: Head of OD'); // false
 */
export function describesPaper(text: string): boolean {
  return COVER.test(text.trim());
}
