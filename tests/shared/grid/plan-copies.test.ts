/**
 * A copy of the plan kept under it: the header printed again over the same actions, word for word, with older statuses
 * and updates — an email thread pasted into Excel, the reply's table on top and the earlier message's under it
 * (holdout34 holmbridge: 'Update (March 2019)' over 8 actions, the same 8 under 'Update (February 2019)'), or last
 * quarter's copy pasted under this quarter's. The copy is set aside (`other-plan-skipped`) with why; the header printed
 * again over the plan's next actions, and a plan repeating one or two actions in another section, read as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2019, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Sheet1' }, { asAt: AS_AT });
const skipped = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'other-plan-skipped').map((i) => i.message);

const ACTIONS = [
  'Rerun the ethnicity self-service prompt on ESR for all community nursing teams',
  'Put a BME panel member on all Band 7 and above interviews in community nursing',
  'Ask HR advisers to get a second opinion before any BME member of staff is suspended',
  'Report the share of CPD funding going to BME staff by band each quarter',
];
const LEADS = ['Head of Workforce Information', 'Deputy Director of Nursing', 'Head of Employee Relations', 'Head of Learning & Development'];
const rows = (updates: string[], rags: string[]): CellValue[][] => ACTIONS.map((a, i) => [String(i + 1), `Indicator ${i + 1}`, a, LEADS[i], 'Mar-19', rags[i], updates[i]]);

describe('a copy of the plan kept under it', () => {
  it("sets aside an email thread's earlier table under the reply's", () => {
    const report = read([
      ['From: Dawson, Keira'],
      ['Subject: RE: WRES action plan 2018/19 – March update'],
      ['Ahead of Thursday\'s committee, the updated plan is below.'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update (March 2019)'],
      ...rows(['Done – not stated now 4.1%.', 'Panel list agreed.', 'In place since November.', 'Q3 report delayed.'], ['C', 'A', 'G', 'A']),
      ['Many thanks,'],
      ['Keira'],
      [],
      ['From: Adeyemi, Tunde'],
      ['Subject: WRES action plan 2018/19'],
      ['Keira – here is February\'s version. Could you refresh it for the March committee please?'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update (February 2019)'],
      ...rows(['Ran in December.', 'Panel list being agreed.', 'In place since November.', 'Q3 report in preparation.'], ['G', 'A', 'G', 'G']),
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 7, 8]);
    expect(report.actions[0].status).toBe('C');
    expect(skipped(report).join('\n')).toMatch(/Rows 15–19 hold another plan .*its rows repeat, word for word, 4 of the actions on rows 5–8 under the plan's header printed again \('Update \(February 2019\)' for 'Update \(March 2019\)'\)/);
  });

  it("sets aside the earlier table when the reply's own table breaks over a page, its header printed again", () => {
    const header = (update: string): CellValue[] => ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', update];
    const march = rows(['Done – not stated now 4.1%.', 'Panel list agreed.', 'In place since November.', 'Q3 report delayed.'], ['C', 'A', 'G', 'A']);
    const report = read([
      ['Subject: RE: WRES action plan 2018/19 – March update'],
      header('Update (March 2019)'),
      march[0],
      ['Subject: RE: WRES action plan 2018/19 – March update – continued'],
      header('Update (March 2019)'),
      ...march.slice(1),
      ['Many thanks, Keira'],
      [],
      ['From: Adeyemi, Tunde'],
      header('Update (February 2019)'),
      ...rows(['Ran in December.', 'Panel list being agreed.', 'In place since November.', 'Q3 report in preparation.'], ['G', 'A', 'G', 'G']),
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 6, 7, 8]);
    expect(skipped(report).join('\n')).toMatch(/its rows repeat, word for word, 4 of the actions on rows 3–8/);
  });

  it('sets aside the copy though a sign-off line and a glossary are typed under it', () => {
    const report = read([
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update (March 2019)'],
      ...rows(['Done.', 'Agreed.', 'In place.', 'Delayed.'], ['C', 'G', 'G', 'A']),
      [],
      ['From: Adeyemi, Tunde'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update (February 2019)'],
      ...rows(['Planned.', 'Being agreed.', 'Drafted.', 'In preparation.'], ['G', 'A', 'G', 'G']),
      ['Approved by:', 'Trust Board'],
      ['Glossary'],
      ['EDI –', 'Equality, diversity and inclusion'],
      ['ESR –', 'Electronic Staff Record, the national payroll and HR system'],
      ['FTSU –', 'Freedom to Speak Up, the route for raising concerns'],
      ['OD –', 'Organisational development, the team that runs leadership courses'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  it("sets aside last quarter's copy pasted under this quarter's, its columns in the same places", () => {
    const report = read([
      ['WRES action plan 2018/19 – Q3 position'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Q3 update'],
      ...rows(['Done.', 'Agreed.', 'In place.', 'Delayed.'], ['C', 'G', 'G', 'A']),
      [],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Q2 update'],
      ...rows(['Planned.', 'Being agreed.', 'Drafted.', 'In preparation.'], ['G', 'A', 'G', 'G']),
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(report.actions[3].progress).toBe('Delayed.');
    expect(skipped(report).join('\n')).toMatch(/Rows 8–12 .*'Q2 update' for 'Q3 update'/);
  });

  it('reads the header printed again over further actions, and an action repeated in a second section, as before (negative)', () => {
    const report = read([
      ['WRES action plan 2018/19'],
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update'],
      ...rows(['Done.', 'Agreed.', 'In place.', 'Delayed.'], ['C', 'G', 'G', 'A']),
      ['No.', 'WRES indicator', 'Action', 'Lead', 'By when', 'RAG', 'Update'],
      ['5', 'Indicator 5', ACTIONS[0], 'Head of Workforce Information', 'Mar-19', 'G', 'Second round for bank staff.'],
      ['6', 'Indicator 6', 'Run a bullying and harassment speak-up roadshow at the six largest bases', 'FTSU Guardian', 'Mar-19', 'G', ''],
      ['7', 'Indicator 7', 'Publish a plain English guide to how acting-up opportunities are advertised', 'Head of Resourcing', 'Mar-19', 'R', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6, 8, 9, 10]);
    expect(skipped(report)).toEqual([]);
  });
});
