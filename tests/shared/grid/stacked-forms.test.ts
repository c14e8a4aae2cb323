import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { findStackedForm } from '../../../shared/grid/find-stacked-form';
import { viewSheet } from '../../../shared/grid/view-sheet';
import { ROW_ID_HEADER, type CellValue, type Grid, type MergeArea, type PlanReport } from '../../../shared/types';

/**
 * A plan kept as a form, as a Word form pasted into Excel leaves it: field names down a label column, one block of
 * label rows per action ('Action 1.1' | text, 'Owner' | …, 'By when' | …), instead of across a header row. Each block
 * is one action, at the row of its action's label, its fields from the rows labelled with them; the labels are read by
 * the header vocabulary, so any wording the reader knows in a header works as a label. An ordinary grid never reads as
 * one, however its cells are labelled.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });
const across = (r: number, left: number, right: number): MergeArea => ({ top: r, left, bottom: r, right });
const down = (c: number, top: number, bottom: number): MergeArea => ({ top, left: c, bottom, right: c });

/** WDES, no blank rows between blocks (a block ends where its labels start again), labels with colons, metric first. */
function kestrelford(): Grid {
  const values: CellValue[][] = [
    ['Kestrelford NHS Foundation Trust – WDES action plan 2024/25'],
    [],
    ['Metric:', 'Metric 2'],
    ['Action:', 'Guarantee an interview to every disabled applicant who meets the essential criteria.'],
    ['Status:', 'Complete'],
    ['Lead officer:', 'Head of Resourcing'],
    ['Target date:', new Date(Date.UTC(2024, 8, 30))],
    ['Metric:', 'Metrics 4a and 4b'],
    ['Action:', 'Train every line manager in responding to reports of harassment.'],
    ['Status:', 'On track'],
    ['Lead officer:', 'Head of OD'],
    ['Target date:', 'Q4 2024/25'],
    ['Metric:', 'Metric 10'],
    ['Action:', 'Publish the Board\'s disability declaration rate each year.'],
    ['Status:', 'Not started'],
    ['Lead officer:', 'Company Secretary'],
    ['Target date:', 'March 2025'],
    [],
    ['Agreed by the People Committee, May 2024.'],
  ];
  const display: (string | null)[][] = values.map(() => []);
  display[6] = [null, '30-Sep-24'];
  const fills: (string | null)[][] = values.map(() => []);
  fills[4] = [null, '#00B0F0'];
  fills[9] = [null, '#00B050'];
  fills[14] = [null, '#FF0000'];
  return { values, display, fills, merges: [across(0, 0, 3), across(18, 0, 3)] };
}

/**
 * WRES, a header row over the form ('Section | Detail'), theme headings between the blocks, label cells merged
 * across A:B (values in C:E), question labels, an empty 'Update', and a label merged down over a value on two rows.
 */
function haverleigh(): Grid {
  const values: CellValue[][] = [
    ['Haverleigh Partnership Trust'],
    ['Race equality (WRES) action plan 2023/24'],
    ['Section', null, 'Detail'],
    ['Theme: Fair recruitment (WRES indicator 2)'],
    ['What will we do?', null, 'Put a trained BME panel member on every Band 7+ interview panel.'],
    ['Who is responsible?', null, 'Head of Resourcing'],
    ['By when?', null, 'Q3 2023/24'],
    ['RAG rating', null, 'Amber'],
    ['Update', null, 'Pool of 30 panel members trained.'],
    [null, null, 'Panels audited monthly.'],
    [],
    ['What will we do?', null, 'Publish shortlisting ratios by ethnicity each quarter.'],
    ['Who is responsible?', null, 'Workforce Information Manager'],
    ['By when?', null, 'Quarterly'],
    ['RAG rating', null, 'Green'],
    ['Update', null, null],
    [],
    ['Theme: Bullying and harassment (WRES indicators 5 and 6)'],
    ['What will we do?', null, 'Run a zero tolerance campaign on racist abuse from patients.'],
    ['Who is responsible?', null, 'Director of Nursing'],
    ['By when?', null, 'September 2023'],
    ['RAG rating', null, 'Red'],
    ['Update', null, 'Deferred to Q4.'],
  ];
  const merges: MergeArea[] = [across(0, 0, 4), across(1, 0, 4), across(2, 0, 1), across(2, 2, 4), across(3, 0, 4), across(17, 0, 4)];
  for (const r of [4, 5, 6, 7, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22]) merges.push(across(r, 0, 1), across(r, 2, 4));
  // 'Update' merged down over the two rows its text takes.
  merges.push({ top: 8, left: 0, bottom: 9, right: 1 });
  return { values, merges };
}

