import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import { scoreHeaderWords } from './header-words';
import { isMark } from './is-mark';
import type { RowTexts } from './profile-rows';
import { startsWithBullet } from './starts-with-bullet';
import type { SheetView } from './view-sheet';

/** A row that is part of the action above it (a step, milestone or task), with why, for the user. */
export interface ActionPart {
  /** Grid row of the action it belongs to. */
  owner: number;
  why: string;
  /** The action's next year (a multi-year plan's row per year): its date, when it gives one, is the action's due. */
  year?: true;
}

/** Words a small table under an action names its rows by ('Milestone | Owner | Date | Done?', 'Step | Who | When'). */
const PART_WORD = /\b(?:milestones?|steps?|tasks?|sub ?actions?|activit(?:y|ies)|checkpoints?)\b/i;
/** A label names its column in a few short words, with no figures. */
const LABEL = /^[^\d]{1,30}$/;
/** The cells an action row fills that its parts leave blank: what numbers, places and rates the action as a whole. */
const WHOLE = ['ref', 'indicator', 'status'] as const;

/**
 * A plan that breaks ONE action into parts on the rows under it — its steps ('– agree the template' with a step date
 * and owner), its milestones (a small table with its own labels, 'Milestone | Owner | Date | Done?', under the action),
 * its tasks (one per row beside the action's cells merged down over them) or its milestones folded a level deeper in
 * the sheet's outline — keeps the action on its own row: the parts are no actions, and their owners, dates and ticks
 * are the part's, never the action's lead, timescale or status. A row is a part only when the action above fills its
 * number, indicator or status and the row fills none of those nor a progress cell (a tick or box is a part's mark,
 * not a status), AND the sheet shows it as a part: a bullet or dash opening it under an action that has none, a level
 * deeper in the outline, the action's cells merged down over it, or the part's own labels above it. A list item with
 * nothing but words stays the action's further text (`readContinuation`); a row with its own number or status is an
 * action. One pass per header, reading only the mapped cells of each row until one asks for more.
 *
 * @example
 * // row 4: '1' | 'Publish the workforce profile…' | 'Head of Workforce' | 'Sep-17' | 'Complete'
 * // row 5: ''  | '– agree the template with the committee' | '' | 'Jun-17' | ''
 * findActionParts(sheet, texts, { ref: 0, action: 1, lead: 2, due: 3, status: 4 }, 4, 5).get(5)?.why;
 * // "it is a step of row 5's action: it opens with '–' under it and leaves blank the number and status that action fills; …"
 */
export function findActionParts(sheet: SheetView, texts: RowTexts, map: ColumnMap, from: number, to: number): Map<number, ActionPart> {
  const out = new Map<number, ActionPart>();
  const action = map.action;
  if (action === undefined) return out;
  let owner = -1;
  let labels: { r: number; text: string; word: string } | null = null;
  for (let r = from; r <= to && r < texts.length; r++) {
    if (texts[r].length === 0) {
      owner = -1;
      labels = null;
      continue;
    }
    const year = owner >= 0 ? nextYearWhy(sheet, texts[r], r, owner, map) : null;
    if (year) {
      out.set(r, { owner, why: year, year: true });
      continue;
    }
    const part = owner >= 0 && leavesWholeBlank(sheet, r, map) && ratesWhole(sheet, owner, map) ? partWhy(sheet, texts[r], r, owner, map, labels) : null;
    if (part) {
      out.set(r, { owner, why: part });
      continue;
    }
    const heads = owner >= 0 ? labelsParts(sheet, texts[r], r, map) : null;
    if (heads) {
      labels = { r, ...heads };
      out.set(r, { owner, why: `it labels the ${heads.word}s listed under row ${sheet.sheetRow(owner)}'s action ('${heads.text}'), not the plan's columns: a small table of the action's own, no action nor header` });
      continue;
    }
    labels = null;
    owner = ownsCell(sheet, r, action) && sheet.text(r, action).trim() ? r : -1;
  }
  return out;
}

/** One year as a cell writes it: '2025/26', '2026-27', '2025'. */
const ONE_YEAR = /^((?:19|20)\d\d)(?:\s*[/-]\s*(?:19|20)?\d\d)?$/;

/**
 * Why row `r` is the action on row `owner` in a later year of a multi-year plan, or null: the plan keeps one row per
 * year under each action ('2025/26' then '2026/27'), the action's words, number and indicator merged down over them,
 * each year row giving its own year, milestone, date and status. The row fills no number or indicator of its own, the
 * action's cell is merged down over it, and a cell of its own gives a later year than the owner's row gives in the
 * same column: it is the same action in its next year, never an action of its own.
 */
function nextYearWhy(sheet: SheetView, row: RowTexts[number], r: number, owner: number, map: ColumnMap): string | null {
  const m = sheet.merge(r, map.action!);
  if (!m || m.top > owner || fillsWhole(sheet, r, map, 'ref') || fillsWhole(sheet, r, map, 'indicator')) return null;
  for (const t of row) {
    const later = ONE_YEAR.exec(collapse(t.text));
    if (!later || !ownsCell(sheet, r, t.c)) continue;
    const before = ONE_YEAR.exec(collapse(sheet.text(r - 1, t.c)));
    if (!before || Number(later[1]) <= Number(before[1])) continue;
    return `it is row ${sheet.sheetRow(owner)}'s action in its next year ('${collapse(t.text)}' in ${sheet.address(r, t.c)}, after '${collapse(sheet.text(r - 1, t.c))}'): the action's cells are merged down over it, and its milestone, date and status are that year's — one action, due when its last year is`;
  }
  return null;
}

