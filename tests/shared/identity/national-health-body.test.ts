/**
 * An arm's-length body's plan opens with its name on a line of its own, as a trust's opens with the trust's (holdout70
 * meridian: 'National Health Intelligence and Standards Agency' over 'Workforce Race Equality Standard – our action plan
 * for 2018/19'). No trust's ending is in it: the whole line — capitalised name words ending in a body's noun ('Agency',
 * 'Authority', 'Commission') and holding a word of health or care — names the plan's organisation. A sentence naming a
 * regulator and a council's 'Local Authority' name none.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const ASAT = { asAt: new Date(Date.UTC(2019, 0, 15)) };
const TABLE: CellValue[][] = [
  [null],
  ['Action', 'Lead', 'Timescale', 'Status'],
  ['Publish the WRES data and this plan on the website.', 'Head of Inclusion', 'March 2019', 'Green'],
  ['Offer reverse mentoring to every director.', 'Head of Talent', 'June 2019', 'Amber'],
];
const trustOf = (top: CellValue[][]) => checkPlan({ sheetName: 'Plan', values: [...top, ...TABLE] }, ASAT).identity.trust;

describe("a national health body's name on a line of its own", () => {
  it('is the plan\'s organisation: an agency over the title, an authority under a security marking in column B', () => {
    expect(trustOf([['National Health Intelligence and Standards Agency'], ['Workforce Race Equality Standard – our action plan for 2018/19']])).toMatchObject({ value: 'National Health Intelligence and Standards Agency', source: "the title rows (a national health body's name on a line of its own)" });
    expect(trustOf([[null, 'OFFICIAL'], [null, 'Clinical Research and Standards Authority'], [null, 'WRES action plan 2018-19']]).value).toBe('Clinical Research and Standards Authority');
  });

  it('is none where a sentence names a regulator, or a line names a council', () => {
    expect(trustOf([['WRES action plan 2018-19'], ['Reported to the Care Quality Commission each year.']]).value).toBeNull();
    expect(trustOf([['Kestrel Local Authority'], ['WRES action plan 2018-19']]).value).toBeNull();
    // A trust's name still wins where both are written.
    expect(trustOf([['Care Quality Commission'], ['Harbury Community NHS Trust – WRES action plan 2018-19']]).value).toBe('Harbury Community NHS Trust');
  });
});
