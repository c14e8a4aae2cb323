import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Leads and dues written behind labels or typed together, in plans with no lead or timescale column of their own
 * (holdout78 cobbledean, lenchford, ullerby; the same way as holdout41 tamsworth's 'Who / when' column and holdout21's
 * Executive lead beside a Lead column):
 * - a 'Who / when' cell typed with 'by', a bracketed note after the date, a timing with no date ('ongoing'), or only the
 *   date the work starts on ('(from Jan 24)': no due);
 * - one line of the action's cell labelled 'Who/when:', a partner in a '(with …)' bracket not part of the lead;
 * - a cell labelling both an 'Exec lead:' and a 'Lead:': the lead is the 'Lead:', the exec lead only oversees.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.lead, a.due.text]);

describe("a 'Who / when' cell typed every way", () => {
  const plan: CellValue[][] = [
    ['Anytown Hospitals NHS Foundation Trust – WDES action plan 2023/24'],
    ['Metric(s)', 'What we will do', 'Who / when', 'RAG'],
    ['1', 'Rebuild the workforce dashboard so that disability data is shown by band and division', 'Workforce Info Manager, by end Dec 2023', 'G'],
    ['2', 'Add a guaranteed interview check to every shortlisting panel', 'Head of Resourcing – Oct–Dec 23', 'A'],
    ['4a', 'Set up a peer support circle for disabled staff who have been harassed', 'Network chair (from Jan 24)', 'A'],
    ['9a', 'Give the network a seat at every People Committee', 'EDI Lead / ongoing', 'G'],
    ['10', 'Hold a Board development session on disability', 'CPO – by 14/03/24 (Board development day)', 'A'],
  ];

  it('reads the lead and the due without its by or note; a start alone is no due', () => {
    expect(seen(plan)).toEqual([
      [3, 'Workforce Info Manager', 'end Dec 2023'],
      [4, 'Head of Resourcing', 'Oct–Dec 23'],
      [5, 'Network chair', ''],
      [6, 'EDI Lead', 'ongoing'],
      [7, 'CPO', '14/03/24'],
    ]);
  });

  it('says the start date is why there is no due', () => {
    const action = read(plan).actions[2];
    expect(action.sources.lead?.why).toBe("Lead: 'Network chair', the name in C5 beside the date 'from Jan 24' it starts on");
    expect(action.sources.due).toBeUndefined();
  });
});

describe("a 'Who/when:' line closing the action's cell", () => {
  it('reads who and when from the line, a partner and a start left out', () => {
    expect(
      seen([
        ['NHS Anytown Integrated Care Board – WRES action plan 2024/25'],
        ['Ref', 'WRES indicator(s)', 'Action and who/when', 'Measure of success', 'BRAG'],
        ['R1', '1', 'Set representation goals for each directorate.\nWho/when: Associate Director of People, Dec 2024', 'Representation up to 13% by March 2026', 'G'],
        ['R2', '2', 'Make diverse interview panels standard for Band 8a posts.\nWho/when: Head of Talent & OD – end Q3', 'Gap under 1.2', 'G'],
        ['R3', '2', 'Offer every unsuccessful ethnic minority candidate a feedback conversation.\nWho/when: All recruiting managers, from July 2024', 'Take-up above 75%', 'A'],
        ['R4', '3', 'Review every formal disciplinary case before it goes ahead.\nWho/when: Head of Employee Relations (with Staff Side); by Sept 2024', 'No case without review', 'B'],
        ['R5', '4', 'Publish take-up of funded training by ethnicity.\nWho/when: Head of Workforce Intelligence – quarterly', 'Gap under two points', 'G'],
      ]),
    ).toEqual([
      [3, 'Associate Director of People', 'Dec 2024'],
      [4, 'Head of Talent & OD', 'end Q3'],
      [5, 'All recruiting managers', ''],
      [6, 'Head of Employee Relations', 'Sept 2024'],
      [7, 'Head of Workforce Intelligence', 'quarterly'],
    ]);
  });
});

describe("'Exec lead:' and 'Lead:' in one cell", () => {
  it("gives the 'Lead:' as the lead, in whichever order the lines come", () => {
    expect(
      seen([
        ['Anytown Teaching Hospitals NHS Trust'],
        ['Workforce Disability Equality Standard – Action Plan 2021/22'],
        ['Ref', 'WDES metric', 'Action', 'Accountability & timeframe', 'Status'],
        ['W1', '1', 'Refresh the declaration campaign with staff stories', 'Exec lead: Chief People Officer\nLead: Head of Workforce Information\nTimeframe: Q3 2021/22', 'In progress'],
        ['W2', '3', 'Add a reasonable adjustments checkpoint to the capability policy', 'Timeframe: Q4 2021/22\nExec lead: Chief People Officer\nLead: Deputy Head of HR', 'In progress'],
        ['W3', '6', 'Give line managers a guide on presenteeism', 'Lead: Occupational Health Manager\nTimeframe: Dec 2021', 'Complete'],
        ['W4', '9a', 'Fund the network chair two days a month', 'Exec lead: Chief People Officer\nTimeframe: Q2 2021/22', 'Complete'],
      ]),
    ).toEqual([
      [4, 'Head of Workforce Information', 'Q3 2021/22'],
      [5, 'Deputy Head of HR', 'Q4 2021/22'],
      [6, 'Occupational Health Manager', 'Dec 2021'],
      [7, 'Chief People Officer', 'Q2 2021/22'],
    ]);
  });
});
