import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A WDES metric code the standard does not define: the 2021+ WDES metric 4a is asked about three sources of harassment,
 * bullying or abuse (patients and the public, managers, other colleagues), which plans often number 4a, 4b and 4c. A
 * '4c' is the colleagues' part of 4a: it is read as 4a and the user is told so. A WRES '4c' (indicator 4, no parts) and
 * every other code read as before.
 */
const AS_AT = new Date(Date.UTC(2023, 5, 30));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const partFindings = (values: CellValue[][]) => read(values).issues.filter((i) => i.rule === 'indicator-read-as-part');

/** A WDES tracker with metric codes in a column of their own. */
const codesColumn = (code: string): CellValue[][] => [
  ['Larkhill Community NHS Trust – WDES action plan 2023/24'],
  ['Metric', 'Action', 'Lead', 'Target date', 'Status'],
  ['M4a', 'Equip community teams with lone-worker devices.', 'Head of Security', 'Sep 2023', 'On track'],
  [code, 'Run civility training for every team with bullying reported by disabled staff.', 'Head of OD', 'Dec 2023', 'On track'],
  ['M9b', 'Fund protected time for the disability network chair.', 'Director of People', 'Jun 2023', 'Complete'],
];

describe("a WDES '4c': the colleagues' part of metric 4a", () => {
  it("reads 'M4c' as 4a and says so where the code is", () => {
    const report = read(codesColumn('M4c'));
    expect(report.actions.map((a) => a.indicators)).toEqual([['4a'], ['4a'], ['9b']]);
    const found = partFindings(codesColumn('M4c'));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('info');
    expect([found[0].row, found[0].column]).toEqual([4, 'A']);
    expect(found[0].message).toMatch(/^Row 4: M4c is read as metric 4a \(harassment, bullying or abuse from other colleagues\): the WDES has no metric 4c/);
  });

  it("reads 'Metric 4b, 4c' in another layout as 4b and 4a, the code named as the plan writes it", () => {
    const values: CellValue[][] = [
      ['Action', 'Responsible', 'When', 'WDES metric(s)'],
      ['Launch speak-up sessions on bullying of disabled colleagues and how to report it.', 'FTSU Guardian', 'Q3 2023/24', 'Metric 4b, 4c'],
      ['Publish the disability pay gap.', 'Head of Reward', 'Q4 2023/24', 'Metric 1'],
    ];
    expect(read(values).actions.map((a) => a.indicators)).toEqual([['4b', '4a'], ['1']]);
    expect(partFindings(values).map((f) => f.message.slice(0, 40))).toEqual(['Row 2: 4c is read as metric 4a (harassme']);
  });

  it('leaves every defined code, a WRES 4c and a WDES 4d as they read before, with no finding', () => {
    expect(read(codesColumn('M4b')).actions[1].indicators).toEqual(['4b']);
    expect(partFindings(codesColumn('M4b'))).toEqual([]);
    expect(read(codesColumn('M4d')).actions[1].indicators).toEqual(['4d']);
    expect(partFindings(codesColumn('M4d'))).toEqual([]);
    const wres = codesColumn('4c').map((row) => row.map((v) => (typeof v === 'string' ? v.replace('WDES', 'WRES').replace(/^M/, '') : v)));
    expect(read(wres).standard).toBe('WRES');
    expect(read(wres).actions[1].indicators).toEqual(['4']);
    expect(partFindings(wres)).toEqual([]);
  });
});

/**
 * A WDES metric written whole, with a short title naming the subject of each of its parts ('Metric 9 – Engagement and
 * voice': the engagement score is 9a's subject, disabled staff voices 9b's), is the whole metric, whatever the plan's
 * year (marlstone, holdout21, a 2020-21 plan, read 9b before). A title naming one part's subject alone is still that
 * part. A part the plan writes ('9b', '4a/4b') is read as written in every year: eleven golds of 2019-20 and 2020-21
 * plans keep their 4a/4b/9a/9b (the real BSMHFT 2020/21 plan heads metric 9 as 9a and 9b), so a plan's year does not
 * undo a part it names; coverage counts every part toward its metric either way.
 */
