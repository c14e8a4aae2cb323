import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readRagLegendRow } from '../../../shared/rag';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Field values written the many ways trusts write them. Each pattern is shown in two small plans laid out
 * differently, so the reader learns the pattern, not one plan.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const grid = (values: CellValue[][], more: Partial<Grid> = {}): Grid => ({ values, ...more });
const indicatorsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.indicators);

describe('indicator cells in many forms', () => {
  it('reads "W5", "W5–W8" and "All WRES metrics – governance" in a WRES plan', () => {
    const g = grid([
      ['WRES action plan 2020/21'],
      ['WRES', 'Action', 'Lead', 'Due'],
      ['W2 & W3', 'Put an independent assessor on every interview panel.', 'Head of Resourcing', 'Q3 2020/21'],
      ['W5–W8', 'Complete a risk assessment with every member of staff.', 'Chief People Officer', 'Mar-21'],
      ['All WRES metrics – governance', 'Report progress to the People Committee each quarter.', 'EDI Lead', 'Mar-21'],
    ]);
    expect(indicatorsOf(g)).toEqual([['2', '3'], ['5', '6', '7', '8'], ['1', '2', '3', '4', '5', '6', '7', '8', '9']]);
  });

  it('reads roman numerals merged down a block, and "M4 (a & b)" metric parts in a WDES plan', () => {
    const wres = grid(
      [
        ['Workforce Race Equality Standard action plan 2017/18'],
        ['Ref', 'WRES indicator', 'Action', 'Action lead', 'Due'],
        ['A/01', 'ii', 'Train every recruiting manager in fair recruitment.', 'Recruitment Manager', 'Mar 18'],
        ['A/02', null, 'Include a BME panel member on every interview panel.', 'Recruitment Manager', 'Sep 17'],
        ['A/03', 'v & vi', 'Launch a campaign against racist abuse of staff.', 'Head of Security', 'Jan 18'],
      ],
      { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
    );
    expect(indicatorsOf(wres)).toEqual([['2'], ['2'], ['5', '6']]);
    const wdes = grid([
      ['WDES action plan 2022/23'],
      ['No.', 'WDES metric', 'Action', 'Owner', 'Deadline'],
      ['1', 'Metric 4 (a & b)', 'Promote the incident reporting route for disability-related abuse.', 'Network Chair', 'Ongoing'],
      ['2', 'M5, M6', 'Offer career conversations to disabled staff.', 'Head of Talent', 'Mar 23'],
      ['3', 'M9 (a & b)', 'Hold listening events with disabled staff.', 'Chief Executive', 'Q4 22/23'],
    ]);
    expect(indicatorsOf(wdes)).toEqual([['4a', '4b'], ['5', '6'], ['9a', '9b']]);
  });
});

describe('an indicator named in the action\'s own row beats its numbering', () => {
  it('numbering by objective ("1.1") does not override the metric in the row', () => {
    const g = grid([
      ['WDES action plan 2023/24'],
      ['Ref', 'Action', 'Metric', 'Responsible', 'Target'],
      ['1.1', 'Sign up to Disability Confident Leader.', 'Metric 2', 'Head of Resourcing', 'Autumn 2023'],
      ['1.2', 'Report appointment from shortlisting by disability.', 'Metric 2', 'Workforce Information Manager', 'Spring 2024'],
      ['2.1', 'Train managers to respond to reports of harassment.', 'Metrics 4a/4b', 'Head of Leadership', 'Spring 2024'],
    ]);
    expect(indicatorsOf(g)).toEqual([['2'], ['2'], ['4a', '4b']]);
  });

  it('in a WRES plan whose refs number themes', () => {
    const g = grid([
      ['WRES action plan 2021/22'],
      ['No', 'Indicator', 'Action', 'Lead', 'Due'],
      ['3.1', 'Indicator 7', 'Start reciprocal mentoring with the executive team.', 'Director of OD', 'Q2 21/22'],
      ['3.2', 'Indicator 8', 'Run team conversations about discrimination at work.', 'Head of OD', 'Q4 21/22'],
    ]);
    expect(indicatorsOf(g)).toEqual([['7'], ['8']]);
  });
});

describe('a section heading that is a metric\'s title names that metric', () => {
  it('reads "Shortlisting", "Reasonable adjustments" and "Board representation" headings in a WDES plan', () => {
    const g = grid(
      [
        ['WDES action plan 2019/20', null, null],
        ['Action', 'Lead', 'Date'],
        ['Shortlisting', null, null],
        ['Offer a guaranteed interview to disabled applicants who meet the criteria.', 'Recruitment team', 'Immediate'],
        ['Reasonable adjustments', null, null],
        ['Write simple guidance on adjustments for managers.', 'Head of OD', 'Jan 2020'],
        ['Board representation', null, null],
        ['Invite Board members to complete an equality monitoring form.', 'Company Secretary', 'Oct 2019'],
      ],
      { merges: [2, 4, 6].map((r) => ({ top: r, left: 0, bottom: r, right: 2 })) },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.theme, a.indicator])).toEqual([['Shortlisting', '2'], ['Reasonable adjustments', '8'], ['Board representation', '10']]);
  });

  it('reads "Formal disciplinary" and "Career progression" headings in a WRES plan, and names none for "Covid-19 response"', () => {
    const g = grid([
      ['WRES action plan 2020/21', null, null, null],
      ['Action', 'Lead', 'Due', 'Status'],
      ['Covid-19 response', null, null, null],
      ['Complete a risk assessment with every member of staff.', 'Chief Nurse', 'Jun 2020', 'Complete'],
      ['Formal disciplinary', null, null, null],
      ['Review every case before a formal investigation starts.', 'Head of ER', 'Sep 2020', 'Complete'],
      ['Career progression', null, null, null],
      ['Sponsor places on the Ready Now programme.', 'Head of OD', 'Mar 2021', 'On track'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.indicator)).toEqual([null, '3', '7']);
  });
});

