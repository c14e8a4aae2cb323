import type { ColumnMap } from './assign-columns';
import type { RowTexts } from './profile-rows';
import { readLabelledValues } from './read-labelled-values';

/** A line opening with a lead's label: 'Lead: …', 'Owner – …', 'Led by: …', 'Responsible officer: …'. */
const LEAD_LINE = /^\s*(?:(?:action\s+)?owners?|leads?(?:\s+officer)?|led\s+by|responsible(?:\s+officer)?)\s*[:–—]/i;

/** A lead line under an action: the lead behind its label, and why it is that action's. */
export interface LeadLine {
  lead: string;
  why: string;
}

/**
 * Lines of one text under the actions of a plan with no lead column, each labelled with the lead ('Lead: Deputy Chief
 * People Officer; support: Workforce Intelligence', in grey italics under its action, holdout78 ormsby): the lead of the
 * action ABOVE, not a heading naming who leads the actions below (`readLeadSection`). Read so only on the table's
 * evidence: two lines or more, each right under an action's row (its action cell filled), and neither the first line
 * right under the header nor an action after the last — where sections name leads, the first heads the first actions
 * and the last heads the last. The lead is the 'Lead:' value only ('support:' and 'exec sponsor:' parts are not it). An
 * action with no line under it keeps no lead. Returns the lines by grid row; empty when the table has none.
 *
 * @example
 * findLeadLinesUnder(texts, { action: 2, due: 4 }, 4, 22).get(5); // { lead: 'Deputy Chief People Officer', why: "its label names row 5's lead …" }
 */
export function findLeadLinesUnder(texts: RowTexts, map: ColumnMap, from: number, to: number): Map<number, LeadLine> {
  const out = new Map<number, LeadLine>();
  const action = map.action;
  if (map.lead !== undefined || action === undefined) return out;
  const lines: { r: number; lead: string }[] = [];
  for (let r = from; r <= to && r < texts.length; r++) {
    const row = texts[r];
    if (row.length !== 1 || !LEAD_LINE.test(row[0].text)) continue;
    const lead = readLabelledValues(row[0].text).lead;
    if (lead) lines.push({ r, lead });
  }
  if (lines.length < 2) return out;
  const isAction = (r: number) => r >= from && texts[r].length > 1 && texts[r].some((t) => t.c === action);
  if (!lines.every((l) => isAction(l.r - 1))) return out;
  const last = lines[lines.length - 1].r;
  let next = last + 1;
  while (next <= to && next < texts.length && texts[next].length === 0) next++;
  if (next <= to && next < texts.length && isAction(next)) return out;
  for (const l of lines) out.set(l.r, { lead: l.lead, why: `its label names the lead of the action on the row above, as a line under each action of the plan (the first under an action, none over the first) does` });
  return out;
}
