import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { matchActions } from '../../../shared/match-actions';
import type { PlanRow } from '../../../shared/sync';
import type { PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { compareYears, describeYearOnYear, yearActionsOfReport, yearActionsOfRows } from '../../../shared/year-on-year';
import { EXPECTED, kmptNextYear, LAST_YEAR } from '../../support/kmpt-next-year';

const AS_AT = new Date(Date.UTC(2023, 2, 31));
async function check(bytes: Buffer): Promise<PlanReport> {
  const { sheets } = await readWorkbook(bytes);
  return sheets.map((g) => checkPlan(g, { asAt: AS_AT })).sort((a, b) => b.actions.length - a.actions.length)[0];
}
const rowOf = (where: string) => Number(where.replace('Row ', ''));

describe('this year against last year, on two versions of KMPT\'s bundled plan', async () => {
  const last = await check(readFileSync(LAST_YEAR));
  const current = await check(await kmptNextYear());
  const result = compareYears(yearActionsOfReport(last), yearActionsOfReport(current));

  it('reads the edited plan as this year\'s', () => {
    expect([last.identity.period.value, current.identity.period.value]).toEqual(['2020-22', '2022-23']);
    expect(last.actions).toHaveLength(20);
  });

  it('finds the actions completed: marked so this year, or complete last year and not carried on', () => {
    expect(result.completed.map((c) => rowOf(c.last.where)).sort((a, b) => a - b)).toEqual(EXPECTED.completed);
    expect(result.completed.find((c) => c.last.where === 'Row 10')!.this?.status).toBe('Complete');
    expect(result.completed.find((c) => c.last.where === 'Row 15')!.this).toBeNull();
  });

  it('finds the action closed with a reason, and quotes it', () => {
    expect(result.closed.map((c) => [rowOf(c.last.where), c.reason])).toEqual([[33, 'Withdrawn – superseded by the Freedom to Speak Up strategy']]);
  });

  it('finds last year\'s open actions dropped without a word', () => {
    expect(result.dropped.map((a) => rowOf(a.where))).toEqual(EXPECTED.dropped);
    expect(result.dropped[0].action).toMatch(/^Propose and implement staff development workshops/);
  });

  it('carries over the rest, a reworded action included, and not one that only looks alike under another indicator', () => {
    expect(result.carriedOver.map((c) => rowOf(c.last.where))).toEqual(EXPECTED.carriedOver);
    expect(result.carriedOver.filter((c) => c.reworded).map((c) => [rowOf(c.last.where), rowOf(c.this.where)])).toEqual([[11, 11]]);
    // Row 37 ("Deliver agreed recommendations with recruitment review", indicator 7) stays with itself, not row 11.
    expect(result.carriedOver.find((c) => c.last.where === 'Row 37')!.this.where).toBe('Row 37');
  });

  it('finds this year\'s new action', () => {
    expect(result.new.map((a) => [a.where, a.action])).toEqual([['Row 14', EXPECTED.newActions[0]]]);
  });

  it('accounts for every one of last year\'s actions exactly once', () => {
    const seen = [...result.carriedOver, ...result.completed, ...result.closed].map((c) => c.last.id).concat(result.dropped.map((a) => a.id));
    expect(seen.sort()).toEqual(yearActionsOfReport(last).map((a) => a.id).sort());
  });

  it('says it in words, dropped actions first', () => {
    const lines = describeYearOnYear(result);
    expect(lines[0]).toBe('10 carried over (1 reworded), 6 completed, 1 closed with a reason, 3 dropped without a word, 1 new');
    expect(lines[2]).toBe('DROPPED WITHOUT A WORD — last year\'s open actions missing from this year\'s plan (3)');
    expect(lines).toContain('  Row 14 [1] "Launch a reciprocal mentoring programme for BAME staff and the executive team"');
    expect(lines).toContain('  Row 10 [1] "Work with senior managers in these areas to develop plans to identify the underlying reas…" — marked complete this year');
    expect(lines).toContain('  Row 32 [6] "Trust wide use of mediation as a resource to resolving conflict and issues within teams/ …" — complete last year, still listed');
    expect(lines).toContain('  Row 33 [6] "Ambassadors – increase the number of FTSU Ambassadors from 8 -15" — "Withdrawn – superseded by the Freedom to Speak Up strategy"');
  });
});

describe('year on year from two periods of the sync service', () => {
  const row = (id: string, fields: Record<string, string>, deleted = false): PlanRow => ({ id, fields, rev: 1, updatedBy: 'x', updatedAt: '2024-01-01T00:00:00Z', ...(deleted ? { deleted } : {}) });

  it('compares synced rows, reading completion with the default status words and skipping deleted rows', () => {
    const last = yearActionsOfRows([
      row('a', { ref: '1a', indicator: '1', action: 'Reverse mentoring for the board', status: 'In Progress' }),
      row('b', { ref: '2a', indicator: '2', action: 'Diverse interview panels', status: 'Completed' }),
      row('c', { indicator: '5', action: 'Zero tolerance posters', status: 'Not Started' }),
      row('d', { indicator: '6', action: 'Deleted action', status: '' }, true),
    ]);
    const current = yearActionsOfRows([
      row('x', { ref: '1a', indicator: '1', action: 'Reverse mentoring for the Board  ', status: 'On Track' }),
      row('y', { indicator: '3', action: 'Review disciplinary cases with a just culture lens', status: 'New' }),
    ]);
    const r = compareYears(last, current);
    expect(r.carriedOver.map((c) => [c.last.where, c.this.id, c.reworded])).toEqual([['Ref 1a', 'x', false]]);
    expect(r.completed.map((c) => c.last.id)).toEqual(['b']);
    expect(r.dropped.map((a) => a.id)).toEqual(['c']);
    expect(r.new.map((a) => a.id)).toEqual(['y']);
  });
});

describe('matchActions: the one content matching', () => {
  it('pairs exact wording only, unless asked for alike wording too', () => {
    const from = [{ id: 'l', fields: { indicator: '1', action: '8c. Review current Reasonable Adjustment Passport' } }];
    const to = [{ id: 'r', fields: { indicator: '1', action: '8b. Review the current reasonable adjustments passport' } }];
    expect(matchActions(from, to).size).toBe(0);
    expect([...matchActions(from, to, { similar: 0.6 })]).toEqual([['l', 'r']]);
    // Alike wording under another indicator is another action.
    expect(matchActions(from, [{ id: 'r', fields: { indicator: '3', action: to[0].fields.action } }], { similar: 0.6 }).size).toBe(0);
  });
});
