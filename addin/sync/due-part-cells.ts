/**
 * The cells a timescale is written back into when the plan writes its timescale in parts over several columns
 * ('Qtr' | 'Year', smaller unit first): one word per part when the value has as many words as the plan has parts
 * ('Q4 2021/22' → 'Q4' and '2021/22'), else the whole value in the last part (the year's) and the other parts emptied.
 * Why: the reader joins the filled parts with a space, so either way the next check reads back exactly the value
 * written — never the old quarter joined to the new timescale ('Q3 Q4 2021/22'), which writing the whole value into
 * the year's cell alone would give.
 *
 * @example
 * duePartCells(['F', 'E'], 7, 'Q4 2021/22'); // [{ address: 'F7', value: 'Q4' }, { address: 'E7', value: '2021/22' }]
 * duePartCells(['F', 'E'], 7, 'Ongoing');    // [{ address: 'F7', value: '' }, { address: 'E7', value: 'Ongoing' }]
 */
export function duePartCells(parts: readonly string[], row: number, value: string): { address: string; value: string }[] {
  const words = value.trim().split(/\s+/);
  if (words.length === parts.length) return parts.map((column, i) => ({ address: `${column}${row}`, value: words[i] }));
  return parts.map((column, i) => ({ address: `${column}${row}`, value: i === parts.length - 1 ? value : '' }));
}
