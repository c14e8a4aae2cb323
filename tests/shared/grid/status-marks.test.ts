import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';
import { CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

/**
 * A status given as a mark ('✓', '●', 'x') under one of several narrow columns, each headed by a RAG colour or its
 * letter ('R | A | G', 'Blue | Green | Amber | Red'): the row holds no status word and no fill, only the mark. The
 * marked column's colour is the action's RAG; a row marked nowhere has none. Shown in three plans laid out differently.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const grid = (values: CellValue[][], more: Partial<Grid> = {}): Grid => ({ values, ...more });
const ragsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => [a.status, a.statusRag]);

describe('a status band: a mark under one of several colour columns', () => {
  it("reads '✓' under 'R | A | G' beneath a merged 'RAG' on a two-row header as that column's colour", () => {
    const row = (action: string, lead: string, due: string, mark: 'R' | 'A' | 'G' | null) => [action, lead, due, ...['R', 'A', 'G'].map((x) => (x === mark ? '✓' : null))];
    const g = grid(
      [
        ['WDES action plan 2023/24'],
        ['Action', 'Lead', 'Timescale', 'RAG', null, null],
        [null, null, null, 'R', 'A', 'G'],
        row('Run a declaration campaign through ESR self-service.', 'Head of Workforce Information', 'March 2025', 'G'),
        row('Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Q4 2024/25', 'A'),
        row('Review the capability policy with the Disability Network.', 'HR Business Partner', 'Q3 2024/25', 'R'),
        row('Publish the metrics to the Board.', 'Chief People Officer', 'Q4 2024/25', null),
      ],
      { merges: [{ top: 1, left: 3, bottom: 1, right: 5 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 }] },
    );
    const report = checkPlan(g, { asAt: AS_AT });
    expect(ragsOf(g)).toEqual([['', 'green'], ['', 'amber'], ['', 'red'], ['', null]]);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/a mark under one of columns D–F, each headed by a colour/);
    // The colour columns are the status together, not unread headers nor a lead or timescale.
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Head of Occupational Health', 'HR Business Partner', 'Chief People Officer']);
  });

  it("reads '●' under 'B | G | A | R' after the progress column on a one-row header, blue for done", () => {
    const row = (action: string, due: string, mark: string | null) => [action, 'Head of OD', due, 'Update given at the Q1 meeting.', ...['B', 'G', 'A', 'R'].map((x) => (x === mark ? '●' : null))];
    const g = grid([
      ['WRES action plan 2024/25'],
      ['Position at Q1 is marked ● under B (done), G (on track), A (some slippage) or R (not started).'],
      ['Action', 'Lead', 'When', 'Q1 update', 'B', 'G', 'A', 'R'],
      row('Put a BME panel member on every Band 8a+ interview panel.', 'Year 1 Q2', 'B'),
      row('Launch the reverse mentoring scheme with the Executive Team.', 'Autumn 2024', 'G'),
      row('Audit every disciplinary case by ethnicity.', 'Year 1 Q4', 'R'),
    ]);
    expect(ragsOf(g)).toEqual([['', 'blue'], ['', 'green'], ['', 'red']]);
  });

  it("reads 'x' under colour words 'Red | Amber | Green' at the right of the table", () => {
    const row = (ref: string, action: string, mark: string) => [ref, action, 'Head of Resourcing', 'Dec 2024', ...['Red', 'Amber', 'Green'].map((x) => (x === mark ? 'x' : null))];
    const g = grid([
      ['Ref', 'Action', 'Lead', 'Target date', 'Red', 'Amber', 'Green'],
      row('1', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Amber'),
      row('2', 'Review the recruitment training with the Disability Network.', 'Green'),
    ]);
    expect(ragsOf(g)).toEqual([['', 'amber'], ['', 'green']]);
  });

  it('does not read colour-headed columns holding words (not marks) as a status band', () => {
    const g = grid([
      ['WDES action plan 2024/25'],
      ['Action', 'Lead', 'Target date', 'Red', 'Amber', 'Green'],
      ['Run a declaration campaign through ESR self-service.', 'Head of Workforce Information', 'March 2025', 'Declaration under 3%', 'Declaration 3–5%', 'Declaration over 5%'],
      ['Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Q4 2024/25', 'No fund', 'Fund agreed', 'Fund in use'],
      ['Review the capability policy with the Disability Network.', 'HR Business Partner', 'Q3 2024/25', 'Not started', 'Draft', 'Ratified'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions).toHaveLength(3);
    expect(report.columnEvidence.some((e) => /a mark under one of columns/.test(e.reason))).toBe(false);
  });
});

/**
 * Where a trust puts its band and in what order it writes the colours are its own: the band is found wherever it sits
 * and read in any colour order. Splitting the band (another column between 'A' and 'G') or scattering its colours
 * across the table is no layout a trust makes, so the layout changes (`tests/support/vary-layout.ts`) move the band as
 * one and never add a column inside it.
 */
describe('a status band wherever the trust puts it', () => {
  const plans: Record<string, Grid> = {
    "'G | A | R' before the action, on a one-row header": grid([
      ['WDES action plan 2024/25'],
      ['G', 'A', 'R', 'Ref', 'Action', 'Lead', 'Due date'],
      ['✓', null, null, '1', 'Run a declaration campaign through ESR self-service.', 'Head of Workforce Information', 'March 2025'],
      [null, '✓', null, '2', 'Set up a central reasonable adjustments fund.', 'Head of Occupational Health', 'Q4 2024/25'],
      [null, null, '✓', '3', 'Review the capability policy with the Disability Network.', 'HR Business Partner', 'Q3 2024/25'],
      [null, null, null, '4', 'Publish the metrics to the Board.', 'Chief People Officer', 'Q4 2024/25'],
    ]),
    "'Red | Blue | Green | Amber' between the lead and the timescale, under a merged 'Status'": grid(
      [
        ['Action', 'Owner', 'Status', null, null, null, 'By when', 'Comments'],
        [null, null, 'Red', 'Blue', 'Green', 'Amber', null, null],
        ['Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', null, '●', null, null, 'Year 1 Q2', 'In place since May.'],
        ['Launch the reverse mentoring scheme.', 'Head of OD', null, null, null, '●', 'Autumn 2024', 'Mentors recruited late.'],
        ['Audit every disciplinary case by ethnicity.', 'Head of Employee Relations', '●', null, null, null, 'Year 1 Q4', 'Not started.'],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 5 }, ...[0, 1, 6, 7].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    ),
  };
  const expected: Record<string, (string | null)[]> = {
    "'G | A | R' before the action, on a one-row header": ['green', 'amber', 'red', null],
    "'Red | Blue | Green | Amber' between the lead and the timescale, under a merged 'Status'": ['blue', 'amber', 'red'],
  };

  it.each(Object.keys(plans))('reads %s', (name) => {
    const report = checkPlan(plans[name], { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(expected[name]);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/a mark under one of columns/);
  });

  it.each(Object.keys(plans))('keeps the band side by side and its reading under another column order and an added column: %s', (name) => {
    const before = checkPlan(plans[name], { asAt: AS_AT });
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), fc.boolean(), (dice, addFirst) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(plans[name]);
        for (const change of addFirst ? ['addUnrelatedColumn', 'reorderColumns'] : ['reorderColumns', 'addUnrelatedColumn']) CHANGES[change](layout, before, pick);
        const header = layout.values[before.headerRows.map((r) => r - 1).map((r) => layout.rowOf[r]).at(-1)!];
        const colours = header.flatMap((v, c) => (/^(?:[RAGB]|Red|Amber|Green|Blue)$/.test(String(v ?? '')) ? [c] : []));
        // A trust writes its colours in any order but side by side.
        expect(colours[colours.length - 1] - colours[0]).toBe(colours.length - 1);
        const after = checkPlan(gridOf(layout), { asAt: AS_AT });
        expect(before.actions.map((a) => after.actions.find((x) => x.row === layout.rowOf[a.row - 1] + 1)?.statusRag)).toEqual(expected[name]);
      }),
      { numRuns: 40 },
    );
  });
});
