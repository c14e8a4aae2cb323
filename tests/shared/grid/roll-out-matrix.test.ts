/**
 * A roll-out matrix: each action rated separately in every unit of the trust — one column per division, site, care group,
 * locality or profession, each cell a rating (a letter or word coloured as a status, or a colour alone) — beside one
 * column rating the action as a whole ('Overall', 'Trust-wide', or a column standing apart from the label over the
 * units). The whole column is the action's status and its colour the RAG; the units' ratings are context, and the whole
 * need not be the weakest unit. (holdout23 pellbrook: 'Roll-out by division' merged over five divisions, then 'Overall'.)
 * A tracker's period columns are no units: its latest period stays the status.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const FILL: Record<string, string> = { C: '#0070C0', B: '#0070C0', G: '#00B050', A: '#FFC000', R: '#FF0000', Complete: '#0070C0', 'On track': '#00B050', 'At risk': '#FFC000', Delayed: '#FFC000', 'Not started': '#FF0000', 'Off track': '#FF0000' };
const unmapped = (report: ReturnType<typeof read>, column: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message;
const statusReason = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'status')?.reason;

/**
 * Sites, one header row, the whole column AFTER the units headed 'Trust-wide'; unit cells filled letters (one 'n/a'
 * unfilled), the whole a filled word; a key of codes with their colours in brackets, then a sentence about the whole.
 */
const SITES: Grid = (() => {
  const values: (string | null)[][] = [
    ['Ashmere University Hospitals NHS Trust – WRES action plan 2023/24'],
    ['Key: C = complete (blue), G = on track (green), A = delayed (amber), R = not started (red), n/a = does not apply. Trust-wide uses the same words, coloured the same way.'],
    [],
    ['No.', 'Indicator', 'Action', 'Lead', 'By when', 'Ashmere General', 'St Oswald\'s', 'Community hubs', 'Trust-wide', 'Update'],
    ['1', '1', 'Publish a workforce profile by band and ethnicity for each site', 'Head of Workforce Information', 'Sep 2023', 'C', 'C', 'C', 'Complete', 'Published for all sites.'],
    ['2', '2', 'Put a trained BME panel member on every Band 7+ interview panel', 'Head of Recruitment', 'Mar 2024', 'G', 'A', 'G', 'On track', 'St Oswald\'s short of panel members.'],
    ['3', '3', 'Check every disciplinary referral with a senior HR adviser first', 'Head of Employee Relations', 'Dec 2023', 'C', 'G', 'n/a', 'On track', 'Community hubs refer through the acute sites.'],
    ['4', '5', 'Put zero-tolerance posters in every emergency department', 'Head of Security', 'Nov 2023', 'A', 'R', 'C', 'Delayed', 'St Oswald\'s estates work first.'],
    ['5', '7', 'Offer reverse mentoring to every site director', 'BME Network Chair', 'Mar 2024', 'R', 'R', 'R', 'Not started', 'Starts in February.'],
  ];
  const fills = values.map((row, r) => row.map((v, c) => (r >= 4 && c >= 5 && c <= 8 && v ? FILL[v] ?? null : null)));
  return { values, fills, sheetName: 'WRES 2023-24' };
})();

/**
 * Care groups, a TWO-ROW header with the whole column BEFORE the units and headed with no field word ('Steering group
 * view'); the units under 'Progress by care group' merged over them; unit cells FILLED BLANKS (a colour, no text).
 */
const CARE_GROUPS: Grid = (() => {
  const values: (string | null)[][] = [
    ['Brindle Valley Health and Care NHS Trust – WDES action plan 2023/24'],
    [],
    ['Ref', 'Metric', 'What we will do', 'Owner', 'Due', 'Steering group view', 'Progress by care group', null, null, null, 'Notes'],
    [null, null, null, null, null, null, 'Adult community', 'Children and families', 'Mental health', 'Learning disabilities', null],
    ['D1', 'M1', 'Run a campaign asking staff to update their disability status on ESR', 'Workforce Information Manager', 'Oct 2023', 'Complete', '', '', '', '', 'Declaration up from 3% to 6%.'],
    ['D2', 'M4a', 'Train line managers to respond to harassment from patients', 'Head of Leadership', 'Mar 2024', 'On track', '', '', '', '', 'Mental health cohort postponed.'],
    ['D3', 'M6', 'Publish presenteeism guidance for managers', 'Head of Wellbeing', 'Jan 2024', 'At risk', '', '', '', '', 'Awaiting the new policy.'],
    ['D4', 'M9a', 'Hold quarterly listening events with the disability network in each care group', 'Network Chair', 'Mar 2024', 'On track', '', '', '', '', 'Two of four held.'],
  ];
  const unitFills = [['C', 'C', 'C', 'C'], ['G', 'G', 'R', 'G'], ['A', 'R', 'A', 'G'], ['G', 'A', 'G', 'G']];
  const fills = values.map((row, r) => row.map((v, c) => (r >= 4 && c === 5 && v ? FILL[v] ?? null : r >= 4 && c >= 6 && c <= 9 ? FILL[unitFills[r - 4][c - 6]] : null)));
  const merges = [0, 1, 2, 3, 4, 5, 10].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  merges.push({ top: 2, left: 6, bottom: 2, right: 9 });
  return { values, fills, merges, sheetName: 'WDES 2023-24' };
})();

