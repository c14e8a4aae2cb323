import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A small table under the plan whose rows fill the plan's columns with another kind of content: a key with its own
 * header ('Progress RAG key | Meaning'), a figures table ('Indicator | 2022 | 2023 | Change'), a glossary ('Term |
 * Meaning', or terms and the words they abbreviate), a label and its value in two cells ('Approved by:' | 'Trust
 * Board'). None of its rows is an action; each row that would have read as one is named with why, and a key's entries
 * still give the plan's key.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const fillsAt = (height: number, at: Record<string, string>) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: 8 }, (_, c) => at[`${r},${c}`] ?? null));
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.row);

const PLAN: CellValue[][] = [
  ['WDES action plan 2025/26'],
  ['Ref', 'Action description', 'Metric', 'Lead', 'Target', 'Progress RAG'],
  ['WD25/01', 'Improve disability declaration on ESR to 8% through a campaign with the network.', 'M1', 'Workforce Information Team', '30 September 2025', 'On target'],
  ['WD25/02', 'Review every stage of recruitment against the Disability Confident standard.', 'M2', 'Resourcing Panel', 'End Q2', 'Slipping'],
  ['WD25/03', 'Record whether capability cases are ill-health or performance related.', 'M3', 'Employee Relations Team', 'Jun 2025', 'Achieved'],
];

