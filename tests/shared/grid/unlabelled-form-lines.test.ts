import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { findStackedForm } from '../../../shared/grid/find-stacked-form';
import { viewSheet } from '../../../shared/grid/view-sheet';
import type { CellValue, Grid, MergeArea } from '../../../shared/types';

/**
 * A form whose LAST FIELDS HAVE NO LABEL: a web page's action plan copied into a sheet writes per action a heading,
 * 'Action n' | the action, one more labelled field ('Expected outcome' | …), then the progress and the timescale as
 * rows of their own under the labels with nothing in the label column. Every block writes as many of those rows, in the
 * same order, so they are the block's fields by position, each named by what most blocks write there (a date or a
 * timescale: the due; a sentence: the progress). A block whose action label stands alone ('Action 3' with no sentence)
 * is the action its heading names. Rows under the labels that blocks do not all write alike stay no fields.
 */
const AS_AT = new Date(Date.UTC(2023, 0, 31));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });
const across = (r: number, left: number, right: number): MergeArea => ({ top: r, left, bottom: r, right });

/** WDES, a page copied into A:B: a heading over every block, progress then timescale unlabelled, block 2 with no sentence. */
function ashcombe(): Grid {
  const values: CellValue[][] = [
    ['Ashcombe Community Health NHS Trust'],
    ['Our WDES action plan 2022 to 2023'],
    [],
    ['Listen to disabled colleagues'],
    ['Action 1', 'Hold a listening event with the Disability Network every quarter and report what we hear to the board.'],
    ['Measure of success', 'More disabled colleagues say the trust values their work in the staff survey (metric 7).'],
    [null, 'Two listening events were held in 2022, with forty colleagues attending in all.'],
    [null, '31 March 2023'],
    [],
    ['Appoint a disability champion on the board'],
    ['Action 2'],
    ['Measure of success', 'The board has one member who holds the trust to account for the plan.'],
    [null, 'A non-executive director agreed to take the role in September 2022.'],
    [null, 'September 2022'],
    [],
    ['Make reasonable adjustments quicker'],
    ['Action 3', 'Set up a central budget for reasonable adjustments so that managers no longer pay from their own.'],
    ['Measure of success', 'Fewer disabled colleagues say their adjustments were not made (metric 6).'],
    [null, 'The budget was agreed at the People Committee and opens in April.'],
    [null, 'Quarterly from April 2023'],
    [],
    ['Page last reviewed: 3 January 2023'],
  ];
  return { values, sheetName: 'Action plan', merges: [0, 1, 3, 9, 15, 21].map((r) => across(r, 0, 1)) };
}

/** WRES, labels in column B with colons ('Action:', 'Lead:'), the TIMESCALE first then the progress, no headings. */
function brindley(): Grid {
  const values: CellValue[][] = [
    [null, 'Brindley Valley NHS Trust – WRES actions 2023/24'],
    [],
    [null, 'Action:', 'Audit shortlisting decisions for every Band 7 post and above each quarter.'],
    [null, 'Lead:', 'Head of Resourcing'],
    [null, null, 'Q2 2023/24'],
    [null, null, 'The first audit covered thirty posts and found no gap at interview.'],
    [],
    [null, 'Action:', 'Offer coaching to every Black and minority ethnic colleague who applies for a senior post.'],
    [null, 'Lead:', 'Head of Organisational Development'],
    [null, null, 'March 2024'],
    [null, null, 'Twelve colleagues have taken up coaching and four were promoted.'],
    [],
    [null, 'Action:', 'Publish the board membership figures with the annual report every year.'],
    [null, 'Lead:', 'Company Secretary'],
    [null, null, 'July 2023'],
    [null, null, 'The figures were published in the annual report for the first time.'],
  ];
  return { values, sheetName: 'WRES' };
}

/** As ashcombe, but the rows under the labels differ from block to block (a note under one, two under another). */
function uneven(): Grid {
  const values: CellValue[][] = [
    ['Ashcombe Community Health NHS Trust – WDES notes'],
    [],
    ['Action 1', 'Hold a listening event with the Disability Network every quarter and report what we hear to the board.'],
    ['Measure of success', 'More disabled colleagues say the trust values their work.'],
    [null, 'Two listening events were held in 2022, with forty colleagues attending in all.'],
    [],
    ['Action 2', 'Set up a central budget for reasonable adjustments so that managers no longer pay from their own.'],
    ['Measure of success', 'Fewer disabled colleagues say their adjustments were not made.'],
    [null, 'The budget was agreed at the People Committee and opens in April.'],
    [null, 'March 2023'],
  ];
  return { values, sheetName: 'Notes' };
}

describe('a form whose last fields have no label', () => {
  it('reads each block as one action, progress and timescale by their position under the labels', () => {
    const report = read(ashcombe());
    expect(report.actions.map((a) => a.row)).toEqual([5, 10, 17]);
    expect(report.actions.map((a) => a.ref)).toEqual(['1', '2', '3']);
    expect(report.actions[0].action).toMatch(/^Hold a listening event/);
    expect(report.actions.map((a) => a.progress)).toEqual([
      'Two listening events were held in 2022, with forty colleagues attending in all.',
      'A non-executive director agreed to take the role in September 2022.',
      'The budget was agreed at the People Committee and opens in April.',
    ]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['31 March 2023', 'September 2022', 'Quarterly from April 2023']);
    expect(report.actions[0].outcome).toMatch(/^More disabled colleagues/);
    expect(report.actions[2].theme).toBe('Make reasonable adjustments quicker');
    expect(report.actions.map((a) => a.lead)).toEqual(['', '', '']);
    // The 'Page last reviewed' line is no action and gives no due.
    expect(report.actions.some((a) => a.action.startsWith('Page last'))).toBe(false);
  });

  it('takes the heading as the action where the action label stands alone', () => {
    const report = read(ashcombe());
    expect(report.actions[1].action).toBe('Appoint a disability champion on the board');
    expect(report.actions[1].outcome).toMatch(/^The board has one member/);
  });

  it('says the field was read from an unlabelled row, by its position', () => {
    const report = read(ashcombe());
    const due = report.columnEvidence.find((e) => e.field === 'due');
    expect(due?.reason).toMatch(/Timescale \(unlabelled row 2 under the labels\).*a form: field names down column A/);
    const progress = report.columnEvidence.find((e) => e.field === 'progress');
    expect(progress?.reason).toMatch(/Progress \(unlabelled row 1 under the labels\)/);
    expect(report.actions[0].sources.due?.cell).toBe('B8');
  });

  it('reads the unlabelled rows in whatever order the blocks write them, labels in any column', () => {
    const report = read(brindley());
    expect(report.actions.map((a) => a.row)).toEqual([3, 8, 13]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of Organisational Development', 'Company Secretary']);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Q2 2023/24', 'March 2024', 'July 2023']);
    expect(report.actions[1].progress).toBe('Twelve colleagues have taken up coaching and four were promoted.');
    expect(report.actions[0].sources.due?.cell).toBe('C5');
  });

  it('leaves rows under the labels that blocks write differently as no fields: no form', () => {
    expect(findStackedForm(viewSheet(uneven()))).toBeNull();
    const report = read(uneven());
    expect(report.actions.some((a) => a.due.text === 'March 2023')).toBe(false);
  });
});
