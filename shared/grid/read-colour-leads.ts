import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { findKeyEntry } from '../rag/find-key-entry';
import { nameColour } from '../rag/name-colour';
import type { ColumnEvidence } from '../types';
import type { ColumnAssignment } from './assign-columns';
import type { RowKind } from './classify-row';
import type { RowTexts } from './profile-rows';
import type { SheetView } from './view-sheet';
import type { RawAction } from './walk-rows';

/** Colour words a key names text by, each with the everyday name `nameColour` gives a text colour of that family. */
const FAMILY = new Map<string, readonly string[]>([
  ['red', ['red']], ['pink', ['red', 'purple']], ['orange', ['orange', 'amber']], ['amber', ['amber', 'orange']],
  ['yellow', ['yellow', 'amber']], ['green', ['green']], ['blue', ['blue']], ['navy', ['blue']], ['teal', ['green', 'blue']],
  ['purple', ['purple']], ['violet', ['purple']], ['black', ['black']], ['grey', ['grey']], ['gray', ['grey']], ['brown', ['orange', 'red']],
]);
const COLOUR = `(${[...FAMILY.keys()].join('|')})`;
/** 'red writing = HR team', 'blue = Learning & OD', 'purple text: Chief Exec's office': a colour, what it colours, then who. */
const PAIR = new RegExp(`\\b${COLOUR}(?:\\s+(?:writing|text|font|type|wording))?\\s*(?:=|:|–|—|-|means)\\s*(.+?)(?=\\s*(?:[,;·|]|\\band\\b)\\s*\\b${COLOUR}\\b|\\.?\\s*$)`, 'gi');
/** A key's line: titled 'Key' or saying what colours mean. */
const KEY_LINE = /^\s*(?:colou?r\s+)?key\b|\bcolou?r(?:s|ed)?\b/i;

/** What `readColourLeads` reads: each action's lead by the colour its text is written in, and why. */
export interface ColourLead {
  lead: string;
  why: string;
}

/**
 * A plan with no lead column whose key says what each TEXT COLOUR means, and the meanings are who leads ('Key: red
 * writing = HR team, blue = Learning & OD, green = EDI lead (Priya), purple = Chief Exec's office'): each action's text
 * is written in the colour of the team that leads it, so its lead is the key's label for that colour. Read only on
 * evidence: the plan has no lead column; one line of the plan (a key) pairs two colours or more with labels none of
 * which is a status (a status key is the RAG's: `findTextColourStatus`); and the action cells are written in two or more
 * of those colours. An action in a colour the key does not name keeps no lead. Returns each action's lead, with the
 * lead's evidence for the columns used; null otherwise.
 *
 * @example
 * readColourLeads(sheet, kinds, texts, actions, first)?.leads.get(action); // { lead: 'HR team', why: "Lead: B5 is written in red, which the key on B13 says is 'HR team'" }
 */
export function readColourLeads(sheet: SheetView, kinds: readonly (RowKind | undefined)[], texts: RowTexts, actions: readonly RawAction[], first: ColumnAssignment | undefined): { leads: Map<RawAction, ColourLead>; evidence: ColumnEvidence; keyCell: string } | null {
  if (!first || first.map.lead !== undefined || first.map.action === undefined || actions.length < 2) return null;
  const key = keyOfColours(sheet, kinds, texts);
  if (!key) return null;
  const out = new Map<RawAction, ColourLead>();
  const used = new Set<string>();
  for (const action of actions) {
    if (action.fields.lead.trim() || !action.cells.action) continue;
    const c = sheet.columnOf(action.cells.action);
    const r = action.row - sheet.sheetRow(0);
    const named = nameColour(sheet.font(r, c));
    const entry = key.entries.find((e) => e.names.includes(named));
    if (!entry) continue;
    used.add(entry.colour);
    out.set(action, { lead: entry.label, why: `Lead: ${action.cells.action}${action.row} is written in ${named}, which the key on ${key.cell} says is '${entry.label}'` });
  }
  if (used.size < 2) return null;
  const line = key.text.length > 80 ? `${key.text.slice(0, 79)}…` : key.text;
  const reason = `Lead: no column names it — each action's text colour is its lead, as the key on ${key.cell} says ('${line}'): ${out.size} of ${actions.length} actions written in ${used.size} of its colours`;
  return { leads: out, keyCell: key.cell, evidence: { field: 'lead', column: sheet.letter(first.map.action), header: '', confidence: 0.8, reason, source: 'contents' } };
}

/** The plan's one line pairing colours with labels that are not statuses, with its cell; null when there is none. */
function keyOfColours(sheet: SheetView, kinds: readonly (RowKind | undefined)[], texts: RowTexts): { cell: string; text: string; entries: { colour: string; names: readonly string[]; label: string }[] } | null {
  for (let r = 0; r < kinds.length; r++) {
    if (kinds[r] === 'action' || kinds[r] === 'header') continue;
    for (const t of texts[r] ?? []) {
      // Cheap exact test first: a key line is short and titled, or says 'colour'.
      if (t.text.length > 300 || !KEY_LINE.test(t.text)) continue;
      const entries = [...t.text.matchAll(PAIR)].map((m) => ({ colour: m[1].toLowerCase(), names: FAMILY.get(m[1].toLowerCase())!, label: m[2].trim() }));
      if (entries.length < 2 || entries.some((e) => !e.label || e.label.length > 60 || findKeyEntry(e.label, DEFAULT_RAG_KEY) !== null)) continue;
      return { cell: sheet.address(r, t.c), text: t.text.replace(/\s+/g, ' ').trim(), entries };
    }
  }
  return null;
}
