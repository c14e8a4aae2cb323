import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A paragraph of sentences right above a header, leading into the table it pastes ('Ahead of Thursday's committee, the
 * updated … WRES plan is below. Changes since February are in the last column.'), says what follows, not what the
 * actions are about: no heading, no theme. Seen in holdout34 holmbridge (an Outlook reply pasted into Excel).
 */
const AS_AT = new Date(Date.UTC(2019, 2, 14));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);
const header = ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG'];
const rows: CellValue[][] = [
  ['1', 'Indicator 1', 'Rerun the ethnicity self-service prompt on ESR for community nursing teams.', 'Head of Workforce Information', '31/01/19', 'G'],
  ['2', 'Indicator 2', 'Put a BME panel member on all Band 7 and above interviews.', 'Deputy Director of Nursing', 'end Sept 19', 'A'],
];

describe('a lead-in paragraph above the header', () => {
  it("an e-mail's sentences over the pasted table, the thread's earlier copy below", () => {
    const report = read([
      ['From: Dawson, Keira'], ['Subject: RE: WRES action plan 2018/19 – March update'], [], ['Hi all,'], [],
      ["Ahead of Thursday's committee, the updated Holmfield Community Health NHS Trust WRES plan is below. Changes since February are in the last column."],
      [], header, ...rows,
      [], ['Many thanks,'], ['Keira'], [],
      // The earlier message of the thread, with its own copy of the table below.
      ['From: Adeyemi, Tunde'], ['Subject: WRES action plan 2018/19'], [],
      ['Keira – here is February’s version. Could you refresh it for the March committee please? Thanks.'],
      [], header, ...rows,
    ]);
    expect(themes(report).slice(0, 2)).toEqual([[9, null], [10, null]]);
  });

  it("a paper's paragraph saying what the first table sets out, no blank row before the header, a heading over the next", () => {
    const report = read([
      ['Westbrook NHS Trust – WRES action plan 2018/19'],
      ['The table below sets out the actions agreed with the BME Network in January. Each action has a named lead and a date.'],
      header, ...rows,
      [],
      ['Governance'],
      header, ['3', 'Indicator 9', 'Bring the WRES results and this plan to the Board in public each year.', 'Director of People', 'May-19', 'G'],
    ]);
    expect(themes(report)).toEqual([[4, null], [5, null], [9, 'Governance']]);
  });

  it('a heading of one long line, and a short heading, still head their blocks (negative)', () => {
    const report = read([
      ['Westbrook NHS Trust – WRES action plan 2018/19'],
      [],
      ['Key Action Area – Representative Workforce: more BME staff at Band 8a and above in every directorate'],
      header, rows[0],
      [],
      ['Governance'],
      header, rows[1],
    ]);
    expect(themes(report)).toEqual([[5, 'Key Action Area – Representative Workforce: more BME staff at Band 8a and above in every directorate'], [9, 'Governance']]);
  });
});
