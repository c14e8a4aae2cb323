/**
 * A line telling the sheet's editors what to do ('Please add updates to column G with the date and your initials. Do not
 * delete previous updates.') sits where a heading could: over the first header of a plan whose later blocks have headings
 * of their own. It heads nothing, so the first block's actions take no theme from it (stray-rows property, holdout29
 * brantwood, once its second block's header was printed again under its caption).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { speaksToEditor } from '../../../shared/grid/speaks-to-editor';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 0, 31));
const themes = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT }).actions.map((a) => [a.row, a.theme ?? null]);

describe('a line speaking to the sheet\'s editors', () => {
  it.each([
    ['Please add updates to column G with the date and your initials. Do not delete previous updates.', true],
    ['Do not edit the grey cells – they are filled in by the EDI team', true],
    ['Enter your update in column F and your initials', true],
    ['Kindly keep previous updates; add the date before each one', true],
    ['Recruitment and promotion', false],
    ['Use positive action to improve recruitment to senior roles', false],
    ['Please note: this plan was agreed by the People Committee', false],
  ])('%s → %s', (text, expected) => expect(speaksToEditor(text)).toBe(expected));

  const header = ['#', 'Metric', 'Action', 'Owner', 'Complete by', 'Status', 'Updates'];
  const row = (n: string, metric: string, action: string) => [n, metric, action, 'Head of HR', 'Mar 2023', 'In progress', '10/01/23 (KO): started'];

  it('heads nothing over the first header, while the captions over later blocks still head theirs', () => {
    expect(themes([
      ['Brookvale NHS Trust', null, 'WDES Action Plan 2022/23'],
      ['Please add updates to column G with the date and your initials. Do not delete previous updates.'],
      header,
      row('1', 'M1', 'Ask every new starter about disability at induction and explain how the data is used'),
      row('2', 'M2', 'Join Disability Confident at Leader level and use the interview guarantee on every advert'),
      [],
      ['Actions added after the December engagement event'],
      header,
      row('N1', 'M7', 'Give every disabled member of staff the option of a health passport at appraisal'),
    ])).toEqual([[4, null], [5, null], [9, 'Actions added after the December engagement event']]);
  });

  it('leaves a heading that is a subject over the first header as the theme (negative)', () => {
    expect(themes([
      ['Brookvale NHS Trust', null, 'WDES Action Plan 2022/23'],
      ['Workforce data and recruitment'],
      header,
      row('1', 'M1', 'Ask every new starter about disability at induction and explain how the data is used'),
      [],
      ['Culture and voice'],
      header,
      row('2', 'M9a', 'Hold an annual engagement event for disabled staff with the Chief Executive present'),
    ])).toEqual([[4, 'Workforce data and recruitment'], [8, 'Culture and voice']]);
  });
});
