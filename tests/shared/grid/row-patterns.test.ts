import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });

describe('a numbered heading row: its number in one cell, the heading merged across the rest', () => {
  it('reads "1 | Objective 1 – …" as the section its actions sit under, not as an action', () => {
    const report = read({
      values: [
        ['Riverside NHS Trust – WDES action plan 2021/22'], [],
        ['No.', 'Action', 'Lead', 'Due', 'Progress'],
        ['1', 'Objective 1 – fair recruitment'],
        ['1.1', 'Review the guaranteed interview scheme', 'Head of Recruitment', 'Sep 2021', 'Started'],
        ['1.2', 'Train shortlisting managers', 'Head of Learning', 'Dec 2021', ''],
        ['2', 'Objective 2 – a voice for disabled staff'],
        ['2.1', 'Give the network chair protected time', 'Chief People Officer', 'Jun 2021', 'Agreed'],
      ],
      merges: [{ top: 3, left: 1, bottom: 3, right: 4 }, { top: 6, left: 1, bottom: 6, right: 4 }],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [5, 'Objective 1 – fair recruitment'], [6, 'Objective 1 – fair recruitment'], [8, 'Objective 2 – a voice for disabled staff'],
    ]);
  });

  it('reads lettered headings the same way in a plan with its lead first', () => {
    const report = read({
      values: [
        ['Ref', 'Lead', 'Action required', 'Timescale', 'RAG'],
        ['A', 'Representation at senior levels'],
        ['A1', 'Director of HR', 'Set a target for BME staff at Band 8a and above', 'Q3 2020/21', 'Green'],
        ['B.', 'Bullying and harassment'],
        ['B1', 'FTSU Guardian', 'Publicise the Freedom to Speak Up Guardian', 'Q4 2020/21', 'Amber'],
        ['B2', 'Head of OD', 'Run civility training for team leaders', 'Mar 2021', 'Red'],
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 4 }, { top: 3, left: 1, bottom: 3, right: 4 }],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'Representation at senior levels'], [5, 'Bullying and harassment'], [6, 'Bullying and harassment'],
    ]);
  });
});