describe('a small table under the plan', () => {
  it("reads a key with its own header row as the key, and its header and unfilled entry as no actions", () => {
    const values: CellValue[][] = [
      ...PLAN,
      [],
      ['Progress RAG key', 'Meaning'],
      ['Achieved', 'Action complete'],
      ['On target', 'Progressing as planned'],
      ['Slipping', 'Behind plan, expected to recover'],
      ['Off target', 'Will not be delivered without intervention'],
      ['Not yet due', 'Start date not reached (no colour)'],
    ];
    const report = read(values, { fills: fillsAt(values.length, { '7,0': BLUE, '8,0': GREEN, '9,0': AMBER, '10,0': RED }) });
    expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual([
      [3, 'green'],
      [4, 'amber'],
      [5, 'blue'],
    ]);
    // The unfilled 'Not yet due' is the key's status with no colour (see tests/shared/rag/key-no-colour.test.ts): a
    // key entry, not a row set aside.
    expect(setAside(report)).toEqual([7]);
    expect(report.ragKey.entries.find((e) => e.label === 'Not yet due')?.rag).toBeNull();
    const header = report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 7)!;
    expect(header.message).toContain('heading another table under the plan');
  });

  it('reads a figures table and a glossary with a header as no actions, and the plan below a blank row as before', () => {
    const report = read([
      ...PLAN,
      [],
      ['Metric', '2024', '2025', 'Change'],
      ['Metric 1 – Disabled staff in the workforce', '4.1%', '5.0%', '+0.9'],
      ['Metric 7 – Feeling valued by the organisation', '38.2%', '40.1%', '+1.9'],
      [],
      ['Term', 'Meaning'],
      ['Reasonable adjustment', 'A change to work or the workplace that removes a barrier for a disabled person'],
      ['Disability Confident', 'A government scheme that recognises employers who recruit and keep disabled staff'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report)).toEqual(expect.arrayContaining([11, 12, 13]));
  });

  it("reads a label and its value in two cells, and a glossary's terms beside the words they abbreviate, as no actions", () => {
    const report = read([
      ...PLAN,
      [],
      ['Approved by:', 'Trust Board'],
      ['Review date:', 'June 2026'],
      ['Author:', 'Head of Equality, Diversity and Inclusion'],
      [],
      ['Abbreviations'],
      ['ESR', 'Electronic Staff Record'],
      ['FTSU –', 'Freedom to Speak Up'],
      ['HRBP', 'HR business partner'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report)).toEqual([7, 8, 9, 12, 13, 14]);
  });

  it('reads a label spread over a line break and wide spaces as the same label (the label is seen on the text as written)', () => {
    const report = read([
      ...PLAN,
      [],
      ['Approved\n   by:', 'Trust Board'],
      ["Next  review\u00a0 date:", 'June 2026'],
      ['Author:\n  Head of Equality, Diversity and Inclusion', 'Executive lead:', 'Chief People Officer'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report)).toEqual([7, 8, 9]);
    const why = report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
    expect(why[1]).toMatch(/'Next review date:' labels the value beside it, a line about the plan itself/);
    expect(why[2]).toMatch(/'Author:' and 'Executive lead:' label the values beside them/);
  });

  it("reads a key table's entries whatever plan columns its meanings fall under (the plan's columns in another order)", () => {
    // The key keeps its own two columns; the plan's timescale (first grid) or lead (second) now sits over its meanings.
    const key: CellValue[][] = [
      [],
      ['Progress RAG key', 'Meaning'],
      ['Achieved', 'Action complete'],
      ['On target', 'Progressing as planned'],
      ['Slipping', 'Behind plan, expected to recover'],
    ];
    const timescaleSecond: CellValue[][] = [
      ['WDES action plan 2025/26'],
      ['Action description', 'Target', 'Lead', 'Progress RAG', 'Metric'],
      ['Improve disability declaration on ESR to 8% through a campaign with the network.', '30 September 2025', 'Workforce Information Team', 'On target', 'M1'],
      ['Review every stage of recruitment against the Disability Confident standard.', 'End Q2', 'Resourcing Panel', 'Slipping', 'M2'],
      ['Record whether capability cases are ill-health or performance related.', 'Jun 2025', 'Employee Relations Team', 'Achieved', 'M3'],
      ...key,
    ];
    const leadSecond: CellValue[][] = timescaleSecond.map((row, r) => (r >= 1 && r <= 4 ? [row[0], row[2], row[1], row[3], row[4]] : row));
    for (const values of [timescaleSecond, leadSecond]) {
      const report = read(values, { fills: fillsAt(values.length, { '7,0': BLUE, '8,0': GREEN, '9,0': AMBER }) });
      expect(report.ragKey.source).toBe('legend');
      expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual([
        [3, 'green'],
        [4, 'amber'],
        [5, 'blue'],
      ]);
      expect(setAside(report)).toEqual([7]);
    }
  });

  it("reads a key table whose labels fall under the plan's status column and meanings under its action column as the key, its 'no colour' entry too", () => {
    // The key keeps its own two columns; the plan's columns were put in another order, so its status column now sits
    // over the key's labels and its action column over their meanings. The key's header names it a key ('Progress RAG
    // key | Meaning') or names its labels as statuses defined beside them ('Status | Meaning'). 'On target' is amber by
    // this key, not green as the usual words would make it: the statuses are read through it.
    const plan: CellValue[][] = [
      ['WDES action plan 2025/26'],
      ['Progress RAG', 'Action description', 'Lead', 'Target', 'Metric'],
      ['On target', 'Improve disability declaration on ESR to 8% through a campaign with the network.', 'Workforce Information Team', '30 September 2025', 'M1'],
      ['Slipping', 'Review every stage of recruitment against the Disability Confident standard.', 'Resourcing Panel', 'End Q2', 'M2'],
      ['Achieved', 'Record whether capability cases are ill-health or performance related.', 'Employee Relations Team', 'Jun 2025', 'M3'],
      [],
    ];
    const entries: CellValue[][] = [
      ['Achieved', 'Action complete'],
      ['On target', 'Started and expected to be delivered by the target date'],
      ['Slipping', 'Will not be delivered by the target date'],
      ['Not yet due', 'Start date not reached (no colour)'],
    ];
    for (const title of [['Progress RAG key', 'Meaning'], ['Status', 'Meaning']]) {
      const values = [...plan, title, ...entries];
      const report = read(values, { fills: fillsAt(values.length, { '7,0': GREEN, '8,0': AMBER, '9,0': RED }) });
      expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual([
        [3, 'amber'],
        [4, 'red'],
        [5, 'green'],
      ]);
      expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual(expect.arrayContaining([['On target', 'amber'], ['Not yet due', null]]));
    }
  });

  it('keeps short actions under the plan as actions: a lead, a quarter or a status is no label, an unrelated word no abbreviation', () => {
    const report = read([
      ...PLAN,
      ['WD25/04', 'Shortlisting audit', 'M2', 'HR lead', 'Q3', 'On target'],
      ['HR', 'Review the recruitment policy'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6, 7]);
  });
});

/**
 * A version (document-control) table: 'Version | Date | Reviewed by | Comments' over '0.1 | 15/02/2024 | EDI Lead | First
 * draft'. Above the plan its header names a timescale, a lead and progress, but no action: it is no header of the plan.
 * Under the plan its rows put a name, not words of what is done, in the action column, or a date where the plan numbers
 * its rows or names their indicators: none of them is an action, and its rows are no evidence for the plan's columns.
 */
describe('a version table around the plan', () => {
  const VERSIONS: CellValue[][] = [
    ['Version', 'Date', 'Reviewed by', 'Comments'],
    [0.1, '15/02/2024', 'EDI Lead', 'First draft'],
    [1, '01/03/2024', 'Deputy Director of People', 'Comments from staff networks added'],
  ];
  const NUMBERED: CellValue[][] = [
    ['No.', 'Indicator', 'Action', 'Lead', 'By when', 'Status'],
    ['1', '1', 'Publish the ethnicity pay gap with the annual report and a plan to close it.', 'Head of Reward', 'March 2024', 'On track'],
    ['2', '2', 'Put a trained BME panel member on every Band 7 and above interview.', 'Head of Resourcing', 'Q2 2023/24', 'Complete'],
  ];

  it.each([
    ['a plan with its ref first', PLAN, 7, [8, 9, 10]],
    ['a plan with its indicator second', NUMBERED, 6, [7, 8]],
  ])('above %s: the plan keeps its own header and actions', (_, plan, header, actions) => {
    const report = read([['Document control'], ...VERSIONS, [], ...plan]);
    expect(report.headerRows).toEqual([header]);
    expect(report.actions.map((a) => a.row)).toEqual(actions);
  });

  it.each([
    ['a plan with its ref first', PLAN, [3, 4, 5]],
    ['a plan with its indicator second', NUMBERED, [2, 3]],
  ])('under %s: none of its rows is an action', (_, plan, actions) => {
    const report = read([...plan, [], ['Version history'], ...VERSIONS]);
    expect(report.actions.map((a) => a.row)).toEqual(actions);
  });

  // 'Changes made' names what is done and 'By' who: its rows ('Comments from staff networks added' | 'EDI Manager') have
  // the plan's shape, but a table with a 'Version' column is the document's history, each row a change made to it.
  const INDICATOR_FIRST: CellValue[][] = [
    ['Indicator', 'Action', 'Lead', 'Due', 'Status'],
    ['1', 'Publish the ethnicity pay gap with the annual report and a plan to close it.', 'Head of Reward', 'March 2024', 'On track'],
    ['2', 'Put a trained BME panel member on every Band 7 and above interview.', 'Head of Resourcing', 'Q2 2023/24', 'Complete'],
  ];
  it.each([
    ['a plan with its indicator first', INDICATOR_FIRST, ['Version no.', 'Changes made', 'By', 'Date']],
    ['a plan with its indicator second', NUMBERED, ['Version no.', 'Date', 'Changes made', 'By']],
  ])('under %s: a version history whose changes fall under the action and lead columns is none of them', (_, plan, head) => {
    const changes = [['0.1', 'First draft', 'EDI Manager', '26/02/2024'], ['1.0', 'Comments from staff networks added', 'EDI Manager', '12/03/2024'], ['1.5', 'Q2 progress added and actions reworded', 'Deputy Director of People', '11/04/2024']];
    // Each change's cells in the order of the table's own header.
    const order = head.map((h) => ['Version no.', 'Changes made', 'By', 'Date'].indexOf(h));
    const report = read([...plan, [], head, ...changes.map((row) => order.map((k) => row[k]))]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.issues.filter((i) => i.rule === 'row-set-aside' && i.row === 7).map((i) => i.message)).toEqual([
      expect.stringMatching(/plan's version history headed 'Version no\. \| .*' \(row 5\): a change made to the document, not something to do/),
    ]);
  });
});

/**
 * Tables under the plan with no header row of their own, known by their first row: a sign-off box ('Sign-off', or
 * 'Approved by | People Committee | Date | 14 September 2023'), a line of labels and their values ('Author: EDI Manager'
 * … 'Executive lead:' | 'Director of People'), a glossary ('Glossary', or a term beside the words it abbreviates). The
 * rows under such a row, to the next blank row, are the same table's when none of them has the plan's shape: a box's
 * 'Executive lead | Chief People Officer | Next review | March 2024' is no action though a role and a date fall under the
 * plan's lead and timescale columns, nor a glossary's 'Reasonable adjustment | A change to work…' whose letters spell
 * nothing. Each such row is named with why.
 */
describe('a sign-off box, a line of labels and a glossary under the plan, with no header', () => {
  const ACTION_FIRST: CellValue[][] = [
    ['WRES action plan 2024/25'],
    ['Action', 'Indicator', 'Lead', 'Target date', 'RAG', 'Update'],
    ['Put a trained BME panel member on every Band 7 and above interview panel.', '2', 'Head of Resourcing', 'December 2024', 'On track', 'Pilot in two divisions.'],
    ['Publish the ethnicity pay gap with the annual report and a plan to close it.', '1', 'Head of Reward', 'March 2025', 'Complete', 'Published in June.'],
    ['Run reverse mentoring for every executive director with a BME colleague.', '9', 'Chief People Officer', 'Quarterly', 'Some risk', 'Four pairs matched.'],
  ];
  const plans: [string, CellValue[][], number[]][] = [
    ['a plan with its ref first', PLAN, [3, 4, 5]],
    ['a plan with its action first', ACTION_FIRST, [3, 4, 5]],
  ];
  const NUMBERED_PLAN: CellValue[][] = [
    ['No.', 'Indicator', 'Action', 'Lead', 'By when', 'Status'],
    ['1', '1', 'Publish the ethnicity pay gap with the annual report and a plan to close it.', 'Head of Reward', 'March 2024', 'On track'],
    ['2', '2', 'Put a trained BME panel member on every Band 7 and above interview.', 'Head of Resourcing', 'Q2 2023/24', 'Complete'],
  ];
  const messages = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

  it.each(plans)("reads a sign-off box's rows as no actions in %s, labels without colons included", (_, plan, actions) => {
    const values: CellValue[][] = [
      ...plan,
      [],
      ['Sign-off'],
      ['Approved by', 'People Committee', 'Date', '14 September 2024'],
      ['Executive lead', 'Chief People Officer', 'Next review', 'March 2025'],
      ['Signature', null, 'Name', 'J. Whitcombe'],
    ];
    const report = read(values);
    expect(report.actions.map((a) => a.row)).toEqual(actions);
    expect(setAside(report)).toEqual([7, 8, 9, 10]);
    expect(messages(report).find((m) => m.startsWith('Row 9:'))).toMatch(/sign-off box under the plan that starts 'Sign-off' \(row 7\): labels and their values about the plan/);
  });

  it.each(plans)('reads a line of labels and their values as no action in %s, a value beside its label or after it in its cell', (_, plan, actions) => {
    const report = read([
      ...plan,
      [],
      ['Author: Equality and Diversity Manager', null, null, 'Executive lead:', 'Director of Workforce and OD'],
      [],
      ['Version: 1.2', 'Review date:', 'March 2026', 'Owner: Head of Inclusion'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual(actions);
    expect(messages(report)).toEqual([
      expect.stringMatching(/^Row 7: .* 'Author:' and 'Executive lead:' label the values beside them, a line about the plan itself/),
      expect.stringMatching(/^Row 9: .* 'Version:' and 'Review date:' and 'Owner:' label the values beside them/),
    ]);
  });

  it.each(plans)("reads a glossary's rows as no actions in %s: meanings explained after a dash, terms of a word and an abbreviation, terms that abbreviate nothing", (_, plan, actions) => {
    const report = read([
      ...plan,
      [],
      ['Glossary'],
      ['ESR', 'Electronic Staff Record – the NHS workforce system'],
      ['RA passport', 'Reasonable adjustments passport – a record of agreed adjustments that moves with the member of staff'],
      ['Reasonable adjustment', 'A change to work or the workplace that removes a barrier for a disabled person'],
      ['FTSU', 'Freedom to Speak Up (the guardian service)'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual(actions);
    expect(setAside(report)).toEqual([8, 9, 10, 11]);
    expect(messages(report).find((m) => m.startsWith('Row 9:'))).toMatch(/'RA passport' and 'Reasonable adjustments passport' are a term and the words it stands for/);
    expect(messages(report).find((m) => m.startsWith('Row 10:'))).toMatch(/glossary under the plan that starts 'Glossary' \(row 7\): a term and what it means/);
  });

  // The version history's changes fall under the plan's action and lead columns: they have its shape, so the box above
  // takes its rows only to where the version history starts.
  it.each([
    ['a sign-off box', [['Sign-off'], ['Approved by', null, 'Date'], ['People Committee', null, '18 July 2024']]],
    ['lines of labels and values', [['Approved by:', 'People Committee'], ['Review date:', null, 'March 2025']]],
  ])('reads a version history typed right under %s, no blank row between, as no actions', (_, box) => {
    const report = read([
      ...NUMBERED_PLAN,
      [],
      ...box,
      ['Document control'],
      ['Version no.', 'Date', 'Changes made', 'By'],
      [0.1, '10/01/2024', 'First draft', 'EDI Lead'],
      [1, '12/02/2024', 'Comments from staff networks added', 'EDI Lead'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });

  it('keeps the plan\'s actions after a sign-off line when they have its shape, and an action written with a label as an action', () => {
    const report = read([
      ...ACTION_FIRST,
      ['Approved by:', 'People Committee'],
      ['Hold listening events with BME staff on career progression.', '7', 'Director of People', 'June 2025', 'On track', 'Two held.'],
      ['Action: review the disciplinary policy', null, 'Lead: Head of Employee Relations'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 7, 8]);
  });
});

/**
 * A plan whose title names neither standard (or both) is read as the standard its wording names more. A glossary under
 * it explains words, it does not add to the plan's: its terms ('BME – Black and minority ethnic', 'DSN – Disability Staff
 * Network') must not tip the plan to the other standard and re-read its indicators.
 */
describe("a glossary under a plan is no evidence of the plan's standard", () => {
  const disability: CellValue[][] = [
    ['Equality action plan 2024/25'],
    ['No.', 'Metric', 'Action', 'Lead', 'Target date'],
    [1, '4a, 4b', 'Run a campaign with the disability network on reporting harassment of disabled staff.', 'EDI Lead', 'December 2024'],
    [2, '9b', 'Give the disability and neurodiversity network chair protected time.', 'Director of People', 'March 2025'],
    [3, '1', 'Run a disability declaration campaign on ESR with the disabled staff network.', 'Workforce Information Lead', 'October 2024'],
  ];
  const race: CellValue[][] = [
    ['Equality action plan 2024/25'],
    ['No.', 'Indicator', 'Action', 'Lead', 'Target date'],
    [1, '1', 'Agree a trajectory for BME staff at Bands 8a to VSM with each directorate.', 'Director of People', 'December 2024'],
    [2, '2', 'Put a BME panel member on every Band 7 and above interview panel to reduce ethnicity gaps.', 'Head of Recruitment', 'March 2025'],
    [3, '5, 6', 'Run listening events with BME staff on racism and bullying from patients.', 'EDI Lead', 'October 2024'],
  ];
  it.each([
    ['a disability plan under a glossary of race terms', disability, [['BME –', 'Black and minority ethnic'], ['BAME –', 'Black, Asian and minority ethnic'], ['WRES –', 'Workforce Race Equality Standard'], ['REN –', 'Race Equality Network']]],
    ['a race plan under a glossary of disability terms', race, [['DSN –', 'Disabled Staff Network'], ['RA –', 'Reasonable adjustments'], ['WDES –', 'Workforce Disability Equality Standard'], ['DC –', 'Disability Confident']]],
  ])('reads %s as without it', (_, plan, terms) => {
    const without = read(plan);
    const report = read([...plan, [], ['Glossary'], ...terms]);
    expect(report.standard).toBe(without.standard);
    expect(report.actions.map((a) => a.indicators)).toEqual(without.actions.map((a) => a.indicators));
  });
});
