import { describe, expect, it } from 'vitest';
import { addressOf } from '../../addin/sync/address-of';
import { checkPlan } from '../../shared/check-plan';
import type { CellValue, MergeArea } from '../../shared/types';

/**
 * On a plan writing each action over two rows, an edit synced into a field the lower line holds ('Deadline') is
 * written to the lower line's cell, never over the upper line's cell in that column ('Begins', or the action's text).
 */
const down = (top: number, c: number): MergeArea => ({ top, left: c, bottom: top + 1, right: c });

describe('writing back into a record of two rows', () => {
  it('places each field in the cell it was read from', () => {
    const values: CellValue[][] = [
      ['No.', 'What we will do', 'Responsible officer', 'Begins', 'Status'],
      [null, 'How we will know it worked', 'Working with', 'Deadline', null],
      ['1', 'Audit shortlisting outcomes by ethnicity in every directorate.', 'Head of Resourcing', 'April 2020', 'Green'],
      [null, 'Relative likelihood of appointment below 1.25.', 'BME Network chair', 'December 2020', null],
      ['2', 'Offer career coaching to every BME nurse at Band 5 and 6.', 'Deputy Chief Nurse', 'June 2020', 'Amber'],
      [null, 'Forty coaching pairs in place.', 'Practice educators', 'March 2021', null],
    ];
    const report = checkPlan({ values, merges: [0, 2, 4].flatMap((t) => [down(t, 0), down(t, 4)]) }, { asAt: new Date(Date.UTC(2021, 0, 1)) });
    report.actions.forEach((a, i) => (a.id = `id${i}`));
    expect(addressOf(report, 'id1', 'due')).toBe('D6');
    expect(addressOf(report, 'id1', 'action')).toBe('B5');
    expect(addressOf(report, 'id1', 'lead')).toBe('C5');
    expect(addressOf(report, 'id0', 'outcome')).toBe(report.columns.outcome ? 'B4' : null);
  });
});