describe('an action continued on the rows below it, as a Word table pasted into Excel leaves it', () => {
  it('reads a lead-in and its bullets as one action when the lead and timescale are merged down over them', () => {
    const report = read({
      values: [
        ['Metric', 'Action', 'Lead', 'Timescale', 'Progress'],
        ['Metric 1', 'Raise declaration rates by:', 'Head of Workforce Information', 'Dec 2020', 'Campaign ran in January.'],
        [null, '•\ta campaign with the staff network', null, null, 'Declaration now 5%.'],
        [null, '•\tprompts at induction', null, null, null],
        [null, 'Report the workforce by disability each quarter', 'Head of Workforce Information', 'Quarterly', 'First report in October.'],
        ['Metric 4', 'Train managers in disability awareness', 'Head of Learning', 'Mar 2021', 'Moved online.'],
        [null, null, null, null, '140 managers trained.'],
      ],
      merges: [
        { top: 1, left: 0, bottom: 4, right: 0 }, { top: 1, left: 2, bottom: 3, right: 2 }, { top: 1, left: 3, bottom: 3, right: 3 },
        { top: 5, left: 0, bottom: 6, right: 0 }, { top: 5, left: 1, bottom: 6, right: 1 }, { top: 5, left: 2, bottom: 6, right: 2 }, { top: 5, left: 3, bottom: 6, right: 3 },
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 5, 6]);
    expect(report.actions[0].action).toBe('Raise declaration rates by:\n•\ta campaign with the staff network\n•\tprompts at induction');
    expect(report.actions[0].progress).toBe('Campaign ran in January.\nDeclaration now 5%.');
    expect(report.actions[2].progress).toBe('Moved online.\n140 managers trained.');
  });

  it('reads bullets on the rows below with every other cell empty as the action they belong to', () => {
    const report = read({
      values: [
        ['Indicator', 'Actions', 'Responsible', 'By when'],
        ['Indicator 2', 'Make recruitment fairer through:', 'Head of Resourcing', 'Q3 2020/21'],
        [null, '- diverse interview panels for Band 7 and above', null, null],
        [null, '- values-based questions', null, null],
        ['Indicator 5', 'Relaunch the dignity at work policy', 'Head of OD', 'Q4 2020/21'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.action])).toEqual([
      [2, 'Make recruitment fairer through:\n- diverse interview panels for Band 7 and above\n- values-based questions'],
      [5, 'Relaunch the dignity at work policy'],
    ]);
  });

  it('keeps each action of its own when the plan bullets every action, or a bullet row names its own lead', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale', 'Progress'],
        ['• Publish the WRES data', 'Head of Equality', 'Aug 2020', 'Published'],
        ['• Report representation by band', null, null, 'Reported in May'],
        ['Improve recruitment:', 'Head of Resourcing', 'Dec 2020', ''],
        ['• Train panel members', 'Head of Learning', 'Jan 2021', ''],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });
});

describe('a long action cell wrapped onto the next row mid-sentence, as a Word table pasted into Excel leaves it', () => {
  it('finishes the sentence from the row below inside a merged metric block, and reads the owner written on that row', () => {
    const report = read({
      values: [
        ['Metric', 'What will we do?', 'By when?', 'RAG'],
        ['Metric 4a: Harassment from patients', 'Record disability-related abuse from patients on Datix, and', 'Q3 2023/24', 'Green'],
        [null, 'make sure every report is answered within five working days.\nOwner: Head of Security', null, null],
        [null, 'Train 30 Speak Up Champions from the Disability Network.\nOwner: FTSU Guardian', 'Mar 2024', 'Amber'],
        ['Metric 9a: Engagement', 'Share the engagement score for disabled staff with every care group.\nOwner: Head of Staff Experience', 'Q4 2023/24', 'Red'],
      ],
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }],
    });
    expect(report.actions.map((a) => [a.row, a.lead, a.indicator])).toEqual([[2, 'Head of Security', '4a'], [4, 'FTSU Guardian', '4a'], [5, 'Head of Staff Experience', '9a']]);
    expect(report.actions[0].action).toBe('Record disability-related abuse from patients on Datix, and\nmake sure every report is answered within five working days.\nOwner: Head of Security');
    expect(report.actions[0].sources.lead).toEqual({ kind: 'label', cell: 'B3' });
  });

  it('joins the rest of an action and of its progress in a plan with no merges, even when the rest starts with a capital', () => {
    const report = read({
      values: [
        ['No.', 'Action', 'Lead', 'Due', 'Update'],
        [1, 'Interview every BME leaver within two years of joining, starting with staff in', 'Head of Workforce Information', 'Dec 2017', 'Questionnaire revised. Analysis to'],
        [null, 'Bands 5 to 7.', null, null, 'be presented in April.'],
        [2, 'Offer a mentor to every BME member of staff on a leadership course', 'Head of OD', 'Ongoing', '14 pairs in place.'],
        [3, 'Advertise Board vacancies through community organisations', 'Trust Chair', 'As vacancies arise', ''],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4, 5]);
    expect(report.actions[0].action).toBe('Interview every BME leaver within two years of joining, starting with staff in\nBands 5 to 7.');
    expect(report.actions[0].progress).toBe('Questionnaire revised. Analysis to\nbe presented in April.');
  });

  it('joins the rest of an action whatever a key beside the plan holds on that row', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Due', 'Status', null, 'Key'],
        ['Review every disciplinary case by ethnicity with', 'Head of Employee Relations', 'Dec 2020', 'Complete', null, 'Complete = delivered'],
        ['an external adviser.', null, null, null, null, 'On track = progressing'],
        ['Train investigating officers in cultural awareness.', 'Head of Employee Relations', 'Mar 2021', 'On track'],
        ['Publish the disciplinary figures by ethnicity.', 'Head of Workforce Information', 'Jun 2021', 'Delayed'],
        ['Add a cultural awareness module to the case review training.', 'Head of Learning', 'Sep 2021', 'On track'],
        ['Report the case review findings to the People Committee.', 'Director of Workforce', 'Dec 2021', 'On track'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.action])).toEqual([
      [2, 'Review every disciplinary case by ethnicity with\nan external adviser.'],
      [4, 'Train investigating officers in cultural awareness.'], [5, 'Publish the disciplinary figures by ethnicity.'],
      [6, 'Add a cultural awareness module to the case review training.'], [7, 'Report the case review findings to the People Committee.'],
    ]);
  });

  it('keeps each action of its own when a plan writes actions without full stops and some rows name no lead', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Timescale', 'Progress'],
        ['Publish the WRES data on the website', 'Head of Equality', 'Aug 2020', 'Published'],
        ['Report representation by band to the Board', null, null, 'Reported in May'],
        ['Run listening events with the BME network', null, null, 'Two held'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});

