import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Actions numbered by their heading's place in the plan ('1.1', '1.2' under the first heading, '2.1' under the second),
 * under headings that name their metrics ('WDES Metrics 4a and 4b – …', 'WDES Metric 8 – …'): the number counts the
 * headings, as '2.1' under 'Theme 2: …' does, so it names no indicator and each action takes its heading's metrics
 * (holdout61 brindle, holdout57 lanthorne). A plan numbering its actions by indicator under subject headings keeps its
 * numbers' indicators.
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2023, 1, 31) });

describe('action numbers that count the headings in order', () => {
  it("reads each workstream heading's metrics, not the number's, and none under a heading naming no metric", () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Responsible', 'End', 'RAG'],
      ['WDES Metrics 4a and 4b – Harassment, bullying and abuse'],
      ['1.1', 'Run speak-up sessions on every inpatient ward', 'Head of Security', '31/12/2022', 'G'],
      ['1.2', 'Add a disability question to the exit interview', 'HR Business Partner', '30/09/2022', 'A'],
      ['WDES Metric 8 – Reasonable adjustments'],
      ['2.1', 'Bring in a reasonable adjustments passport', 'Head of Occupational Health', '31/10/2022', 'G'],
      ['2.2', 'Hold adjustment equipment centrally', 'Estates Manager', '31/03/2023', 'A'],
      ['WDES Metric 9b – Disabled staff voice'],
      ['3.1', 'Give the network chair protected time', 'Director of People', '30/06/2022', 'G'],
      ['Menopause'],
      ['4.1', 'Achieve menopause-friendly employer accreditation', 'Wellbeing Lead', '31/03/2023', 'A'],
    ];
    const report = read({ values: rows, sheetName: 'Inclusion plan 2022-23' });
    expect(report.actions.map((a) => [a.ref, a.indicators.join(',')])).toEqual([
      ['1.1', '4a,4b'], ['1.2', '4a,4b'], ['2.1', '8'], ['2.2', '8'], ['3.1', '9b'], ['4.1', ''],
    ]);
    expect(report.actions[2].sources.indicators?.why).toMatch(/^No indicator from its number '2\.1': its number is its heading's place in the plan \('1\.1' under heading 1, 'WDES Metrics 4a and 4b/);
  });

  it('reads group headings naming two metrics each, the first group numbered 1 whatever it names', () => {
    const rows: CellValue[][] = [
      ['Lanbury Eye Hospital – WDES action plan 2024/25'],
      ['Ref', 'Action', 'Progress and RAG'],
      ['Metrics 1 and 2 – Representation and recruitment'],
      ['1.1', 'Review the disability status recorded for every member of staff', 'RAG: Green'],
      ['1.2', 'Include a panel member with lived experience of disability on every Band 7+ panel', 'RAG: Amber'],
      ['Metric 6 – Presenteeism and Metric 7 – Feeling valued'],
      ['2.1', 'Add a question about adjustments to every appraisal', 'RAG: Red'],
      ['Metric 9a – Engagement and Metric 10 – Board'],
      ['3.1', 'Give the network chair a place on the People Committee', 'RAG: Green'],
      ['3.2', 'Offer every Board member a half-day of disability awareness', 'RAG: Blue'],
    ];
    const report = read({ values: rows, sheetName: 'WDES' });
    expect(report.actions.map((a) => [a.ref, [...a.indicators].sort().join(',')])).toEqual([
      ['1.1', '1,2'], ['1.2', '1,2'], ['2.1', '6,7'], ['3.1', '10,9a'], ['3.2', '10,9a'],
    ]);
  });

  it('keeps the indicators of numbers that are not the headings’ places', () => {
    const rows: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'By when'],
      ['Recruitment'],
      ['1.1', 'Put a trained panel member on every Band 8a+ interview', 'Head of Resourcing', 'March 2023'],
      ['2.1', 'Audit shortlisting by ethnicity each quarter', 'Recruitment Manager', 'Quarterly'],
      ['Culture'],
      ['5.1', 'Train Freedom to Speak Up champions on racist abuse', 'FTSU Guardian', 'December 2022'],
      ['8.1', 'Hold listening events with an executive present', 'Chief People Officer', 'March 2023'],
    ];
    const report = read({ values: rows, sheetName: 'WRES 2022-23' });
    expect(report.actions.map((a) => [a.ref, a.indicators.join(',')])).toEqual([
      ['1.1', '1'], ['2.1', '2'], ['5.1', '5'], ['8.1', '8'],
    ]);
  });
});