/** The whole-action fields (number, indicator, status) row `r` fills in cells of its own. */
function wholeOf(sheet: SheetView, r: number, map: ColumnMap): string[] {
  const names: string[] = [];
  for (const f of WHOLE) if (fillsWhole(sheet, r, map, f)) names.push(f === 'ref' ? 'number' : f);
  return names;
}

/** Row `r` fills the whole action's field `f` in a cell of its own (a tick under the status column is a part's). */
function fillsWhole(sheet: SheetView, r: number, map: ColumnMap, f: (typeof WHOLE)[number]): boolean {
  const c = map[f];
  return c !== undefined && ownsCell(sheet, r, c) && sheet.text(r, c).trim() !== '' && !(f === 'status' && isMark(sheet.text(r, c)));
}

/**
 * The action row numbers or rates the action as a whole in cells of its own: an indicator alone is no sign, as a plan
 * often writes it once over its group of actions. (Asked of every row under an action: the fields are looked at one by
 * one, no list built.)
 */
function ratesWhole(sheet: SheetView, r: number, map: ColumnMap): boolean {
  return fillsWhole(sheet, r, map, 'ref') || fillsWhole(sheet, r, map, 'status');
}

/** The row fills none of the whole action's fields nor its progress or outcome in cells of its own (a tick is a part's). */
function leavesWholeBlank(sheet: SheetView, r: number, map: ColumnMap): boolean {
  if (fillsWhole(sheet, r, map, 'ref') || fillsWhole(sheet, r, map, 'indicator') || fillsWhole(sheet, r, map, 'status')) return false;
  return [map.progress, map.outcome].every((c) => c === undefined || !ownsCell(sheet, r, c) || !sheet.text(r, c).trim());
}

/** Why row `r` is a part of the action on row `owner`, from how the sheet shows it so; null when nothing does. */
function partWhy(sheet: SheetView, row: RowTexts[number], r: number, owner: number, map: ColumnMap, labels: { r: number; text: string; word: string } | null): string | null {
  const action = map.action!;
  const at = sheet.sheetRow(owner);
  const own = row.filter((t) => ownsCell(sheet, r, t.c));
  if (own.length === 0) return null;
  if (labels) return `it is one of the ${labels.word}s listed under row ${at}'s action below the labels on row ${sheet.sheetRow(labels.r)} ('${labels.text}'): its owner, date and mark are the ${labels.word}'s, never the action's lead, timescale or status`;
  const m = sheet.merge(r, action);
  if (m && m.top <= owner && ownsNoField(own, map)) return `it is a task listed beside row ${at}'s action, whose cells are merged down over it: only column ${own.map((t) => sheet.letter(t.c)).join(', ')} is the row's own, so it is part of that action, not one of its own`;
  // A part with nothing but words is the action's further text, read as such elsewhere: a step names its own date or owner.
  const text = ownsCell(sheet, r, action) ? sheet.text(r, action) : '';
  if (!text.trim() || !own.some((t) => t.c === map.due || t.c === map.lead || t.c === map.status)) return null;
  const deeper = (sheet.outlineLevel?.(r) ?? 0) > (sheet.outlineLevel?.(owner) ?? 0);
  if (deeper) return `it is grouped a level deeper than row ${at}'s action in the sheet's outline${sheet.hidden?.(r) ? ' (folded away under it)' : ''} and ${leftBlank(sheet, owner, map)}: a milestone of that action, whose date and mark are the milestone's, not the action's`;
  if (startsWithBullet(text) && !startsWithBullet(sheet.text(owner, action))) return `it opens with '${collapse(text).charAt(0)}' under row ${at}'s action and ${leftBlank(sheet, owner, map)}: a step of that action, whose date and owner are the step's, never the action's timescale or lead`;
  return null;
}

/**
 * What a part leaves blank that its action fills ('leaves blank the number and status that action fills'): said only
 * of a row found to be a part. Every row under an action that rates it is asked whether it is one, and most are not.
 */
function leftBlank(sheet: SheetView, owner: number, map: ColumnMap): string {
  const filled = wholeOf(sheet, owner, map);
  return `leaves blank the ${filled.length > 1 ? `${filled.slice(0, -1).join(', ')} and ${filled[filled.length - 1]}` : filled[0]} that action fills`;
}

/** None of the row's own texts sits in a column the header maps to a field. */
function ownsNoField(own: RowTexts[number], map: ColumnMap): boolean {
  const mapped = new Set(Object.values(map));
  return own.every((t) => !mapped.has(t.c));
}

/** A row of short labels under an action naming its parts' columns ('Milestone | Owner | Date | Done?'), or null. */
function labelsParts(sheet: SheetView, row: RowTexts[number], r: number, map: ColumnMap): { text: string; word: string } | null {
  // Cheap exact tests first: three cells or more, none in the number or indicator columns, each a short label.
  if (row.length < 3 || row.some((t) => t.c === map.ref || t.c === map.indicator || !LABEL.test(t.text.trim()) || !ownsCell(sheet, r, t.c))) return null;
  const word = row.map((t) => PART_WORD.exec(t.text)?.[0]).find(Boolean);
  if (!word) return null;
  const fields = row.filter((t) => (scoreHeaderWords(t.text)[0]?.score ?? 0) >= 0.8).length;
  if (fields < 2) return null;
  return { text: row.map((t) => collapse(t.text)).join(' | '), word: word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y') };
}

/** The cell is row `r`'s own: not part of a cell merged down from a row above. */
function ownsCell(sheet: SheetView, r: number, c: number): boolean {
  return (sheet.merge(r, c)?.top ?? r) === r;
}
