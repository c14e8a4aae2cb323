import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { describesBlock } from '../../../shared/grid/describes-block';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * One block per indicator, each under a HEADING naming it, with LINES DESCRIBING the block between the heading and the
 * block's (repeated) header: the indicator's official wording, the trust's figures ('Reporting period 2016/17: BME
 * 39.8%, White 56.1% of the workforce …', '21.4% of our workforce are BAME staff …'). The heading is the block's theme
 * and names its indicators; the lines under it are context, not a heading. Seen in holdout24 (on the layouts of real
 * published plans): coldwell (a PDF of a WRES plan converted to Excel), tolgarth and kestow (web pages, one per
 * metric, pasted one under another).
 */
const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
/** Merges each listed row (0-based) across columns A to the last. */
const across = (rows: number[], right: number) => rows.map((r) => ({ top: r, left: 0, bottom: r, right }));

describe('a heading over lines describing its block, then the repeated header', () => {
  it("WRES, 'Indicator 3: Disciplinary' over 'Our data: …' (one line) and 'Indicator 5: …' over the wording and the figures (two lines)", () => {
    const header = ['Ref', 'Action', 'Lead', 'Time frame', 'Progress'];
    const report = read(
      [
        ['Brindle Vale NHS Trust – Workforce Race Equality Standard action plan 2021-22'],
        [],
        ['Indicator 3: Disciplinary'],
        ['Our data: BME staff are 1.9 times as likely as White staff to enter a formal disciplinary process.'],
        header,
        ['3.1', 'Introduce a checklist that a senior manager completes before any formal investigation starts.', 'Head of Employee Relations', 'December 2021', 'Checklist in use.'],
        ['3.2', 'Review every disciplinary case involving a BME member of staff at the monthly casework panel.', 'HR Business Partners', 'March 2022', 'First panel held.'],
        [],
        ['Indicator 5: Abuse from patients'],
        ['Percentage of staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months.'],
        ['Our data: 34% of BME staff against 27% of White staff.'],
        header,
        ['5.1', 'Put a poster on every ward saying that racist abuse of staff will not be tolerated.', 'Associate Director of Nursing', 'April 2022', 'Posters printed.'],
      ],
      { merges: across([0, 2, 3, 8, 9, 10], 4) },
    );
    expect(themes(report)).toEqual([
      [6, 'Indicator 3: Disciplinary', ['3']],
      [7, 'Indicator 3: Disciplinary', ['3']],
      [13, 'Indicator 5: Abuse from patients', ['5']],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 4:'))).toMatch(
      /^Row 4: "Our data: BME staff are 1\.9 times.*" is read as a note, not an action — it gives the figures of the block under the heading on row 3 \('Indicator 3: Disciplinary'\): context, not the block's heading$/,
    );
    expect(notes(report).filter((m) => /^Row (10|11):/.test(m) && m.includes("under the heading on row 9 ('Indicator 5: Abuse from patients')"))).toHaveLength(2);
  });

  it("WDES, filled headings 'WDES 5 and 6 – …' over a reporting-period line, a question-worded header, no ref column, the first block under a title", () => {
    const header = ['What will we do?', 'How?', 'Lead', 'Timescale', 'Success measure'];
    const report = read(
      [
        ['Larchmont Community Health NHS Trust'],
        ['WDES Action Plan 2020/21'],
        ['Metric 2 – Appointment from shortlisting'],
        ['Reporting period 2019/20: non-disabled applicants were 1.4 times as likely as disabled applicants to be appointed.'],
        header,
        ['Fair recruitment', 'Guarantee an interview to every disabled applicant who meets the essential criteria.', 'Head of Resourcing', 'September 2020', 'Relative likelihood below 1.2'],
        [],
        ['WDES 5 and 6 – Harassment and presenteeism'],
        ['Staff survey 2019: 31% of disabled staff reported harassment from patients, against 24% of non-disabled staff.'],
        header,
        ['Safe to speak up', 'Train a Freedom to Speak Up champion from the Disability Network in every division.', 'Freedom to Speak Up Guardian', 'December 2020', 'A champion in each division'],
        ['', 'Add a question on pressure to come to work unwell to every return-to-work interview.', 'Head of Occupational Health', 'January 2021', 'Fewer staff report presenteeism'],
      ],
      { merges: [...across([2, 3, 7, 8], 4), { top: 10, left: 0, bottom: 11, right: 0 }], fills: headingFills([2, 7], 5) },
    );
    expect(themes(report)).toEqual([
      [6, 'Metric 2 – Appointment from shortlisting', ['2']],
      [11, 'WDES 5 and 6 – Harassment and presenteeism', ['5', '6']],
      [12, 'WDES 5 and 6 – Harassment and presenteeism', ['5', '6']],
    ]);
    expect(notes(report).some((m) => m.startsWith('Row 9:') && m.includes("under the heading on row 8"))).toBe(true);
  });

  it("reads a heading over two lines that are the metric's wording (no figures), as web pages pasted one under another give it", () => {
    const header = ['Objective', 'Actions', 'Outcome', 'Time frame', 'Update'];
    const report = read(
      [
        ['Fernhollow Partnership NHS Foundation Trust – WDES 2019-2022'],
        [],
        ['Metric 3 - Capability'],
        ['Disabled staff compared to non-disabled staff entering the formal capability process on the grounds of performance'],
        ['As measured by entry into the formal capability procedure over a two-year rolling average.'],
        header,
        ['Fair capability', 'Record every capability case by disability and say whether it arose from ill health.', 'We know where the gap is', 'June 2020', 'Started'],
        [],
        ['Metric 9 - Engagement and voice'],
        ['Staff engagement score for disabled and non-disabled staff, and whether the Trust facilitates the voices of disabled staff'],
        header,
        ['A stronger network', 'Give the Disability Network chair protected time and an executive sponsor.', 'Disabled staff heard at the Board', 'October 2019', 'Sponsor named'],
      ],
      { merges: across([0, 2, 3, 4, 8, 9], 4) },
    );
    expect(themes(report)).toEqual([
      [7, 'Metric 3 - Capability', ['3']],
      [12, 'Metric 9 - Engagement and voice', ['9']],
    ]);
  });

});

describe('rows above a repeated header that are no description of the block', () => {
  it('reads the one heading above each header as before, a long one too', () => {
    const header = ['Metric', 'Current actions', 'Lead', 'Timescales', 'Progress'];
    const report = read(
      [
        ['Key Action Area – Representative workforce'],
        header,
        ['1', 'Set representation targets for Bands 8a and above.', 'Director of People', 'March 2024', 'On track'],
        [],
        ['Key Action Area – Percentage of staff experiencing harassment, bullying or abuse from patients and the public'],
        header,
        ['5', 'Run racial abuse awareness sessions on every ward.', 'Chief Nurse', 'June 2024', 'On track'],
      ],
      { merges: across([0, 4], 4) },
    );
    expect(themes(report)).toEqual([
      [3, 'Key Action Area – Representative workforce', ['1']],
      [7, 'Key Action Area – Percentage of staff experiencing harassment, bullying or abuse from patients and the public', ['5']],
    ]);
    expect(notes(report).filter((m) => m.includes('under the heading'))).toEqual([]);
  });

  it("keeps a heading whose own cell holds the block's figures after its first line whole, as dev somerset's gold reads 'Metric 4 – … Summary: …'", () => {
    const header = ['Action', 'Lead', 'Due', 'Status'];
    const report = read(
      [
        ['Ashcombe NHS Trust – WRES action plan 2022/23'],
        [],
        ['Indicator 2 – Shortlisting\nOur data: White applicants were 1.6 times as likely as BME applicants to be appointed from shortlisting.'],
        header,
        ['Put a trained BME panel member on every interview for Band 7 and above.', 'Head of Recruitment', 'June 2022', 'On track'],
        [],
        ['Indicator 4 – Non-mandatory training\nOur data: 41% of BME staff accessed non-mandatory training, against 47% of White staff.'],
        header,
        ['Publish every course and its places on one page of the intranet.', 'Head of Learning', 'May 2022', 'Complete'],
      ],
      { merges: across([0, 2, 6], 3) },
    );
    expect(report.actions.map((a) => [a.row, a.indicators])).toEqual([[5, ['2']], [9, ['4']]]);
    expect(report.actions.map((a) => a.theme?.replace(/\s+/g, ' '))).toEqual([
      'Indicator 2 – Shortlisting Our data: White applicants were 1.6 times as likely as BME applicants to be appointed from shortlisting.',
      'Indicator 4 – Non-mandatory training Our data: 41% of BME staff accessed non-mandatory training, against 47% of White staff.',
    ]);
    expect(notes(report).filter((m) => m.includes('under the heading'))).toEqual([]);
  });

  it("keeps the nearest of two short rows above a header (neither describes the block)", () => {
    const header = ['Action', 'Lead', 'Due', 'Status'];
    const report = read([
      ['Workforce'],
      ['Recruitment'],
      header,
      ['Put a BME panel member on every interview for Band 7 and above.', 'Head of Recruitment', 'June 2022', 'On track'],
      [],
      ['Culture'],
      ['Speaking up'],
      header,
      ['Train Freedom to Speak Up champions in every division.', 'FTSU Guardian', 'May 2022', 'Complete'],
    ]);
    expect(themes(report).map((t) => t[1])).toEqual(['Recruitment', 'Speaking up']);
  });

  it("reads 'Governance' over a line of figures as the theme, with no indicator from the figures or the block above", () => {
    const header = ['Ref', 'Action', 'Lead', 'Time frame', 'Progress'];
    const report = read(
      [
        ['Brindle Vale NHS Trust – WRES action plan 2021-22'],
        [],
        ['Indicator 1: Representation'],
        ['Our data: 21.4% of our workforce are BME staff, but only 9% of staff at Band 8a and above.'],
        header,
        ['1.1', 'Set BME representation targets for Bands 8a to VSM.', 'Director of People', 'March 2022', 'Agreed'],
        [],
        ['Governance'],
        ['The Board received 3 of the 4 quarterly WRES reports last year (75%).'],
        header,
        ['G1', 'Make the WRES a standing item of the People Committee.', 'Company Secretary', 'October 2021', 'Done'],
      ],
      { merges: across([0, 2, 3, 7, 8], 4) },
    );
    expect(themes(report)).toEqual([
      [6, 'Indicator 1: Representation', ['1']],
      [11, 'Governance', []],
    ]);
  });

  it('does not take an action left alone on its row above a line of figures for a heading', () => {
    const report = read(
      [
        ['Indicator 1: Representation'],
        ['Action', 'Lead', 'Due', 'Status'],
        ['Set BME representation targets for Bands 8a to VSM.', 'Director of People', 'March 2022', 'On track'],
        ['Publish the targets'],
        ['Our data: 21.4% of our workforce are BME staff, but only 9% of staff at Band 8a and above.'],
        ['Action', 'Lead', 'Due', 'Status'],
        ['Report progress against the targets to the Board twice a year.', 'Director of People', 'May 2022', 'On track'],
      ],
      { merges: across([0, 4], 3) },
    );
    expect(notes(report).filter((m) => m.includes('under the heading'))).toEqual([]);
    expect(report.actions.find((a) => a.row === 7)?.theme).not.toBe('Publish the targets');
  });
});

describe('describesBlock', () => {
  it.each([
    ['Reporting period 2016/17: BME 39.8%, White 56.1% of the workforce.', 'figures'],
    ['BAME staff are 1.9 times as likely to enter a formal disciplinary process.', 'figures'],
    ['Percentage of staff in each AfC band 1-9 and VSM compared with the percentage of staff in the overall workforce', 'wording'],
    ['Indicator 1', null],
    ['WRES 5 and 6 – Harassment, bullying or abuse', null],
    ['Governance', null],
    ['Metric 6 – Percentage of disabled staff compared to non-disabled staff saying they have felt pressure to come to work', null],
  ])('%s → %s', (text, kind) => {
    const why = describesBlock(text);
    if (kind === null) expect(why).toBeNull();
    else expect(why).toContain(kind);
  });
});

/** A blue fill on each listed row's cells (0-based rows), as a heading band is filled. */
function headingFills(rows: number[], width: number): (string | null)[][] {
  const out: (string | null)[][] = [];
  for (const r of rows) out[r] = Array.from({ length: width }, () => '#005EB8');
  for (let r = 0; r < out.length; r++) out[r] ??= [];
  return out;
}
