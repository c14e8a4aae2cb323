import type { MergeArea, PlanField, RuleContext } from '../types';
import type { ColumnMap } from './assign-columns';
import { FIELD_LABEL } from './describe-evidence';
import type { RecordRows } from './find-record-rows';
import type { SheetView } from './view-sheet';

const COUNT: Record<number, string> = { 2: 'two', 3: 'three' };

type SetAside = NonNullable<RuleContext['rowsSetAside']>[number];

/**
 * Why each lower row of a plan printed in records of several rows is no action: it is the record's next line, tied to
 * the action above by the cell merged over both, and the fields it holds are that action's ("it is line 2 of the action on
 * row 7: the plan writes each action over two rows …, and A7:A8 is merged over them; read from it: Timescale from E8
 * under 'Target completion'"). One entry per lower row of each action read, for information, as a continuation row is named.
 *
 * @example
 * describeRecordRows(view, records, actions, assignment)[0].why; // "it is line 2 of the action on row 7: …"
 */
export function describeRecordRows(sheet: SheetView, rec: RecordRows, actions: readonly { row: number }[], first: { map: ColumnMap } | undefined): SetAside[] {
  const read = new Set(actions.map((a) => a.row));
  const fieldOf = new Map<number, PlanField>();
  for (const [f, c] of Object.entries(first?.map ?? {})) if (c !== undefined) fieldOf.set(c, f as PlanField);
  const out: SetAside[] = [];
  const rows = `${sheet.sheetRow(rec.header)}–${sheet.sheetRow(rec.header + rec.size - 1)}`;
  for (const b of rec.records) {
    const top = sheet.sheetRow(b.first);
    if (!read.has(top)) continue;
    const tie = `${sheet.address(b.tie.top, b.tie.left)}:${sheet.address(b.tie.bottom, b.tie.right)}`;
    for (let k = 1; k < rec.size; k++) {
      const lines = rec.lower.map((l, i) => ({ ...l, view: rec.right + 1 + i })).filter((l) => l.offset === k);
      const fields = lines.filter((l) => fieldOf.has(l.view)).map((l) => `${FIELD_LABEL[fieldOf.get(l.view)!]} from ${sheet.address(b.first, l.view)} under '${l.header}'`);
      const texts = lines.map((l) => sheet.text(b.first, l.view).trim()).filter((t) => t !== '');
      out.push({
        row: top + k,
        text: texts.join(' | '),
        kind: 'continuation',
        why: `it is line ${k + 1} of the action on row ${top}: the plan writes each action over ${COUNT[rec.size] ?? rec.size} rows under a header of ${COUNT[rec.size] ?? rec.size} rows (${rows}), and ${tiedBy(b.tie, tie, rec.size)}${fields.length ? `; read from it: ${fields.join(', ')}` : ''}`,
      });
    }
  }
  return out;
}

/** How a record's rows are tied: a cell merged down over them, or the record's first cell merged across the columns its next line fills, as the header's is. */
function tiedBy(m: MergeArea, tie: string, size: number): string {
  if (m.bottom > m.top) return `${tie} is merged over them`;
  return `${tie} is merged across the columns ${size > 2 ? 'its next lines fill' : 'its next line fills'}, as the header's upper row is over the fields its lower row names`;
}
