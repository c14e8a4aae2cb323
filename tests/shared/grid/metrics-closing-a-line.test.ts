import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { blockMetricsOf } from '../../../shared/grid/describes-block';
import type { CellValue } from '../../../shared/types';

/**
 * A line describing a block under its heading that closes on a bracket naming the metrics the block addresses
 * ('Objective: Improve the disability data we hold … (WDES metrics 1 and 10).'): the metrics are the block's actions'
 * indicators, as a line labelled 'WDES metric addressed: 4' gives them; the heading stays the theme. Seen in holdout31
 * wrenfold (an EDI activity plan page: numbered areas, an 'Objective: …' line, a repeated header).
 */
const AS_AT = new Date(Date.UTC(2023, 5, 30));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a describing line closing on the metrics its block addresses', () => {
  it('numbered areas, an objective line each, the header repeated', () => {
    const header = ['Action', 'Timeline', 'Responsible', 'Measure of success'];
    const report = read([
      ['Ashcombe Eye Hospital NHS Foundation Trust – WDES Activity Plan 2022/23'],
      [],
      ['1. Evidence-led change'],
      ['Objective: Improve the disability data we hold and use it to decide and check our actions (WDES metrics 1 and 10).'],
      header,
      ['Run a campaign asking colleagues to update their disability status.', 'Early 2023', 'People Team', 'Declaration rises to 5%.'],
      ['Publish our WDES metrics and this plan on the website.', 'Annually', 'Inclusion Lead', 'Published by October.'],
      [],
      ['2. Recruitment and progression'],
      ['Objective: Make it as likely for disabled applicants to be appointed and to progress as for anyone else (WDES metrics 2 and 5).'],
      header,
      ['Reach Disability Confident Leader status.', 'By end 2023', 'People Team', 'Leader status awarded.'],
    ]);
    expect(rows(report)).toEqual([
      [6, '1. Evidence-led change', ['1', '10']],
      [7, '1. Evidence-led change', ['1', '10']],
      [12, '2. Recruitment and progression', ['2', '5']],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 4:'))).toMatch(/it names the metrics its block addresses \('WDES metrics 1 and 10'\), its actions' indicators/);
  });

  it('one table: an aim line under each short heading, the bracket after a full stop', () => {
    const report = read([
      ['Hartmoor Community NHS Trust – WRES action plan 2023/24'],
      ['What we will do', 'Owner', 'By when'],
      ['Fair treatment'],
      ['Aim: Make sure no member of staff faces a disciplinary process or abuse because of their race. (WRES indicators 3, 5 & 6)'],
      ['Review every disciplinary case before a formal hearing starts.', 'Head of ER', 'Sept 2023'],
      ['Report racist abuse from patients monthly to the H&S Committee.', 'Head of Security', 'Dec 2023'],
    ]);
    expect(rows(report)).toEqual([
      [5, 'Fair treatment', ['3', '5', '6']],
      [6, 'Fair treatment', ['3', '5', '6']],
    ]);
  });

  it('a closing bracket that names no metric leaves the heading its indicator (negative)', () => {
    const header = ['Action', 'Lead', 'Due'];
    const report = read([
      ['Westbury NHS Trust – WRES action plan 2023/24'],
      ['Metric 2 – Appointments'],
      ['BME applicants were less likely than white applicants to be appointed after shortlisting (2022 data, all posts).'],
      header,
      ['Put a trained panel member on every Band 7 panel.', 'Head of Resourcing', 'June 2023'],
      [],
      ['Metric 7 – Progression'],
      ['Fewer BME staff believe the Trust offers equal opportunities, and the gap has grown (see metric 2 above).'],
      header,
      ['Sponsor ten BME staff on the leadership programme.', 'Head of OD', 'March 2024'],
    ]);
    expect(rows(report)).toEqual([
      [5, 'Metric 2 – Appointments', ['2']],
      [10, 'Metric 7 – Progression', ['7']],
    ]);
  });

  it('blockMetricsOf reads a closing bracket, a labelled line, and nothing else', () => {
    expect(blockMetricsOf('Objective: Listen to disabled colleagues (WDES metrics 4a, 4b, 9a and 9b).')).toBe('WDES metrics 4a, 4b, 9a and 9b');
    expect(blockMetricsOf('WDES metric addressed: 4')).toBe('Metrics 4');
    expect(blockMetricsOf('Fewer BME staff feel it (see metric 2 above).')).toBeNull();
    expect(blockMetricsOf('Figures from the staff survey (2022).')).toBeNull();
  });
});
