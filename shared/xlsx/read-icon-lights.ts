import type ExcelJS from 'exceljs';
import type { CellValue, IconLight, Rag } from '../types';
import { parseCellRef } from '../grid/parse-cell-ref';
import { toColumnLetter } from '../grid/column-letter';

/** An icon-set rule as exceljs 4.4 reads it (its types leave it out). */
interface IconSetRule {
  type?: string;
  iconSet?: string;
  reverse?: boolean;
  cfvo?: { type?: string; value?: number }[];
}

/**
 * Icon sets whose icons are traffic-light colours, lowest icon first (as Excel orders them before 'Reverse icon
 * order'); null = an icon that is no RAG colour (the black light of four).
 */
const LIGHTS: Record<string, (Rag | null)[]> = {
  '3TrafficLights1': ['red', 'amber', 'green'],
  '3TrafficLights2': ['red', 'amber', 'green'],
  '3Signs': ['red', 'amber', 'green'],
  '4TrafficLights': [null, 'red', 'amber', 'green'],
};

/**
 * The light each numeric cell shows under a traffic-light icon set ('3 traffic lights', often 'show icon only'):
 * Excel picks the highest icon whose threshold the value reaches (number, percent of the range's span, or percentile
 * of its values), and 'Reverse icon order' swaps the colours. A plan whose status column holds 3/2/1 under such a
 * rule shows its RAG only as these lights. Formula thresholds, blank and text cells give no light.
 *
 * @example
 * readIconLights(worksheet, values); // [{ row: 5, column: 5, rag: 'green', why: 'RAG: the cell shows a green light (icon set on column F)' }]
 */
export function readIconLights(worksheet: ExcelJS.Worksheet, values: CellValue[][]): IconLight[] {
  const out: IconLight[] = [];
  const formattings = (worksheet as unknown as { conditionalFormattings?: { ref?: string; rules?: IconSetRule[] }[] }).conditionalFormattings ?? [];
  for (const cf of formattings) {
    for (const rule of cf.rules ?? []) {
      const icons = rule.type === 'iconSet' ? LIGHTS[rule.iconSet ?? '3TrafficLights1'] : undefined;
      if (!icons || rule.cfvo?.length !== icons.length) continue;
      const cells = numericCells(cf.ref, values);
      const cutoffs = thresholds(rule.cfvo, cells.map((x) => x.value));
      if (!cutoffs) continue;
      const ordered = rule.reverse ? [...icons].reverse() : icons;
      for (const cell of cells) {
        let k = 0;
        // The first threshold is the range's floor; each further one a value must reach (Excel's default '>=').
        for (let i = 1; i < cutoffs.length; i++) if (cell.value >= cutoffs[i]) k = i;
        const rag = ordered[k];
        if (rag) out.push({ row: cell.row, column: cell.column, rag, why: `RAG: the cell shows a ${rag} light (icon set on column ${toColumnLetter(cell.column)})` });
      }
    }
  }
  return out;
}

/** The numeric cells of 'F6:F16 H6:H16', 0-based. */
function numericCells(ref: string | undefined, values: CellValue[][]): { row: number; column: number; value: number }[] {
  const out: { row: number; column: number; value: number }[] = [];
  for (const part of String(ref ?? '').split(/\s+/)) {
    const [a, b = a] = part.split(':');
    const p = parseCellRef(a);
    const q = parseCellRef(b);
    if (!p || !q) continue;
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row) && r < values.length; r++) {
      for (let c = Math.min(p.column, q.column); c <= Math.max(p.column, q.column); c++) {
        const v = values[r]?.[c];
        if (typeof v === 'number' && Number.isFinite(v)) out.push({ row: r, column: c, value: v });
      }
    }
  }
  return out;
}

/** Each threshold as a number, as Excel works it out over the range's values; null when one is a formula or unknown. */
function thresholds(cfvo: NonNullable<IconSetRule['cfvo']>, numbers: number[]): number[] | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const out: number[] = [];
  for (const v of cfvo) {
    const n = Number(v.value);
    if (v.type === 'min') out.push(min);
    else if (v.type === 'max') out.push(max);
    else if (!Number.isFinite(n)) return null;
    else if (v.type === 'num') out.push(n);
    else if (v.type === 'percent') out.push(min + ((max - min) * n) / 100);
    else if (v.type === 'percentile') out.push(percentile(sorted, n));
    else return null;
  }
  return out;
}

/** Excel's PERCENTILE.INC of sorted values at `p` percent. */
function percentile(sorted: number[], p: number): number {
  const at = (sorted.length - 1) * Math.min(Math.max(p, 0), 100) / 100;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
