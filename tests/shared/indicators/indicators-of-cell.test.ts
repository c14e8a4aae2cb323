import { describe, expect, it } from 'vitest';
import { indicatorsOfCell } from '../../../shared/indicators';

describe('indicatorsOfCell: one indicator cell may name several', () => {
  it.each([
    ['1&9', 'WRES', ['1', '9']],
    ['1,7', 'WRES', ['1', '7']],
    ['5 and 6', 'WRES', ['5', '6']],
    ['Indicators 5 & 6', 'WRES', ['5', '6']],
    ['1-3', 'WRES', ['1', '2', '3']],
    ['4a, 4b', 'WDES', ['4a', '4b']],
    ['Indicator 3', 'WRES', ['3']],
    ['2. Relative likelihood of staff being appointed from shortlisting', 'WRES', ['2']],
  ] as const)('%s (%s) names %j', (text, standard, expected) => {
    expect(indicatorsOfCell(text, standard)).toEqual(expected);
  });

  it('"All" means every indicator of the standard', () => {
    expect(indicatorsOfCell('All', 'WRES')).toHaveLength(9);
    expect(indicatorsOfCell('All metrics', 'WDES')).toHaveLength(10);
  });

  it('numbers outside the standard, and years, name nothing', () => {
    expect(indicatorsOfCell('12', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('2019', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('10', 'WRES')).toEqual([]);
  });
});