describe('BRAG: blue is complete', () => {
  const BLUE = '#0070C0';
  const GREEN = '#00B050';
  it('a plan with no key that fills "Complete" blue is read blue, and green-filled "Complete" stays green', () => {
    const g = grid(
      [
        ['WRES action plan 2023/24'],
        ['Indicator', 'Action', 'Exec Lead', 'Timescale', 'RAG'],
        ['2', 'Require a trained inclusion panellist on every interview panel.', 'Chief People Officer', 'Sep-23', 'Complete'],
        ['3', 'Review every case before it moves to formal investigation.', 'Chief Nurse', 'Jul-23', 'Complete'],
        ['4', 'Track CPD by ethnicity.', 'Medical Director', 'Apr-24', 'On Track'],
      ],
      { fills: [[null], [], [null, null, null, null, BLUE], [null, null, null, null, GREEN], [null, null, null, null, GREEN]] },
    );
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'green']);
  });

  it('"Delivered" and "Achieved" on blue cells are blue in another layout', () => {
    const g = grid(
      [
        ['Ref', 'Standard', 'Indicator / metric', 'Action', 'Responsible lead', 'Due', 'Status'],
        ['EDI-01', 'WRES', 'W1', 'Give every Board member an EDI objective.', 'Chief Executive', 'FY24/25 Q1', 'Delivered'],
        ['EDI-02', 'WRES', 'W3', 'Use a decision-making checklist before any formal process.', 'Head of Employee Relations', 'Mar-25', 'Achieved'],
        ['EDI-03', 'WRES', 'W7', 'Start a second cohort of reciprocal mentoring.', 'Director of OD', 'FY24/25 Q3', 'Not started'],
      ],
      { fills: [[], [null, null, null, null, null, null, BLUE], [null, null, null, null, null, null, BLUE], [null, null, null, null, null, null, '#FF0000']] },
    );
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.statusRag)).toEqual(['blue', 'blue', 'red']);
  });
});

