/**
 * An annual report whose actions are its numbered RECOMMENDATIONS: a contents list numbered 1.–7., numbered section
 * headings with paragraphs, then 'Recommendations' over items numbered within the section ('6.1', '6.2' — in a cell of
 * their own or at the head of the text), then the next section ('7 | Data table') (holdout28 calderwick). The
 * recommendations are the plan; the contents lines, section headings and paragraphs are not, and the next section's
 * number ends the list.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 0, 15));
const read = (rows: CellValue[][], sheetName = 'Annual report'): PlanReport => checkPlan({ values: rows, sheetName }, { asAt: AS_AT });
const actionEvidence = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe("an annual report's numbered recommendations as its actions", () => {
  it("reads '4.1'–'4.3' in their own cells under '4 | Recommendations', not the contents, headings, paragraphs or data table", () => {
    const r = read([
      ['Marlow Vale NHS Trust'],
      ['Workforce Disability Equality Standard report 2023'],
      ['Contents'],
      ['1.', 'Summary'],
      ['2.', 'Our data'],
      ['3.', 'What staff told us'],
      ['4.', 'Recommendations'],
      ['5.', 'Appendix: data table'],
      [],
      ['1', 'Summary'],
      ['', 'Declaration rose to 6% by 31 March 2023, though disabled staff remain more likely to enter capability.'],
      ['2', 'Our data'],
      ['', 'Figures were taken from ESR in June 2023.'],
      ['3', 'What staff told us'],
      ['', 'The disability network met twice in July 2023.'],
      ['4', 'Recommendations'],
      ['4.1', 'Review every capability case for reasonable adjustments before a hearing (metric 3), by June 2024.'],
      ['4.2', 'Fund a paid chair for the disability network (metric 9b).'],
      ['4.3', 'Report progress to the People Committee twice a year.'],
      ['5', 'Appendix: data table'],
      ['', 'Metric', '2022', '2023'],
      ['', '1 – disabled staff on ESR', '5.1%', '6.0%'],
      ['', '3 – relative likelihood of capability', '1.9', '2.2'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref])).toEqual([[17, '4.1'], [18, '4.2'], [19, '4.3']]);
    expect(r.actions[0].indicators).toEqual(['3']);
    expect(r.actions[0].due?.text).toBe('June 2024');
    expect(r.actions[1].indicators).toEqual(['9b']);
    expect(r.actions[2].due?.text ?? '').toBe('');
    expect(r.actions.every((a) => a.lead === '' && a.theme === null)).toBe(true);
    expect(actionEvidence(r)).toContain("Row 17: item 4.1 under 'Recommendations' (row 16), a heading that introduces actions");
  });

  it("reads '3.1 …' numbered at the head of the text under 'Key recommendations for 2024/25', ended by '4. Glossary'", () => {
    const r = read([
      ['Race equality annual report 2024 – Fenmoor Community Health'],
      [],
      ['2. Findings'],
      ['BME staff were 1.4 times more likely to enter a formal disciplinary process.'],
      [],
      ['Key recommendations for 2024/25'],
      ['3.1 Add a trained independent panel member to every Band 7+ interview (indicator 2).'],
      ['3.2 Check every disciplinary referral of a BME colleague with a second senior manager.'],
      ['3.3 Run a reverse mentoring programme for the executive team, by March 2025.'],
      ['4. Glossary'],
      ['ESR: the electronic staff record.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref])).toEqual([[7, '3.1'], [8, '3.2'], [9, '3.3']]);
    expect(r.actions[0].indicators).toEqual(['2']);
    expect(r.actions[2].due?.text).toBe('March 2025');
  });

  it("negative: a contents list naming 'Next steps' and 'Recommendations', over sections of paragraphs only, gives no action", () => {
    const r = read([
      ['Annual equality report 2023'],
      ['Table of contents'],
      ['1.', 'Introduction'],
      ['2.', 'Next steps'],
      ['3.', 'Recommendations'],
      ['4.', 'Data'],
      [],
      ['1', 'Introduction'],
      ['', 'This report describes the year.'],
      ['4', 'Data'],
      ['', 'The data were taken from ESR.'],
    ]);
    expect(r.actions).toEqual([]);
  });
});
