import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readBracketedColours } from '../../../shared/rag/read-bracketed-colours';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Two patterns of year-end reviews and trackers:
 * - a status written as a symbol alone ('✓', '◐', '✗'; '✔', '➜', '⚠', '✖'), with no word and no fill, keyed by a line
 *   that says what each symbol means and its colour ('✓ = achieved (green)'), above the plan or as a footnote under it;
 * - a key written as a line of labels each followed by its colour in brackets ('Complete (blue) – On track (green) –
 *   Not yet due (no rating)'), whose colours win over the usual words' (Complete is blue, not green).
 * Each shown in plans worded and laid out differently.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const grid = (values: CellValue[][], more: Partial<Grid> = {}): Grid => ({ values, ...more });
const ragsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => [a.status, a.statusRag]);
const across = (row: number, width: number) => ({ top: row, left: 0, bottom: row, right: width - 1 });

describe('a status written as a symbol, keyed by what each symbol means', () => {
  it("reads '✓ / ◐ / ✗' under 'Achieved?' through a key line under the title", () => {
    const g = grid(
      [
        ['Dalesby Trust – WRES action plan 2023/24 – year-end review'],
        ['Key:  ✓ = achieved (green)   ◐ = partly achieved (amber)   ✗ = not achieved (red)'],
        ['Ref', 'Action', 'Lead', 'Timescale', 'Outcome at year end', 'Achieved?'],
        ['1.1', 'Analyse the pay band profile of BME staff by directorate.', 'Workforce Committee', 'Q2 2023/24', 'Shared in August.', '✓'],
        ['1.2', 'Design a BME leadership programme with the regional academy.', 'Head of OD', 'March 2024', 'First cohort delayed to May.', '◐'],
        ['1.3', 'Review Board recruitment with the Nominations Committee.', 'Nominations Committee', 'Q4 2023/24', 'No vacancies arose.', '✗'],
      ],
      { merges: [across(0, 6), across(1, 6)] },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(ragsOf(g)).toEqual([['✓', 'green'], ['◐', 'amber'], ['✗', 'red']]);
    expect(report.ragKey.source).toBe('legend');
    // The key says '✓' means achieved: that action is done, so not overdue; the others are past their dates.
    expect(report.actions.map((a) => a.overdue)).toEqual([false, true, true]);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/status marks .* read through the plan's key \(header 'Achieved\?'\)/);
    // The key line is a key, not an action or a theme.
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null]);
  });

  it("reads '✔ / ➜ / ⚠ / ✖' under 'Status*' through the '*' footnote under the plan, blue for complete", () => {
    const g = grid(
      [
        ['Fernmoor NHS Trust – WDES action plan 2024/25'],
        [],
        ['No.', 'Metric', 'Action', 'Lead', 'By when', 'Status*'],
        ['1', 'M10', 'Every Board member to hold a disability inclusion objective.', 'Chair', 'Q2 24/25', '✔'],
        ['1.1', 'M9b', 'Executive sponsor to attend the Network quarterly.', 'Chief Nurse', 'Quarterly', '➜'],
        ['2', 'M1, M2', 'Audit the recruitment process with disabled staff.', 'Head of Resourcing', 'Q4 24/25', '⚠'],
        ['2.1', 'M6', 'Train managers on supportive attendance conversations.', 'HR Business Partners', 'Q4 24/25', '✖'],
        ['2.2', 'M4a', 'Publicise the routes for reporting harassment.', 'FTSU Guardian', 'Ongoing', null],
        [],
        ['* Status: ✔ complete (blue) · ➜ on track (green) · ⚠ at risk (amber) · ✖ not started (red)'],
        ['Approved by the People Committee on 19 October 2024.'],
      ],
      { merges: [across(0, 6), across(9, 6), across(10, 6)] },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(ragsOf(g)).toEqual([['✔', 'blue'], ['➜', 'green'], ['⚠', 'amber'], ['✖', 'red'], ['', null]]);
    expect(report.actions).toHaveLength(5);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['complete', 'blue'], ['on track', 'green'], ['at risk', 'amber'], ['not started', 'red']]);
  });

  it('takes green as complete only when the key says so: ✓ meaning "on track" is not done', () => {
    const g = grid([
      ['Key: ✓ = on track (green) · ✗ = off track (red) · ★ = delivered (blue)'],
      ['Action', 'Owner', 'Due', 'At year end'],
      ['Refresh the recruitment training to cover bias.', 'Recruitment Team', 'Sept 2023', '✓'],
      ['Offer mentoring by senior leaders to BME staff.', 'BME Network', 'Q3 2023/24', '★'],
      ['Publish career stories of BME staff.', 'Communications Team', 'Q4 2023/24', '✗'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(ragsOf(g)).toEqual([['✓', 'green'], ['★', 'blue'], ['✗', 'red']]);
    // Past their dates: the green one is on track, not complete, so it is overdue; the blue one is delivered.
    expect(report.actions.map((a) => a.overdue)).toEqual([true, false, true]);
  });

  it('does not read one tick down a column, or symbols with no key, as colours', () => {
    const g = grid([
      ['Action', 'Lead', 'Due', 'Done?'],
      ['Refresh the recruitment training to cover bias.', 'Recruitment Team', 'Sept 2023', '✓'],
      ['Offer mentoring by senior leaders to BME staff.', 'BME Network', 'Q3 2023/24', '✓'],
      ['Publish career stories of BME staff.', 'Communications Team', 'Q4 2023/24', null],
    ]);
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.statusRag)).toEqual([null, null, null]);
  });
});

