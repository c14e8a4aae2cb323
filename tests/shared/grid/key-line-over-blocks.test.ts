import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A key line straight over the plan's first header ('RAG: C = complete (blue) G = on track (green) …') is the plan's
 * key, not the heading of the first block — even where other headers below have headings of their own, the pattern that
 * makes the nearest line over each header its block's heading. Taken as a heading, the key was lost and every 'C' read
 * as a code with no key (holdout76 pelsworth, once its header was printed again under a section heading; the stray-rows
 * property). The same key over a plan whose sections each have a header, and a key in words over one.
 */
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const header = ['Ref', 'Ind', 'Action', 'Who', 'When', 'RAG', 'Progress'];

function plan(key: string, codes: [string, string, string]): Grid {
  const values: CellValue[][] = [
    ['Pelsworth Care NHS Foundation Trust'],
    ['WRES action tracker 2018/19 – Equality Steering Group'],
    [key],
    [],
    header,
    ['P1', '1', 'Map where BME nurses leave the career ladder in each inpatient service.', 'Workforce Intelligence Lead', 'Sep 2018', codes[0], 'Map done.'],
    ['P2', '2', 'Put an independent panel member on every interview for Band 6 and above.', 'Head of Recruitment', 'Jan 19', codes[1], 'Pool of 22 trained.'],
    ['CULTURE & VOICE'],
    header,
    ['P3', '6', 'Set up a race equality network with protected time for its members.', 'HN', 'Oct 18', codes[2], 'Chair elected.'],
    ['P4', '8', 'Run sessions on talking about race for every team manager group.', 'OD team', 'Mar 2019', codes[0], '5 of 12 groups done.'],
  ];
  return { values };
}

describe('a key line over the first header of a plan in blocks', () => {
  it("keeps the codes' key: 'C' is complete (blue)", () => {
    const report = checkPlan(plan('RAG:   C = complete (blue)    G = on track (green)    A = some slippage (amber)    R = off track (red)', ['C', 'A', 'G']), { asAt: AS_AT });
    expect(report.ragKey.source).toBe('legend');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'green', 'blue']);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it('keeps a key in words, and gives the first block no theme from it', () => {
    const report = checkPlan(plan('Key: Green = on track, Amber = some slippage, Red = off track, Blue = complete', ['Blue', 'Amber', 'Green']), { asAt: AS_AT });
    expect(report.ragKey.source).toBe('legend');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'green', 'blue']);
    expect(report.actions[0].theme ?? '').not.toMatch(/Green|Key/);
  });
});
