import type ExcelJS from 'exceljs';
import { readConditionFormula, readEqualsOperand } from '../rag/read-condition-formula';
import type { ConditionalFill, MergeArea } from '../types';
import { parseCellRef } from '../grid/parse-cell-ref';

/** A conditional-format rule as exceljs 4.4 reads it (its types leave most of it out). */
interface CfRule {
  type?: string;
  operator?: string;
  priority?: number;
  formulae?: unknown[];
  style?: { fill?: { type?: string; pattern?: string; bgColor?: { argb?: string }; fgColor?: { argb?: string } } };
}

/** Rule types whose formula compares a cell's text ('Text that contains', 'Begins with', 'Ends with', a typed formula). */
const FORMULA_RULES = new Set(['containsText', 'beginsWith', 'endsWith', 'expression']);

/**
 * The sheet's conditional-format rules that fill cells by their text, in the Grid's format-neutral form, highest
 * priority first: 'Cell value equal to "Complete"', 'Text that contains "Behind"', 'Begins with', 'Ends with', and
 * formula rules comparing one column's text ('=$F2="R"'). Each rule's fill is its format's solid fill (Excel keeps it
 * as the pattern's background colour). Rules on numbers or dates, colour scales, data bars, icon sets (their traffic lights are read by `readIconLights`), theme colours
 * and 'does not contain' say nothing of what a status word means, and are left out.
 *
 * @example
 * readConditionalFills(worksheet); // [{ ranges: [{ top: 1, left: 5, bottom: 39, right: 5 }], column: null, test: 'equals', text: 'Complete', fill: '#00B050' }]
 */
export function readConditionalFills(worksheet: ExcelJS.Worksheet): ConditionalFill[] {
  const found: (ConditionalFill & { priority: number })[] = [];
  const formattings = (worksheet as unknown as { conditionalFormattings?: { ref?: string; rules?: CfRule[] }[] }).conditionalFormattings ?? [];
  for (const cf of formattings) {
    const ranges = rangesOf(cf.ref);
    if (ranges.length === 0) continue;
    const topLeft = { row: ranges[0].top, column: ranges[0].left };
    for (const rule of cf.rules ?? []) {
      const fill = fillOf(rule);
      const formula = typeof rule.formulae?.[0] === 'string' ? (rule.formulae[0] as string) : '';
      const tested =
        rule.type === 'cellIs' && rule.operator === 'equal' && rule.formulae?.length === 1
          ? textOf(readEqualsOperand(formula))
          : FORMULA_RULES.has(rule.type ?? '') ? readConditionFormula(formula, topLeft) : null;
      if (fill && tested) found.push({ ranges, ...tested, fill, priority: rule.priority ?? Number.MAX_SAFE_INTEGER });
    }
  }
  // Where two rules match one cell Excel shows the higher priority's (the lower number): keep that order.
  return found.sort((a, b) => a.priority - b.priority).map(({ priority: _, ...rule }) => rule);
}

function textOf(text: string | null): Pick<ConditionalFill, 'column' | 'test' | 'text'> | null {
  return text === null ? null : { column: null, test: 'equals', text };
}

/** The rule's fill as '#RRGGBB': a solid (or unpatterned, as Excel writes its presets) fill with an RGB colour. */
function fillOf(rule: CfRule): string | null {
  const fill = rule.style?.fill;
  if (!fill || fill.type !== 'pattern' || (fill.pattern !== undefined && fill.pattern !== 'solid')) return null;
  const argb = fill.bgColor?.argb ?? fill.fgColor?.argb;
  return typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** 'F2:F40 H2:H40' (a rule may cover several areas) as 0-based areas. */
function rangesOf(ref: string | undefined): MergeArea[] {
  const out: MergeArea[] = [];
  for (const part of String(ref ?? '').split(/\s+/)) {
    const [a, b = a] = part.split(':');
    const p = parseCellRef(a);
    const q = parseCellRef(b);
    if (p && q) out.push({ top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) });
  }
  return out;
}
