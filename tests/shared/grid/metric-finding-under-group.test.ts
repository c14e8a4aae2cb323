import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Metrics sorted into groups by how their results look (holdout56 marlowdene: 'B. Needs better inclusive practice and/or
 * communication', then 'Metric 8 – Reasonable adjustments*: 71.8% of disabled staff say …' and the actions under it):
 * the metric row states the metric's finding and gives the actions their indicators; the group heading stays their theme.
 */
const AS_AT = new Date(Date.UTC(2023, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("a metric's finding under a group heading", () => {
  it('group rows, metric rows with figures after a colon, actions in column B', () => {
    const report = read([
      ['', 'What we will do', 'Lead', 'Timescale', 'Progress to date'],
      ['A. Encouraging results – we will keep doing what works'],
      ['Metric 1 – Disabled staff in the workforce: 6.2% of staff have declared a disability'],
      ['', 'Keep the twice-yearly check-your-details prompt on ESR', 'Head of Workforce Information', 'Ongoing', 'Prompt sent in May'],
      ['Metric 9b – Disabled Staff Forum: in place, with an executive sponsor'],
      ['', 'Agree a budget line for the forum', 'Director of People', 'December 2023', ''],
      ['B. Needs better inclusive practice'],
      ['Metric 8 – Reasonable adjustments: 71.8% of disabled staff say adequate adjustments were made'],
      ['', 'Publish a plain-English guide on adjustments for managers', 'Equality Lead', 'November 2023', ''],
      ['', 'Move adjustment requests onto one online form', 'Head of HR Operations', 'March 2024', ''],
    ]);
    expect(rows(report)).toEqual([
      [4, 'A. Encouraging results – we will keep doing what works', ['1']],
      [6, 'A. Encouraging results – we will keep doing what works', ['9b']],
      [9, 'B. Needs better inclusive practice', ['8']],
      [10, 'B. Needs better inclusive practice', ['8']],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 8:'))).toMatch(/names metric 8 and states how it stands: it gives the actions under it their indicators, while their theme stays the group heading 'B\. Needs better inclusive practice'/);
  });

  it('groups by priority, WRES indicator findings as sentences with figures, actions in the first column', () => {
    const report = read([
      ['Action', 'Owner', 'By', 'RAG'],
      ['Where we are doing well'],
      ['Indicator 2: White applicants are 1.1 times as likely to be appointed from shortlisting as BME applicants'],
      ['Keep BME panel members on every Band 7 and above panel', 'Head of Recruitment', 'Q2', 'Green'],
      ['Where we must improve'],
      ['Indicator 5: 31% of BME staff report harassment from patients, against 24% of White staff'],
      ['Train ward managers to act on abuse from patients', 'Deputy Chief Nurse', 'Q3', 'Amber'],
    ]);
    expect(rows(report)).toEqual([
      [4, 'Where we are doing well', ['2']],
      [7, 'Where we must improve', ['5']],
    ]);
  });

  it('NEGATIVE: metric headings with no group heading above, and a bare metric title under a group, head their actions as before', () => {
    const report = read([
      ['Action', 'Owner', 'By', 'RAG'],
      ['Metric 8 – Reasonable adjustments: 71.8% of disabled staff say adequate adjustments were made'],
      ['Publish a plain-English guide on adjustments for managers', 'Equality Lead', 'Q3', 'Green'],
      ['Fair processes'],
      ['Metric 3 – Capability'],
      ['Add an adjustments checkpoint to the capability procedure', 'Head of ER', 'Q4', 'Amber'],
    ]);
    expect(rows(report)).toEqual([
      [3, 'Metric 8 – Reasonable adjustments: 71.8% of disabled staff say adequate adjustments were made', ['8']],
      [6, 'Metric 3 – Capability', ['3']],
    ]);
  });
});
