import { collapse } from './cell-text';
import type { SheetView } from './view-sheet';

/** The group number a ref opens with: '1.2' → 1, '3b' → 3, '2' → 2, 'KP2.1' → 2. */
const GROUP = /^[A-Za-z]{0,3}\s*(\d+)(?=$|[.)]?\s*$|[.\-]\d|[a-z]\b|[a-z]$)/;

/**
 * Whether the plan numbers its actions under the blocks a column writes once (merged down, or left blank below): every
 * action's ref opens with its block's number, one number per block and another for each ('1.1', '1.2', '1.3' under the
 * first objective, '2.1', '2.2' under the second; '1a', '1b'; or a 'No.' cell merged over the block as its entry is). The
 * column's entries are then the plan's numbered groups — the outline its actions are filed under — not a statement kept
 * beside each action. False for refs counting the actions straight through ('1' … '10'), or for blocks of one action
 * only.
 *
 * @example
 * numbersUnderBlocks(sheet, 0, 1, rows); // true for 'Objective | No.' over '1. Make our recruitment fairer' | '1.1', '1.2', '1.3'
 */
export function numbersUnderBlocks(sheet: SheetView, c: number, refColumn: number, rows: readonly number[]): boolean {
  const numbers: number[] = [];
  let current: number | null = null;
  let several = false;
  let inBlock = 0;
  for (const r of rows) {
    const merge = sheet.merge(r, c);
    const starts = (merge ? merge.top === r : true) && collapse(sheet.text(r, c)) !== '';
    if (starts) {
      current = null;
      inBlock = 0;
    }
    const ref = collapse(sheet.text(r, refColumn));
    if (!ref) continue;
    const m = GROUP.exec(ref);
    if (!m) return false;
    const n = Number(m[1]);
    if (current === null) {
      // Each block opens a number of its own.
      if (numbers.includes(n)) return false;
      numbers.push(n);
      current = n;
    } else if (n !== current) return false;
    inBlock++;
    if (inBlock >= 2) several = true;
  }
  return several && numbers.length >= 2;
}
