import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan whose indicator column labels each action ('Metric 4' | 'Train managers to respond to harassment …'), with
 * no lead or timescale column to show the row is an action: the label in the plan's indicator column and what is to
 * be done in its action column make an action of that indicator. A heading's wording restates its indicator
 * ('Indicator 1' | 'Percentage of staff in each of the AfC bands …', as the real KMPT plan writes its blocks) or is a
 * short title ('Indicator 5' | 'Harassment from the public'): those rows stay the block's heading. (Found trying a
 * plan of two columns, 'Metric | Action': every row was read as a heading and the user got "No action plan found".)
 */
const AS_AT = new Date(Date.UTC(2025, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const actions = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.action.slice(0, 20), a.indicator]);

describe('an indicator label beside an action', () => {
  it("reads a WDES plan of 'Metric | Action' rows as its actions, each with its metric", () => {
    expect(
      actions([
        ['Disability equality action plan 2024/25 (WDES)'],
        ['Metric', 'Action'],
        ['Metric 1', 'Run a data campaign so more staff record a disability or long-term condition on ESR'],
        ['Metric 4', 'Train managers to respond to harassment reported by disabled staff'],
        ['Metric 5', 'Give every disabled applicant to a promotion the offer of a mentor'],
      ]),
    ).toEqual([
      [3, 'Run a data campaign ', '1'],
      [4, 'Train managers to re', '4'],
      [5, 'Give every disabled ', '5'],
    ]);
  });

  it("reads a WRES plan whose 'Indicator' column comes first under a title as its actions", () => {
    expect(
      actions([
        ['Race equality actions – WRES 2023/24'],
        [],
        ['Indicator', 'What we will do'],
        ['WRES 2', 'Put a trained inclusion representative on every Band 7 and above interview panel'],
        ['WRES 6', 'Launch a speak-up route for staff racially abused by colleagues, with the Guardian'],
      ]),
    ).toEqual([
      [4, 'Put a trained inclus', '2'],
      [5, 'Launch a speak-up ro', '6'],
    ]);
  });

  it("keeps 'Indicator N' rows that restate the indicator, or give it a short title, as the headings of the actions under them", () => {
    expect(
      actions([
        ['WRES action plan 2023/24'],
        ['Indicator', 'Action', 'Lead'],
        ['Indicator 1', 'Percentage of staff in each of the AfC bands 1-9 and VSM compared with the overall workforce'],
        [null, 'Set representation targets for each band with the divisions', 'Director of People'],
        ['Indicator 5', 'Harassment from the public'],
        [null, 'Run a zero-tolerance campaign in emergency departments', 'Director of Nursing'],
      ]),
    ).toEqual([
      [4, 'Set representation t', '1'],
      [6, 'Run a zero-tolerance', '5'],
    ]);
  });
});
