import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readNumbering } from '../../../shared/indicators';
import { indicatorOfRef } from '../../../shared/rules';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * An action's number carries its indicator ('5.2' is indicator 5's second action, 'M4a.1' metric 4a's first), and
 * a plan may keep a prefix of its own for actions that cut across ('G1', 'C2', 'X1', 'All-1'), saying so in a note or
 * key line above or under the plan ("Actions numbered G support all nine indicators", "C = corporate actions covering
 * all metrics", "Ref starting X: applies to every metric"). Only the plan can say what its letter means: without such a
 * note 'G1' names no indicator, and a real indicator column still decides over any number.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Sheet1' } as Grid, { asAt: AS_AT });
const WRES_ALL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('a note saying what a prefix of the action numbers serves', () => {
  it("reads 'G' actions as every indicator when a note above the plan says so, with the note as the reason", () => {
    const report = read([
      ['Northfell Community Health NHS Trust'],
      ['WRES action plan 2019/20'],
      ['Each action is numbered by the WRES indicator it addresses (3.1 is the first action for indicator 3). Actions numbered G support all nine indicators.'],
      ['No.', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['G1', 'Report WRES progress to the People Committee twice a year.', 'Director of People', 'Sep 2019', 'G'],
      ['1.1', 'Set targets for BME representation at Band 8a and above.', 'Deputy Director of Workforce', 'Jan 2020', 'A'],
      ['5.2', 'Add racial abuse as a Datix sub-category.', 'Risk Manager', 'Nov 2019', 'R'],
      ['G2', 'Publish the WRES data and this plan on the website.', 'EDI Manager', 'Aug 2019', 'G'],
    ]);
    expect(report.actions.map((a) => [a.ref, a.indicators])).toEqual([['G1', WRES_ALL], ['1.1', ['1']], ['5.2', ['5']], ['G2', WRES_ALL]]);
    expect(report.actions[0].sources.indicators?.why).toBe("Indicators: all — the note in row 3 says 'Actions numbered G support all nine indicators.'");
    expect(report.actions[0].sources.indicators?.cell).toBe('A5');
    expect(report.actions[2].sources.indicators?.why).toBe("Indicator: from the action's number '5.2'");
    // Every indicator is served, so none is reported as having no action.
    expect(report.issues.filter((i) => i.rule === 'indicator-not-covered')).toEqual([]);
    const evidence = report.columnEvidence.find((e) => e.field === 'indicator');
    expect(evidence?.reason).toContain("'G1', 'G2': all — the note in row 3 says");
  });

  it("reads a key line under a WDES plan ('C = corporate actions covering all metrics') and metric codes such as 'M4a.1'", () => {
    const report = read([
      ['WDES Action Plan 2021/22'],
      ['Ref', 'What we will do', 'Owner', 'By when', 'Status'],
      ['M4a.1', 'Launch a zero-tolerance campaign on abuse of disabled staff by patients.', 'Head of Security', 'Dec 2021', 'In progress'],
      ['4b.1', 'Make it easier to report harassment through a short online form.', 'Freedom to Speak Up Guardian', 'Sep 2021', 'Complete'],
      ['C1', 'Agree the disability equality objectives at the Trust Board.', 'Chief People Officer', 'Jul 2021', 'Complete'],
      ['M9b.2', 'Give the Disability Network chair protected time.', 'Director of HR', 'Mar 2022', 'Not started'],
      [],
      ['Key: C = corporate actions covering all metrics; M = metric actions'],
    ]);
    const c1 = report.actions.find((a) => a.ref === 'C1')!;
    expect(c1.indicators).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(c1.sources.indicators?.why).toBe("Indicators: all — the note in row 8 says 'C = corporate actions covering all metrics'");
    expect(report.actions.map((a) => a.indicators[0])).toEqual(['4a', '4b', '1', '9b']);
    // The key line is a note, not an action.
    expect(report.actions).toHaveLength(4);
  });

  it("reads a prefix written at the start of the action and a note naming some indicators ('Ref starting X', 'prefix H')", () => {
    const report = read([
      ['Race equality action plan 2020/21 (WRES)'],
      ['Action', 'Lead', 'Timescale'],
      ['X1 Train every recruiting manager in inclusive recruitment.', 'Head of Resourcing', 'September 2020'],
      ['H1 Run a campaign with Security on racist abuse from patients.', 'Head of Security', 'December 2020'],
      ['2.1 Put a BME panel member on every Band 7+ interview.', 'Head of Resourcing', 'June 2020'],
      [],
      ['Notes: Ref starting X: applies to every metric. Actions with the prefix H tackle harassment (indicators 5 and 6).'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([WRES_ALL, ['5', '6'], ['2']]);
    // The ref is the number as the walk reads it: '2.1', not '2'.
    expect(report.actions[2].ref).toBe('2.1');
    expect(report.actions[1].sources.indicators?.why).toBe("Indicators: 5, 6 — the note in row 7 says 'Actions with the prefix H tackle harassment (indicators 5 and 6).'");
  });

  it("reads a word prefix ('All-1') that a note reserves, in a ref column", () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ["Actions numbered 'All-' apply to each WRES indicator."],
      ['Ref', 'Action', 'Lead', 'Target date'],
      ['All-1', 'Refresh the race equality steering group terms of reference.', 'Director of People', 'Jun 2022'],
      ['W7.1', 'Open every acting-up opportunity to expressions of interest.', 'Head of OD', 'Oct 2022'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([WRES_ALL, ['7']]);
  });
});

describe("a number no indicator has ('0.1') that a note reserves", () => {
  it("reads '0.x' actions as every metric when the note says so, and names none without it", () => {
    const plan = (note: string) => read([
      ['WDES action plan 2023/24'],
      [note],
      ['Ref', 'Action', 'Lead', 'Deadline'],
      ['0.1', 'Report WDES progress to the People Committee each quarter.', 'Chief People Officer', 'Quarterly, to March 2024'],
      ['4a.1', 'Launch a reporting route for abuse of disabled staff by patients.', 'Head of Security', 'Dec 2023'],
    ]);
    const noted = plan('Actions numbered 0.x are cross-cutting and support all ten metrics.');
    expect(noted.actions.map((a) => a.indicators)).toEqual([['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], ['4a']]);
    expect(plan('Workforce Disability Equality Standard').actions.map((a) => a.indicators)).toEqual([[], ['4a']]);
  });
});

describe('prefixes and numbers that name no indicator, and columns that decide', () => {
  it("reads no indicator from 'G1' when no note says what G means, nor from a status key's letters", () => {
    const report = read([
      ['WRES action plan 2019/20'],
      ['Key: R = not started; A = in progress; G = complete (reported for all indicators each quarter)'],
      ['No.', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['G1', 'Refresh the steering group terms of reference.', 'Director of People', 'Jun 2019', 'G'],
      ['A1', 'Hold a listening event with the BME network.', 'EDI Lead', 'Sep 2019', 'A'],
      ['3.1', 'Apply a decision tree before any formal disciplinary.', 'Head of ER', 'Oct 2019', 'G'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([[], [], ['3']]);
    expect(report.actions[0].sources.indicators).toBeUndefined();
  });

  it('keeps the indicator column over the number and over the note', () => {
    const report = read([
      ['WRES action plan 2019/20'],
      ['Actions numbered G support all nine indicators.'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'Timescale'],
      ['G1', '9', 'Recruit a BME non-executive director with the governors.', 'Trust Secretary', 'Mar 2020'],
      ['5.2', '6', 'Train FTSU champions from BME backgrounds.', 'FTSU Guardian', 'Dec 2019'],
      ['G2', 'All', 'Publish the WRES data.', 'EDI Manager', 'Aug 2019'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['9'], ['6'], WRES_ALL]);
    expect(report.actions[0].sources.indicators).toBeUndefined();
  });
});

describe('readNumbering: the one reading of what an action number says of its indicator', () => {
  it.each([
    ['2.3 Introduce a mentoring scheme', false, '2.3', '2'],
    ['2a. Review shortlisting', false, '2a', '2'],
    ['4a.1', true, '4a.1', '4a'],
    ['W1.2', true, 'W1.2', '1'],
    ['M4a.1', true, 'M4a.1', '4a'],
    ['WRES 3 – 1', true, 'WRES 3 – 1', '3'],
    ['13. BAME lead for each division', false, '13', null],
  ])('%s', (text, whole, ref, indicator) => {
    expect(readNumbering(text, whole)).toEqual({ ref, indicator });
  });

  it('reads no number from a prefix of the plan, a sentence or a range of indicators in an action', () => {
    expect(readNumbering('G1', true)).toBeNull();
    expect(readNumbering('Give every manager training', false)).toBeNull();
    expect(readNumbering('WRES 5 – 8: tackle bullying and harassment', false)).toBeNull();
  });

  it('is what the numbering rule reads too', () => {
    for (const ref of ['2a', '9b. a', '3.1', 'W1.2', 'M4a.1', '13', 'G1']) expect(indicatorOfRef(ref)).toBe(readNumbering(ref, true)?.indicator ? parseInt(readNumbering(ref, true)!.indicator!, 10) : null);
  });
});

/**
 * The code the plan's note reserves is the subject of its sentence ("WX actions cover all nine indicators"), or a key's
 * entry with a 0 no indicator has or '-all' ('W0 = all indicators'); and where the plan has no ref column, its codes
 * ('W5.1') are read as the indicator column: the note then speaks for that column's cell (holdout23 hensby 'WX.1').
 */
describe('a code the plan\'s own note says covers every indicator, in the column of codes read as indicators', () => {
  it("reads 'WX.1' as every indicator under a line explaining the codes, its reason the note, not the code above", () => {
    const report = read([
      ['Ambleside Spa Hospitals NHS Foundation Trust – WRES action plan 2018/19'],
      ['Reference numbers start with the WRES indicator the action addresses: W5.1 is the first action for indicator 5; WX actions cover all nine indicators.'],
      ['Ref', 'Key actions', 'Delivery lead', 'Timeframe', 'BRAG'],
      ['W1.1', 'Set out how each care group will grow BME representation at Bands 7 and above.', 'Head of Workforce Planning', 'Q3 2018/19', 'G'],
      ['W2.1', 'Audit shortlisting to appointment by ethnicity for every Band 6–8a vacancy.', 'Head of Recruitment', 'Q4 18/19', 'A'],
      ['W9.1', 'Brief the Council of Governors on Board diversity.', 'Company Secretary', 'Q3 2018/19', 'B'],
      ['WX.1', 'Report progress on this plan to the People Committee every quarter.', 'Equality and Diversity Manager', 'Ongoing (quarterly)', 'G'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2'], ['9'], WRES_ALL]);
    expect(report.actions[3].sources.indicators?.why).toBe("Indicators: all — the note in row 2 says 'WX actions cover all nine indicators.'");
    expect(report.actions[3].sources.indicators?.cell).toBe('A7');
  });

  it("reads a key entry 'W0 = all metrics' under a WDES plan, and 'W0.2' as every metric while 'W01' stays metric 1", () => {
    const report = read([
      ['WDES action plan 2022/23'],
      ['Code', 'Action', 'Owner', 'Due'],
      ['W01', 'Run a campaign asking staff to update their disability status on ESR.', 'Workforce Information Manager', 'Oct 2022'],
      ['W0.2', 'Report WDES progress to the Board twice a year.', 'Chief People Officer', 'Mar 2023'],
      ['W07', 'Hold listening events with the disability network.', 'Network Chair', 'Dec 2022'],
      [],
      ['Key: W0 = actions for all metrics; W01–W10 = the metric numbered.'],
    ]);
    const all = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    expect(report.actions[1].indicators).toEqual(all);
    expect(report.actions[1].sources.indicators?.why).toBe("Indicators: all — the note in row 7 says 'W0 = actions for all metrics'");
    // 'W01' and 'W07' are metrics 1 and 7 zero-padded, not the W0 prefix and a number: the note does not speak for them.
    for (const a of [report.actions[0], report.actions[2]]) {
      expect(a.indicators).not.toEqual(all);
      expect(a.sources.indicators?.why ?? '').not.toContain('the note in row');
    }
  });

  it('NEGATIVE: a code with no note saying what it covers names no indicator, and the code used as an example reserves nothing', () => {
    const report = read([
      ['WRES action plan 2018/19'],
      ['Reference numbers start with the WRES indicator the action addresses: W5.1 is the first action for indicator 5.'],
      ['Ref', 'Key actions', 'Delivery lead', 'Timeframe'],
      ['W5.1', 'Give staff guidance on responding to racist remarks from patients.', 'PPU General Manager', 'Q3 2018/19'],
      ['W6.1', 'Train Freedom to Speak Up champions in every department.', 'FTSU Guardian', 'Q3 2018/19'],
      ['WX.1', 'Report progress on this plan to the People Committee every quarter.', 'Equality and Diversity Manager', 'Ongoing'],
    ]);
    expect(report.actions.map((a) => a.indicators.length <= 1)).toEqual([true, true, true]);
    expect(report.actions.slice(0, 2).map((a) => a.indicators)).toEqual([['5'], ['6']]);
    expect(report.actions[2].sources.indicators?.why ?? '').not.toContain('the note in row');
  });
});
