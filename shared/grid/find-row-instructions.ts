import { collapse } from './cell-text';
import type { RowTexts } from './profile-rows';
import type { SheetView } from './view-sheet';

/** 'Row 13', 'rows 12 and 13', 'rows 12–13': the sheet rows a text names. */
const NAMES_ROWS = /\brows?\s+(\d{1,6})(?:\s*(?:and|&|,|to|-|–|—)\s*(\d{1,6}))?/gi;
/** What an instruction says of the rows it names: a template's example or guidance, to be taken out. */
const OF_TEMPLATE = /\b(?:example|sample|illustrat\w*|guidance|prompts?|delete|remove|template)\b/i;
/** A cheap first look: most texts name no row. */
const MAY_NAME_ROW = /\brows?\s+\d/i;
/** A range longer than this is no template's row or two ('rows 1 to 500'). */
const MAX_NAMED = 5;

/**
 * The template's instructions naming rows of the sheet as its example or guidance ('3. Row 13 is a worked example –
 * please delete it before publishing', 'Note: row 5 is an illustration only'), by the 1-based sheet row each names, with
 * the instruction's cell and text. Evidence, not proof: a trust that deleted the example as told leaves the instruction
 * naming what is now its own first action, so a row is never set aside on an instruction alone.
 *
 * @example
 * findRowInstructions(sheet, texts).get(13); // { cell: 'A9', text: '3. Row 13 is a worked example – please delete it…' }
 */
export function findRowInstructions(sheet: SheetView, texts: RowTexts): Map<number, { cell: string; text: string }> {
  const named = new Map<number, { cell: string; text: string }>();
  for (let r = 0; r < texts.length; r++) {
    for (const { c, text } of texts[r]) {
      if (text.length > 400 || !MAY_NAME_ROW.test(text) || !OF_TEMPLATE.test(text)) continue;
      for (const m of text.matchAll(NAMES_ROWS)) {
        const from = Number(m[1]);
        const to = m[2] ? Number(m[2]) : from;
        if (to < from || to - from >= MAX_NAMED) continue;
        for (let row = from; row <= to; row++) if (!named.has(row)) named.set(row, { cell: sheet.address(r, c), text: collapse(text) });
      }
    }
  }
  return named;
}
