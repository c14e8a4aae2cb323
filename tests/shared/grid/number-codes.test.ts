import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * A RAG given as a number (a score, a rating 1–4 or 1–5, a percentage) decoded by a key: the status cells hold a plain
 * number, uncoloured, and only a key says what each number means — a key line above the header or under the plan
 * ('4 = Complete (blue)  3 = On track (green) …  blank = not yet rated'), the status header's own text ('Score (1=Red,
 * 2=Amber, 3=Green)'), or a line of bracketed colours whose labels start with the code ('1 – Off track (red)'). The
 * column holding the codes is the status, the number stays the status as written, and its colour is the key's, with
 * a reason naming what the key says and where. A column of other numbers (item numbers counting up, indicators) is
 * never taken for codes, and a plan with numbers but no key gives them no colour.
 */
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more } as Grid, { asAt: AS_AT });
const statusesOf = (r: PlanReport) => r.actions.map((a) => [a.status, a.statusRag]);
const statusReason = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'status')?.reason;

describe('a RAG given as a number, decoded by a key', () => {
  it('reads a 1–5 rating keyed in a line under the plan; the numbered rows stay numbered', () => {
    const report = read([
      ['Eastmarsh Community NHS Trust – WRES action plan 2018/19'],
      ['No.', 'Action', 'Lead', 'When', 'Rating', 'Update'],
      [1, 'Publish the workforce profile by band for each care group.', 'Workforce Information Manager', 'Q1 2018/19', 5, 'Published in June.'],
      [2, 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Recruitment', 'Q2 2018/19', 4, 'Panel pool of 20 trained.'],
      [3, 'Record non-mandatory training on the learning system.', 'Head of L&D', 'March 2019', 3, 'System change requested.'],
      [4, 'Run a development programme for BME staff at Bands 5 to 7.', 'Head of OD', 'March 2019', 2, 'Funding not yet agreed.'],
      [5, 'Review disciplinary cases by ethnicity every quarter.', 'Head of Employee Relations', 'Quarterly', 1, ''],
      [],
      ['Rating: 5 = Complete (blue), 4 = On track (green), 3 = Minor slippage (amber), 2 = Major slippage (red), 1 = Not started (no rating)'],
    ]);
    expect(report.columns.status).toBe('E');
    expect(report.columns.ref).toBe('A');
    expect(statusReason(report)).toBe("Status: header 'Rating' — 5 of 5 cells are numbers the plan's key gives a status, read through the key");
    // The number stays the status as written; its colour is the key's, and '1' is a status the key gives no colour.
    expect(statusesOf(report)).toEqual([['5', 'blue'], ['4', 'green'], ['3', 'amber'], ['2', 'red'], ['1', null]]);
    expect(report.actions[1].statusRagWhy).toBe("RAG: '4' is 'On track' (green) in the plan's key on A9");
    expect(report.actions[4].statusRagWhy).toBe("Status '1' (Not started) has no colour: the plan's key names it with no colour");
    // The key says '5' is complete: that action is not overdue, though its date has passed.
    expect(report.actions[0].overdue).toBe(false);
    // The key line is no action; no status is reported as unknown.
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6, 7]);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it("reads a score keyed in the status header's own text, beside an indicator column of numbers", () => {
    const report = read([
      ['Northfold Hospitals NHS Foundation Trust – WDES action plan 2019/20'],
      ['Metric', 'What we will do', 'Owner', 'By', 'Score (1=Red, 2=Amber, 3=Green)'],
      ['1', 'Ask staff to update their disability status on ESR.', 'Head of Workforce Systems', 'Dec 2019', 3],
      ['2', 'Audit shortlisting of disabled applicants.', 'Head of Recruitment', 'Jan 2020', 2],
      ['4', 'Train managers in reasonable adjustments.', 'Head of OD', 'Mar 2020', 1],
      ['9', 'Give the network chair protected time.', 'Director of People', 'Nov 2019', 3],
    ]);
    expect(report.columns.status).toBe('E');
    expect(report.columns.indicator).toBe('A');
    expect(report.ragKey.source).toBe('header');
    expect(statusReason(report)).toMatch(/^Status: header 'Score \(1=Red, 2=Amber, 3=Green\)' — 4 of 4 cells are numbers the plan's key gives a status/);
    expect(statusesOf(report)).toEqual([['3', 'green'], ['2', 'amber'], ['1', 'red'], ['3', 'green']]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2'], ['4'], ['9']]);
    // A label that is its colour is not told twice.
    expect(report.actions[0].statusRagWhy).toBe("RAG: '3' is 'Green' in the key in the status header");
  });

  it('reads codes pasted with their words, keyed by a line of bracketed colours above the header', () => {
    const report = read([
      ['Westbury NHS Trust – WRES action plan 2018/19'],
      ['Key: 1 – Off track (red) · 2 – At risk (amber) · 3 – On track (green) · 4 – Complete (blue)'],
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Progress rating'],
      ['W1', '1', 'Publish the workforce profile by band.', 'Workforce Information Manager', 'Jun 2018', '4 - Complete'],
      ['W2', '2', 'Put a BME panel member on every interview panel.', 'Head of Recruitment', 'Sep 2018', '3 - On track'],
      ['W3', '5', 'Launch a zero tolerance campaign.', 'Director of Nursing', 'Dec 2018', '2 - At risk'],
      ['W4', '7', 'Reverse mentoring for BME staff.', 'Director of People', 'Mar 2019', '1 - Off track'],
      ['W5', '8', 'Promote the staff networks at induction.', 'EDI Lead', 'Mar 2019', '4 - Complete'],
    ]);
    expect(report.columns.status).toBe('F');
    expect(report.ragKey.entries.map((e) => [e.aliases, e.label, e.rag])).toEqual([[['1'], 'Off track', 'red'], [['2'], 'At risk', 'amber'], [['3'], 'On track', 'green'], [['4'], 'Complete', 'blue']]);
    // 'Complete' is blue, as the key says, not the usual green.
    expect(statusesOf(report)).toEqual([['4 - Complete', 'blue'], ['3 - On track', 'green'], ['2 - At risk', 'amber'], ['1 - Off track', 'red'], ['4 - Complete', 'blue']]);
  });

  it("reads a progress column of percentages shown '50%' through a key of percentages as each action's status", () => {
    const rows = [[0.5, '50%'], [1, '100%'], [0, '0%'], [0.5, '50%']] as const;
    const report = read(
      [
        ['Kelmscott NHS Trust – WRES action plan 2018/19'],
        ['% complete: 0% = not started (red), 50% = in progress (amber), 100% = complete (green)'],
        ['Item', 'Action', 'Lead', 'Due', 'Progress %'],
        ...rows.map(([value], i): CellValue[] => [i + 1, ['Publish the profile.', 'Audit shortlisting.', 'Launch the campaign.', 'Train the panels.'][i], 'EDI Lead', 'Dec 2018', value]),
      ],
      { display: [[], [], [], ...rows.map(([, shown]) => [null, null, null, null, shown])] },
    );
    // A '% complete' column, with no status column, is each action's status (find-percent-complete.ts), read through the key.
    expect(report.columns.status).toBe('E');
    expect(report.columns.progress).toBeUndefined();
    expect(report.columns.ref).toBe('A');
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/^Status: from 'Progress %' \(100% = complete/);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['50%', 'amber'], ['100%', 'green'], ['0%', 'red'], ['50%', 'amber']]);
    expect(report.actions[0].statusRagWhy).toBe("RAG: '50%' is 'in progress' (amber) in the plan's key on A2");
    // The key says 100% is complete: that action is not overdue, though all four were due in December.
    expect(report.actions.map((a) => a.overdue)).toEqual([true, false, true, true]);
  });
});

describe('numbers that are no codes', () => {
  it('leaves an item column counting up as item numbers when a key gives those numbers a status', () => {
    const report = read([
      ['Brackley NHS Trust – WDES action plan 2020/21'],
      ['RAG rating: 4 = Complete (blue)  3 = On track (green)  2 = At risk (amber)  1 = Off track (red)  blank = not yet rated'],
      ['Item', 'Action', 'Lead', 'Due', 'Progress', 'RAG'],
      [1, 'Ask all staff to update their disability status.', 'Head of Workforce Systems', 'Nov 2020', 'Film released.', 3],
      [2, 'Audit shortlisting of disabled applicants.', 'Head of Recruitment', 'Jan 2021', 'Sample drawn.', 3],
      [3, 'Give managers a reasonable adjustments checklist.', 'Head of Employee Relations', 'Dec 2020', 'Drafted.', 1],
      [4, 'Offer coaching to disabled staff.', 'Head of OD', 'Mar 2021', 'Coaches found.', null],
    ]);
    expect(report.columns.status).toBe('F');
    expect(report.columns.status).not.toBe('A');
    expect(statusesOf(report)).toEqual([['3', 'green'], ['3', 'green'], ['1', 'red'], ['', null]]);
    // A blank rating is no status, and says nothing.
    expect(report.actions[3].statusRagWhy).toBeUndefined();
  });

  it('gives no colour to numbers no key defines, and reads no item column as a status', () => {
    const plain = read([
      ['Southby NHS Trust – WRES action plan 2018/19'],
      ['Item', 'Action', 'Lead', 'Due', 'RAG'],
      [1, 'Publish the workforce profile by band.', 'Workforce Information Manager', 'Jun 2018', 'Complete'],
      [2, 'Put a BME panel member on every interview panel.', 'Head of Recruitment', 'Sep 2018', 'On track'],
      [3, 'Launch a zero tolerance campaign.', 'Director of Nursing', 'Dec 2018', 'Delayed'],
    ]);
    expect(plain.columns.status).toBe('E');
    expect(plain.columns.ref).toBe('A');
    const unkeyed = read([
      ['Southby NHS Trust – WRES action plan 2018/19'],
      ['No.', 'Action', 'Lead', 'Due', 'Rating', 'Update'],
      [1, 'Publish the workforce profile by band.', 'Workforce Information Manager', 'Jun 2018', 3, 'Done.'],
      [2, 'Put a BME panel member on every interview panel.', 'Head of Recruitment', 'Sep 2018', 2, 'Pool trained.'],
      [3, 'Launch a zero tolerance campaign.', 'Director of Nursing', 'Dec 2018', 1, 'Not begun.'],
    ]);
    expect(unkeyed.ragKey.source).toBe('default');
    expect(unkeyed.columns.status).not.toBe('A');
    expect(unkeyed.actions.map((a) => a.statusRag)).toEqual([null, null, null]);
    expect(unkeyed.actions.every((a) => a.statusRagWhy === undefined)).toBe(true);
  });

  it('reads a key whose numbers are no codes as before, and no numbered list or range as a key', () => {
    const key = readColourPairs('Red = less than 50% complete, Amber = 50-99% complete, Green = 100% complete');
    expect(key.entries.map((e) => [e.label, e.rag, e.aliases])).toEqual([['less than 50% complete', 'red', []], ['50-99% complete', 'amber', []], ['100% complete', 'green', []]]);
    expect(readColourPairs('1 - Complete the audit, 2 - Deliver the training').entries).toEqual([]);
    expect(readColourPairs('1 = Complete the audit of shortlisting  2 = Deliver training to panels').entries).toEqual([]);
    expect(readColourPairs('RAG rating (1-4)').entries).toEqual([]);
    expect(readColourPairs('Indicators: 1 = representation, 2 = shortlisting, 3 = disciplinary').entries).toEqual([]);
  });
});
