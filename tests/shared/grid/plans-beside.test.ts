import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, CheckOptions, Grid } from '../../../shared/types';

/**
 * Two plans side by side on one sheet: a trust pastes last year's (closed) plan beside this year's, on the same rows,
 * under one header row holding both plans' headers — past an empty spacer column or straight after — with a caption
 * over each. The reader reads one plan (this year's, else the one naming the plan's period, else the leftmost) and sets
 * the other's columns aside, telling the user which and why; rows where only the other plan writes are no actions. A
 * single plan whose header repeats one word ('Executive lead | Operational lead', 'Status Q1 | Status Q2') is one plan.
 */
const AS_AT = new Date(Date.UTC(2024, 9, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}, options: Partial<CheckOptions> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT, ...options });
const across = (r: number, left: number, right: number) => ({ top: r, left, bottom: r, right });
const besides = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'other-plan-skipped');

describe('two plans side by side under one header row', () => {
  it('reads the current plan on the right, sets the previous plan on the left aside, and reads no row the old plan alone fills', () => {
    const values: CellValue[][] = [
      ['Moorfield Community NHS Trust – Workforce Disability Equality Standard action plans'],
      [],
      ['Previous plan 2023/24', null, null, null, null, 'Current plan 2024/25'],
      ['Ref', 'Metric', 'Action', 'Result', null, 'Ref', 'Metric', 'Action', 'Owner', 'Target date', 'RAG'],
      ['P1', 'Metric 1', 'Cleanse disability data on ESR.', 'Done', null, 'C1', 'Metric 1', 'Run a self-declaration campaign with the Disability Network.', 'Head of EDI', 'Dec 2024', 'On track'],
      ['P2', 'Metric 2', 'Audit the guaranteed interview scheme.', 'Done', null, 'C2', 'Metric 2', 'Publish shortlisting outcomes for disabled applicants each quarter.', 'Head of Resourcing', 'Mar 2025', 'Not started'],
      ['P3', 'Metric 4', 'Relaunch the harassment reporting route.', 'Partly', null, 'C3', 'Metric 4a', 'Train managers to respond to disclosures of harassment.', 'Head of OD', 'Jan 2025', 'On track'],
      ['P4', 'Metric 9', 'Fund the Disability Network chair one day a month.', 'Done', null, 'C4', 'Metric 9b', 'Give the network a standing item at the People Committee.', 'Director of People', 'Nov 2024', 'Complete'],
      ['P5', 'Metric 5', 'Publish reasonable adjustments guidance.', 'Carried forward'],
      ['P6', 'Metric 7', 'Hold listening events on every site.', 'Done'],
      [],
      ['Outcome key (previous plan): Done – green; Partly – amber; Carried forward – grey', null, null, null, null, 'RAG key (current plan): Complete – blue; On track – green; Not started – red'],
    ];
    const report = read(values, { merges: [across(0, 0, 10), across(2, 0, 3), across(2, 5, 10)] });
    expect(report.actions.map((a) => [a.row, a.ref, a.lead, a.status])).toEqual([
      [5, 'C1', 'Head of EDI', 'On track'],
      [6, 'C2', 'Head of Resourcing', 'Not started'],
      [7, 'C3', 'Head of OD', 'On track'],
      [8, 'C4', 'Director of People', 'Complete'],
    ]);
    expect(report.columns.action).toBe('H');
    // Each plan's key line sits under it: the plan read takes its own, never the other plan's outcome words.
    expect(report.ragKey.source).toBe('legend');
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([
      ['Complete', 'blue'],
      ['On track', 'green'],
      ['Not started', 'red'],
    ]);
    // Rows 9–10 hold the previous plan's actions alone: no action of this plan, and nothing to fix on them.
    expect(report.issues.filter((i) => i.row === 9 || i.row === 10)).toEqual([]);
    expect(besides(report)).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'A',
        message: expect.stringMatching(/^Columns A–D hold another plan beside this one \("Previous plan 2023\/24"\).*set aside.*captioned 'Current plan 2024\/25', this year's$/),
      }),
    ]);
    // The set-aside plan's caption names no period of this plan's; the period read is the current plan's.
    expect(report.identity.period.value).toBe('2024-25');
    expect(report.identity.trust.value).toMatch(/^Moorfield Community NHS Trust/);
  });

  it('splits a header with no spacer where the second header starts over, and reads the plan naming the title\'s period', () => {
    const values: CellValue[][] = [
      ['Hallam Vale NHS Trust – WRES action plan 2021/22'],
      ['WRES actions 2020/21', null, null, null, null, 'WRES actions 2021/22'],
      ['No', 'Indicator', 'Action', 'Lead', 'Final position', 'No', 'Indicator', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'WRES 1', 'Publish the band profile by ethnicity.', 'Head of Workforce Information', 'Achieved', '1', 'WRES 2', 'Add an inclusion panel member to every Band 8a+ interview.', 'Head of Resourcing', 'Sep 2021', 'Complete'],
      ['2', 'WRES 5', 'Zero-tolerance posters in every ward.', 'Deputy Chief Nurse', 'Achieved', '2', 'WRES 7', 'Run reverse mentoring for the executive team.', 'Director of People', 'Jan 2022', 'On track'],
      ['3', 'WRES 7', 'Nominate staff for the regional leadership course.', 'Head of Learning', 'Not achieved', '3', 'WRES 1-9', 'Report progress to the Board each quarter.', 'Director of People', 'Mar 2022', 'On track'],
      ['4', 'WRES 3', 'Review disciplinary cases at the HR panel.', 'Employee Relations Lead', 'Achieved'],
    ];
    const report = read(values, { merges: [across(0, 0, 10), across(1, 0, 4), across(1, 5, 10)] });
    expect(report.actions.map((a) => [a.row, a.action.slice(0, 20), a.indicators, a.due.text])).toEqual([
      [4, 'Add an inclusion pan', ['2'], 'Sep 2021'],
      [5, 'Run reverse mentorin', ['7'], 'Jan 2022'],
      [6, 'Report progress to t', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Mar 2022'],
    ]);
    expect(report.columns.lead).toBe('I');
    expect(besides(report).map((i) => [i.row, i.column])).toEqual([[2, 'A']]);
    expect(besides(report)[0].message).toMatch(/Columns A–E .*"WRES actions 2020\/21".*the plan's period is 2021\/22, which the plan read names \('WRES actions 2021\/22'\)/);
    expect(report.identity.period.value).toBe('2021-22');
  });

  it("reads the plan naming the file's period when nothing else says, and the leftmost when nothing says at all", () => {
    const values: CellValue[][] = [
      ['Norbury Hospitals NHS Trust – WRES'],
      [],
      ['Plan 2019/20', null, null, null, null, 'Plan 2018/19'],
      ['Ref', 'Action', 'Responsible', 'Deadline', null, 'Ref', 'Action', 'Responsible', 'Update'],
      ['A1', 'Audit shortlisting by ethnicity.', 'Head of Resourcing', 'Dec 2019', null, 'B1', 'Cleanse ethnicity data.', 'HR Information Lead', 'Done'],
      ['A2', 'Launch a BME staff network.', 'Equality Lead', 'Jun 2019', null, 'B2', 'Survey staff on bullying.', 'Equality Lead', 'Done'],
      ['A3', 'Report CPD access by ethnicity.', 'Head of Learning', 'Mar 2020', null, 'B3', 'Publish the WRES report.', 'Director of HR', 'Done'],
    ];
    // Captions naming periods only: the plan whose period the file's name gives is read, here the left one…
    const named = read(values, {}, { workbook: { fileName: 'norbury-wres-2018-19.xlsx' } });
    expect(named.actions.map((a) => a.ref)).toEqual(['B1', 'B2', 'B3']);
    expect(besides(named)[0].message).toMatch(/Columns A–D .*"Plan 2019\/20".*the plan's period is 2018\/19/);
    // …with no period known, the latest.
    expect(read(values).actions.map((a) => a.ref)).toEqual(['A1', 'A2', 'A3']);
    // With no captions at all, the leftmost plan is read, and the user is told nothing chose it.
    const bare = read(values.filter((_, r) => r !== 2));
    expect(bare.actions.map((a) => [a.row, a.ref])).toEqual([[4, 'A1'], [5, 'A2'], [6, 'A3']]);
    expect(besides(bare)[0].message).toMatch(/^Columns F–I hold another plan beside this one \("Ref \| Action \| Responsible \| Update"\).*nothing says which is this year's: the leftmost plan is read$/);
  });
});

describe('one plan whose header repeats a word', () => {
  it("keeps 'Executive lead | Operational lead' and 'Status Q1 | Status Q2' as one plan's columns", () => {
    const report = read([
      ['WRES action plan 2024/25'],
      ['Ref', 'Action', 'Executive lead', 'Operational lead', 'Due', 'Status Q1', 'Status Q2'],
      ['1', 'Publish the band profile by ethnicity.', 'Chief People Officer', 'Head of Workforce Information', 'Dec 2024', 'On track', 'Complete'],
      ['2', 'Audit shortlisting by ethnicity.', 'Chief People Officer', 'Head of Resourcing', 'Mar 2025', 'Not started', 'On track'],
      ['3', 'Run reverse mentoring for the Board.', 'Chief Executive', 'Equality Lead', 'Jan 2025', 'On track', 'On track'],
    ]);
    expect(report.actions.map((a) => [a.ref, a.lead])).toEqual([
      ['1', 'Head of Workforce Information'],
      ['2', 'Head of Resourcing'],
      ['3', 'Equality Lead'],
    ]);
    expect(besides(report)).toEqual([]);
  });

  it("keeps an 'Action taken to date' column beside the action as one plan's", () => {
    const report = read([
      ['WDES action plan 2024/25'],
      ['No.', 'Metric', 'Action', 'Lead', 'By when', 'Action taken to date', 'RAG'],
      ['1', 'Metric 1', 'Run a self-declaration campaign.', 'Head of EDI', 'Dec 2024', 'Campaign planned with the network.', 'Green'],
      ['2', 'Metric 2', 'Audit the guaranteed interview scheme.', 'Head of Resourcing', 'Mar 2025', 'Audit scoped.', 'Amber'],
      ['3', 'Metric 9a', 'Give the network a standing Board item.', 'Director of People', 'Jan 2025', 'Agreed in September.', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.ref, a.action.slice(0, 12)])).toEqual([
      ['1', 'Run a self-d'],
      ['2', 'Audit the gu'],
      ['3', 'Give the net'],
    ]);
    expect(report.columns.action).toBe('C');
    expect(besides(report)).toEqual([]);
  });
});
