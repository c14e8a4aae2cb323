/**
 * A figure alone in its cell: a count ('1,204', '48'), a per cent ('3.9%', '-17.4 %'), a ratio or a score ('1.22',
 * '0.97'), perhaps signed or in pounds. What a table of figures holds; never an action's text, lead, date or status.
 */
const FIGURE = /^[-+−–]?\s?£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?%?$/;

/**
 * Whether the cell's text is one figure and nothing else ('3.9%', '1.41', '1,065'); words, dates ('31/03/2024') and
 * ranges ('2 to 4') are not.
 *
 * @example
 * isFigure('71.4%'); // true
 * isFigure('1,065'); // true
 * isFigure('Q3'); // false
 */
export function isFigure(text: string): boolean {
  return text.length <= 16 && FIGURE.test(text.trim());
}

/** An arrow alone: how a paper shows the trend of the figures beside it ('↑', '↓', '↔'). */
const TREND = /^\s*[↑↓↕↔⬆⬇⬍▲▼]\s*$/;

/**
 * Whether the cell holds only an arrow showing the trend of figures ('↑' better, '↓' worse, '↔' no change): what a
 * results table's 'Change' column holds, never an action's status.
 *
 * @example
 * isTrendArrow('↔'); // true
 * isTrendArrow('On track'); // false
 */
export function isTrendArrow(text: string): boolean {
  return text.length <= 5 && TREND.test(text);
}
