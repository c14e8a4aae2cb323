import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An action and decision log typing its rows by LETTER under a header that lists none ('Type'), the letters defined by
 * a key line over the table ('Type: A = action, D = decision, I = for information.', holdout78 whitlowe): only the rows
 * typed 'A' are actions, as a header 'A/D/I' already said (holdout23 halvergate, `log-row-types.test.ts`).
 */
const AS_AT = new Date(Date.UTC(2023, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Log' }, { asAt: AS_AT });

describe('log types as letters a key line defines', () => {
  const log = (key: string): CellValue[][] => [
    ['Anytown Community Health NHS Trust'],
    ['Race Equality Group – WRES 2022/23 action and decision log'],
    [key],
    ['Log no.', 'Type', 'Agenda item', 'Action / decision', 'Open / Closed'],
    ['22/01', 'A', 'Item 3 – WRES indicator 1', 'JT to circulate the 2022 band profile by ethnicity to every service director.', 'Closed'],
    ['22/02', 'D', 'Item 3 – WRES indicator 1', 'Agreed that the group will use the Model Employer trajectory for Band 8a and above.', 'Closed'],
    ['22/03', 'A', 'Item 4 – WRES indicator 2', 'MB and RK to draft a shortlisting guide for recruiting managers.', 'Open'],
    ['22/04', 'I', 'Item 5 – Staff network update', 'Network chair reported 41 members and a new co-chair.', 'Closed'],
    ['22/05', 'A', 'Item 2 – WRES indicator 3', 'SH to set up a second-pair-of-eyes check on every formal case.', 'Open'],
  ];

  it("reads only the rows typed 'A' as actions, saying why the others are not", () => {
    const report = read(log('Type: A = action, D = decision, I = for information. Closed items stay on the log.'));
    expect(report.actions.map((a) => a.row)).toEqual([5, 7, 9]);
    const asides = report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
    expect(asides.some((m) => m.startsWith('Row 6:') && m.includes("typed 'D' in B6 under 'Type'"))).toBe(true);
  });

  it('NEGATIVE: with no key line, single letters type nothing', () => {
    const report = read(log('Closed items stay on the log.'));
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 7, 8, 9]);
  });
});
