/**
 * A plan kept as a document whose actions are commitments the plan makes in its own voice: a heading 'We commit to …:',
 * 'We pledge to …:', 'The Board commits to:', 'Our pledges' over numbered or bulleted items, the number often in a cell
 * of its own ('1.' | 'We will …'), numbered straight through or restarting (holdout26 kellingworth: a CCG's governing body
 * pledges). The items are the actions, their number the ref, and a heading that says what is committed to their theme;
 * a bare 'We commit to:' labels the list and gives none. An intro paragraph that says 'we will' or 'we commit' is no
 * list's heading, and numbered findings under 'What the data shows' stay no actions.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 5, 30));
const read = (rows: CellValue[][], sheetName = 'Pledges'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('commitments in the plan\'s own voice, numbered under the heading that makes them', () => {
  it("reads 'We pledge to …:' headings, each over pledges numbered '1)' in a cell of their own, numbered straight through", () => {
    const r = read([
      ['Fernhollow Community Health NHS Trust'],
      ['Our race equality pledges 2021/22'],
      ['Our Chief Executive, Mrs Adaeze Collins, champions these pledges and reports on them to the Board each year.'],
      [],
      ['We pledge to make recruitment fair for every candidate, whatever their ethnicity:'],
      ['1)', 'We will put a trained, diverse member on every interview panel for Band 7 and above.'],
      ['2)', 'We will publish shortlisting and appointment rates by ethnicity twice a year.'],
      ['We pledge to listen to our Black, Asian and minority ethnic colleagues:'],
      ['3)', 'We will meet the Race Equality Network every quarter with an executive in the chair.'],
      [],
      ['4)', 'We will act on what the staff survey tells us and say what we changed.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.action])).toEqual([
      [6, '1', 'We will put a trained, diverse member on every interview panel for Band 7 and above.'],
      [7, '2', 'We will publish shortlisting and appointment rates by ethnicity twice a year.'],
      [9, '3', 'We will meet the Race Equality Network every quarter with an executive in the chair.'],
      [11, '4', 'We will act on what the staff survey tells us and say what we changed.'],
    ]);
    expect(r.actions.map((a) => a.theme)).toEqual([
      'We pledge to make recruitment fair for every candidate, whatever their ethnicity:',
      'We pledge to make recruitment fair for every candidate, whatever their ethnicity:',
      'We pledge to listen to our Black, Asian and minority ethnic colleagues:',
      'We pledge to listen to our Black, Asian and minority ethnic colleagues:',
    ]);
    // The champion named in the intro leads no action; nothing gives a date or an indicator.
    expect(r.actions.every((a) => a.lead === '' && a.indicators.length === 0)).toBe(true);
    expect(actionEvidence(r)).toContain(
      "Row 6: item 1 under 'We pledge to make recruitment fair for every candidate, what…' (row 5), a commitment the plan makes in its own voice, which introduces the items under it",
    );
  });

  it("reads 'The Board commits to:' in column B over one-cell numbered items, and bullets under 'Our pledges', no theme from either label", () => {
    const r = read([
      ['', 'Board commitments on disability equality'],
      [],
      ['', 'The Board commits to:'],
      ['', '1. Publish the WDES metrics and this plan on the Trust website every year.'],
      ['', '2. Sponsor the Disability Network from an executive director.'],
      [],
      ['', 'Our pledges'],
      ['', '• Every manager completes reasonable adjustments training.'],
      ['', '• The Board hears a disabled colleague\'s story at each meeting.'],
    ], 'Board');
    expect(r.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([
      [4, '1', null],
      [5, '2', null],
      [8, null, null],
      [9, null, null],
    ]);
    expect(r.actions[0].action).toBe('1. Publish the WDES metrics and this plan on the Trust website every year.');
    expect(actionEvidence(r)).toContain("Row 4: item 1 under 'The Board commits to:' (row 3), a commitment the plan makes in its own voice");
    expect(actionEvidence(r)).toContain("Row 8: a bullet under 'Our pledges' (row 7), a heading that introduces actions");
  });

  it('reads a number kept as a number in its own cell, the items restarting under each commitment', () => {
    const r = read([
      ['Our leadership team has pledged to close the gaps in how staff are treated:'],
      [1, 'Review every disciplinary case involving a BME colleague before it goes to a hearing.'],
      [2, 'Train all investigating officers in fair and just culture by March 2022.'],
      ['We are committed to a Board that reflects the people we serve:'],
      [1, 'Run a positive action programme for aspiring non-executive directors.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.action.slice(0, 20)])).toEqual([
      [2, '1', 'Review every discipl'],
      [3, '2', 'Train all investigat'],
      [5, '1', 'Run a positive actio'],
    ]);
    expect(r.actions[2].theme).toBe('We are committed to a Board that reflects the people we serve:');
    expect(r.actions[1].due.text).toBe('March 2022');
  });
  it("reads the number after the item's text (the sheet's columns in another order), or a value kept beside it, as it reads it before", () => {
    const r = read([
      ['We commit to a fair process for every candidate:'],
      ['We will publish shortlisting rates by ethnicity twice a year.', '1.', ''],
      ['We will check every panel has a trained, diverse member.', '2.', '£5,000'],
      ['3.', 'Nil', 'We will ask every candidate about their experience of the process.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.action, a.theme])).toEqual([
      [2, '1', 'We will publish shortlisting rates by ethnicity twice a year.', 'We commit to a fair process for every candidate:'],
      [3, '2', 'We will check every panel has a trained, diverse member.', 'We commit to a fair process for every candidate:'],
      [4, '3', 'We will ask every candidate about their experience of the process.', 'We commit to a fair process for every candidate:'],
    ]);
  });
});

describe('what stays no commitment', () => {
  it("an intro paragraph that says 'we will' and 'we commit' is no list: its paragraphs are no actions", () => {
    const r = read([
      ['Aldermoor NHS Trust – our approach to race equality'],
      ['We will keep listening to our staff networks, and we commit to reporting our progress every year.'],
      ['We will do this with our partners across the system.'],
      ['The Board is committed to equality, diversity and inclusion.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it("numbered findings under 'What the data shows', the number in its own cell, are no actions", () => {
    const r = read([
      ['WRES 2021 – what the data shows'],
      ['What the data shows'],
      ['1.', 'BME staff are 1.6 times less likely to be appointed from shortlisting than White staff.'],
      ['2.', '29% of BME staff report harassment from colleagues, against 22% of White staff.'],
      ['3.', 'Representation at Band 8a and above rose to 9%.'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it("a sentence closing on a full stop that says the body has pledged steps is no heading: the numbered lines under it stay unread", () => {
    const r = read([
      ['The Governing Body has therefore pledged to take the following steps.'],
      ['1.', 'Governing Body members met the regional advisory group in May.'],
      ['2.', 'The CCG published its figures in June.'],
    ]);
    expect(r.actions).toEqual([]);
  });
});
