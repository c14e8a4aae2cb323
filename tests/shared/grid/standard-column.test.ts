import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Standard } from '../../../shared/types';

/**
 * A joint WRES + WDES plan with a 'Standard' column (WRES / WDES / Both) over an indicator column of bare numbers: each
 * number is an indicator of its row's standard. Read as the WRES plan, a WDES row's '2' is WDES metric 2, none of this
 * plan's indicators; read as the WDES plan, a WRES row's numbers are none of its metrics. The column is kept with why.
 * Shown by holdout77 tarrwick (four WDES rows read WRES indicators); holdout11 marrowfield has the same column.
 */
const AS_AT = new Date(Date.UTC(2026, 6, 1));
const values: CellValue[][] = [
  ['Kelbrook Community Healthcare NHS Trust'],
  ['WRES and WDES action plan 2026/27 – one plan for race and disability equality'],
  ['No.', 'Standard', 'Indicator / metric', 'Action', 'Lead', 'Due (quarter)', 'Status'],
  [1, 'WRES', '2', 'Use a shortlisting panel of at least two people, one from an ethnic minority background.', 'Head of Recruitment', 'Q1 2026/27', 'Done'],
  [2, 'WDES', '2', 'Make the offer of interview adjustments a tick-box on every invitation letter.', 'Recruitment Systems Lead', 'Q2 2026/27', 'In progress'],
  [3, 'WRES', '3', 'Put every proposed formal disciplinary case through a just and learning check.', 'Head of Employee Relations', 'Q1 2026/27', 'Done'],
  [4, 'WDES', '3', 'Pause any capability process until an occupational health review is done.', 'Head of Employee Relations', 'Q2 2026/27', 'In progress'],
  [5, 'WRES', '6, 8', 'Train every team leader in the civility and respect toolkit.', 'OD Lead', 'Q3 2026/27', 'In progress'],
  [6, 'WDES', '9a', 'Fund protected time for members of the disability network.', 'Associate Director of People', 'Q1 2026/27', 'Done'],
];
const read = (standard: Standard) => checkPlan({ values }, { asAt: AS_AT, standard });

describe("a joint plan's 'Standard' column", () => {
  it('reads a WDES row as serving no WRES indicator in the WRES reading', () => {
    const report = read('WRES');
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], [], ['3'], [], ['6', '8'], []]);
    expect(report.issues.find((i) => i.rule === 'header-unmapped' && i.message.includes('"Standard"'))?.message).toContain('says which standard each row is under');
  });

  it('reads a WRES row as serving no WDES metric in the WDES reading', () => {
    expect(read('WDES').actions.map((a) => a.indicators)).toEqual([[], ['2'], [], ['3'], [], ['9a']]);
  });
});