describe('a WDES metric written whole with a title naming each part', () => {
  const plan = (title: string, rows: [string, string][]): CellValue[][] => [
    [null, 'Fellbrook Community Health NHS Trust'],
    [null, title],
    [],
    [null, 'WDES Metric', 'Priority action', 'Accountable lead', 'Deadline', 'RAG'],
    ...rows.map(([metric, action], k): CellValue[] => [null, metric, action, `Head of Service ${k + 1}`, '31 Mar 2021', 'G']),
  ];
  const read2021 = (rows: [string, string][], title = 'Workforce Disability Equality Standard – Action Plan 2020-21') => read(plan(title, rows));

  it("reads 'Metric 9 – Engagement and voice' in a 2020-21 plan as metric 9, as written", () => {
    const report = read2021([
      ['Metric 1 – Workforce representation', 'Ask every team to update their equality details.'],
      ['Metric 9 – Engagement and voice', 'Launch a Disabled Staff Network that meets online.'],
      ['Metric 10 – Board', 'Add a disability declaration to the Board register.'],
    ]);
    expect(report.standard).toBe('WDES');
    expect(report.identity.period.value).toBe('2020-21');
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['9'], ['10']]);
    expect(partFindings(plan('WDES Action Plan 2020-21', [['Metric 9 – Engagement and voice', 'Launch a network.']]))).toEqual([]);
  });

  it("reads 'M9 (staff engagement & disabled staff voice)' after the action, in a 2023-24 tracker, as metric 9", () => {
    const values: CellValue[][] = [
      ['Oakhurst Hospitals NHS Foundation Trust – WDES action plan 2023/24'],
      ['Ref', 'Action', 'Metric', 'Lead', 'Target', 'Status'],
      ['1', 'Co-design the staff survey follow-up with the disability network.', 'M9 (staff engagement & disabled staff voice)', 'Head of OD', 'Dec 2023', 'On track'],
      ['2', 'Fund protected time for the disability network chair.', 'M9 (disabled staff voice)', 'Director of People', 'Jun 2023', 'Complete'],
      ['3', 'Report the engagement score gap to the People Committee.', 'M9 (engagement score)', 'Head of Workforce Information', 'Mar 2024', 'On track'],
    ];
    expect(read(values).actions.map((a) => a.indicators)).toEqual([['9'], ['9b'], ['9a']]);
  });

  it('keeps a title naming one part as that part, and a metric named alone whole (negatives)', () => {
    const report = read2021([
      ['Metric 9 – Disabled staff voices', 'Hold listening events with the Chief Executive.'],
      ['Metric 9 – Staff engagement score', 'Share the engagement score gap with every directorate.'],
      ['Metric 9 – Staff engagement', 'Run a pulse survey for disabled staff.'],
      ['Metric 4 – Reporting harassment', 'Promote the Freedom to Speak Up Guardian.'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['9b'], ['9a'], ['9'], ['4b']]);
  });

  it("keeps the parts a pre-2021 plan writes ('Metric 9b', '4a/4b', 'M9a'), as its golds do, with no finding", () => {
    const y2019 = plan('WDES Action Plan 2019-20', [
      ['Metric 4a/4b', 'Train managers to support staff who report abuse.'],
      ['Metric 9b', 'Set up a Disabled Staff Network.'],
    ]);
    expect(read(y2019).identity.period.value).toBe('2019-20');
    expect(read(y2019).actions.map((a) => a.indicators)).toEqual([['4a', '4b'], ['9b']]);
    expect(partFindings(y2019)).toEqual([]);
    const y2020 = read2021([['M9a', 'Share the engagement score with every team.']]);
    expect(y2020.actions.map((a) => a.indicators)).toEqual([['9a']]);
  });

  it("keeps a 2022-23 plan's '9b' and its whole '4', each counted toward its metric", () => {
    const report = read2021(
      [
        ['9b', 'Give the network chair a seat at the People Committee.'],
        ['4', 'Run civility training for every team.'],
      ],
      'WDES Action Plan 2022-23',
    );
    expect(report.identity.period.value).toBe('2022-23');
    expect(report.actions.map((a) => a.indicators)).toEqual([['9b'], ['4']]);
    expect(report.coverage.indicators['9']).toBe(1);
    expect(report.coverage.indicators['4']).toBe(1);
  });
});
