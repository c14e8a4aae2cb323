import { collapse, collapsedLongerThan } from './cell-text';
import type { SheetView } from './view-sheet';

/** One email address alone in a cell ('c.westby@fallowgate.nhs.uk'). */
const EMAIL = /^[\w.'+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** A column of who leads that gives the email address of the person another column names. */
export interface EmailBesideName {
  c: number;
  /** Why the column is read as no field (for the user's list of columns left unread). */
  says: string;
}

/**
 * An export that keeps a person twice — the name and the address ('OwnerName' | 'OwnerEmail', 'Assignee' | 'Assignee
 * Email', 'Owner' | 'Owner e-mail'): both headers name who leads and both columns are filled with people, but the address
 * is how to reach the person the other column names, and a reader of the plan knows the lead by name. The column of
 * addresses is set aside, the names read as the lead — when it is the same people: on most rows where both are filled,
 * a word of the name (the surname or the first name) is in the address ('Caroline Westby' beside 'c.westby@…'). A
 * column of addresses alone, with no names beside it, stays the lead.
 *
 * @example
 * findEmailBesideName(sheet, rows, headers, isLead); // { c: 8, says: "it gives the email address of the person named in column H ('OwnerName') …" }
 */
export function findEmailBesideName(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>, headedLead: (c: number) => boolean): EmailBesideName | null {
  const leads = [...headers.keys()].filter(headedLead);
  if (leads.length < 2) return null;
  const emails = leads.filter((c) => mostlyEmails(sheet, rows, c));
  for (const e of emails) {
    for (const n of leads) {
      if (n === e || emails.includes(n)) continue;
      const same = samePeople(sheet, rows, n, e);
      if (same === null) continue;
      const named = collapse(headers.get(n) ?? '') || `column ${sheet.letter(n)}`;
      return { c: e, says: `it gives the email address of the person named in column ${sheet.letter(n)} ('${named}'), as ${same}: the lead is read by name from that column` };
    }
  }
  return null;
}

/** Two filled cells or more, four in five of them one email address alone. */
function mostlyEmails(sheet: SheetView, rows: readonly number[], c: number): boolean {
  let filled = 0;
  let emails = 0;
  for (const r of rows) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    filled++;
    if (!collapsedLongerThan(text, 80) && EMAIL.test(text)) emails++;
  }
  return filled >= 2 && emails >= 0.8 * filled;
}

/**
 * Whether column `n` names the people whose addresses column `e` gives: on half the rows or more where both are filled
 * (two at least), a word of the name of three letters or more is in the address's part before the '@'. Says which row
 * shows it ('row 2: Caroline Westby, c.westby@…'); null when not.
 */
function samePeople(sheet: SheetView, rows: readonly number[], n: number, e: number): string | null {
  let both = 0;
  let matched = 0;
  let example = '';
  for (const r of rows) {
    const name = collapse(sheet.text(r, n));
    const email = sheet.text(r, e).trim();
    if (!name || !email || name.includes('@') || name.length > 60) continue;
    both++;
    const local = email.slice(0, email.indexOf('@')).toLowerCase().replace(/[^a-z]/g, '');
    const words = name.toLowerCase().split(/[\s,;'’-]+/).map((w) => w.replace(/[^a-z]/g, '')).filter((w) => w.length >= 3);
    if (local && words.some((w) => local.includes(w))) {
      matched++;
      example ||= `row ${sheet.sheetRow(r)} gives '${name}' beside '${email}'`;
    }
  }
  return both >= 2 && matched >= 0.5 * both ? example : null;
}
