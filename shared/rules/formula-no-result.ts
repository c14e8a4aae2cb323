import type { Rule } from '../types';
import { quote } from './describe';
import { finding } from './finding';

/**
 * A formula the workbook holds no saved result for (a program wrote it and never calculated it) reads as an empty
 * cell: the user is told which cells, so a status, date or lead worked out by formula is not taken for missing.
 *
 * @example
 * formulaNoResult.check(context) // [{ rule: 'formula-no-result', severity: 'warning', row: 12, column: 'F', message: 'Row 12, column F: a formula with no saved value ("=IF(G12>=1,…)") — open and save the workbook in Excel so its result is stored' }]
 */
export const formulaNoResult: Rule = {
  id: 'formula-no-result',
  severity: 'warning',
  description: 'Formula cells hold a saved result (a workbook never calculated reads them as empty).',
  check({ unsavedFormulas }) {
    return (unsavedFormulas ?? [])
      .filter((f) => f && Number.isInteger(f.row) && typeof f.column === 'string')
      .map((f) =>
        finding(formulaNoResult, f.row, f.column, `Row ${f.row}, column ${f.column}: a formula with no saved value${f.formula ? ` (${quote(`=${f.formula}`, 50)})` : ''}, read as empty — open and save the workbook in Excel so its result is stored`),
      );
  },
};
