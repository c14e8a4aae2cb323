/** 'n/m' alone in a cell: n items of m done ('1/3', '0/2', '4 / 4'), as a task tracker counts a checklist. */
const TALLY = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/;

/**
 * Whether a column's cells count items done of a total ('1/3', '0/2', '2/2': Planner's 'Completed Checklist Items',
 * a tracker's 'Milestones met'), not list indicators ('5/6'). Every cell so written has its first number no larger
 * than its second, and at least one starts at 0 or repeats its total — no plan numbers an indicator 0 or lists one
 * indicator twice — and they make up at least half of the cells, three at least.
 *
 * @example
 * countsDoneOfTotal(['1/3', '0/2', '1/4', '2/3', '2/2']); // true
 * countsDoneOfTotal(['5/6', '1/9', '2', '3/7']); // false – indicator lists
 */
export function countsDoneOfTotal(texts: readonly string[]): boolean {
  let tallies = 0;
  let telling = 0;
  for (const text of texts) {
    const m = TALLY.exec(text);
    if (!m) continue;
    const done = Number(m[1]);
    const total = Number(m[2]);
    if (done > total || total === 0) return false;
    tallies++;
    if (done === 0 || done === total) telling++;
  }
  return tallies >= 3 && tallies >= 0.5 * texts.length && telling > 0;
}
