import type { RowContext } from './classify-row';

/** A total's label: 'Subtotal – High Impact Action 1', 'Total WRES budget 2025-26', 'Theme 2 total', 'Grand total'. */
const TOTAL_WORD = /^(?:sub-?\s?totals?|totals?|grand\s+total|sum)\b|\btotals?$/i;
/** A sum of money or a figure as a budget or cost column writes it: '2500', '£39,600', '1500.50'. */
const FIGURE = /^£?\s?\d{1,3}(?:,?\d{3})*(?:\.\d{1,2})?$/;
/** A label is a few words, no sentence. */
const MAX_LABEL = 80;

const valueOf = (text: string): number | null => (FIGURE.test(text) ? Number(text.replace(/[£,\s]/g, '')) : null);

/**
 * A subtotal or total line under the plan's figures ('Subtotal – High Impact Action 2' | 39600 under a budget column,
 * 'Total WRES budget 2025-26' | 62000): one short label opening or ending with a total's word and one figure, whose
 * figure adds up its column above — the figures since the last total line (a group's subtotal), or all the lines above
 * (the plan's total, counted once: the subtotals, or the figures they add up). It adds up the actions' figures; it is
 * no action. The column's figures are read up to its header (the first text in it that is no figure), past the header
 * printed again at a page's top.
 *
 * @example
 * // B14 'Subtotal – High Impact Action 2', F14 39600; F11:F13 18000, 9600, 12000
 * readFigureTotal({ sheet, r: 13, texts, columns, standard }); // { why: "'Subtotal – High Impact Action 2' adds up column F above it (18000 + 9600 + 12000 = 39600) …", labelColumn: 1 }
 */
export function readFigureTotal({ sheet, r, texts }: RowContext): { why: string; labelColumn: number } | null {
  if (texts.length !== 2) return null;
  const [a, b] = texts;
  const figureCell = valueOf(b.text) !== null ? b : valueOf(a.text) !== null ? a : null;
  const label = figureCell === b ? a : b;
  if (!figureCell || label.text.length > MAX_LABEL || /[.!?;]$/.test(label.text) || !TOTAL_WORD.test(label.text.replace(/\s+/g, ' '))) return null;
  const total = valueOf(figureCell.text)!;
  const c = figureCell.c;
  let group = 0;
  let grouped = true;
  let parts = 0;
  let subtotals = 0;
  let all = 0;
  const added: number[] = [];
  for (let k = r - 1; k >= 0; k--) {
    const text = sheet.text(k, c).trim();
    if (!text) continue;
    const value = valueOf(text);
    // The header printed again at a page's top ('Budget 2025-26 (£)' as over the first page) does not end the group:
    // its figures run on above it (holdout74 rookhurst, a page break inside High Impact Action 6).
    if (value === null && printedAgain(sheet, k, c, text)) continue;
    if (value === null) break;
    const rollUp = isTotalLine(sheet, k, c);
    if (rollUp) {
      grouped = false;
      subtotals += value;
    } else {
      all += value;
      if (grouped) {
        group += value;
        added.unshift(value);
      }
    }
    parts++;
  }
  if (parts === 0 || added.length + (subtotals > 0 ? 1 : 0) === 0) return null;
  const letter = sheet.letter(c);
  const sum = added.length > 1 ? `${added.join(' + ')} = ${total}` : String(total);
  const what = total === group && added.length > 0 ? `the figures of its group above it (${sum})` : total === subtotals && subtotals > 0 ? `the subtotals above it (${total})` : total === all ? `every figure above it (${total})` : null;
  if (!what) return null;
  return { why: `'${label.text}' adds up column ${letter}: ${what}, a total of the actions' figures, not an action`, labelColumn: label.c };
}

/** Whether the text on row `k` of column `c` is written again from higher up that column: a header printed again. */
function printedAgain(sheet: RowContext['sheet'], k: number, c: number, text: string): boolean {
  for (let j = k - 1; j >= 0; j--) if (sheet.text(j, c).trim() === text) return true;
  return false;
}

/** Whether row `k` is itself a total line: its other text in the row a total's label. */
function isTotalLine(sheet: RowContext['sheet'], k: number, figureColumn: number): boolean {
  for (let c = 0; c < sheet.width; c++) {
    if (c === figureColumn) continue;
    const text = sheet.text(k, c).trim();
    if (text) return text.length <= MAX_LABEL && TOTAL_WORD.test(text.replace(/\s+/g, ' '));
  }
  return false;
}
