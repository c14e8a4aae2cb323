import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A 'Who and by when' column written as ONE SENTENCE per action (holdout57 ridgewell: 'The Head of Recruitment will own
 * this and have the pool trained by December 2016.'). The lead is the post the sentence opens with — partners after
 * 'with' / 'supported by' not added — and the due the date phrase it closes on, without 'by' / 'before' / 'expected'
 * and the full stop. Before, the whole sentence was the lead. Short cells ('KM – end Q2') are split as before.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.lead, a.due.text]);

describe("a 'who and by when' cell written as a sentence", () => {
  it('reads the opening post as the lead and the closing date as the due', () => {
    const plan: CellValue[][] = [
      ['WRES action plan 2020/21'],
      ['Indicator', 'Action', 'Who and by when'],
      ['1', 'Share the band profile with every directorate.', 'The Head of Workforce Planning, with the HR business partners, by the end of March 2021.'],
      ['2', 'Put a trained assessor on every Band 8a panel.', 'Led by the Head of Resourcing; the pool to be trained by January 2021.'],
      ['9', 'Ask the search agency for a diverse long list.', 'Company Secretary, for the next vacancy (expected autumn 2021).'],
    ];
    expect(seen(plan)).toEqual([
      [3, 'Head of Workforce Planning', 'end of March 2021'],
      [4, 'Head of Resourcing', 'January 2021'],
      [5, 'Company Secretary', 'autumn 2021'],
    ]);
    expect(read(plan).actions[1].sources.lead?.why).toBe("Lead: 'Head of Resourcing', the post the sentence in C4 opens with (its due 'January 2021' the date it closes on)");
  });

  it('reads the sentence in a four-column plan headed lead and timescale, with the verb after the post', () => {
    expect(seen([
      ['WDES plan 2020/21'],
      ['Ref', 'Metric', 'What we will do', 'Owner and deadline'],
      ['A1', '4a', 'Publish abuse-from-patients figures by ward.', 'The Deputy Director of Nursing will own this and report progress before 1 December 2020.'],
      ['A2', '7', 'Run wellbeing check-ins for disabled staff.', 'Staff Wellbeing Manager – quarterly from October 2020.'],
      ['A3', '9', 'Report disability declaration rates to the Board.', 'Head of Workforce Information – Q4'],
    ])).toEqual([
      [3, 'Deputy Director of Nursing', '1 December 2020'],
      [4, 'Staff Wellbeing Manager', 'quarterly from October 2020'],
      [5, 'Head of Workforce Information', 'Q4'],
    ]);
  });

  it('leaves short cells and sentences opening on no post as before', () => {
    expect(seen([
      ['WRES plan 2020/21'],
      ['Action', 'Who / when'],
      ['Publish the workforce profile to every division.', 'KM – end Q2'],
      ['Run listening events on every site.', 'We will agree who leads this at the next meeting in March 2021.'],
    ])).toEqual([
      [3, 'KM', 'end Q2'],
      // No post opens the sentence: split as any 'who / when' cell is.
      [4, 'We will agree who leads this at the next meeting', 'in March 2021.'],
    ]);
  });
});
