/**
 * Last year's review kept on the same row as this year's action (holdout68 kestrelford, severnmoor): one row per last
 * year's commitment, the columns on the left looking back at it ('What we said (2018/19) | What we did | Did we achieve
 * it?'; '2024/25 action | Lead (2024/25) | Due | Year-end position | Decision') and those on the right giving this
 * year's action, lead and date ('What we will do next (2019/20)'; '2025/26 action | 2025/26 lead | 2025/26 due'). The
 * header names two years: the review's columns are set aside, so last year's action, lead, date and rating ('Achieved',
 * 'Carry forward') are never this plan's fields nor its status, and a row with no action this year is no action.
 * Negative: a plan whose own 'Action' column sits beside a 'Next steps 2020/21' column keeps its columns.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (values: CellValue[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) => checkPlan({ values, sheetName: 'Plan', merges }, { asAt: AS_AT });
const unused = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.row === 3 || i.row === 4).map((i) => `${i.column}${i.row}: ${i.message}`).join('\n');

describe("last year's review on each row beside this year's action", () => {
  it("reads 'What we will do next (2019/20)' as the action, no status from 'Did we achieve it?', and no action where nothing more is done", () => {
    const report = read([
      ['Brackley Vale NHS Trust – WRES: looking back at 2018/19 and forward to 2019/20'],
      [],
      ['Indicator', 'What we said (2018/19)', 'What we did', 'Did we achieve it?', 'What we will do next (2019/20)', 'Lead', 'By when'],
      ['1', 'Publish BME staff by band for every division.', 'Published each quarter on the intranet.', 'Achieved', 'Set each division a target for BME staff at Band 7 and above.', 'Director of Workforce', 'Oct 2019'],
      ['2', 'Put a BME panel member on every Band 8a+ panel.', 'Done for 71% of panels.', 'Partly achieved', 'Extend the diverse panel rule to Band 7 posts.', 'Head of Recruitment', 'Jun 2019'],
      ['3', 'Review every disciplinary case before a hearing.', 'Review panel set up in September 2018.', 'Achieved', 'No further action – the review is now in the disciplinary policy.'],
      ['4', 'Open the leadership course to more BME staff.', '9 places against a target of 15.', 'Not achieved', 'Ring-fence a third of places on the Aspiring Leaders course.', 'Head of OD', 'Sep 2019'],
    ]);
    expect(report.actions.map((a) => [a.row, a.action.slice(0, 24), a.lead, a.due.text, a.status])).toEqual([
      [4, 'Set each division a targ', 'Director of Workforce', 'Oct 2019', ''],
      [5, 'Extend the diverse panel', 'Head of Recruitment', 'Jun 2019', ''],
      [7, 'Ring-fence a third of pl', 'Head of OD', 'Sep 2019', ''],
    ]);
    expect(report.columns.action).toBe('E');
    expect(report.columns.status).toBeUndefined();
    expect(unused(report)).toMatch(/D3: .*"Did we achieve it\?".*looks back at last year: the header names 2018\/19 over the review and 2019\/20 over this year's action/);
  });

  it("reads the '2025/26' columns of a year-end review, not last year's action, lead and due, and no 'Close' row", () => {
    const report = read([
      ['NHS Tamewater ICB – WRES action plan 2025/26'],
      ['Ref', 'Action 2024/25', 'Owner 2024/25', 'RAG at year end', 'Where we got to', 'Decision', 'Action 2025/26', 'Owner 2025/26', 'Due 2025/26'],
      ['T1', 'Publish our own WRES figures.', 'Head of People', 'Complete', 'Published.', 'Close'],
      ['T2', 'Reverse mentoring for every director.', 'Chief People Officer', 'Amber', 'Five of eight paired.', 'Carry forward', 'Reverse mentoring for every director.', 'Chief People Officer', 'Dec-25'],
      ['T3', 'De-biased shortlisting for Band 7+ posts.', 'Head of Resourcing', 'Red', 'Live for Band 7+.', 'Revise', 'Extend de-biased shortlisting to every post from Band 2.', 'Head of Resourcing', 'Sep-25'],
      ['T4', 'Race equality network for the system.', 'System EDI Lead', 'Complete', 'Launched; 210 members.', 'Close'],
      [],
      ['Part 2 – New actions for 2025/26'],
      ['Ref', 'Action', 'WRES indicator', 'Lead', 'Due'],
      ['N1', 'Review why BME staff leave within two years, using exit interviews.', '2, 7', 'Head of People', 'Oct-25'],
      ['N2', 'Train line managers in handling concerns about racism.', '6, 8', 'Head of OD', 'Nov-25'],
    ]);
    expect(report.actions.map((a) => [a.row, a.ref, a.action.slice(0, 20), a.lead, a.due.text, a.status])).toEqual([
      [4, 'T2', 'Reverse mentoring fo', 'Chief People Officer', 'Dec-25', ''],
      [5, 'T3', 'Extend de-biased sho', 'Head of Resourcing', 'Sep-25', ''],
      // 'New actions for 2025/26' says the actions are new to this year's plan: no status 'New'.
      [10, 'N1', 'Review why BME staff', 'Head of People', 'Oct-25', ''],
      [11, 'N2', 'Train line managers ', 'Head of OD', 'Nov-25', ''],
    ]);
    expect(report.columns.lead).toBe('H');
    // Last year's RAG and decision rate last year's work: no status, no colour.
    expect(report.actions.map((a) => a.rag)).toEqual([null, null, null, null]);
  });

  it("sets aside the columns under a '… – LOOKING BACK' band over the review", () => {
    const report = read(
      [
        ['Coldharbour Ambulance Service – WRES action plan 2021/22'],
        [null, '2020/21 – looking back', null, null, '2021/22 – looking forward'],
        ['Indicator', 'What we planned', 'Outcome', 'Carry forward?', 'Action', 'Executive lead', 'Target date'],
        ['1', 'Recruitment days with local universities.', 'Two days held.', 'No – complete'],
        ['2', 'Diverse panels for Band 7+ posts.', 'In place for 58% of panels.', 'Yes', 'Diverse panels for Band 7+ posts, checked by HR before each interview.', 'Director of People', '30/09/2021'],
        ['3', '—', 'New for 2021/22', '—', 'Brief crews on reporting racist abuse from patients.', 'Director of Quality', '30/11/2021'],
      ],
      [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 1, left: 4, bottom: 1, right: 6 }],
    );
    expect(report.actions.map((a) => [a.row, a.action.slice(0, 20), a.lead, a.due.text])).toEqual([
      [5, 'Diverse panels for B', 'Director of People', '30/09/2021'],
      [6, 'Brief crews on repor', 'Director of Quality', '30/11/2021'],
    ]);
  });

  it("keeps a plan's own 'Action' column beside a 'Next steps 2020/21' column: nothing is set aside (negative)", () => {
    const report = read([
      ['Ashby Fields NHS Trust – WRES action plan 2019/20'],
      ['Ref', 'Action', 'Lead', 'Due', 'Update (Q4 2019/20)', 'Next steps 2020/21'],
      ['1', 'Publish BME staff by band for every division.', 'Director of Workforce', 'Oct 2019', 'Published each quarter.', 'Add targets by division.'],
      ['2', 'Put a BME panel member on every Band 8a+ panel.', 'Head of Recruitment', 'Jun 2019', 'Done for 71% of panels.', 'Extend to Band 7.'],
    ]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => [a.row, a.action.slice(0, 20), a.progress])).toEqual([
      [3, 'Publish BME staff by', 'Published each quarter.'],
      [4, 'Put a BME panel memb', 'Done for 71% of panels.'],
    ]);
  });
});