describe('page footers left by a print or PDF conversion', () => {
  it('does not read "Page 1 of 2" under the lead column as an action', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Target date'],
        ['Audit recruitment campaigns at Band 6 and above', 'Recruitment Manager', 'Sep 2020'],
        [null, 'Page 1 of 2'],
        ['Action', 'Lead', 'Target date'],
        ['Review disciplinary cases by ethnicity', 'Head of Employee Relations', 'Dec 2020'],
        [null, 'Page 2 of 2'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
  });

  it('does not read a centred "- 2 -" page number as an action', () => {
    const report = read({
      values: [
        ['Ref', 'Action', 'Owner', 'Deadline'],
        [1, 'Set up a BME staff network', 'Director of Nursing', 'Oct 2020'],
        [null, null, '- 2 -'],
        [2, 'Offer mentoring to BME staff', 'Head of OD', 'Mar 2021'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
  });
});

describe("another year's plan kept below the plan on the same sheet", () => {
  it('sets the 2017/18 table under a 2018/19 plan aside, and says so', () => {
    const report = read({
      values: [
        ['Anytown NHS Trust – WRES action plan 2018/19'],
        ['Action', 'Owner', 'Complete by', 'RAG'],
        ['Launch a shadow board programme', 'Director of HR', 'Dec 18', 'Amber'],
        ['Train recruitment panel members', 'Head of Recruitment', 'Oct 18', 'Green'],
        [], [],
        ['WRES action plan 2017/18 – position at 31 March 2018 (closed)'],
        ['Action', 'Owner', 'Complete by', 'RAG'],
        ['Publish the WRES data', 'Head of Equality', 'Aug 17', 'Green'],
        ['Hold a staff engagement event', 'Director of Nursing', 'Feb 18', 'Green'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, null], [4, null]]);
    expect(report.headerRows).toEqual([2]);
    expect(report.issues.filter((i) => i.rule === 'other-plan-skipped')).toEqual([
      expect.objectContaining({ severity: 'info', row: 7, message: expect.stringMatching(/^Rows 7–10 hold another plan \("WRES action plan 2017\/18/) }),
    ]);
  });

  it("sets last year's WDES plan aside in a plan with a two-row header, and keeps reading after a page's running head", () => {
    const report = read({
      values: [
        ['Brookside NHS Trust'], ['WDES Action Plan 2021-22'], [],
        ['Metric', 'Action', 'Lead', 'Timescale'],
        ['Metric 1', 'Run a declaration campaign', 'Head of Workforce', 'Q2'],
        ['Brookside NHS Trust | WDES Action Plan 2021-22'],
        ['Metric', 'Action', 'Lead', 'Timescale'],
        ['Metric 2', 'Audit shortlisting', 'Head of Recruitment', 'Q3'],
        [],
        ['WDES Action Plan 2020-21 (for reference)'],
        ['Metric', 'Action', 'Lead', 'Timescale'],
        ['Metric 1', 'Publish the WDES data', 'Head of Equality', 'Aug 2020'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.indicator, a.theme])).toEqual([[5, '1', null], [8, '2', null]]);
    expect(report.issues.filter((i) => i.rule === 'other-plan-skipped').map((i) => i.row)).toEqual([10]);
  });
});

describe("a figures table above the plan names its data's years, not the plan's", () => {
  // The figures' caption names the standard and the years of its data; the plan's own title below names its period. The
  // plan's header printed again under a running head with that period is the same plan, not another year's.
  it.each([
    ['WRES', 'WRES indicators 2023 and 2024', 'Indicator', 'WRES action plan 2017/18', '1. BME staff in Bands 8–9 and VSM'],
    ['WDES', 'WDES metrics 2022 and 2023', 'Metric', 'WDES action plan 2021/22', 'Metric 1 – Disabled staff in the workforce'],
  ])('reads a %s plan under its figures as one plan across its pages', (_, caption, word, title, measure) => {
    const report = read({
      values: [
        [caption],
        ['Measure', '2023', '2024', 'Change'],
        [measure, '8.1%', '9.4%', '+1.3'],
        [],
        [`Anytown NHS Trust – ${title}`],
        ['Ref', 'Action', word, 'Lead', 'Timescale'],
        ['1.1', 'Analyse the pay band profile by directorate and share it with each directorate.', '1', 'Head of Workforce', 'Q2'],
        ['1.2', 'Develop a leadership programme with the regional Leadership Academy.', '1', 'Head of Learning and OD', 'March 2018'],
        [`Anytown NHS Trust – ${title} (continued)`],
        ['Ref', 'Action', word, 'Lead', 'Timescale'],
        ['2.1', 'Refresh recruitment and selection training to cover unconscious bias.', '2', 'Recruitment Team', 'Sept 2017'],
        ['2.2', 'Monitor shortlisting and appointment outcomes and report them every quarter.', '2', 'Recruitment Team', 'Quarterly'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([7, 8, 11, 12]);
    expect(report.issues.filter((i) => i.rule === 'other-plan-skipped')).toEqual([]);
  });
});

describe("another year's plan below is no evidence for the plan's columns", () => {
  // The plan's objectives are written once over each block, so they are its themes; the rows of last year's plan below
  // (its objectives, and a version table typed under it) must not change how the plan's own columns read.
  it.each([
    ['a version table', [['Version', 'Date', 'Author', 'Changes'], [0.1, '23/01/2018', 'EDI Lead', 'Comments from staff networks added'], [1, '02/02/2018', 'EDI Lead', 'Final']]],
    ['objectives on every row', [['Fair recruitment', 'Introduce values-based interviews for nursing posts.', 'Director of Nursing', 'Mar 18', 'Red'], ['Fair recruitment', 'Review the recruitment policy.', 'Head of Recruitment', 'Jan 18', 'Green'], ['Fair recruitment', 'Audit shortlisting.', 'Head of Recruitment', 'Feb 18', 'Green'], ['Fair recruitment', 'Train panel members.', 'Head of Recruitment', 'Mar 18', 'Green'], ['Fair recruitment', 'Publish the data.', 'Head of Equality', 'Mar 18', 'Green']]],
  ])('keeps the objective column as the theme with %s in last year\'s plan', (_, more) => {
    const report = read({
      values: [
        ['Saltmarsh NHS Trust – WRES action plan 2018/19'],
        ['Objective', 'Action', 'Owner', 'Complete by', 'RAG'],
        ['Representation at senior levels', 'Launch a shadow board programme for BME staff.', 'Director of HR & OD', 'Dec 18', 'Amber'],
        [null, 'Set a target for BME representation at Band 8a and above.', 'Director of HR & OD', 'Sept 2018', 'Green'],
        ['Fair recruitment and discipline', 'Train 30 BME staff as recruitment panel members.', 'Head of Recruitment', 'Oct 18', 'Green'],
        [null, 'Require a second opinion before any BME colleague is suspended.', 'Head of Employee Relations', 'Jul 18', 'Green'],
        ['A safe and respectful workplace', 'Set up a BME staff network with an executive sponsor.', 'Director of Nursing', 'Sept 2018', 'Green'],
        [null, 'Publicise the Freedom to Speak Up Guardian to BME staff.', 'FTSU Guardian', 'Nov 18', 'Amber'],
        [],
        ['WRES action plan 2017/18 – position at 31 March 2018 (closed; kept for reference)'],
        ['Objective', 'Action', 'Owner', 'Complete by', 'RAG'],
        ['Representation at senior levels', 'Publish the WRES data and plan on the Trust website.', 'Head of Equality', 'Aug 17', 'Green'],
        ...more,
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([
      'Representation at senior levels', 'Representation at senior levels', 'Fair recruitment and discipline', 'Fair recruitment and discipline', 'A safe and respectful workplace', 'A safe and respectful workplace',
    ]);
  });
});

describe('a title row is never a theme', () => {
  it("does not carry the plan's title into its actions' theme when the header repeats lower down", () => {
    const report = read({
      values: [
        ['Greenfield NHS Trust – WRES Action Plan 2019/20'],
        ['Action', 'Lead', 'Due'],
        ['Publish the data', 'Head of Equality', 'Aug 2019'],
        ['Recruitment'],
        ['Action', 'Lead', 'Due'],
        ['Diverse panels', 'Head of Resourcing', 'Dec 2019'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, null], [6, 'Recruitment']]);
  });
});

describe('a key or a summary written under the plan', () => {
  it('reads coloured letters with their meanings under a tracker as the key, not as actions', () => {
    const B = '#0070C0', G = '#00B050', A = '#FFC000';
    const report = read({
      values: [
        ['No.', 'Action', 'Owner', 'Deadline', 'RAG'],
        ['1', 'Run a declaration campaign', 'Workforce Information Manager', 'Sep 2020', 'B'],
        ['2', 'Add a disability question to exit interviews', 'Head of HR', 'Dec 2020', 'G'],
        [],
        ['Key'],
        ['B', 'Complete'],
        ['G', 'On track'],
        ['A', 'Some slippage'],
      ],
      fills: [[], [null, null, null, null, B], [null, null, null, null, G], [], [], [B], [G], [A]],
    });
    expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual([[2, 'blue'], [3, 'green']]);
    // Each entry is labelled by its meaning, with its letter as an alias: a 'B' status is 'Complete', so never overdue.
    expect(report.ragKey.entries.map((e) => [e.label, e.rag, e.aliases])).toEqual([['Complete', 'blue', ['b']], ['On track', 'green', ['g']], ['Some slippage', 'amber', ['a']]]);
    expect(report.actions[0].overdue).toBe(false);
  });

  it('reads a summary of progress under a Board paper (coloured status | count) as the key, not as actions', () => {
    const report = read({
      values: [
        ['Indicator', 'Objective', 'Action', 'Exec Lead', 'End', 'Status'],
        ['1', 'More BME staff at 8a+', 'Launch a development programme', 'Chief People Officer', 'Mar 2024', 'Complete'],
        ['2', 'Fair shortlisting', 'Put an inclusion panellist on every panel', 'Chief Nurse', 'Sep 2023', 'On Track'],
        [],
        ['Summary of progress'],
        ['Complete', '1 action – delivered'],
        ['On Track', '1 action – progressing to the agreed timescale'],
      ],
      fills: [[], [null, null, null, null, null, '#0070C0'], [null, null, null, null, null, '#00B050'], [], [], ['#0070C0'], ['#00B050']],
    });
    expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual([[2, 'blue'], [3, 'green']]);
  });

  it('still reads an action whose coloured cell sits outside the status column when it names a lead', () => {
    const report = read({
      values: [['Action', 'Lead', 'Due', 'Status'], ['Publish the data', 'Head of Equality', 'Aug 2020', 'Done'], ['Mentoring', 'Head of OD', 'Mar 2021', '']],
      fills: [[], [], ['#FF0000']],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});

describe('a plan converted from PDF, with an empty spacer column between its columns', () => {
  const spaced = (rows: (string | null)[][]) => rows.map((r) => r.flatMap((v, i) => (i ? [null, v] : [v])));
  it('reads the table across its spacer columns, page footers and repeated headers', () => {
    const report = read({
      values: spaced([
        ['Anytown NHS Trust – WRES Action Plan 2016/17', null, null, null],
        ['WRES indicator', 'Action(s) required', 'Lead(s)', 'Target date'],
        ['Indicator 1', 'Analyse the workforce profile by band', 'Head of Workforce Information', 'Sept 2016'],
        [null, 'Review ethnicity recording in ESR', 'Head of Workforce Information', 'Dec 2016'],
        [null, null, 'Page 1 of 2', null],
        ['WRES indicator', 'Action(s) required', 'Lead(s)', 'Target date'],
        ['Indicator 2', 'Audit recruitment campaigns at Band 6 and above', 'Recruitment Manager', '30/09/2016'],
        [null, null, 'Page 2 of 2', null],
      ]),
    });
    expect(report.columns).toMatchObject({ indicator: 'A', action: 'C', lead: 'E', due: 'G' });
    expect(report.actions.map((a) => [a.row, a.indicator])).toEqual([[3, '1'], [4, '1'], [7, '2']]);
  });

  it('reads a spaced plan with a status column the same way', () => {
    const report = read({
      values: spaced([
        ['Action', 'Owner', 'Deadline', 'Status'],
        ['Run a declaration campaign', 'Head of Workforce', 'Sep 2020', 'Complete'],
        ['Audit shortlisting', 'Head of Recruitment', 'Dec 2020', 'In progress'],
        ['Train panel members', 'Head of Learning', 'Mar 2021', 'Not started'],
        ['Publish the data', 'Head of Equality', 'Aug 2020', 'Complete'],
      ]),
    });
    expect(report.columns).toMatchObject({ action: 'A', lead: 'C', due: 'E', status: 'G' });
    expect(report.actions).toHaveLength(4);
  });
});

describe('a plan converted from PDF with lines around it', () => {
  // Intro lines alone on their rows above the plan, and a small table under it whose cells fall in the spacer columns,
  // stretch the first column's block; a line alone on its row says nothing of where the table runs, so the plan is still
  // one table across its spacers.
  const spaced = (rows: (string | number | null)[][]) => rows.map((r) => r.flatMap((v, i) => (i ? [null, v] : [v])));
  const INTRO = [['Version 3 – draft for discussion'], ['Contact the EDI team with any questions.'], ['This plan is reviewed every quarter.'], ['Agreed with our staff networks.']];
  const PLAN = [
    ['Kestrel NHS Trust – WRES Action Plan 2015/16', null, null, null],
    ['WRES indicator', 'Action(s) required', 'Lead(s)', 'Target date'],
    ...Array.from({ length: 12 }, (_, i) => [i % 3 === 0 ? `Indicator ${1 + i / 3}` : null, `Action number ${i + 1} for the workforce profile`, 'Head of Workforce Information', `Q${1 + (i % 4)} 2015/16`]),
  ];
  it.each([
    ['a glossary', [['Abbreviations used in this plan'], ['VSM –', 'Very senior manager'], ['SRO –', 'Senior responsible officer'], ['EDI –', 'Equality, diversity and inclusion']]],
    ['a version table', [['Version', 'Date', 'Author', 'Changes'], [0.1, '23/01/2016', 'EDI Lead', 'First draft'], [1, '12/02/2016', 'EDI Lead', 'Comments from staff networks added']]],
  ])('reads its columns as without them, with %s under it', (_, under) => {
    const report = read({ values: [...INTRO.map((r) => [r[0]]), ...spaced([...PLAN, [], ...under])] });
    expect(report.columns).toMatchObject({ indicator: 'A', action: 'C', lead: 'E', due: 'G' });
    expect(report.actions.map((a) => a.due)).toEqual(PLAN.slice(2).map((r) => expect.objectContaining({ text: r[3] })));
  });
});

describe('a sparse column beyond a spacer: an indicator written only where each block starts', () => {
  it.each([
    ['last', ['Action', null, 'Lead', null, 'Due', null, 'Indicator'], (a: string, l: string, d: string, i: string | null) => [a, null, l, null, d, null, i]],
    ['first', ['Indicator', null, 'Action', null, 'Lead', null, 'Due'], (a: string, l: string, d: string, i: string | null) => [i, null, a, null, l, null, d]],
  ] as const)('reads the indicator column as part of the plan when it is the %s column', (_where, header, row) => {
    const report = read({
      values: [
        [...header],
        row('Publish the WRES data by band', 'Head of Workforce Information', 'Sep 2021', 'Indicator 1'),
        row('Set an aspiration for each band', 'Director of Workforce', 'Dec 2021', null),
        row('Review data quality of ethnicity recording', 'Head of Workforce Information', 'Jan 2022', null),
        row('Audit shortlisting by ethnicity', 'Recruitment Manager', 'Oct 2021', 'Indicator 2'),
        row('Train recruiting managers', 'Head of Learning', 'Mar 2022', null),
        row('Add diverse panels at Band 7 and above', 'Recruitment Manager', 'Jun 2022', null),
      ].map((r) => [...r]),
    });
    expect(report.actions.map((a) => a.indicator)).toEqual(['1', '1', '1', '2', '2', '2']);
  });

  // Lines typed in the sheet's first column above the plan (a version, who to contact, an intro) and under it (notes, a
  // total, empty sections) stretch that column far past the plan's rows: alone on their rows, they say nothing about
  // whether the column belongs to the plan, so they must not part the indicator column from it.
  const plan = (spaced: boolean) => {
    const row = (i: string | null, a: string, l: string, d: string) => (spaced ? [i, null, a, null, l, null, d] : [i, null, a, l, d]);
    return [
      row('WRES indicator', 'Action(s) required', 'Lead(s)', 'Target date'),
      row('Indicator 1', 'Publish the WRES data by band', 'Head of Workforce Information', 'Sep 2021'),
      row(null, 'Set an aspiration for each band', 'Director of Workforce', 'Dec 2021'),
      row(null, 'Review data quality of ethnicity recording', 'Head of Workforce Information', 'Jan 2022'),
      row('Indicator 2', 'Audit shortlisting by ethnicity', 'Recruitment Manager', 'Oct 2021'),
      row(null, 'Train recruiting managers', 'Head of Learning', 'Mar 2022'),
      row('Indicator 4', 'Add diverse panels at Band 7 and above', 'Recruitment Manager', 'Jun 2022'),
    ];
  };
  const lines = (...texts: string[]) => texts.map((t) => [t]);
  it.each([
    ['intro lines above and notes below, a PDF conversion with spacers', true, lines('Version 3 – draft for discussion', 'Contact the EDI team with any questions', 'This plan is reviewed every quarter'), lines('Total actions: 6', 'Note: data from ESR as at 31 March 2021', '* Indicator 1 is measured at 31 March')],
    ['a long intro above, one spacer', false, lines('Version 2 – approved', 'Agreed with our staff networks', 'Contact the EDI team with any questions', 'This plan is reviewed every quarter', 'Anytown NHS Trust', 'WRES action plan 2021/22'), []],
    ['notes, a contact line and empty sections below, one spacer', false, lines('Anytown NHS Trust – WRES action plan 2021/22'), lines('Note: figures are rounded to the nearest whole number', 'For queries contact the EDI team', 'Indicator 5 – no actions this year', 'Indicator 9 – no actions this year', 'Source: ESR, 31 March 2021')],
  ] as const)('keeps the indicator column in the plan with %s, typed in that column', (_what, spaced, above, below) => {
    const values = [...above.map((r) => [...r]), [], ...plan(spaced), [], ...below.map((r) => [...r])];
    const report = read({ values });
    expect(report.actions.map((a) => a.indicator)).toEqual(['1', '1', '1', '2', '2', '4']);
  });
});

describe('header cells merged down over two rows', () => {
  it.each([
    ['bare indicator numbers', [null, 1, 2, 3, null, null]],
    ['short sub-labels', [null, 'Rep.', 'Recruit.', 'Discipl.', null, null]],
  ] as const)('read the row between them (%s) as the header\'s second row, never an action', (_what, second) => {
    const report = read({
      values: [
        ['Action', 'Indicators addressed', null, null, 'Lead', 'Due'],
        [...second],
        ['Publish the WRES data by band', '✓', null, null, 'Head of Workforce Information', 'Sep 2021'],
        ['Audit shortlisting by ethnicity', null, '✓', null, 'Recruitment Manager', 'Oct 2021'],
      ],
      merges: [{ top: 0, left: 1, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 4, bottom: 1, right: 4 }, { top: 0, left: 5, bottom: 1, right: 5 }],
    });
    expect(report.headerRows).toEqual([1, 2]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
  });
});

describe('a further line of progress in a plan that puts progress first', () => {
  it('joins a finished sentence alone in the first column to the action above when that column is progress', () => {
    const report = read({
      values: [
        ['Progress update', 'Action', 'Lead', 'Timescale'],
        ['Added to the policy.', 'Ask occupational health for advice before any capability process', 'Head of Employee Relations', 'Sep 2020'],
        ['Managers briefed at the leadership forum.', null, null, null],
        ['Moved online; 140 managers trained.', 'Train managers in disability awareness', 'Head of Learning', 'Mar 2021'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions[0].progress).toBe('Added to the policy.\nManagers briefed at the leadership forum.');
  });
});

describe('a short objective written once over each block of actions is the theme', () => {
  it('reads an "Aim" column named on the first row of each block, blank below, as the theme', () => {
    const report = read({
      values: [
        ['WDES action plan 2022/23'],
        ['Aim', 'Action', 'Lead', 'By when', 'RAG'],
        ['Better data', 'Run a declaration campaign with the network.', 'Head of Workforce Information', 'Q2 2022/23', 'Green'],
        [null, 'Add disability to the exit questionnaire.', 'HR Business Partner', 'Q3 2022/23', 'Amber'],
        ['Fair recruitment (metric 2)', 'Audit the guaranteed interview scheme.', 'Head of Recruitment', 'Q4 2022/23', 'Green'],
        [null, 'Train shortlisting managers.', 'Head of Learning', 'Mar 2023', 'Red'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Better data', 'Better data', 'Fair recruitment (metric 2)', 'Fair recruitment (metric 2)']);
    expect(report.columnEvidence.find((e) => e.field === 'theme')?.reason).toBe("Theme: the objective column A — 2 short titles, each over its block of actions (header 'Aim')");
  });

  it('reads an "Objective" column merged down over its blocks as the theme, beside an indicator column', () => {
    const report = read({
      values: [
        ['Ref', 'WRES indicator', 'Objective', 'Action', 'Action lead', 'Due'],
        ['W1', 'Indicator 1', 'Representative workforce', 'Publish the ethnicity profile of each band.', 'Head of Workforce Intelligence', 'Jun 17'],
        ['W2', 'Indicator 1', null, 'Run a positive action programme for Bands 6 and 7.', 'Head of Leadership', 'Mar 18'],
        ['W3', 'Indicator 2', 'Fair recruitment', 'Train every recruiting manager in fair recruitment.', 'Recruitment Manager', 'Mar 18'],
        ['W4', 'Indicator 2', null, 'Include a BME panel member on every Band 7 panel.', 'Recruitment Manager', 'Sep 17'],
      ],
      merges: [{ top: 1, left: 2, bottom: 2, right: 2 }, { top: 3, left: 2, bottom: 4, right: 2 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Representative workforce', 'Representative workforce', 'Fair recruitment', 'Fair recruitment']);
  });

  it('keeps a long objective, or one restated on every row, an objective only', () => {
    const long = read({
      values: [
        ['Objective', 'Action', 'Lead', 'Due'],
        ['To increase the percentage of BME staff at Band 8a and above to match the workforce by 2025.', 'Run a positive action programme.', 'Head of OD', 'Mar 2022'],
        [null, 'Set targets for each division.', 'Director of Workforce', 'Dec 2021'],
        ['To reduce the likelihood of BME staff entering formal disciplinary processes.', 'Review every case before it goes formal.', 'Head of ER', 'Sep 2021'],
        [null, 'Train investigating officers.', 'Head of ER', 'Mar 2022'],
      ],
    });
    expect(long.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    const everyRow = read({
      values: [
        ['Objective', 'Action', 'Lead', 'Due'],
        ['Fair recruitment', 'Audit shortlisting.', 'Head of Recruitment', 'Sep 2021'],
        ['Safe workplace', 'Relaunch the dignity at work policy.', 'Head of OD', 'Dec 2021'],
        ['Board', 'Use a diverse panel for NED appointments.', 'Trust Chair', 'Mar 2022'],
      ],
    });
    expect(everyRow.actions.map((a) => a.theme)).toEqual([null, null, null]);
  });
});

describe('an objective column whose entries state objectives is context, not the theme', () => {
  const objectiveWhy = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'objective')?.reason ?? '';

  it('reads an "Objective" column merged down over its blocks, one entry an aim, as each action\'s objective and no theme', () => {
    const report = read({
      values: [
        ['Westmoor NHS Trust – WDES action plan 2021/22'],
        ['No.', 'Metric', 'Objective', 'Action', 'Lead', 'Deadline'],
        ['1', '1', 'Know our people: improve the data we hold', 'Run a declaration campaign with the network.', 'Head of Workforce Information', 'Sep 2021'],
        ['2', '1', null, 'Add disability to the exit questionnaire.', 'HR Business Partner', 'Dec 2021'],
        ['3', '2', 'Fair processes', 'Audit the guaranteed interview scheme.', 'Head of Recruitment', 'Jan 2022'],
        ['4', '3', null, 'Check adjustments before any capability hearing.', 'Head of Employee Relations', 'Mar 2022'],
        ['5', '10', 'Leadership', 'Name a Board champion for disability equality.', 'Chair', 'Jun 2021'],
      ],
      merges: [{ top: 2, left: 2, bottom: 3, right: 2 }, { top: 4, left: 2, bottom: 5, right: 2 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null, null]);
    expect(report.actions.map((a) => a.objective)).toEqual(['Know our people: improve the data we hold', 'Know our people: improve the data we hold', 'Fair processes', 'Fair processes', 'Leadership']);
    expect(report.columnEvidence.some((e) => e.field === 'theme')).toBe(false);
    expect(objectiveWhy(report)).toContain("not their theme: its entries state objectives, where a theme names a subject (row 3: 'Know our people: improve the data we hold')");
  });

  it('reads a "Goal" column written on the first row of each block, blank below, as the objective of every action in the block', () => {
    const report = read({
      values: [
        ['Goal', 'Action', 'Owner', 'Complete by', 'RAG'],
        ['Increase BME representation at Band 8a and above', 'Launch a reciprocal mentoring scheme.', 'Director of OD', 'Dec 2022', 'Amber'],
        [null, 'Set a representation goal for each division.', 'Director of Workforce', 'Sep 2022', 'Green'],
        ['A Board that reflects the communities it serves', 'Use a diverse panel for every NED appointment.', 'Trust Chair', 'Mar 2023', 'Green'],
        [null, 'Publish the Board\'s ethnicity each year.', 'Company Secretary', 'Jun 2022', 'Green'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.objective)).toEqual(['Increase BME representation at Band 8a and above', 'Increase BME representation at Band 8a and above', 'A Board that reflects the communities it serves', 'A Board that reflects the communities it serves']);
    expect(objectiveWhy(report)).toContain("(row 2: 'Increase BME representation at Band 8a and above')");
  });

  it('reads aims put as what will be so ("Colleagues feel safe…", "Adjustments are agreed…") as objectives beside an indicator column', () => {
    const report = read({
      values: [
        ['Ref', 'WDES metric', 'Aims', 'Action', 'Lead', 'When'],
        ['D1', 'Metric 1', 'Better disability data', 'Promote self-service declaration on ESR.', 'Workforce Systems Manager', 'Q2 2025/26'],
        ['D2', 'Metric 1', null, 'Compare ESR with the staff survey.', 'Workforce Systems Manager', 'Q3 2025/26'],
        ['D3', 'Metric 9a', 'Colleagues feel their voice is heard', 'Give the network chair protected time.', 'Chief People Officer', 'Q1 2025/26'],
        ['D4', 'Metric 9a', null, 'Hold quarterly listening events.', 'Chief Executive', 'Quarterly'],
        ['D5', 'Metric 8', 'Adjustments are agreed within four weeks', 'Launch a central adjustments fund.', 'Director of Finance', 'Q4 2025/26'],
      ],
      merges: [{ top: 1, left: 2, bottom: 2, right: 2 }, { top: 3, left: 2, bottom: 4, right: 2 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null, null]);
    expect(report.actions.map((a) => a.objective)).toEqual(['Better disability data', 'Better disability data', 'Colleagues feel their voice is heard', 'Colleagues feel their voice is heard', 'Adjustments are agreed within four weeks']);
    expect(objectiveWhy(report)).toContain("(row 4: 'Colleagues feel their voice is heard')");
  });

  it('reads an "Equality objective" column as the objective over a rationale beside it, and no theme', () => {
    const report = read({
      values: [
        ['EQUALITY OBJECTIVE', 'RATIONALE', 'WRES INDICATOR', 'ACTION', 'LEAD', 'TIMESCALE'],
        ['A workforce that reflects the people we serve', 'BME staff are 21% of the workforce but 8% at Band 8a+', '1', 'Set a representation goal for each division.', 'Director of Workforce', 'Q3 2023/24'],
        [null, 'Few BME applicants reach Band 8a interviews', '2', 'Put an inclusion ambassador on every Band 8a panel.', 'Head of Resourcing', 'Mar-24'],
        ['Fair and just processes for all staff', 'BME staff are 1.6 times as likely to enter a disciplinary', '3', 'Review every case before it goes formal.', 'Head of Employee Relations', 'Dec-23'],
        [null, 'Investigations take longer for BME staff', '3', 'Train investigating officers.', 'Head of Employee Relations', 'Sep-24'],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }],
    });
    expect(report.columns.objective).toBe('A');
    expect(report.actions.map((a) => a.objective)).toEqual(['A workforce that reflects the people we serve', 'A workforce that reflects the people we serve', 'Fair and just processes for all staff', 'Fair and just processes for all staff']);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
  });

  it('reads "What are we trying to achieve?" as the objective, its aims no theme', () => {
    const report = read({
      values: [
        ['No.', 'What are we trying to achieve?', 'Action', 'Metric', 'Lead', 'When'],
        ['1', 'Staff feel safe to declare a disability', 'Run a declaration campaign with the network.', 'Metric 1', 'Head of Workforce Information', 'By end of Q2'],
        ['2', null, 'Add disability to the exit questionnaire.', 'Metric 1', 'HR Business Partner', 'H1 2025/26'],
        ['3', 'Adjustments follow the person', 'Introduce a health passport.', 'Metric 8', 'Head of Occupational Health', 'H2 2025/26'],
        ['4', null, 'Set up a central adjustments fund.', 'Metric 8', 'Director of Finance', 'March 2026'],
      ],
    });
    expect(report.columns.objective).toBe('B');
    expect(report.actions.map((a) => a.objective)).toEqual(['Staff feel safe to declare a disability', 'Staff feel safe to declare a disability', 'Adjustments follow the person', 'Adjustments follow the person']);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
  });

  it('still reads subjects as the theme, an article up front or indicators in brackets, each block\'s objective carried down', () => {
    const report = read({
      values: [
        ['Goal', 'Action', 'Owner', 'Complete by', 'RAG'],
        ['Representation at senior levels (indicators 1 and 9)', 'Launch a shadow board programme.', 'Director of HR & OD', 'Dec 18', 'Amber'],
        [null, 'Set a target for Band 8a and above.', 'Director of HR & OD', 'Sept 2018', 'Green'],
        ['A safe and respectful workplace (indicators 5 to 8)', 'Set up a staff network with an executive sponsor.', 'Director of Nursing', 'Sept 2018', 'Green'],
        [null, 'Publicise the Freedom to Speak Up Guardian.', 'FTSU Guardian', 'Nov 18', 'Amber'],
      ],
    });
    const themes = ['Representation at senior levels (indicators 1 and 9)', 'Representation at senior levels (indicators 1 and 9)', 'A safe and respectful workplace (indicators 5 to 8)', 'A safe and respectful workplace (indicators 5 to 8)'];
    expect(report.actions.map((a) => a.theme)).toEqual(themes);
    expect(report.actions.map((a) => a.objective)).toEqual(themes);
    expect(report.columnEvidence.find((e) => e.field === 'theme')?.reason).toBe("Theme: the objective column A — 2 short titles, each over its block of actions (header 'Goal')");
  });
});
