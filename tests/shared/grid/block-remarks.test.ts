import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Lines under a block's heading that remark on it rather than head a block of their own (holdout52 nibley: a metric's
 * figures row, then a remark on them, 'Smaller gap.'; holdout48 tarnbrook: 'Support' then 'Support – We have trained
 * …'; holdout54 tolland: 'What we want to achieve:' and 'How we will know:' under each theme). The actions keep the
 * heading as their theme, and the heading's indicators.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("a remark on a metric's figures under its heading", () => {
  it('heading, figures row, remark, then the actions (metric column left blank)', () => {
    const report = read([
      ['Brackwell Trust – WDES action plan 2024-25'],
      ['Metric', 'Action', 'Lead', 'Date', 'Status'],
      ['Metric 1 - disabled staff in each pay band'],
      ['', '2023', '4.1%', '2024', '4.6%'],
      ['', 'Going up slowly, still well under the survey rate.'],
      ['', 'Run a declaration drive with a prize draw', 'Comms', 'Nov 24', 'Complete'],
      ['Metric 6 - pressure to come to work when unwell'],
      ['', '2023', '27%', '2024', '30%'],
      ['', 'Worse.'],
      ['', 'Separate disability leave from sickness absence', 'HR Policy Lead', 'April 25', 'Ongoing'],
    ]);
    expect(rows(report)).toEqual([
      [6, 'Metric 1 - disabled staff in each pay band', ['1']],
      [10, 'Metric 6 - pressure to come to work when unwell', ['6']],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 9:'))).toMatch(/a remark on the indicator's figures, a sentence and no heading under the heading on row 7/);
  });

  it('remark straight under the heading, the actions in the first column', () => {
    const report = read([
      ['Action', 'Owner', 'By', 'RAG'],
      ['Indicator 2 – shortlisting'],
      ['No change on last year.'],
      ['Audit shortlisting for Band 7 posts each quarter', 'Head of Recruitment', 'Q2', 'Green'],
      ['Indicator 9 – Board'],
      ['Two members now.'],
      ['Use a search agency for the next NED post', 'Company Secretary', 'Q4', 'Amber'],
    ]);
    expect(rows(report)).toEqual([
      [4, 'Indicator 2 – shortlisting', ['2']],
      [7, 'Indicator 9 – Board', ['9']],
    ]);
  });

  it('NEGATIVE: a sub-heading under a metric heading (no full stop) still heads its actions, as before', () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'Date', 'Status'],
      ['Metric 1 - disabled staff in each pay band'],
      ['', '2023', '4.1%', '2024', '4.6%'],
      ['', 'Data quality'],
      ['', 'Run a declaration drive with a prize draw', 'Comms', 'Nov 24', 'Complete'],
      ['', 'Add declaration to the onboarding checklist', 'Recruitment', 'Jan 25', 'In progress'],
    ]);
    expect(rows(report)).toEqual([
      [5, 'Data quality', []],
      [6, 'Data quality', []],
    ]);
  });
});

describe('the heading restated under it, running on after a dash', () => {
  it("'Support' then 'Support – We have trained …' (numbered actions, one header)", () => {
    const report = read([
      ['No.', 'Action', 'WRES indicator', 'Senior owner', 'Timescale'],
      ['Insight'],
      ['Insight – We have published our first ethnicity pay gap figures.'],
      ['1', 'Publish our WRES data each year with a narrative', '1', 'Director of People', 'Q3 2023/24'],
      ['Support'],
      ['Support – We have trained 40 inclusion panel members and set up an advice line.'],
      ['2', 'Require a diverse panel for every Band 7 appointment', '2', 'Head of Recruitment', 'September 2023'],
    ]);
    expect(rows(report)).toEqual([
      [4, 'Insight', ['1']],
      [7, 'Support', ['2']],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 6:'))).toMatch(/it repeats the heading \('Support'\) and runs on to say what its block has done or means, under it on row 5: context, not the block's heading/);
  });

  it("a heading in capitals, restated after a colon, the actions' columns in another order", () => {
    const report = read([
      ['Lead', 'Action', 'Due'],
      ['Culture'],
      ['Culture: two listening events held this year'],
      ['Head of OD', 'Run civility workshops in theatres', 'March 2025'],
    ]);
    expect(rows(report)).toEqual([[4, 'Culture', []]]);
  });

  it('NEGATIVE: a line starting with the heading\'s word but naming its own subject heads its block', () => {
    const report = read([
      ['No.', 'Action', 'WRES indicator', 'Senior owner', 'Timescale'],
      ['Support'],
      ['Support for international recruits'],
      ['1', 'Offer a buddy to every international recruit', '—', 'Head of Nursing', 'Q2'],
    ]);
    expect(rows(report)).toEqual([[4, 'Support for international recruits', []]]);
  });
});

describe("'How we will know:' under a theme, after its aim", () => {
  it('aim and measure lines labelled in the first column, their text further right', () => {
    const report = read([
      ['No.', 'Action', 'WRES', 'Lead', 'Deadline'],
      ['Theme 2: Career progression'],
      ['What we want to achieve:', '', 'Our senior workforce reflects the communities we serve.'],
      ['How we will know:', '', 'BME staff at Band 8a+ rise from 11% to 14%.'],
      ['2.1', 'Run a development programme for BME staff at Bands 4–7', '1, 7', 'Head of OD', 'March 2022'],
    ]);
    expect(rows(report)).toEqual([[5, 'Theme 2: Career progression', ['1', '7']]]);
  });

  it("'How will we measure success –' alone under a heading", () => {
    const report = read([
      ['Action', 'Lead', 'Due'],
      ['Fair recruitment'],
      ['How will we measure success – fewer gaps at shortlisting'],
      ['Use diverse panels for Band 8a posts', 'Head of Resourcing', 'Q3'],
    ]);
    expect(rows(report)).toEqual([[4, 'Fair recruitment', []]]);
  });
});
