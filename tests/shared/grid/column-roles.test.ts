import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Columns that look like a field but play another role beside it: an executive or accountable lead beside the lead
 * who does the work; start and review dates beside the timescale; a priority rating that is neither a theme nor a
 * status. Each pattern in small plans laid out differently; the column set aside says why.
 */
const AS_AT = new Date(Date.UTC(2021, 11, 7));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const unmapped = (report: ReturnType<typeof read>, column: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message;

describe('the lead is who does the work, not who answers for it', () => {
  it("reads 'Operational lead' over an 'Exec lead' to its left", () => {
    const report = read([
      ['ID', 'Action', 'Exec lead', 'Operational lead', 'Target date'],
      ['1', 'Run a declaration campaign with the Disabled Colleagues Network', 'Chief People Officer', 'Head of Workforce Information', '31/03/2025'],
      ['2', 'Audit the guaranteed interview scheme on every vacancy', 'Chief People Officer', 'Head of Resourcing', 'Q3 2024/25'],
      ['3', 'Promote the Freedom to Speak Up Guardian to disabled staff', 'Director of Corporate Affairs', 'Freedom to Speak Up Guardian', 'Ongoing'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Head of Resourcing', 'Freedom to Speak Up Guardian']);
    expect(report.columns.lead).toBe('D');
    expect(unmapped(report, 'C')).toBe(`Column C header "Exec lead" is kept but not checked: an executive or accountable lead answers for the action, while the lead does the work; the lead is read from column D ('Operational lead')`);
  });

  it("reads 'Responsible' over 'Accountable' (RACI), and an executive lead alone is still the lead", () => {
    const raci = read([
      ['Ref', 'Action', 'Accountable', 'Responsible', 'Deadline'],
      ['A1', 'Run a declaration campaign through the staff bulletin', 'Director of Workforce', 'Workforce Information Lead', '31-Oct-20'],
      ['A2', 'Report the disability profile of each service every six months', 'Director of Workforce', 'Workforce Information Lead', '30-Sep-20'],
      ['B1', 'Check the guaranteed interview scheme on every vacancy', 'Director of Workforce', 'Recruitment Manager', '31-Jul-20'],
    ]);
    expect(raci.actions.map((a) => a.lead)).toEqual(['Workforce Information Lead', 'Workforce Information Lead', 'Recruitment Manager']);
    const alone = read([
      ['Action', 'Executive lead', 'Timescale'],
      ['Set a target for BME representation at Band 8a and above', 'Director of Workforce', 'Sep 2018'],
      ['Launch reciprocal mentoring for the Board', 'Chief Executive', 'Jan 2019'],
    ]);
    expect(alone.actions.map((a) => a.lead)).toEqual(['Director of Workforce', 'Chief Executive']);
  });
});

describe('of two people columns, the one who does the work leads whatever its wording; the one who answers for it is kept beside it', () => {
  const leadReason = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'lead')?.reason;

  it("reads 'Lead officer' after an 'Exec sponsor', and 'Operational lead' before an 'Accountable director'", () => {
    const sponsor = read([
      ['No.', 'What we will do', 'Exec sponsor', 'Lead officer', 'By when'],
      ['1', 'Publish the BME staff network terms of reference', 'Chief People Officer', 'Equality and Diversity Manager', 'Jun 2019'],
      ['2', 'Offer reverse mentoring to every executive director', 'Chief Executive', 'Head of Organisational Development', 'Sep 2019'],
      ['3', 'Review disciplinary cases by ethnicity each quarter', 'Chief People Officer', 'Employee Relations Manager', 'Quarterly'],
    ]);
    expect(sponsor.actions.map((a) => a.lead)).toEqual(['Equality and Diversity Manager', 'Head of Organisational Development', 'Employee Relations Manager']);
    expect(leadReason(sponsor)).toMatch(/^Lead: header 'Lead officer'.*[;—] the one who does the work, while 'Exec sponsor' \(C\) answers for it$/);
    expect(unmapped(sponsor, 'C')).toMatch(/^Column C header "Exec sponsor" is kept but not checked: an executive or accountable lead answers for the action/);
    const before = read([
      ['Action', 'Operational lead - day to day delivery', 'Accountable director', 'Target', 'RAG'],
      ['Add a BME panel member to every Band 8a interview', 'Recruitment Manager', 'Director of HR', 'Apr 2020', 'Green'],
      ['Run a listening event for BME nurses', 'Deputy Chief Nurse', 'Chief Nurse', 'Jul 2020', 'Amber'],
      ['Report case-management times by ethnicity', 'Head of Employee Relations', 'Director of HR', 'Oct 2020', 'Red'],
    ]);
    expect(before.actions.map((a) => a.lead)).toEqual(['Recruitment Manager', 'Deputy Chief Nurse', 'Head of Employee Relations']);
    expect(leadReason(before)).toMatch(/'Accountable director' \(C\) answers for it$/);
  });

  it("reads an 'Action owner' before an 'SRO', and a 'Responsible manager' beside an 'Accountable director' column", () => {
    const sro = read([
      ['Ref', 'Action', 'Action owner', 'Due', 'SRO'],
      ['W1', 'Set an ethnicity target for each division', 'Head of Workforce Planning', '31/03/2023', 'Director of Workforce'],
      ['W2', 'Train every recruiting manager in inclusive selection', 'Head of Learning', '30/06/2023', 'Director of Workforce'],
      ['W3', 'Audit access to non-mandatory training', 'Education Lead', '30/09/2023', 'Chief Nurse'],
    ]);
    expect(sro.actions.map((a) => a.lead)).toEqual(['Head of Workforce Planning', 'Head of Learning', 'Education Lead']);
    expect(unmapped(sro, 'E')).toMatch(/answers for the action, while the lead does the work; the lead is read from column C \('Action owner'\)$/);
    const manager = read([
      ['Ref', 'Objective', 'Action', 'Accountable director', 'Responsible manager', 'Completion date'],
      ['1', 'Fair recruitment', 'Introduce diverse interview panels for Band 7 and above', 'Director of Workforce', 'Recruitment and Retention Manager', 'Mar 2018'],
      ['2', 'Fair discipline', 'Review every disciplinary case before a hearing', 'Director of Workforce', 'Employee Relations Manager', 'Jun 2018'],
      ['3', 'Speaking up', 'Promote the Freedom to Speak Up Guardian to BME staff', 'Director of Corporate Affairs', 'Freedom to Speak Up Guardian', 'Sep 2018'],
    ]);
    expect(manager.actions.map((a) => a.lead)).toEqual(['Recruitment and Retention Manager', 'Employee Relations Manager', 'Freedom to Speak Up Guardian']);
    expect(leadReason(manager)).toMatch(/^Lead: header 'Responsible manager'.*; the one who does the work, while 'Accountable director' \(D\) answers for it$/);
  });

  it("reads an 'Accountable director', an 'SRO' or a 'Director' column as the lead when no column names who does the work", () => {
    for (const head of ['Accountable director', 'SRO', 'Director']) {
      const alone = read([
        ['Ref', 'Action', head, 'Timescale', 'Progress'],
        ['1', 'Publish the WRES data on the public website', 'Director of Workforce', 'Sep 2018', 'Published in August'],
        ['2', 'Launch reciprocal mentoring for the Board', 'Chief Executive', 'Jan 2019', 'Six pairs matched'],
        ['3', 'Report BME shortlisting ratios to the People Committee', 'Director of Workforce', 'Quarterly', 'First report in July'],
      ]);
      expect(alone.columns.lead, head).toBe('C');
      expect(alone.actions.map((a) => a.lead), head).toEqual(['Director of Workforce', 'Chief Executive', 'Director of Workforce']);
      expect(leadReason(alone), head).not.toMatch(/answers for it/);
    }
  });
});

describe('the timescale is when an action ends, not when it starts or is reviewed', () => {
  it("reads 'End' between 'Start' and 'Review date', all real dates", () => {
    const d = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));
    const report = read([
      ['Ref', 'Action', 'Lead', 'Start', 'End', 'Review date'],
      ['F1', 'Publish a five-year BME representation trajectory', 'Head of Workforce Planning', d(2021, 4), d(2021, 9), new Date(Date.UTC(2021, 9, 5))],
      ['F2', 'Adopt the Inclusive Recruitment Policy', 'Head of Recruitment', d(2021, 6), d(2022, 3), new Date(Date.UTC(2021, 11, 7))],
      ['F3', 'Report access to non-mandatory training by ethnicity', 'Head of Education', null, 'Ongoing', new Date(Date.UTC(2021, 11, 7))],
    ]);
    expect(report.columns.due).toBe('E');
    expect(report.actions.map((a) => a.due.text)).toEqual(['01/09/2021', '01/03/2022', 'Ongoing']);
    expect(unmapped(report, 'D')).toBe('Column D header "Start" is kept but not checked: its dates say when work starts, not when the action is due');
    expect(unmapped(report, 'F')).toMatch(/a review date is when progress is looked at, not when the action is due; the timescale is read from column E \('End'\)$/);
  });

  it("reads 'Target date' after 'Start date', and 'Finish' after 'Start'; a review date alone is still the timescale", () => {
    const target = read([
      ['Action', 'Lead', 'Start date', 'Review date', 'Target date'],
      ['Train Dignity at Work champions in each directorate', 'E&D Manager', '01/04/2021', '01/07/2021', '31/03/2022'],
      ['Add a discrimination question to exit interviews', 'HR Business Partners', '01/05/2021', '01/07/2021', '30/09/2021'],
    ]);
    expect(target.actions.map((a) => a.due.text)).toEqual(['31/03/2022', '30/09/2021']);
    const finish = read([
      ['Action', 'Owner', 'Start', 'Finish'],
      ['Launch the reverse mentoring scheme', 'Head of OD', 'Apr 2021', 'Dec 2021'],
      ['Publish the WRES report', 'EDI Lead', 'Jun 2021', 'Sep 2021'],
    ]);
    expect(finish.actions.map((a) => a.due.text)).toEqual(['Dec 2021', 'Sep 2021']);
    const review = read([
      ['Action', 'Lead', 'Review date'],
      ['Launch the reverse mentoring scheme', 'Head of OD', 'Dec 2021'],
      ['Publish the WRES report', 'EDI Lead', 'Sep 2021'],
    ]);
    expect(review.actions.map((a) => a.due.text)).toEqual(['Dec 2021', 'Sep 2021']);
  });
});

describe('a priority rating is a column of its own, not a theme', () => {
  it("sets aside 'Priority' (High / Medium / Low) and 'Priority (H/M/L)', saying why", () => {
    const words = read([
      ['Ref', 'Metric', 'Action', 'Priority', 'Lead', 'Due'],
      ['1', 'Metric 1', 'Relaunch the declaration campaign', 'High', 'Head of Workforce Intelligence', 'Q2 26/27'],
      ['2', 'Metric 2', 'Remove the driving licence requirement where it is not essential', 'Medium', 'Head of Resourcing', 'Q2 26/27'],
      ['3', 'Metric 3', 'Audit capability cases involving disabled staff', 'Low', 'Head of Employee Relations', 'Q3 26/27'],
    ]);
    expect(words.actions.map((a) => a.theme)).toEqual([null, null, null]);
    expect(unmapped(words, 'D')).toMatch(/^Column D header "Priority" is kept but not checked: its cells rate each action's priority/);
    const letters = read([
      ['Ref', 'WRES indicator', 'Action', 'Lead', 'Priority (H/M/L)', 'End'],
      ['F1', 'WRES-1', 'Publish a BME representation trajectory', 'Head of Workforce Planning', 'H', 'Sep 2021'],
      ['F2', 'WRES-2', 'Adopt the Inclusive Recruitment Policy', 'Head of Recruitment', 'M', 'Mar 2022'],
      ['F3', 'WRES-4', 'Report access to training by ethnicity', 'Head of Education', 'L', 'Ongoing'],
    ]);
    expect(letters.actions.map((a) => [a.theme, a.status])).toEqual([[null, ''], [null, ''], [null, '']]);
  });

  it("keeps a 'Priority' column that names the plan's priorities as the theme", () => {
    const report = read([
      ['Priority', 'Action', 'Lead', 'Due'],
      ['Priority 1: Representation', 'Set a target for Band 8a and above', 'Director of HR', 'Q3 2020/21'],
      ['Priority 2: Bullying and harassment', 'Publicise the Freedom to Speak Up Guardian', 'FTSU Guardian', 'Q4 2020/21'],
      ['Priority 2: Bullying and harassment', 'Run civility training for team leaders', 'Head of OD', 'Mar 2021'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Priority 1: Representation', 'Priority 2: Bullying and harassment', 'Priority 2: Bullying and harassment']);
  });
});

describe('a quarter alone is when an action is due, not its number', () => {
  it("reads a 'Due' column of 'Q1', 'Q2', 'Q3' as the timescale in a plan of three actions", () => {
    const report = read([
      ['WRES action plan 2021/22'],
      ['Action', 'Lead', 'Due', 'Indicator'],
      ['Run a reverse mentoring scheme for the Board.', 'Chief People Officer', 'Q1', '9'],
      ['Train every recruiting manager in inclusive recruitment.', 'Head of Resourcing', 'Q2', '2'],
      ['Publish the WRES data on the intranet.', 'EDI Lead', 'Q3', 'All'],
    ]);
    expect(report.columns.due).toBe('C');
    expect(report.columns.ref).toBeUndefined();
    expect(report.actions.map((a) => a.due.text)).toEqual(['Q1', 'Q2', 'Q3']);
    // In the plan's own financial year.
    expect(report.actions[2].due.end).toBe('2021-12-31');
  });

  it("reads 'By when?' quarters as the timescale beside the plan's own numbers", () => {
    const report = read([
      ['No.', 'What will we do?', 'By when?', 'Who'],
      [1, 'Launch a disability network with protected time for its chair.', 'Q3', 'EDI Lead'],
      [2, 'Audit how long reasonable adjustments take to agree.', 'Q4', 'Head of Occupational Health'],
      [3, 'Publish the WDES report and this plan on the website.', 'Q2', 'Director of People'],
    ]);
    expect(report.columns.due).toBe('C');
    expect(report.columns.ref).toBe('A');
    expect(report.actions.map((a) => [a.action.slice(0, 20), a.due.text])).toEqual([['Launch a disability ', 'Q3'], ['Audit how long reaso', 'Q4'], ['Publish the WDES rep', 'Q2']]);
  });
});
