import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { saysNumberUnused } from '../../../shared/grid/says-number-unused';
import type { CellValue } from '../../../shared/types';

/**
 * A numbered plan keeps the number of an action dropped before it was agreed, its row saying so ('Number not used –
 * action withdrawn before approval and folded into W2.2.', 'Not used', '(Intentionally left blank)'), so the numbers
 * after it still match the papers citing them. No action has that number: the row is set aside, with why, wherever its
 * number is written (holdout74 stanwold, read as an action once its Ref column came last under the layout property).
 */
const AS_AT = new Date(Date.UTC(2024, 8, 30));

function plan(refLast: boolean, unused: string): CellValue[][] {
  const row = (ref: string, ...rest: CellValue[]): CellValue[] => (refLast ? [...rest, ref] : [ref, ...rest]);
  return [
    ['Stanwold Partnership NHS Trust'],
    ['Workforce Race Equality Standard – Action Plan 2024/25'],
    row('Ref', 'Action', 'WRES indicator', 'Lead', 'Target date'),
    row('W2.1', 'Have a second senior manager review every decision to start formal disciplinary action.', '3', 'Head of Employee Relations', 'Jul 2024'),
    row('W2.2', 'Agree with the community teams how to respond to racist abuse from service users.', '5', 'Associate Director of Nursing', 'Nov 2024'),
    row('W2.3', unused, null, null, null),
    row('W2.4', 'Train every team manager in a short session on calling out racist behaviour.', '6, 8', 'Head of Leadership & OD', 'Jan 2025'),
  ];
}

describe('a row saying its number is not used', () => {
  for (const [refLast, unused] of [[true, 'Number not used – action withdrawn before approval and folded into W2.2.'], [true, 'Not used'], [false, '(Intentionally left blank)']] as const) {
    it(`is no action: '${unused}'${refLast ? ', its number in the last column' : ''}`, () => {
      const report = checkPlan({ values: plan(refLast, unused) }, { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([4, 5, 7]);
    });
  }

  it('says why, and leaves an action that opens with like words alone', () => {
    expect(saysNumberUnused('Number not used – action withdrawn before approval and folded into W2.2.')).toMatch(/number is not used/);
    expect(saysNumberUnused('Reserved places for ethnic minority staff on the Mary Seacole programme')).toBeNull();
    expect(saysNumberUnused('Spare capacity in the recruitment team to run open days')).toBeNull();
  });
});
