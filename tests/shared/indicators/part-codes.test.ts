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
