/**
 * A working draft's editors type their queries into the cell after its entry (holdout91 lullingdon 'Head of OD (NB check
 * with Sarah)', pellowby '31/03/2023 [JS: is this still right? EOC said June]'): the query is a question about the entry,
 * not part of it, so the lead is the post and the due the date, and the why quotes the query. A bracket naming part of
 * the post ('(ER)', '(Interim)', '(HR: Workforce)') stays the lead's (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 11, 1));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Draft v3' }, { asAt: AS_AT });

describe("an editor's query typed after a lead or a date", () => {
  it("reads the lead without '(NB check with Sarah)' and the due without '[JS: …]'", () => {
    const r = read([
      ['Ref', 'Metric', 'Action', 'Lead', 'By when', 'Status'],
      ['2.1', '3', 'Make sure every capability case is reviewed for reasonable adjustments.', 'Head of Employee Relations', 'Nov 2022', 'On track'],
      ['2.2', '4a, 4b', 'Train theatre and ward managers to respond when staff report abuse.', 'Head of OD (NB check with Sarah)', '31/03/2023 [JS: is this still right? EOC said June]', 'Not started'],
    ]);
    expect(r.actions.map((a) => [a.lead, a.due.text])).toEqual([['Head of Employee Relations', 'Nov 2022'], ['Head of OD', '31/03/2023']]);
    expect(r.actions[1].sources?.lead?.why).toMatch(/without the editor's query typed after it \('\(NB check with Sarah\)'\)/);
  });

  it("reads 'Head of OD – NB check with Sarah' and 'Mar 2023 (to check)' in another layout, and keeps a post's own brackets (negative)", () => {
    const r = read([
      ['Action', 'Owner', 'Deadline', 'RAG'],
      ['Publish the WRES data and this plan on the website.', 'Head of OD – NB check with Sarah', 'Mar 2023 (to check)', 'Green'],
      ['Check every formal case before it starts.', 'Senior HR Business Partner (ER)', 'Jan 2023', 'Amber'],
      ['Offer reverse mentoring to the executive team.', 'Head of OD (HR: Workforce)', 'Feb 2023', 'Green'],
    ]);
    expect(r.actions.map((a) => [a.lead, a.due.text])).toEqual([['Head of OD', 'Mar 2023'], ['Senior HR Business Partner (ER)', 'Jan 2023'], ['Head of OD (HR: Workforce)', 'Feb 2023']]);
  });
});
