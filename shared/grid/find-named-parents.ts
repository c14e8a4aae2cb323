import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import type { SummaryTask, SummaryTasks } from './find-summary-tasks';
import type { SheetView } from './view-sheet';

/** A name is looked up tidied: spaces collapsed, case folded ('WRES 2022-23 Priority 1: …' as the parent column writes it). */
const key = (text: string) => collapse(text).toLowerCase();

/**
 * An issue tracker's export lists every item on its own row, parents among their children, and names each child's parent
 * in a column of its own (Jira's 'Parent summary', an 'Epic name'), which the plan reads as the theme. A row whose action
 * cell is the very name other rows give as their parent there — and which names no parent itself — is that parent: the
 * epic or the priority the tasks sit under (sorted by key, it may sit anywhere among them), a heading and their theme,
 * never an action, whatever it carries of its own (an assignee, a status, a due date, labels). Rows naming themselves
 * are not counted. Such rows are returned as summary tasks, read as headings as a project plan's are; none when the plan
 * has no theme column, or when as many rows would be parents as not (then the column is no parent's name).
 *
 * @example
 * findNamedParents(sheet, { action: 2, theme: 12 }, 3, 16, skip).summaries.get(3)?.why;
 * // "rows 5–7 name it as their parent in column M ('Parent summary'): it is the heading they sit under, their theme, not an action"
 */
export function findNamedParents(sheet: SheetView, columns: ColumnMap, header: number, from: number, to: number, skip: (r: number) => boolean = () => false): SummaryTasks | null {
  const { action, theme } = columns;
  if (action === undefined || theme === undefined || to - from < 2) return null;
  const children = new Map<string, number[]>();
  for (let r = from; r <= to; r++) {
    if (skip(r)) continue;
    const named = key(sheet.text(r, theme));
    if (!named || named === key(sheet.text(r, action))) continue;
    const list = children.get(named);
    if (list) list.push(r);
    else children.set(named, [r]);
  }
  if (children.size === 0) return null;
  const summaries = new Map<number, SummaryTask>();
  const column = `column ${sheet.letter(theme)}${collapse(sheet.text(header, theme)) ? ` ('${collapse(sheet.text(header, theme))}')` : ''}`;
  let rows = 0;
  for (let r = from; r <= to; r++) {
    if (skip(r) || !sheet.text(r, action).trim()) continue;
    rows++;
    const under = children.get(key(sheet.text(r, action)));
    if (!under || sheet.text(r, theme).trim()) continue;
    const heading = collapse(sheet.text(r, action));
    const span = under.length === 1 ? `row ${sheet.sheetRow(under[0])}` : `rows ${sheet.sheetRow(under[0])}–${sheet.sheetRow(under[under.length - 1])}`;
    summaries.set(r, { r, heading, level: 0, title: false, why: `${span} name it as their parent in ${column}: it is the heading they sit under, their theme, not an action` });
  }
  if (summaries.size === 0 || summaries.size * 2 >= rows) return null;
  return { summaries, parents: new Map() };
}