describe('a key of one-letter codes filled in their colours', () => {
  const fill = { B: '#0070C0', G: '#00B050', A: '#FFC000', R: '#FF0000' } as const;
  it('reads a key under the table ("B" on blue | "Complete") and takes it as the plan\'s key, not as actions', () => {
    const g = grid(
      [
        ['WDES action plan 2022/23', null, null, null, null],
        ['No.', 'WDES metric', 'Action', 'Owner', 'Status'],
        ['1', 'M1', 'Run a Count Me In campaign.', 'Workforce Information Manager', 'B'],
        ['2', 'M2', 'Check every stage of the guaranteed interview scheme.', 'Recruitment Lead', 'G'],
        [null, null, null, null, null],
        ['Key', null, null, null, null],
        ['B', null, 'Complete', null, null],
        ['G', null, 'On track', null, null],
        ['A', null, 'Some slippage', null, null],
        ['R', null, 'Off track or not started', null, null],
      ],
      { fills: [[], [], [null, null, null, null, fill.B], [null, null, null, null, fill.G], [], [], [fill.B], [fill.G], [fill.A], [fill.R]] },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Some slippage', 'amber'], ['Off track or not started', 'red']]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green']);
  });

  it('reads the same key above the header; an unfilled "A" beside a word is no key', () => {
    const g = grid(
      [
        ['R', 'Not started'],
        ['A', 'Delayed'],
        ['G', 'On track'],
        ['B', 'Done'],
        ['Action', 'Lead', 'Due', 'RAG'],
        ['Publish the pay gap by ethnicity.', 'Head of Reward', 'Mar-25', 'B'],
        ['Offer flexible working from day one.', 'Head of Resourcing', 'Sep-24', 'A'],
      ],
      { fills: [[fill.R], [fill.A], [fill.G], [fill.B], [], [null, null, null, fill.B], [null, null, null, fill.A]] },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.ragKey.entries.map((e) => e.rag)).toEqual(['red', 'amber', 'green', 'blue']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber']);
    expect(readRagLegendRow(['A', 'Level qualification'], [null, null])).toEqual([]);
  });
});

describe('emoji statuses', () => {
  it('reads "🔵 complete · 🟢 on track …" as the key, with an instruction after it, and "🔵" statuses as blue', () => {
    const g = grid([
      ['Status key: 🔵 complete · 🟢 on track · 🟠 at risk · 🔴 off track. Please update the status before each People Committee.'],
      [],
      ['Theme', 'WRES', 'What we will do', 'Deliver by', 'Status'],
      ['Covid-19 response', 'W5–W8', 'Complete a risk assessment with every member of staff.', 'Aug-20', '🔵'],
      ['Recruitment', 'W2', 'Move interviews online with structured questions.', 'Mar-21', '🟠'],
      ['Culture', 'W7', 'Start reciprocal mentoring.', 'Mar-21', '🔴'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.ragKey.source).toBe('legend');
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['complete', 'blue'], ['on track', 'green'], ['at risk', 'amber'], ['off track', 'red']]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'red']);
    expect(report.actions[0].rag).toBe('blue'); // complete, so never overdue
  });

  it('reads coloured squares and circles with no key, and a status "🟢 on track"', () => {
    const g = grid([
      ['WDES action plan 2024/25'],
      ['Action', 'Lead', 'Due', 'RAG'],
      ['Launch a reasonable adjustments passport.', 'Head of OH', 'Mar-25', '🟩'],
      ['Hold listening events with disabled staff.', 'Network Chair', 'Mar-25', '🟢 on track'],
      ['Add a disability harassment category to the incident system.', 'Head of Patient Safety', 'Mar-25', '🟥'],
    ]);
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'red']);
  });
});