describe('a key written as a line of labels, each with its colour in brackets', () => {
  it("reads a footnote 'Status: Complete (blue) – … – Not yet due (no rating)': Complete is blue, Not yet due has no colour", () => {
    const g = grid(
      [
        ['Linthorpe NHS Trust – WDES action plan 2025/26'],
        ['Ref', 'Objective / action', 'Responsible officer', 'Due', 'Status'],
        ['1.1', 'Run a declaration campaign with the Disability Network.', 'Head of Workforce Information', 'Sept 25', 'Complete'],
        ['1.2', 'Guarantee interviews to disabled applicants who meet the criteria.', 'Head of Resourcing', 'Q2 25/26', 'On track'],
        ['1.3', 'Set up a central reasonable adjustments fund.', 'Director of Finance', 'Q3 25/26', 'At risk'],
        ['2.1', 'Review every capability case at stage one.', 'Head of ER', 'Q4 25/26', 'Not yet due'],
        [],
        ['Status: Complete (blue) – On track (green) – At risk (amber) – Off track (red) – Not yet due (no rating)'],
      ],
      { merges: [across(0, 5), across(7, 5)] },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(ragsOf(g)).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Not yet due', null]]);
    expect(report.ragKey.source).toBe('legend');
    expect(report.actions).toHaveLength(4);
  });

  it("reads a key above the plan in other words ('RAG key: Delivered (blue); Progressing (green); …')", () => {
    const g = grid([
      ['WRES action plan 2022/23'],
      ['RAG key: Delivered (blue); Progressing (green); Delayed (amber); Stopped (red).'],
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Put a BME panel member on every Band 8a+ interview.', 'Head of Resourcing', 'Q2 2022/23', 'Delivered'],
      ['Launch reverse mentoring with the Executive Team.', 'Head of OD', 'Q3 2022/23', 'Progressing'],
      ['Audit every disciplinary case by ethnicity.', 'Head of ER', 'Q4 2022/23', 'Delayed'],
      ['Report bullying figures to the Board twice a year.', 'Company Secretary', 'Q4 2022/23', 'Stopped'],
    ]);
    expect(ragsOf(g)).toEqual([['Delivered', 'blue'], ['Progressing', 'green'], ['Delayed', 'amber'], ['Stopped', 'red']]);
  });

  it("leaves a label's meaning after its colour out of the next label ('Adopted (blue) = now how we work · Testing (green)')", () => {
    const { entries } = readBracketedColours('PDSA stage: Adopted (blue) = tested and now how we work · Testing (green) = on track · Testing – delayed (amber) · Not started (red)');
    expect(entries.map((e) => [e.label, e.rag])).toEqual([['Adopted', 'blue'], ['Testing', 'green'], ['Testing – delayed', 'amber'], ['Not started', 'red']]);
  });

  it('is read only when every bracket names a colour and two labels or more are coloured', () => {
    expect(readBracketedColours('Complete (100%) – On track (green)').entries).toEqual([]);
    expect(readBracketedColours('Status: Complete (blue)').entries).toEqual([]);
    expect(readBracketedColours('Recruit BME staff (Band 8a) and disabled staff (all bands) to the panel (green).').entries).toEqual([]);
    expect(readBracketedColours('Complete (blue) – On track (green) – see the Board paper for more').entries).toEqual([]);
  });
});
