/**
 * A plan kept as a document (no header row: bullets under 'Next steps', paragraphs labelled 'Commitment 1:') whose items
 * write their lead, timescale or status inside the text — '(Lead: Chief People Officer; by March 2023)', 'Timescale: Q3
 * 2022/23' — gives them as a table's row with no such column does (read-document-plan.ts → readActionFields): the
 * missing-lead and missing-timescale checks then name only the items that write none.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Report'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });

describe('a document plan whose items write their lead and timescale', () => {
  it("reads '(Lead: …; by …)' at the end of each bullet under 'Key next steps', and says where each came from", () => {
    const r = read([
      ['Marshwood NHS Foundation Trust – WRES report 2022-23'],
      ['Key next steps'],
      ['• Bring in de-biased shortlisting for all posts at Band 7 and above (Lead: Head of Resourcing; by March 2023).'],
      ['• Set up reverse mentoring for every executive director (Lead: Chief People Officer; by Q3 2022/23).'],
      ['• Publish the ethnicity pay gap alongside the gender pay gap.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [3, 'Head of Resourcing', 'March 2023'],
      [4, 'Chief People Officer', 'Q3 2022/23'],
      [5, '', ''],
    ]);
    expect(r.actions[0].sources?.lead).toMatchObject({ kind: 'label', cell: 'A3' });
    // The third item names no lead: it alone is flagged on its row; the plan is told its leads sit inside the text.
    const noLead = r.issues.filter((i) => i.rule === 'lead-missing');
    expect(noLead.map((i) => [i.row, i.message])).toEqual([
      [5, 'Row 5: no lead named for this action'],
      [null, 'The plan has no Lead column: 2 of 3 leads were written inside other cells ("LEAD: …") — add a "Lead" column'],
    ]);
  });

  it("reads 'Lead:' and 'Timescale:' lines written after each labelled commitment, merged across", () => {
    const r = read([
      ['Our race equality commitments', '', ''],
      ['Commitment 1: Every interview panel for Band 8a and above includes a trained inclusion ambassador.\nLead: Director of Workforce\nTimescale: September 2022', '', ''],
      ['Commitment 2: Run a career coaching programme for Black, Asian and minority ethnic nurses at Bands 5 and 6.\nLead: Chief Nurse\nTimescale: March 2023', '', ''],
    ]);
    expect(r.actions.map((a) => [a.ref, a.lead, a.due.text])).toEqual([
      ['Commitment 1', 'Director of Workforce', 'September 2022'],
      ['Commitment 2', 'Chief Nurse', 'March 2023'],
    ]);
    // September 2022 has passed at the end of June 2023; the check shows it overdue.
    expect(r.issues.some((i) => i.rule === 'overdue' && i.row === 2)).toBe(true);
  });

  it('keeps a document plan whose items write no lead as one plan-wide finding, and bullets under achievements stay no action', () => {
    const r = read([
      ['Key achievements'],
      ['• Launched the race equality network by March 2021.'],
      ['What we will do in 2022/23'],
      ['• Review every disciplinary case for bias.'],
      ['• Set a target for Board representation.'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(r.actions.every((a) => a.lead === '' && a.due.text === '')).toBe(true);
    expect(r.issues.filter((i) => i.rule === 'lead-missing').map((i) => i.message)).toEqual([
      'The plan has no Lead column, so no action names who is accountable for it — add a "Lead" column',
    ]);
  });
});
