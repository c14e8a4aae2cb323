import { describe, expect, it } from 'vitest';
import { indicatorNumber, indicatorsOfCell } from '../../../shared/indicators';

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
    // The indicator letter before each number: "W" for WRES, "M" for WDES metrics.
    ['W5–W8', 'WRES', ['5', '6', '7', '8']],
    ['W2 & W3', 'WRES', ['2', '3']],
    ['M5, M6', 'WDES', ['5', '6']],
    ['M4a/M4b', 'WDES', ['4a', '4b']],
    // "I" for indicator: one code, a list joined by '+', a range.
    ['I1', 'WRES', ['1']],
    ['I2 + I7', 'WRES', ['2', '7']],
    ['I1–I9', 'WRES', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['I3/I4', 'WDES', ['3', '4']],
    // A metric's parts in brackets.
    ['Metric 4 (a & b)', 'WDES', ['4a', '4b']],
    ['M9 (a & b)', 'WDES', ['9a', '9b']],
    // Roman numerals, alone or listed.
    ['ix', 'WRES', ['9']],
    ['v & vi', 'WRES', ['5', '6']],
    ['Indicator iv', 'WRES', ['4']],
    ['iii) Disciplinary', 'WRES', ['3']],
    // Codes: the standard's name, a dash, the number (zero-padded in some plans), again before each number.
    ['WRES-3', 'WRES', ['3']],
    ['WRES-2 / WRES-3', 'WRES', ['2', '3']],
    ['WRES-02/03', 'WRES', ['2', '3']],
    ['WRES-01 to WRES-09', 'WRES', ['1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['WDES-M7 / M8', 'WDES', ['7', '8']],
    // Only the standard read: a WDES metric in a WRES plan's cell is no WRES indicator.
    ['WRES 6, 8 / WDES 4a', 'WRES', ['6', '8']],
    // Numbers in words after the indicator word.
    ['Indicators five and six', 'WRES', ['5', '6']],
    ['Metric ten (Board)', 'WDES', ['10']],
    // A metric without its letter is the part its words name; words naming both parts leave the metric.
    ['Metric four (patients and the public)', 'WDES', ['4a']],
    ['Metric 4 (reporting harassment)', 'WDES', ['4b']],
    ['Metric 9 (Disabled staff voices)', 'WDES', ['9b']],
    ['4. a) harassment from patients, managers or colleagues b) reported it', 'WDES', ['4']],
    // Metric 4a's own sub-parts in roman numerals (from patients, managers, colleagues) name the part, 4a.
    ['4a(i)', 'WDES', ['4a']],
    ['4a(iii), 4b', 'WDES', ['4a', '4b']],
    ['Metric 4a (ii)', 'WDES', ['4a']],
    ['M4a(i)–(iii), 9b', 'WDES', ['4a', '9b']],
    ['4a (i & ii)', 'WDES', ['4a']],
  ] as const)('%s (%s) names %j', (text, standard, expected) => {
    expect(indicatorsOfCell(text, standard)).toEqual(expected);
  });

  it('"All" means every indicator of the standard', () => {
    expect(indicatorsOfCell('All', 'WRES')).toHaveLength(9);
    expect(indicatorsOfCell('All metrics', 'WDES')).toHaveLength(10);
    // "All" with what the block is about after a dash or colon.
    expect(indicatorsOfCell('All WRES metrics – governance', 'WRES')).toHaveLength(9);
    expect(indicatorsOfCell('All indicators: reporting', 'WRES')).toHaveLength(9);
    expect(indicatorsOfCell('All staff networks', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('WRES-ALL', 'WRES')).toHaveLength(9);
  });

  it('a reference that starts with a letter and a year is no indicator, and words are no roman numerals', () => {
    expect(indicatorsOfCell('W17/02', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('I will chair it', 'WRES')).toEqual([]);
    // 'I' is a code only straight before a number: the word and a roman numeral stay what they were.
    expect(indicatorsOfCell('I 5', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('I', 'WRES')).toEqual(['1']);
    expect(indicatorsOfCell('I12', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('One of our priorities', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('WRES 2019/20', 'WRES')).toEqual([]);
  });

  it("a paper's section number before an indicator named by word is the section's, not an indicator", () => {
    expect(indicatorsOfCell('2. Indicator 1 – workforce by band', 'WRES')).toEqual(['1']);
    expect(indicatorsOfCell('6. Indicators 5 to 8 – staff survey', 'WRES')).toEqual(['5', '6', '7', '8']);
    expect(indicatorsOfCell('3 Metric 4a – harassment from patients', 'WDES')).toEqual(['4a']);
    expect(indicatorsOfCell('2. Relative likelihood of appointment from shortlisting', 'WRES')).toEqual(['2']);
  });

  it('numbers outside the standard, and years, name nothing', () => {
    expect(indicatorsOfCell('12', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('2019', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('10', 'WRES')).toEqual([]);
  });
});

describe('indicatorNumber: which indicator an id or a cell counts toward', () => {
  it('reads ids and the codes plans write, as the cell reader does, and no year', () => {
    expect(['9a', '10', 'Metric 3', 'I2 + I7', 'W5', 'WRES-03'].map(indicatorNumber)).toEqual([9, 10, 3, 2, 5, 3]);
    expect(['WRES 2019/20', 'I', 'unassigned', '123'].map(indicatorNumber)).toEqual([null, null, null, null]);
  });
});
