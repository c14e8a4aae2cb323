import { nameColour } from '../rag/name-colour';
import { collapse } from './cell-text';
import type { RowContext } from './classify-row';
import { placeholderIn } from './read-template-row';

/**
 * An example's label opening the row or its action ('EXAMPLE: Metric 2', 'Example –', 'e.g.', 'Worked example 1:'),
 * not words in passing: 'For example, publish…' or 'Example of good practice…' open a trust's own sentence.
 */
const LABEL = /^(?:(?:worked\s+|for\s+)?(?:example|sample|illustration)\s*\d{0,2}\s*(?:$|[:–—-])|e\.?g\.?(?=$|[\s:]))/i;
/** The names templates give a made-up person ('Jo Bloggs, Head of Recruitment', 'A N Other'). */
const PLACEHOLDER_NAME = /\b(?:jo|joe|joanne|fred|john|jane)\s+bloggs\b|\b(?:john|jane)\s+doe\b|\ba\.?\s?n\.?\s?other\b|\bjoe\s+public\b/i;
/** Past this share of the rows under it written as it is, the row's style is the plan's way of writing (greyed-out completed actions), no example's. */
const MAX_SHARED_STYLE = 0.25;

/** What is known of a row at the top of the table besides its own cells: the guidance row beside it, an instruction naming it, the rows under it. */
export interface ExampleContext {
  /** The 1-based sheet row of the template's guidance row directly above or under it, or null. */
  besideGuidance: number | null;
  /** The instruction naming the row as an example ('Row 13 is a worked example…'), looked for only when asked. */
  instruction: () => { cell: string; text: string } | null;
  /** The rows of the table under it (the actions), each with its first text's column. */
  below: readonly { r: number; c: number }[];
}

/**
 * A template's WORKED EXAMPLE left in at the top of the table ('EXAMPLE: Metric 2' | … | 'Jo Bloggs, Head of
 * Recruitment' | 'March 2020', all grey): it has every field an action has, so only evidence tells it apart, and each
 * piece is told to the user. The row's own words: an example's label opening it, a placeholder's name ('Jo Bloggs'), a
 * placeholder ('dd/mm/yy'). Around it: every cell written in grey or italics (or both) unlike the rows under it, the
 * template's guidance row beside it, an instruction naming its row. Two pieces, one at least the row's own words: a
 * trust that deleted the example as told, or typed its first action over it keeping its grey italics, leaves an action
 * whose words are its own.
 *
 * @example
 * readWorkedExample(x, { besideGuidance: 12, instruction: () => null, below: [{ r: 13, c: 0 }, { r: 14, c: 0 }] });
 * // { why: "its first cell 'EXAMPLE: Metric 2' labels it an example; 'Jo Bloggs' is a placeholder's name; …" }
 */
export function readWorkedExample(x: RowContext, around: ExampleContext): { why: string } | null {
  if (!x.texts.length) return null;
  const own = ownWords(x);
  if (!own.length) return null;
  const said = [...own];
  const style = styleUnlikeBelow(x, around.below);
  if (style) said.push(`it is written in ${style}, unlike the actions under it`);
  if (around.besideGuidance !== null) said.push(`it sits beside the template's guidance (row ${around.besideGuidance})`);
  const named = around.instruction();
  if (named) said.push(`${named.cell} names row ${x.sheet.sheetRow(x.r)} ('${named.text.length > 60 ? `${named.text.slice(0, 60)}…` : named.text}')`);
  return said.length >= 2 ? { why: said.join('; ') } : null;
}

/** What the row's own words say of an example: its label, a placeholder's name, else a placeholder in another cell. */
function ownWords({ sheet, r, texts, columns }: RowContext): string[] {
  const said: string[] = [];
  const first = collapse(texts[0].text);
  const action = columns?.action === undefined ? '' : collapse(sheet.text(r, columns.action));
  const label = LABEL.test(first) ? first : LABEL.test(action) ? action : '';
  if (label) said.push(`${label === first ? 'its first cell' : 'its action'} '${label.length > 40 ? `${label.slice(0, 40)}…` : label}' labels it an example`);
  let placeholder: string | null = null;
  for (const { text } of texts) {
    const name = PLACEHOLDER_NAME.exec(text);
    if (name) return [...said, `'${name[0]}' is a placeholder's name`];
    // The label's own cell ('e.g.') is a placeholder too: it says so once.
    if (!placeholder && collapse(text) !== label) placeholder = placeholderIn(text);
  }
  return placeholder ? [...said, placeholder] : said;
}

/**
 * How every text of the row is written, set apart from a plain action's text — in grey, in italics, or both ('grey
 * (#808080) italics') — when the rows under it (each by its first text) mostly are not written so: else null.
 */
function styleUnlikeBelow({ sheet, r, texts }: RowContext, below: ExampleContext['below']): string | null {
  const style = styleOf(sheet, r, texts[0].c);
  if (!style) return null;
  for (const { c } of texts) if (styleOf(sheet, r, c) !== style) return null;
  let shared = 0;
  for (const k of below) if (styleOf(sheet, k.r, k.c) === style) shared++;
  return below.length > 0 && shared <= MAX_SHARED_STYLE * below.length ? style : null;
}

/** A cell's text's style when it is grey or italic ('grey (#808080) italics', 'italics', 'grey (#7F7F7F)'), else ''. */
export function styleOf(sheet: RowContext['sheet'], r: number, c: number): string {
  const colour = sheet.font(r, c);
  const grey = colour && nameColour(colour) === 'grey' ? `grey (${colour})` : '';
  const italic = sheet.italic?.(r, c) ?? false;
  return grey && italic ? `${grey} italics` : grey || (italic ? 'italics' : '');
}