describe('a plan kept as a form: field names down a label column, one block per action', () => {
  it('reads each block as one action at its action label, fields from the labelled rows (no blank rows between blocks)', () => {
    const report = read(kestrelford());
    expect(report.actions.map((a) => a.row)).toEqual([4, 9, 14]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of OD', 'Company Secretary']);
    expect(report.actions.map((a) => a.due.text)).toEqual(['30-Sep-24', 'Q4 2024/25', 'March 2025']);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['4a', '4b'], ['10']]);
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'On track', 'Not started']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'red']);
    // The approval line under the form is no action.
    expect(report.actions.some((a) => a.action.startsWith('Agreed'))).toBe(false);
  });

  it('says it read a form, and where each value is: the labelled row, not the action row', () => {
    const report = read(kestrelford());
    const lead = report.columnEvidence.find((e) => e.field === 'lead');
    expect(lead?.reason).toMatch(/'Lead officer'.*a form: field names down column A, one block per action/);
    expect(report.actions[0].sources.lead?.cell).toBe('B6');
    expect(report.actions[0].sources.due?.cell).toBe('B7');
    expect(report.actions[0].sources.status?.cell).toBe('B5');
  });

  it('reads a form under a header row, with headings between blocks, merged label cells and question labels', () => {
    const report = read(haverleigh());
    expect(report.actions.map((a) => a.row)).toEqual([5, 12, 19]);
    expect(report.actions.map((a) => a.action)).toEqual([
      'Put a trained BME panel member on every Band 7+ interview panel.',
      'Publish shortlisting ratios by ethnicity each quarter.',
      'Run a zero tolerance campaign on racist abuse from patients.',
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Workforce Information Manager', 'Director of Nursing']);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Q3 2023/24', 'Quarterly', 'September 2023']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['amber', 'green', 'red']);
    // The update written on two rows under one label merged down over them is one value.
    expect(report.actions.map((a) => a.progress)).toEqual(['Pool of 30 panel members trained.\nPanels audited monthly.', '', 'Deferred to Q4.']);
    // The headings between the blocks are the actions' themes and name their indicators, as section rows do.
    expect(report.actions.map((a) => a.theme)).toEqual([
      'Theme: Fair recruitment (WRES indicator 2)',
      'Theme: Fair recruitment (WRES indicator 2)',
      'Theme: Bullying and harassment (WRES indicators 5 and 6)',
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['5', '6']]);
    expect(report.identity.period.value).toBe('2023-24');
  });

  it('numbers each action from its label or from a cell merged down beside its block', () => {
    const values: CellValue[][] = [
      ['WDES action plan 2025/26'],
      ['Action 1', 'Metric', 'Metric 5'],
      [null, 'Action', 'Ring-fence places for disabled staff on the leadership programme.'],
      [null, 'Owner', 'Head of Talent'],
      [null, 'Deadline', 'January 2026'],
      [],
      ['Action 2', 'Metric', 'Metric 7'],
      [null, 'Action', 'Give the Disability Network protected time.'],
      [null, 'Owner', 'Chief People Officer'],
      [null, 'Deadline', 'June 2025'],
    ];
    const report = read({ values, merges: [down(0, 1, 4), down(0, 6, 9)] });
    expect(report.actions.map((a) => [a.row, a.ref, a.lead, a.due.text, a.indicator])).toEqual([
      [3, '1', 'Head of Talent', 'January 2026', '5'],
      [8, '2', 'Chief People Officer', 'June 2025', '7'],
    ]);
    const numbered: CellValue[][] = [
      ['Action 1.1', 'Review the shortlisting stage of the recruitment policy.'],
      ['Owner', 'Recruitment Manager'],
      ['By when', 'Q3'],
      ['Action 1.2', 'Publish appointment ratios by ethnicity.'],
      ['Owner', 'Head of Resourcing'],
      ['By when', 'Q4'],
    ];
    expect(read({ values: numbered }).actions.map((a) => [a.row, a.ref])).toEqual([[1, '1.1'], [4, '1.2']]);
  });
});

