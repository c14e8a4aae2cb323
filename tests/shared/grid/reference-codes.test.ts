import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan's own reference codes — a prefix, a separator and a serial, as trusts number actions in their registers
 * ('WR-01', 'MR/25/01', 'LHT-W01', 'U24-01', 'WD-1') — are short references, as '1.2' and 'A1' are. Under a header
 * that names the ref ambiguously ('Action ID', 'Action ref', 'Action No'), the codes were not taken as references and
 * the column was dropped: 215 gold refs in 15 corpus plans went unread (1749/1964 → 1937/1964,
 * `tests/reader/`-style check of gold refs). Indicator lists ('W5/W6', 'M1-4') and timescales ('Q1-Q2', 'FY24-25')
 * written the same way stay what they are.
 */
const AS_AT = new Date(Date.UTC(2025, 5, 1));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const row = (ref: string, action: string, extra: CellValue[] = []): CellValue[] => [ref, action, 'Chief People Officer', 'Sep 2025', 'Underway', ...extra];

describe("a plan's own reference codes", () => {
  it("reads 'MR/25/01' codes under 'Action ID' as the refs", () => {
    const report = read([
      ['Action ID', 'Action', 'Accountable Director', 'Target', 'Status'],
      row('MR/25/01', 'Set an EDI objective for every Board member and assess it at appraisal.'),
      row('MR/25/02', 'Publish a Board-approved trajectory for BME representation at Band 8a and above.'),
      row('MR/25/03', 'Replace shortlisting by a single manager with paired shortlisting.'),
    ]);
    expect(report.actions.map((a) => a.ref)).toEqual(['MR/25/01', 'MR/25/02', 'MR/25/03']);
    expect(report.columns.ref).toBe('A');
  });

  it("reads 'LHT-W01', 'WD25/01' and 'WD-1' codes under 'Action ref' and 'Action No'", () => {
    for (const [header, codes] of [['Action ref', ['LHT-W01', 'LHT-W02', 'LHT-W03']], ['Action No', ['WD25/01', 'WD25/02', 'WD25/03']], ['Action ID', ['WD-1', 'WD-2', 'WD-3']]] as const) {
      const report = read([
        [header, 'What we will do', 'Lead', 'By when', 'Progress'],
        row(codes[0], 'Run a disability declaration campaign on ESR self-service.'),
        row(codes[1], 'Offer a reasonable adjustments passport to every new starter.'),
        row(codes[2], 'Train line managers in agreeing adjustments.'),
      ]);
      expect(report.actions.map((a) => a.ref), header).toEqual([...codes]);
    }
  });

  it('keeps indicator lists and timescales written with a separator what they are', () => {
    const report = read([
      ['Ref', 'WDES metric', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'M1-4', 'Publish the WDES data with the annual report.', 'Head of EDI', 'Q1-Q2', 'Underway'],
      ['2', 'W5/W6', 'Report abuse from patients to the People Committee.', 'Head of Security', 'FY25-26', 'Underway'],
      ['3', 'M9', 'Give the disability network a standing item at the People Committee.', 'Chief People Officer', 'Q3-Q4', 'Underway'],
    ]);
    expect(report.columns).toMatchObject({ ref: 'A', indicator: 'B', due: 'E' });
    expect(report.actions.map((a) => a.ref)).toEqual(['1', '2', '3']);
  });
});
