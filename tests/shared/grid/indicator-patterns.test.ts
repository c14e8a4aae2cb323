import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * How plans name the indicators an action serves, beyond a plain number in an indicator column. Each pattern is
 * shown in two small plans laid out differently, so the reader learns the pattern, not one plan.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const grid = (values: CellValue[][], more: Partial<Grid> = {}): Grid => ({ values, ...more });
const indicatorsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.indicators);
const ALL_WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('indicator codes: the standard\'s name, a dash and the number', () => {
  it('reads "WRES-3", "WRES-2 / WRES-3", "WRES-5, 6" and "WRES-ALL" in an indicator column', () => {
    const g = grid([
      ['Workforce Race Equality Standard action plan 2021/22'],
      ['Ref', 'WRES indicator', 'Action', 'Lead', 'End'],
      ['F1', 'WRES-3', 'Review every disciplinary case before it goes to a formal hearing.', 'Head of Employee Relations', 'Dec 2021'],
      ['F2', 'WRES-2 / WRES-3', 'Put a trained independent member on every panel.', 'Head of Resourcing', 'Mar 2022'],
      ['F3', 'WRES-5, 6', 'Launch a zero-tolerance campaign on racist abuse.', 'Head of Security', 'Ongoing'],
      ['F4', 'WRES-ALL', 'Report progress to the People Committee every quarter.', 'Chief People Officer', 'Quarterly'],
    ]);
    expect(indicatorsOf(g)).toEqual([['3'], ['2', '3'], ['5', '6'], ALL_WRES]);
  });

  it('reads zero-padded codes ("WRES-05", "WRES-02/03", "WRES-01 to WRES-09") under a header that says only "WRES ref"', () => {
    const g = grid([
      ['No.', 'WRES ref', 'Action', 'Lead(s)', 'Completion date', 'Status'],
      ['01', 'WRES-05', 'Extend body-worn cameras to the emergency department.', 'Head of Security', 'March 2026', 'On track'],
      ['02', 'WRES-02/03', 'Audit shortlisting and disciplinary decisions by ethnicity.', 'Head of HR', 'Q3 2025/26', 'Ongoing'],
      ['03', 'WRES-05, WRES-06', 'Train managers to respond to racist abuse.', 'Anti-Racism Lead', 'Ongoing', 'Complete'],
      ['04', 'WRES-01 to WRES-09', 'Publish the annual WRES report and this plan.', 'EDI Lead', 'Quarterly', 'On track'],
    ]);
    expect(indicatorsOf(g)).toEqual([['5'], ['2', '3'], ['5', '6'], ALL_WRES]);
  });

  it('reads WDES codes with the metric letter ("WDES-M4a", "WDES-M7 / M8")', () => {
    const g = grid([
      ['WDES action plan 2021/22'],
      ['Ref', 'WDES metric', 'Action', 'Lead', 'Due date'],
      ['WD01', 'WDES-M4a', 'Add a disability field to the incident reporting form.', 'Head of Risk', '31/10/2021'],
      ['WD02', 'WDES-M7 / M8', 'Launch the reasonable adjustments passport.', 'Head of OD', 'Ongoing'],
      ['WD03', 'WDES-M10', 'Offer Board development on disability inclusion.', 'Company Secretary', 'Annually'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4a'], ['7', '8'], ['10']]);
  });
});

describe("indicator codes 'I1', 'I2 + I7', 'I1–I9': the letter I before each number, wherever the column sits", () => {
  it('reads I-codes in an indicator column after the action column, a range as every indicator', () => {
    const g = grid([
      ['WRES action plan 2020/21'],
      ['Ref', 'Action', 'Indicator(s)', 'Owner', 'Deadline', 'Status'],
      ['R1', 'Publish workforce data by band and ethnicity for every division.', 'I1', 'Head of Workforce Information', 'Q4', 'Ongoing'],
      ['R2', 'Put a trained BME panel member on every Band 8a+ interview panel.', 'I2 + I7', 'Resourcing Manager', '30/09/20', 'Completed'],
      ['R3', 'Launch a campaign against abuse from patients and the public.', 'I5 + I6', 'Head of Security', 'Monthly', 'Ongoing'],
      ['R4', 'Report progress on this plan to the People Committee.', 'I1–I9', 'Director of Workforce', 'Six-monthly', 'Ongoing'],
    ]);
    expect(indicatorsOf(g)).toEqual([['1'], ['2', '7'], ['5', '6'], ALL_WRES]);
  });

  it("reads 'I4', 'I3/I4' and 'I8 – I10' first in a WDES plan; a lead 'I. Khan' and the word 'I' in an action name nothing", () => {
    const g = grid([
      ['Indicator', 'What we will do', 'Who', 'By when'],
      ['I4', 'Add a disability field to the incident reporting form so I can see trends.', 'I. Khan, Head of Risk', 'Oct 2021'],
      ['I3/I4', 'Review the capability policy with the Disability Network.', 'Head of HR', 'Dec 2021'],
      ['I8 – I10', 'Launch the reasonable adjustments passport and report it to the Board.', 'Head of OD', 'Mar 2022'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4'], ['3', '4'], ['8', '9', '10']]);
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.lead)).toEqual(['I. Khan, Head of Risk', 'Head of HR', 'Head of OD']);
  });
});

describe('indicator numbers written in words', () => {
  it('reads "Indicator one", "Indicators five and six" and "All indicators" down an indicator column', () => {
    const g = grid([
      ['Ref', 'WRES Indicator', 'Action', 'Responsible officer', 'Deadline'],
      ['1', 'Indicator one', 'Data quality: publish the workforce profile by band.', 'Head of Workforce Information', 'September 2016'],
      ['2', 'Indicators five and six', 'Harassment: launch a campaign against abuse of staff.', 'Head of Security', 'Q3 2016/17'],
      ['3', 'All indicators', 'Governance: report to the Board twice a year.', 'Director of HR', 'Ongoing'],
      ['4', 'Indicators seven and eight', 'Careers: open a mentoring scheme for BME staff.', 'Head of OD', '31.03.17'],
    ]);
    expect(indicatorsOf(g)).toEqual([['1'], ['5', '6'], ALL_WRES, ['7', '8']]);
  });

  it('reads "Metric ten (Board)" and "Metric four (…)" in a WDES plan, and a heading "Indicator two" over its actions', () => {
    const wdes = grid([
      ['Ref', 'WDES metric', 'Action', 'Operational lead', 'Target'],
      ['1', 'Metric ten (Board)', 'Offer a Board development session on disability.', 'Company Secretary', 'Q2 26/27'],
      ['2', 'Metric two', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Head of Resourcing', 'Q3 26/27'],
    ]);
    expect(indicatorsOf(wdes)).toEqual([['10'], ['2']]);
    const wres = grid([
      ['Action', 'Lead', 'Timescale'],
      ['Indicator two'],
      ['Put a BME panel member on every interview panel for Band 7 and above.', 'Head of Resourcing', 'Q3 2017/18'],
      ['Indicator nine'],
      ['Appoint a BME non-executive director.', 'Chair', 'March 2018'],
    ]);
    expect(indicatorsOf(wres)).toEqual([['2'], ['9']]);
  });
});

describe('a metric given without its letter is the part its words name', () => {
  it('reads "Metric 4 (harassment from managers)" as 4a, "Metric 4 (reporting harassment)" as 4b, "Metric 9 (…voices)" as 9b', () => {
    const g = grid([
      ['Ref', 'WDES metric', 'Action', 'Operational lead', 'Success measure'],
      ['1', 'Metric 4 (harassment from managers)', 'Train every manager in disability-inclusive leadership.', 'Head of Leadership', 'Fewer reports of harassment from managers'],
      ['2', 'Metric 4 (reporting harassment)', 'Promote the reporting route for disability-related abuse.', 'FTSU Guardian', 'More incidents reported'],
      ['3', 'Metric 9 (staff engagement score)', 'Share staff survey results with every care group.', 'Head of Staff Experience', 'Engagement gap closes'],
      ['4', 'Metric 9 (Disabled staff voices)', 'Give the disabled staff network a seat on the People Committee.', 'Head of EDI', 'Network attends every meeting'],
      ['5', 'Metric 4', 'Review how harassment cases are handled.', 'Head of HR', 'Report to Board'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4a'], ['4b'], ['9a'], ['9b'], ['4']]);
  });

  it('reads metric titles with no number ("Reporting harassment, bullying or abuse", "Disabled staff voices"); a cell spelling out the whole metric stays metric 4', () => {
    const g = grid([
      ['Ref', 'Action', 'Metric', 'Responsible', 'Deadline'],
      ['B1', 'Promote the anonymous reporting route.', 'Reporting harassment, bullying or abuse', 'FTSU Guardian', '31-Oct-20'],
      ['B2', 'Give the network a budget and protected time.', 'Disabled staff voices', 'Network Chair', 'Ongoing'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4b'], ['9b']]);
    const whole = grid([
      ['Ref', 'Action', 'WDES metric', 'Responsible', 'Deadline'],
      ['B3', 'Survey staff about abuse at work.', 'Harassment, bullying or abuse from patients, managers or colleagues, and whether it was reported', 'Head of OD', 'Annually'],
      ['B4', 'Guarantee an interview to disabled applicants.', 'Shortlisting', 'Head of Resourcing', 'Ongoing'],
    ]);
    expect(indicatorsOf(whole)).toEqual([['4'], ['2']]);
  });
});

describe('a tick matrix: a run of columns each headed by one indicator, marks under the ones an action serves', () => {
  it('reads "x" under columns headed W1 … W9 on a one-row header, the first marked first', () => {
    const head = ['Ref', 'Action', 'Lead', 'Due', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9'];
    const row = (ref: string, action: string, lead: string, due: string, marked: number[]) => [ref, action, lead, due, ...head.slice(4).map((_, i) => (marked.includes(i + 1) ? 'x' : null))];
    const g = grid([
      ['WRES action plan 2022/23'],
      head,
      row('1', 'Publish the workforce profile by band to every division.', 'Head of Workforce Information', 'Q2 2022/23', [1]),
      row('2', 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', 'Q3 2022/23', [2, 7]),
      row('3', 'Launch the reverse mentoring scheme with the Executive Team.', 'Head of OD', 'Ongoing', [7, 9]),
      row('4', 'Report progress on this plan to the Board each quarter.', 'Chief People Officer', 'Quarterly', [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2', '7'], ['7', '9'], ALL_WRES]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Head of Resourcing', 'Head of OD', 'Chief People Officer']);
    expect(report.columnEvidence.find((e) => e.field === 'indicator')?.reason).toMatch(/marks under columns E–M, each headed by one indicator/);
  });

  it('reads "✓" under bare numbers 1 … 10 beneath a merged "Metrics addressed" label on a two-row header', () => {
    const metrics = ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'];
    const row = (action: string, owner: string, due: string, marked: string[]) => [action, ...metrics.map((m) => (marked.includes(m) ? '✓' : null)), owner, due];
    const g = grid(
      [
        ['Workforce Disability Equality Standard action plan 2023/24'],
        ['Action', 'Metrics addressed', ...metrics.slice(1).map(() => null), 'Owner', 'Target date'],
        [null, ...metrics, null, null],
        row('Run a declaration campaign through ESR self-service.', 'Head of Workforce Information', 'March 2024', ['1']),
        row('Train FTSU champions to support disabled staff to report abuse.', 'FTSU Guardian', 'Q3 2023/24', ['4a', '4b', '9b']),
        row('Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Q4 2023/24', ['8']),
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 12 },
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 1, left: 13, bottom: 2, right: 13 },
          { top: 1, left: 14, bottom: 2, right: 14 },
        ],
      },
    );
    expect(indicatorsOf(g)).toEqual([['1'], ['4a', '4b', '9b'], ['8']]);
  });

  it('numbered columns under a timetable label ("Week" 1 … 6, "x" in the weeks of work) are no indicators', () => {
    const g = grid(
      [
        ['WRES action plan 2020/21'],
        ['WRES indicator', 'Action', 'Lead', 'Week', null, null, null, null, null],
        [null, null, null, '1', '2', '3', '4', '5', '6'],
        ['3', 'Audit every disciplinary case by ethnicity.', 'Head of Employee Relations', 'x', 'x', null, null, null, null],
        ['6', 'Launch the civility and respect campaign.', 'Head of OD', null, null, 'x', 'x', 'x', null],
      ],
      {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 8 },
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
        ],
      },
    );
    expect(indicatorsOf(g)).toEqual([['3'], ['6']]);
  });
});

describe('an indicator column of metric titles, and a column that adds indicators to it', () => {
  it('reads "Primary indicator" titles, then the numbers of "Also contributes to", over a column of numbers', () => {
    const g = grid([
      ['Ref', 'Primary indicator', 'Also contributes to', 'Action', 'Owner', 'Target date', 'Status'],
      ['AT1', 'BME staff in Bands 8a and above, including VSM', '9', 'Set an aspirational target for BME staff at Band 8a and above.', 'Director of People', '31 Dec 2020', 'On track'],
      ['AT2', 'Relative likelihood of appointment from shortlisting', null, 'Put a trained independent member on every Band 7+ panel.', 'Head of Resourcing', 'Q4', 'Complete'],
      ['AT3', 'Harassment, bullying or abuse from patients, relatives or the public', '6', 'Launch a zero-tolerance campaign on racist abuse.', 'Head of Security', 'Ongoing', 'At risk'],
      ['AT4', 'Board voting membership compared with the workforce', '1, 7', 'Widen the search for non-executive directors.', 'Chair', 'Quarterly', 'On track'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.indicators)).toEqual([['1', '9'], ['2'], ['5', '6'], ['9', '1', '7']]);
    expect(report.columnEvidence.map((e) => e.reason)).toContainEqual(expect.stringMatching(/added to the indicator column's: header 'Also contributes to'/));
  });

  it('reads short metric titles ("Shortlisting", "Reasonable adjustments") and a "Secondary metrics" column in a WDES plan', () => {
    const g = grid([
      ['WDES action plan 2020/21'],
      ['Action', 'Metric', 'Secondary metrics', 'Responsible', 'Deadline'],
      ['Guarantee an interview to disabled applicants who meet the essential criteria.', 'Shortlisting', null, 'Head of Resourcing', '31-Oct-20'],
      ['Set up a central reasonable adjustments fund and passport.', 'Reasonable adjustments', '6, 7', 'Head of Occupational Health', 'Ongoing'],
      ['Give the disabled staff network a seat on the People Committee.', 'Disabled staff voices', '10', 'Head of EDI', 'Annually'],
    ]);
    expect(indicatorsOf(g)).toEqual([['2'], ['8', '6', '7'], ['9b', '10']]);
  });

  it('a summary table beside the plan ("Indicator | Actions", numbered 1 … 9) adds no indicators', () => {
    const g = grid([
      ['Ref', 'WRES indicator(s)', 'Action', 'Lead', 'Target date', null, 'Indicator', 'Actions'],
      ['R1', '1, 9', 'Launch a reciprocal mentoring programme.', 'Head of OD', 'Q3 2021/22', null, '1', '3'],
      ['R2', '2', 'Introduce diverse interview panels.', 'Head of Recruitment', 'Q4 2021/22', null, '2', '2'],
      ['R3', '5 and 6', 'Run a zero-tolerance campaign.', 'Head of Security', 'Ongoing', null, '3', '1'],
    ]);
    expect(indicatorsOf(g)).toEqual([['1', '9'], ['2'], ['5', '6']]);
  });
});

describe('a plan that names one part of a metric by title means the other part by the metric\'s own title', () => {
  it('reads "Harassment, bullying or abuse" as 4a beside "Reporting harassment…" (4b), "Staff engagement" as 9a beside "Disabled staff voices"', () => {
    const g = grid([
      ['Ref', 'Action', 'Metric', 'Responsible', 'Deadline'],
      ['C1', 'Add a disability field to the incident form.', 'Harassment, bullying or abuse', 'Head of Risk', '31-Oct-20'],
      ['C2', 'Promote the anonymous reporting route.', 'Reporting harassment, bullying or abuse', 'FTSU Guardian', 'Ongoing'],
      ['C3', 'Share survey results with each care group.', 'Staff engagement', 'Head of Staff Experience', 'Annually'],
      ['C4', 'Give the network a seat on the People Committee.', 'Disabled staff voices', 'Network Chair', '31-Mar-21'],
      ['C5', 'Review the capability policy with the network.', 'Capability', 'Head of HR', '31-Dec-20'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4a'], ['4b'], ['9a'], ['9b'], ['3']]);
  });

  it('reads metric-title headings the same way; a plan that names no part keeps the whole metric', () => {
    const parts = grid([
      ['Action', 'Lead', 'Date'],
      ['Staff engagement'],
      ['Run pulse surveys with disabled staff each quarter.', 'Head of OD', 'Quarterly'],
      ['Disabled staff voices'],
      ['Start a disability staff network with an executive sponsor.', 'Exec team', 'Sep 2019'],
    ]);
    expect(checkPlan(parts, { asAt: AS_AT, standard: 'WDES' }).actions.map((a) => a.indicators)).toEqual([['9a'], ['9b']]);
    const whole = grid([
      ['Action', 'Lead', 'Date'],
      ['Harassment, bullying and abuse'],
      ['Remind staff how to report harassment and abuse.', 'All managers', 'Ongoing'],
      ['Staff engagement'],
      ['Start a disability staff network with an executive sponsor.', 'Exec team', 'Sep 2019'],
    ]);
    expect(checkPlan(whole, { asAt: AS_AT, standard: 'WDES' }).actions.map((a) => a.indicators)).toEqual([['4'], ['9']]);
  });

  it('a metric given by number ("Metric 4") stays the whole metric beside "Metric 4b"', () => {
    const g = grid([
      ['WDES action plan 2022/23'],
      ['Ref', 'WDES metric', 'Action', 'Lead', 'Due'],
      ['1', 'Metric 4', 'Review how harassment cases are handled.', 'Head of HR', 'Mar 23'],
      ['2', 'Metric 4b', 'Promote the reporting route.', 'FTSU Guardian', 'Ongoing'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4'], ['4b']]);
  });
});

describe("a part letter sharing its metric's number ('M4a/b'), and one line per indicator in a cell", () => {
  it("reads 'M4a/b' and '9a & b' as both parts", () => {
    const g = grid([
      ['WDES action plan 2024/25'],
      ['WDES Metric', 'Action', 'Lead', 'Completion date'],
      ['M4a/b', 'Launch an accessible reporting tool for harassment and abuse.', 'FTSU Guardian', 'Q3 24/25'],
      ['9a & b', 'Give the Disability Network chair protected time.', 'Chief Executive', 'March 2025'],
      ['M2', 'Guarantee an interview to disabled applicants.', 'Head of Resourcing', 'Ongoing'],
    ]);
    expect(indicatorsOf(g)).toEqual([['4a', '4b'], ['9a', '9b'], ['2']]);
  });

  it("reads a cell of two lines, each 'Metric N: ' and its wording, as both metrics in the order written", () => {
    const g = grid([
      ['WDES action plan 2025/26'],
      ['Ref', 'WDES metric', 'Action', 'Lead', 'Timescale'],
      ['S07', 'Metric 7: Percentage of Disabled staff satisfied with the extent to which their organisation values their work.\nMetric 6: Percentage of Disabled staff saying that they have felt pressure from their manager to come to work.', 'Add a wellbeing conversation to every appraisal.', 'Head of Wellbeing', '2025/26 Q3'],
      ['S08', 'Metric 3: Relative likelihood of Disabled staff entering the formal capability process.', 'Review the capability policy.', 'HR Business Partner', 'Spring 2026'],
    ]);
    expect(indicatorsOf(g)).toEqual([['7', '6'], ['3']]);
  });
});

/**
 * WDES metric 4a is reported in three parts — harassment from (i) patients or the public, (ii) managers, (iii) other
 * colleagues — and plans that aim an action at one of them write the part's number: '4a(i)', '4a (ii)', '4a(iii), 4b'.
 * The plan's indicator is the part, 4a; the roman numeral says which of its sources the action is about.
 */
describe("metric 4a's sub-parts ('4a(i)', '4a (ii)', '4a(iii), 4b') name the part 4a", () => {
  it('reads sub-parts in a metric column beside numbered actions, never the metric above carried down', () => {
    const g = grid([
      ['WDES Action Plan 2023-24 – year-end review'],
      ['No.', 'WDES metric', 'Action', 'Lead', 'Timescale', 'Year-end status'],
      ['1.', '3', 'Include an occupational health review in every capability case.', 'Head of Employee Relations', 'Sept 23', 'Achieved'],
      ['2.', '4a(i)', 'Put a zero-tolerance statement at every front door.', 'Chief Nurse', 'Q3', 'Partially achieved'],
      ['3.', '4a(ii)', 'Add a disability inclusion module to the line manager programme.', 'Head of OD', 'Mar-24', 'Achieved'],
      ['4.', '4a(iii), 4b', 'Promote the routes for reporting harassment by colleagues.', 'FTSU Guardian', 'Annually (Oct)', 'Achieved'],
    ]);
    expect(indicatorsOf(g)).toEqual([['3'], ['4a'], ['4a'], ['4a', '4b']]);
  });

  it("reads 'Metric 4a (ii)' and 'M4a(ii), M4b' written with the metric word, in a plan whose metric column comes last", () => {
    const g = grid([
      ['Action', 'Owner', 'By when', 'Metric'],
      ['Train every line manager to handle disclosures of harassment.', 'Head of Learning', 'March 2025', 'Metric 4a (ii)'],
      ['Relaunch the bullying and harassment advice line.', 'HR Business Partners', 'Q2 2024/25', 'M4a(ii), M4b'],
      ['Give the Disability Network a standing item at the People Committee.', 'Chief People Officer', 'Quarterly', 'Metric 9b'],
    ], {});
    expect(checkPlan(g, { asAt: AS_AT, standard: 'WDES' }).actions.map((a) => a.indicators)).toEqual([['4a'], ['4a', '4b'], ['9b']]);
  });
});

/**
 * A plan may give each action its indicator twice: by number under 'Metric No.' / 'Indicator number', and by a short
 * title beside it ('Presenteeism / feeling valued'). The number says which indicators outright — both of them in
 * '6 & 7' — where a title names the one its words fit best; the number column is the indicator column, and the title
 * column is kept but not read, saying why.
 */
describe("an indicator-number column ('Metric No.', 'Indicator number') beside the indicators' titles", () => {
  it("reads 'Metric No.' numbers, both of '6 & 7', over the short titles beside them", () => {
    const g = grid([
      ['WDES Action Plan 2019-2020'],
      ['Metric No.', 'Metric', 'Action(s)', 'Lead(s)', 'Deadline', 'RAG'],
      [1, 'Workforce representation', 'Run a declaration campaign with the Disability Staff Forum.', 'Head of Workforce Information', 'Nov-19', 'A'],
      [3, 'Capability', 'Review the capability policy with staff side.', 'Head of Employee Relations', 'Jan-20', 'R'],
      ['6 & 7', 'Presenteeism / feeling valued', 'Hold listening events for disabled staff.', 'Chief Executive', 'Dec-19', 'G'],
      [9, 'Staff engagement', 'Give the Disability Staff Forum an executive sponsor.', 'Director of Workforce', 'Ongoing', 'G'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['3'], ['6', '7'], ['9']]);
    expect(report.columnEvidence).toContainEqual(expect.objectContaining({ field: 'indicator', column: 'A', reason: expect.stringMatching(/header 'Metric No\.' — 4 of 4 cells name an indicator or give its number/) }));
    expect(report.issues.map((i) => i.message)).toContainEqual(expect.stringMatching(/"Metric" is kept but not checked: the indicator is read from column A/));
  });

  it("reads 'WRES indicator number' after a title column, in a plan whose titles name one indicator of two", () => {
    const g = grid([
      ['Ref', 'Indicator', 'WRES indicator number', 'Action', 'Responsible', 'Target date'],
      ['R1', 'Bullying from patients / staff', '5, 6', 'Run a zero-tolerance campaign on racist abuse.', 'Head of Security', 'Mar 2021'],
      ['R2', 'Shortlisting', '2', 'Put a trained independent member on every Band 7+ panel.', 'Head of Resourcing', 'Q3 2020/21'],
      ['R3', 'Board', '9', 'Widen the search for non-executive directors.', 'Chair', 'Ongoing'],
    ]);
    expect(indicatorsOf(g)).toEqual([['5', '6'], ['2'], ['9']]);
  });
});
