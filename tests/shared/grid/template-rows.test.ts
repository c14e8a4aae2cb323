import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => [i.row, i.message]);

// Trusts fill in a template: its example row, or its rows of prompts still to fill in, are sometimes left in the plan.
describe("a template's example or placeholder rows left in the plan", () => {
  it('sets aside the example row under the header, with why', () => {
    const report = read({
      values: [
        ['Aldbury NHS Trust – WRES Action Plan 2021/22'],
        ['No.', 'WRES indicator', 'Action', 'Lead', 'Due date', 'RAG'],
        ['e.g.', '2', 'Example: describe the action in one or two sentences (delete this row before publishing)', 'Named post holder', 'dd-mmm-yy', 'G'],
        [1, '1', 'Set BME representation targets for Bands 8a to 9', 'Deputy Director of Workforce', '30-Sep-21', 'G'],
        [2, '2', 'Train every shortlisting panel in fair recruitment', 'Head of Resourcing', '31-Dec-21', 'A'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    const [[row, message]] = setAside(report);
    expect(row).toBe(3);
    expect(message).toMatch(/read as a template's example, not an action — it asks to be deleted .*'dd-mmm-yy' is a date's format/);
  });

  it('sets aside rows of prompts still to fill in under the plan, without a word asking for their deletion', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Metric', 'Target date', 'Status'],
        ['Run a reasonable adjustments passport campaign', 'Head of Wellbeing', 'Metric 8', 'Oct 2022', 'On track'],
        ['Give the network chair protected time', 'Chief People Officer', 'Metric 9b', 'Jun 2022', 'Complete'],
        ['[Insert action here]', '[Insert lead]', 'Metric X', 'dd/mm/yyyy', null],
        ['<Describe the action>', 'XXX', null, 'DD/MM/YY', null],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report).map(([r]) => r)).toEqual([4, 5]);
  });

  it('reads a cell asking for its row to be deleted across a line break, and a placeholder after leading spaces', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Describe the action in a sentence.\nPlease delete this\nrow  before sending', 'EDI Lead', 'Q3 2021/22'],
        ['Review the recruitment policy', 'Head of Resourcing', 'Mar 2022'],
        ['Describe the action (remove the\n example   row)', 'Named lead', '  dd/mm/yyyy'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3]);
    expect(setAside(report).map(([r, m]) => [r, /asks to be deleted/.test(String(m))])).toEqual([[2, true], [4, true]]);
  });

  it('keeps an action that mentions an example, or a row with one unfilled date, as an action', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale'],
        ['Share examples of good practice from the BME network with every division', 'EDI Lead', 'Q3 2021/22'],
        ['E.g. reverse mentoring for the executive team', 'Chief People Officer', 'Mar 2022'],
        ['Review the recruitment policy', 'Head of Resourcing', 'dd/mm/yyyy'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).toEqual([]);
  });
});

/** Every cell of the listed grid rows (0-based) written in one text colour: a template's example row is typed grey. */
const writtenIn = (values: CellValue[][], rows: number[], colour: string) => values.map((row, r) => row.map((v) => (rows.includes(r) && v !== null ? colour : null)));
const aside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