describe('who leads', () => {
  it('takes the action lead, not the executive sponsor, when a plan has both', () => {
    const g = grid([
      ['WRES action plan 2017/18'],
      ['Ref', 'Action', 'Executive sponsor', 'Action lead', 'Due'],
      ['W1', 'Set out the ethnicity profile of each band.', 'Director of Workforce', 'Head of Workforce Intelligence', 'Jun 17'],
      ['W2', 'Train every recruiting manager in fair recruitment.', 'Director of Workforce', 'Recruitment Manager', 'Mar 18'],
    ]);
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.lead)).toEqual(['Head of Workforce Intelligence', 'Recruitment Manager']);
    // Sponsor to the right of the lead, other words: still the lead.
    const h = grid([
      ['WDES action plan 2021/22'],
      ['Action', 'Responsible', 'Sponsor', 'Timescale'],
      ['Run a declaration campaign.', 'Workforce Information Manager', 'Chief People Officer', 'Q2 21/22'],
      ['Review the guaranteed interview scheme.', 'Head of Resourcing', 'Chief People Officer', 'Q3 21/22'],
    ]);
    expect(checkPlan(h, { asAt: AS_AT }).actions.map((a) => a.lead)).toEqual(['Workforce Information Manager', 'Head of Resourcing']);
  });

  it('a sponsor column with no lead column beside it is the lead', () => {
    const g = grid([
      ['WRES action plan 2022/23'],
      ['Action', 'Executive sponsor', 'Due'],
      ['Start reciprocal mentoring.', 'Chief Executive', 'Mar 23'],
      ['Publish the WRES report.', 'Chief People Officer', 'Sep 22'],
    ]);
    expect(checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.lead)).toEqual(['Chief Executive', 'Chief People Officer']);
  });

  it('reads email addresses as leads, under an "Email" header or one that names no field', () => {
    const g = grid([
      ['WRES action plan 2020/21'],
      ['WRES', 'What we will do', 'Email', 'Deliver by'],
      ['W2', 'Move interviews online with structured questions.', 'r.begum@trust.nhs.uk', 'FY20/21 Q3'],
      ['W3', 'Review every formal disciplinary case.', 'employee.relations@trust.nhs.uk', 'H2 2020/21'],
      ['W8', 'Check redeployment decisions were fair.', 'k.osei@trust.nhs.uk; l.henderson@trust.nhs.uk', 'Immediate'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.columns).toMatchObject({ lead: 'C', due: 'D' });
    expect(report.actions.map((a) => a.lead)).toEqual(['r.begum@trust.nhs.uk', 'employee.relations@trust.nhs.uk', 'k.osei@trust.nhs.uk; l.henderson@trust.nhs.uk']);
    const h = grid([
      ['WDES action plan 2023/24'],
      ['Action', 'Contact', 'By when'],
      ['Launch an adjustments passport.', 'oh.team@trust.nhs.uk', 'Mar-24'],
      ['Hold listening events.', 'disability.network@trust.nhs.uk', 'Dec-23'],
      ['Publish guidance on presenteeism.', 'wellbeing@trust.nhs.uk', 'Oct-23'],
    ]);
    expect(checkPlan(h, { asAt: AS_AT }).columns).toMatchObject({ lead: 'B', due: 'C' });
  });
});

describe('two labelled values on one line', () => {
  it('reads "Lead: … / Timescale: …" in a lead and timescale column as the lead and the timescale', () => {
    const g = grid([
      ['WRES action plan 2018/19'],
      ['No.', 'Action required', 'Lead and timescale', 'Status'],
      [1, 'Analyse BME representation in each business unit.', 'Lead: Head of Workforce Planning / Timescale: September 2018', 'Complete'],
      [2, 'Develop a talent pool for BME staff at Bands 6 and 7.', 'Lead: Head of OD / Timescale: Q4 2018/19', 'On track'],
      [3, 'Publish non-mandatory training opportunities on the intranet.', 'Lead: Head of Education', 'Not started'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.lead, a.due.text])).toEqual([['Head of Workforce Planning', 'September 2018'], ['Head of OD', 'Q4 2018/19'], ['Head of Education', '']]);
    expect(report.actions[0].sources.due).toEqual({ kind: 'label', cell: 'C3' });
  });

  it('reads "Owner: …, Deadline: …" and "Lead: … – By when: …" at the end of the action cell in a plan with neither column', () => {
    const g = grid([
      ['WDES action plan 2021/22'],
      ['Metric', 'Action', 'Progress'],
      ['Metric 1', 'Run a declaration campaign with the network.\nOwner: Workforce Information Manager, Deadline: Q3 2021/22', 'Launched in July.'],
      ['Metric 4a', 'Add a disability category to the incident system.\nLead: Head of Patient Safety – By when: March 2022', 'Category drafted.'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.lead, a.due.text])).toEqual([['Workforce Information Manager', 'Q3 2021/22'], ['Head of Patient Safety', 'March 2022']]);
  });
});

