import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { standardOfIndicatorHeader } from '../../../shared/grid/standard-of-indicator-header';
import type { CellValue } from '../../../shared/types';

/**
 * The header naming one standard's indicators ('WDES metric') says which standard the table is, though a
 * cross-reference column names the other ('Also supports (WRES)') and a line over the table explains that column in the
 * other standard's words: the metrics are read as WDES metrics ('4a, 4b', '10'), not as WRES indicators ('4', none).
 * Shown by holdout77 morwick (89.4 % → 100 % of fields with its dashboard's header no key).
 */
const AS_AT = new Date(Date.UTC(2026, 0, 14));

describe("the standard a header's indicator column names", () => {
  it("reads a WDES plan with a WRES cross-reference column as WDES", () => {
    const values: CellValue[][] = [
      ['Ashdown Children’s Hospital NHS Foundation Trust – WDES action plan 2025/26'],
      ['“Also supports (WRES)” shows the WRES indicator the same action helps; it is for information, and the WRES plan tracks it.'],
      [],
      ['ID', 'WDES metric', 'Also supports (WRES)', 'Action', 'Lead', 'Due', 'Status'],
      ['M01', 1, 1, 'Run a declaration week with the disability network and update ESR records.', 'Workforce Systems Manager', '31 Oct 2025', 'Complete'],
      ['M04', '4a, 4b', '5, 6', 'Give ward staff a short guide and a Datix category for abuse from patients.', 'Violence Reduction Lead', '28 Feb 2026', 'On track'],
      ['M09', '9a, 9b', '—', 'Ask each executive director to sponsor one disability network priority.', 'EDI Lead', '31 Mar 2026', 'On track'],
      ['M10', 10, 9, 'Publish the Board’s disability declaration rate in the annual report.', 'Company Secretary', '31 Mar 2026', 'Not started'],
    ];
    const report = checkPlan({ values }, { asAt: AS_AT });
    expect(report.standard).toBe('WDES');
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['4a', '4b'], ['9a', '9b'], ['10']]);
  });

  it('names no standard when the header names both, or neither, by its indicators', () => {
    expect(standardOfIndicatorHeader(['ID', 'WDES metric', 'Also supports (WRES)'])).toBe('WDES');
    expect(standardOfIndicatorHeader(['WRES indicator', 'WDES metric', 'Action'])).toBeNull();
    expect(standardOfIndicatorHeader(['Ref', 'Action', 'WRES lead'])).toBeNull();
  });
});