// A regional template filled in with its GUIDANCE row (a prompt under each column) and its WORKED EXAMPLE left in under
// the header (holdout21 netherfold): neither is the trust's action.
describe("a template's guidance row and worked example left in under the header", () => {
  it('sets aside the e.g. example under a row of bracketed prompts, in a WRES plan with no instruction', () => {
    const report = read({
      values: [
        ['Kestrel Vale NHS Trust – WRES Action Plan 2021/22 (regional template)'],
        [],
        ['Ref', 'WRES indicator', 'Action', 'Lead', 'Completion date', 'RAG status'],
        ['[Number]', '[Enter the indicator number]', '[Describe the action: what, where and for whom]', '[Name and job title]', '[Quarter and year]', '[Red / Amber / Green]'],
        ['e.g.', '2', 'Publish the shortlisting-to-appointment ratio of each division every quarter', 'Head of Resourcing', 'Q3 2021/22', 'Green'],
        [1, '1', 'Set representation targets for Bands 8a to 9 in every division', 'Deputy Director of Workforce', 'Q2 2021/22', 'Green'],
        [2, '2', 'Train every shortlisting panel chair in fair recruitment', 'Head of Resourcing', 'Q4 2021/22', 'Amber'],
        [3, '5', 'Run a campaign on reporting abuse from patients and the public', 'Head of Security', 'Q1 2022/23', 'Red'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([6, 7, 8]);
    expect(report.actions.map((a) => [a.lead, a.due.text, a.indicator])).toEqual([
      ['Deputy Director of Workforce', 'Q2 2021/22', '1'],
      ['Head of Resourcing', 'Q4 2021/22', '2'],
      ['Head of Security', 'Q1 2022/23', '5'],
    ]);
    // The prompts name the fields well enough to read as the header's second row (no action either way); the example
    // right under them sits beside the template's guidance.
    expect(report.headerRows).toEqual([3, 4]);
    const [example] = aside(report);
    expect(example.row).toBe(5);
    expect(example.message).toMatch(/^Row 5: "e\.g\. \| 2 \| Publish .* is read as a template's example, not an action — its first cell 'e\.g\.' labels it an example; it sits beside the template's guidance \(row 4\)$/);
  });

  it('sets aside a grey example with a placeholder lead under a second header row of questions, named by a note under the plan', () => {
    const values: CellValue[][] = [
      ['Harrowby Community Health NHS Trust'],
      ['WDES action plan 2022/23'],
      ['Metric', 'Action', 'Lead', 'Target date', 'Status'],
      ['Which metric?', 'What will you do?', 'Who will make it happen?', 'By when?', 'How far has it got?'],
      ['Metric 4a', 'Hold a listening event for disabled staff in each care group', 'Joe Bloggs (Head of Inclusion)', 'Oct 2022', 'On track'],
      ['Metric 1', 'Run a declaration campaign so that staff update their disability status on ESR', 'Ruth Adebayo, Head of Workforce Information', 'Sep 2022', 'On track'],
      ['Metric 8', 'Bring in a reasonable adjustments passport that moves with the member of staff', 'Owen Price, Occupational Health Manager', 'Jan 2023', 'Delayed'],
      ['Metric 9a', 'Give the disabled staff network chair protected time and an executive sponsor', 'Chief People Officer', 'Jul 2022', 'Complete'],
      [],
      ['Note: row 5 is an illustration from the template only.'],
    ];
    const report = read({ values, fonts: writtenIn(values, [4], '#7F7F7F') });
    expect(report.actions.map((a) => a.row)).toEqual([6, 7, 8]);
    expect(report.actions[0]).toMatchObject({ lead: 'Ruth Adebayo, Head of Workforce Information', indicator: '1' });
    const example = aside(report).find((i) => i.row === 5)!;
    expect(example.message).toMatch(/is read as a template's example, not an action — 'Joe Bloggs' is a placeholder's name; it is written in grey \(#7F7F7F\), unlike the actions under it; it sits beside the template's guidance \(row 4\); A10 names row 5 \('Note: row 5 is an illustration/);
  });

  it("keeps the trust's first action under a guidance row when the example was deleted as asked, though the instruction still names its row and it is grey", () => {
    const values: CellValue[][] = [
      ['Row 5 is a worked example – please delete it before publishing.'],
      [],
      ['WDES metric', 'Action', 'Lead (name and role)', 'Timescale', 'Progress (RAG)'],
      ['(Metric 1–10)', '(What will you do? Make it SMART)', '(Who is accountable?)', '(Month / year)', '(Select from list)'],
      ['Metric 2', 'Offer an interview to every disabled applicant who meets the essential criteria', 'Mark Ellison, Head of Resourcing', 'January 2020', 'Amber'],
      ['Metric 5', 'Offer disabled staff coaching and a career conversation with a senior leader', 'Fiona Grant, Head of Learning', 'March 2020', 'Green'],
    ];
    const report = read({ values, fonts: writtenIn(values, [4], '#808080') });
    expect(report.actions.map((a) => a.row)).toEqual([5, 6]);
    expect(report.actions[0]).toMatchObject({ lead: 'Mark Ellison, Head of Resourcing', indicator: '2' });
    expect(aside(report).map((i) => i.message)).toEqual([
      `Row 4: "(Metric 1–10) | (What will you do? Make it SMART) | (Who is…" is read as the template's guidance, not an action — 5 of its 5 cells prompt what to write under their column ('(Metric 1–10)', '(What will you do? Make it SMART)', '(Who is accountable?)', …)`,
    ]);
  });

  it("keeps a first action that begins 'For example, …' or names a real person, under a plain header", () => {
    const report = read({
      values: [
        ['No.', 'Indicator', 'Action', 'Lead', 'By when', 'RAG'],
        [1, '2', 'For example, publish the shortlisting ratio of each division alongside its vacancy figures', 'Jo Blackwood, Head of Resourcing', 'Q3 2021/22', 'Green'],
        [2, '5', 'Sample the Datix reports of abuse from patients each quarter', 'Head of Security', 'Q4 2021/22', 'Amber'],
        [3, '7', 'Example: share the stories of staff who have used the speak-up route', 'Jane Doel, Freedom to Speak Up Guardian', 'Q1 2022/23', 'Red'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(aside(report)).toEqual([]);
  });
});