describe("numbering that counts the plan's themes ('2.1' under 'Theme 2'), not its indicators", () => {
  const warnings = (g: Grid) => checkPlan(g, { asAt: AS_AT }).issues.filter((i) => i.rule === 'numbering-contradicts-block');

  it('reads the metrics a theme heading names for refs 2.1, 3.1 under "Theme 2", "Theme 3", and warns of no misfiled action', () => {
    const g = grid([
      ['WDES action plan 2023/24'],
      ['Theme 1: Better data (Metrics 1 and 3)'],
      ['Ref', 'What are we going to do?', 'Who is leading?', 'When by?'],
      ['1.1', 'Move declaration into ESR self-service.', 'Head of Workforce Systems', 'Sep 2023'],
      ['Theme 2: Safe from harassment (Metrics 4a, 4b and 9b)'],
      ['Ref', 'What are we going to do?', 'Who is leading?', 'When by?'],
      ['2.1', 'Record disability-related abuse on Datix.', 'Violence Prevention Lead', 'Q3 2023/24'],
      ['2.2', 'Train Speak Up Champions from the network.', 'FTSU Guardian', 'Mar 2024'],
      ['Theme 3: Wellbeing (Metrics 5, 6 and 7)'],
      ['Ref', 'What are we going to do?', 'Who is leading?', 'When by?'],
      ['3.1', 'Introduce a reasonable adjustments passport.', 'Head of Occupational Health', 'Oct 2023'],
    ]);
    expect(indicatorsOf(g)).toEqual([['1', '3'], ['4a', '4b', '9b'], ['4a', '4b', '9b'], ['5', '6', '7']]);
    expect(warnings(g)).toEqual([]);
  });

  it('reads the indicators a merged priority column names for refs 1.1, 2.1 under "Priority 1", "Priority 2" in a WRES plan', () => {
    const g = grid(
      [
        ['WRES action plan 2021/22'],
        ['Priority', 'No', 'Action', 'Lead', 'Due'],
        ['Priority 1: A safe workplace (indicators 5 and 6)', '1.1', 'Launch a zero-tolerance campaign on racist abuse.', 'Head of Security', 'Q2 21/22'],
        [null, '1.2', 'Train Dignity at Work advisers.', 'Head of OD', 'Q3 21/22'],
        ['Priority 2: Leadership (indicators 7 and 9)', '2.1', 'Use a diverse panel for every NED appointment.', 'Trust Chair', 'Mar 22'],
        [null, '2.2', 'Start reciprocal mentoring with the executive team.', 'Director of OD', 'Q4 21/22'],
      ],
      { merges: [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 4, left: 0, bottom: 5, right: 0 }] },
    );
    expect(indicatorsOf(g)).toEqual([['5', '6'], ['5', '6'], ['7', '9'], ['7', '9']]);
    expect(warnings(g)).toEqual([]);
  });

  it('still reads an action numbered for another indicator, and warns, where the numbering agrees with its blocks elsewhere', () => {
    const g = grid(
      [
        ['WRES action plan 2021/22'],
        ['Ref', 'Indicator', 'Action', 'Lead', 'Due'],
        ['1a', 'Indicator 1', 'Publish the workforce profile by band.', 'Head of Workforce Information', 'Q2 21/22'],
        ['2a', null, 'Audit shortlisting by ethnicity.', 'Recruitment Manager', 'Q3 21/22'],
        ['2b', 'Indicator 2', 'Put a diverse panel on every Band 7 interview.', 'Recruitment Manager', 'Q3 21/22'],
        ['3a', 'Indicator 3', 'Review every disciplinary case by ethnicity.', 'Head of Employee Relations', 'Q4 21/22'],
      ],
      { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
    );
    expect(indicatorsOf(g)).toEqual([['1'], ['2'], ['2'], ['3']]);
    expect(warnings(g).map((w) => w.row)).toEqual([4]);
  });
});