/**
 * The add-in's hidden id column beside a form, as a check writes it: headed on the form's header row (the row above its
 * first block), each action's id on its action's row, in the column given. The form's view has its labels as columns
 * 1…n, so a column there must still be read as the ids (where the sheet's column is no label's).
 */
function withIds(grid: Grid, column: number): Grid {
  const first = read(grid);
  const values = grid.values.map((row) => [...row]);
  const put = (sheetRow: number, value: string) => {
    const row = (values[sheetRow - 1] ??= []);
    while (row.length < column) row.push(null);
    row[column] = value;
  };
  put(first.headerRows[0], ROW_ID_HEADER);
  first.actions.forEach((a, i) => put(a.row, `form${i}`));
  return { ...grid, values };
}
const readingOf = (r: PlanReport) => r.actions.map((a) => [a.row, a.ref, a.action, a.lead, a.due.text, a.status, a.progress, a.sources.lead?.cell ?? null]);

describe("a form's ids: the add-in's id column beside a form is read back as a grid's is", () => {
  const forms: [string, () => Grid, number, string][] = [
    ['right of the values, where the view has its labels (C of a form in A:B with five labels)', kestrelford, 2, 'C'],
    ['right of merged values, where the view has its last label (F of a form in A:E)', haverleigh, 5, 'F'],
    ['well right of every label (J)', haverleigh, 9, 'J'],
  ];
  it.each(forms)('reads each action\'s id from a column %s, the plan otherwise as before', (_, form, column, letter) => {
    const before = read(form());
    const again = read(withIds(form(), column));
    expect(again.columns.id).toBe(letter);
    expect(again.actions.map((a) => a.id)).toEqual(before.actions.map((_, i) => `form${i}`));
    expect(readingOf(again)).toEqual(readingOf(before));
    expect(again.issues.map((i) => [i.rule, i.row])).toEqual(before.issues.map((i) => [i.rule, i.row]));
    expect(again.headerRows).toEqual(before.headerRows);
  });
});

describe('ordinary plans are never read as forms', () => {
  it('leaves a grid whose cells hold labelled values ("Lead: Head of OD") an ordinary grid', () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Details', 'Status'],
      ['1', 'Review exit interviews by ethnicity.', 'Lead: Head of OD', 'On track'],
      ['2', 'Publish shortlisting ratios.', 'Lead: Head of Resourcing', 'Complete'],
      ['3', 'Run listening events with the network.', 'Timescale: Q3 2023/24', 'On track'],
      ['4', 'Audit disciplinary cases.', 'Lead: Head of ER', 'Not started'],
      ['5', 'Train recruiting managers.', 'Timescale: Q4 2023/24', 'On track'],
      ['6', 'Review the talent scheme.', 'Status: Complete', 'Complete'],
      ['7', 'Report to the Board.', 'Status: Complete', 'Complete'],
    ];
    expect(findStackedForm(viewSheet({ values }))).toBeNull();
    const report = read({ values });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(report.actions[0].lead).toBe('Head of OD');
  });

  it('leaves a grid with its header repeated over each section, and short labels in one column, an ordinary grid', () => {
    const values: CellValue[][] = [
      ['WRES action plan 2022/23'],
      ['Indicator 1'],
      ['Action', 'Lead', 'Due', 'Status'],
      ['Set goals for Band 8a+.', 'Director of People', 'Q2', 'Complete'],
      ['Review the talent scheme.', 'Head of OD', 'Q3', 'On track'],
      ['Indicator 2'],
      ['Action', 'Lead', 'Due', 'Status'],
      ['Diverse interview panels.', 'Head of Resourcing', 'Q4', 'On track'],
      ['Lead', 'Head of Resourcing', 'Q4', 'On track'],
      ['Status', 'Head of Resourcing', 'Q4', 'On track'],
      ['Indicator 3'],
      ['Action', 'Lead', 'Due', 'Status'],
      ['Review disciplinary cases.', 'Head of ER', 'Q1', 'Not started'],
      ['Status', 'Head of ER', 'Q1', 'Not started'],
      ['Lead', 'Head of ER', 'Q1', 'Not started'],
    ];
    expect(findStackedForm(viewSheet({ values }))).toBeNull();
  });
});