/** NEGATIVE: a tracker — the only coloured columns are quarters, one RAG letter each, no whole column. */
const TRACKER: Grid = (() => {
  const values: (string | null)[][] = [
    ['Ref', 'Indicator', 'Action', 'Lead', 'Target date', 'Q1', 'Q2', 'Q3', 'Q4', 'Comments'],
    ['1', '1', 'Publish the ethnicity pay gap with the WRES report', 'Head of Workforce Information', 'Sep 2023', 'G', 'B', 'B', '', 'Published.'],
    ['2', '2', 'Add a BME panel member to shortlisting panels at Band 7 and above', 'Head of Recruitment', 'Mar 2024', 'R', 'A', 'A', '', 'Pool of 40 members.'],
    ['3', '3', 'Review every disciplinary case before a formal hearing', 'Head of Employee Relations', 'Dec 2023', 'A', 'G', 'R', '', 'Post vacant in Q3.'],
    ['4', '9', 'Hold a Board development session on race equality', 'Director of Corporate Affairs', 'Dec 2023', 'G', 'G', 'G', '', 'Booked.'],
  ];
  const fills = values.map((row, r) => row.map((v, c) => (r >= 1 && c >= 5 && c <= 8 && v ? FILL[v] ?? null : null)));
  return { values, fills };
})();

describe('a roll-out matrix: the whole column is the action\'s status, the units\' ratings are context', () => {
  it('reads sites rated by filled letters beside a Trust-wide word: the status is the Trust-wide word and its colour', () => {
    const report = read(SITES);
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 7, 8, 9]);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([
      ['Complete', 'blue'], ['On track', 'green'], ['On track', 'green'], ['Delayed', 'amber'], ['Not started', 'red'],
    ]);
    expect(report.columns.status).toBe('I');
    expect(statusReason(report)).toBe("Status: column I ('Trust-wide') — the action's own status (its header says it rates the whole); columns F–H ('Ashmere General' … 'Community hubs') rate it unit by unit and are kept as context");
    for (const c of ['F', 'G', 'H']) expect(unmapped(report, c)).toContain("it rates the action in one unit of 3 (columns F–H ('Ashmere General' … 'Community hubs')), not the action as a whole: the status is column I ('Trust-wide')");
    // The units' letters are no field of the action, and no unit's name is its lead or theme.
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Workforce Information', 'Head of Recruitment', 'Head of Employee Relations', 'Head of Security', 'BME Network Chair']);
    expect(report.actions.every((a) => a.theme === null)).toBe(true);
  });

  it('reads the key of codes with bracketed colours up to its sentence: C is complete and blue, n/a a status with no colour', () => {
    const report = read(SITES);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['complete', 'blue'], ['on track', 'green'], ['delayed', 'amber'], ['not started', 'red'], ['does not apply', null]]);
  });

  it('reads care groups rated by filled blanks under a label, the whole column before them: the whole column is the status', () => {
    const report = read(CARE_GROUPS);
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 7, 8]);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['On track', 'green']]);
    expect(report.columns.status).toBe('F');
    expect(statusReason(report)).toBe("Status: column F ('Steering group view') — the action's own status (it stands apart from the label 'Progress by care group' over the units); columns G–J ('Adult community' … 'Learning disabilities', under 'Progress by care group') rate it unit by unit and are kept as context");
    expect(unmapped(report, 'H')).toContain("it rates the action in one unit of 4 (columns G–J ('Adult community' … 'Learning disabilities', under 'Progress by care group')), not the action as a whole: the status is column F ('Steering group view')");
    expect(report.actions.map((a) => a.progress)).toEqual(['Declaration up from 3% to 6%.', 'Mental health cohort postponed.', 'Awaiting the new policy.', 'Two of four held.']);
  });

  it('NEGATIVE: a tracker whose only coloured columns are quarters still reads each action\'s latest quarter', () => {
    const report = read(TRACKER);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['B', 'blue'], ['A', 'amber'], ['R', 'red'], ['G', 'green']]);
    expect(statusReason(report)).toContain('latest of 4 quarterly columns');
    expect(report.issues.some((i) => i.message.includes('rates the action in one unit'))).toBe(false);
  });
});
