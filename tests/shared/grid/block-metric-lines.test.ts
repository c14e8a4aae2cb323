import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Lines under a block's heading that name what the block addresses or give its figure against a target (holdout28
 * broadwater, wensum): 'WDES metric addressed: 4' under a lettered strategy and its narrative, above the block's own
 * header; '2023/24: 1.44     Target for 2024/25: 1.30 or below' under each metric's section row. The heading is the
 * theme; the metric line gives the block's indicators; the target line is context.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.theme, a.indicators]);
const notes = (values: CellValue[][]) => read(values).issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a lettered strategy, its narrative and the metrics it addresses, above each repeated header', () => {
  const header = ['Tasks/Actions', 'Lead', 'Timeframes'];
  const narrative = 'Disabled colleagues report more harassment from patients, managers and peers than anyone else in our survey. '.repeat(3).trim();
  const values: CellValue[][] = [
    ['WDES ACTION PLAN FOR 2019/2020 – Ferncliffe Mental Health NHS Trust'],
    [],
    ['A. A zero tolerance approach to harassment of disabled staff'],
    [narrative],
    ['WDES metric addressed: 4'],
    header,
    ['Executive team to record and share a zero tolerance message.', 'Director of People', 'December 2019'],
    ['Rewrite the Dignity at Work policy.', 'Head of Employee Relations', 'March 2020'],
    [],
    ['B. Better data and a stronger disabled staff voice'],
    ['Almost a fifth of staff records show no disability status, and the Disability Forum has no protected time.'],
    ['Metrics covered: 1 and 9'],
    header,
    ['Run an ESR self-service campaign to raise declaration.', 'Workforce Information Manager', 'Quarter 4 2019/20'],
  ];

  it('reads the strategy as the theme and the metric line as its indicators', () => {
    expect(rows(values)).toEqual([
      [7, 'A. A zero tolerance approach to harassment of disabled staff', ['4']],
      [8, 'A. A zero tolerance approach to harassment of disabled staff', ['4']],
      [14, 'B. Better data and a stronger disabled staff voice', ['1', '9']],
    ]);
    expect(notes(values).find((m) => m.startsWith('Row 5:'))).toMatch(/it names the metrics the block addresses: they are its actions' indicators, the heading above is its theme under the heading on row 3/);
  });
});

describe("section rows in one table, each with a line of the metric's figure and target", () => {
  const values: CellValue[][] = [
    ['Wendover Ambulance Service NHS Trust – WDES action plan 2019/20'],
    ['Action', 'Action owner', 'Due', 'RAG'],
    ['Metric 2: Relative likelihood of non-disabled candidates being appointed from shortlisting'],
    ['2018/19: 1.44     Target for 2019/20: 1.30 or below'],
    ['Audit the adjustments offered at assessment centres.', 'Head of Recruitment', 'Sep 2019', 'On track'],
    ['Metric 3: Relative likelihood of disabled staff entering the formal capability process'],
    ['Baseline 2.10; target: 1.60 by March 2020'],
    ['Require an occupational health referral before any formal capability meeting.', 'Head of ER', 'Jul 2019', 'Complete'],
  ];

  it('reads the metric as the theme and the figure line as context', () => {
    expect(rows(values)).toEqual([
      [5, 'Metric 2: Relative likelihood of non-disabled candidates being appointed from shortlisting', ['2']],
      [8, 'Metric 3: Relative likelihood of disabled staff entering the formal capability process', ['3']],
    ]);
    expect(notes(values).find((m) => m.startsWith('Row 4:'))).toMatch(/it gives the figures of the block under the heading on row 3/);
  });
});

describe('a metric line under a subject section row in one table', () => {
  const values: CellValue[][] = [
    ['Holme Valley NHS Trust – WRES action plan 2019/20'],
    ['Action', 'Lead', 'Due'],
    ['Fair treatment at work'],
    ['Link to WRES indicator: 3'],
    ['Check every decision to start a formal disciplinary process.', 'Head of HR', 'Oct 2019'],
  ];

  it('keeps the subject as the theme and takes the indicator from the line', () => {
    expect(rows(values)).toEqual([[5, 'Fair treatment at work', ['3']]]);
  });
});

describe('negatives', () => {
  it('a target written as an action stays an action', () => {
    const values: CellValue[][] = [
      ['Ashford NHS Trust – WRES action plan 2019/20'],
      ['Action', 'Lead', 'Due'],
      ['Governance'],
      ['Target for 2019/20: raise BME shortlisting to 1.30 by training every panel.', 'Head of Resourcing', 'Mar 2020'],
      ['Set a target of 15% BME staff at Band 8a and above.', 'Director of Workforce', 'Mar 2020'],
    ];
    expect(rows(values)).toEqual([[4, 'Governance', []], [5, 'Governance', []]]);
  });
});
