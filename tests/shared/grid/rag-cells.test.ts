import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A pattern of trackers: a status column of WORDS left unfilled ('Complete', 'In progress', 'Not started') and, beside
 * it, a column headed as the RAG whose cells hold NO TEXT, only a fill the user painted. The painted colour is the RAG
 * and the word the status: 'In progress' is green on one row and amber on another, which the word alone cannot say.
 * A RAG cell left blank leaves the RAG to the word. A status column that is both word and fill reads as before.
 */
const AS_AT = new Date(Date.UTC(2022, 0, 15));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const across = (row: number, width: number) => ({ top: row, left: 0, bottom: row, right: width - 1 });
/** Fills for a grid: `colours` maps 'row,column' to a colour. */
const paint = (values: CellValue[][], colours: Record<string, string>) => values.map((row, r) => row.map((_, c) => colours[`${r},${c}`] ?? null));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });
const ragsOf = (g: Grid) => read(g).actions.map((a) => [a.status, a.statusRag]);

/** A community trust's WDES tracker: 'Progress status' words, then a 'RAG rating' column of painted cells. */
function statusThenRag(): Grid {
  const values: CellValue[][] = [
    ['Hollinsford Community Healthcare NHS Trust – WDES action plan 2021/22'],
    ['Metric', 'Action', 'Owner', 'Due', 'Progress status', 'RAG rating', 'Update'],
    ['Metric 1', 'Audit disability declaration on ESR in every directorate.', 'Workforce Information Lead', 'Sep 2021', 'Complete', null, 'Audit reported in August.'],
    ['Metric 2', 'Add a guaranteed interview scheme to every vacancy advert.', 'Head of Recruitment', 'Dec 2021', 'In progress', null, 'Advert template changed.'],
    ['Metric 4a', 'Run bystander training in community nursing teams.', 'Head of OD', 'Mar 2022', 'In progress', null, 'Two of six teams trained.'],
    ['Metric 5', 'Reserve places for disabled staff on the aspiring leaders course.', 'Head of Education', 'Mar 2022', 'Not started', null, 'Course dates not yet set.'],
  ];
  return { values, merges: [across(0, 7)], fills: paint(values, { '2,5': BLUE, '3,5': GREEN, '4,5': AMBER, '5,5': RED }) };
}

/** A mental health trust's WRES plan: the painted 'RAG' column left of its 'Status' words. */
function ragThenStatus(): Grid {
  const values: CellValue[][] = [
    ['Ambleside Mental Health NHS Foundation Trust'],
    ['WRES action plan 2021-22'],
    ['Ref', 'WRES indicator', 'What we will do', 'Lead', 'By when', 'RAG', 'Status', 'Comments'],
    ['W1', '1', 'Set representation goals for BME staff at Band 8a and above.', 'Director of Workforce', '31/03/2022', null, 'On track', 'Goals agreed by two divisions.'],
    ['W2', '2', 'Put a trained BME panel member on every Band 7+ panel.', 'Head of Resourcing', '31/12/2021', null, 'On track', 'Pool of 30 trained.'],
    ['W3', '5', 'Launch a zero-tolerance campaign on abuse from patients.', 'Head of Security', '31/03/2022', null, 'Delayed', 'Campaign artwork in draft.'],
    ['W4', '7', 'Relaunch the speak up guardian network with BME champions.', 'Freedom to Speak Up Guardian', '30/09/2021', null, 'Completed', 'Six champions in post.'],
  ];
  return { values, merges: [across(0, 8), across(1, 8)], fills: paint(values, { '3,5': GREEN, '4,5': AMBER, '5,5': RED, '6,5': BLUE }) };
}

describe('a colour-only RAG column beside a status of words', () => {
  it("reads the painted colour as the RAG and the word as the status: 'In progress' is green on one row and amber on the next", () => {
    const report = read(statusThenRag());
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'blue'], ['In progress', 'green'], ['In progress', 'amber'], ['Not started', 'red']]);
    expect(report.actions[1].statusRagWhy).toBe("RAG of row 4: cell F4 is filled green; the status word 'In progress' in E4 is kept as the status");
    const status = report.columnEvidence.find((e) => e.field === 'status');
    expect(status?.column).toBe('E');
    expect(status?.reason).toMatch(/each action's RAG is the colour painted in column F \('RAG rating'\), whose cells hold no text/);
    // The RAG column is read, so it is not reported as a column left unchecked.
    expect(report.issues.filter((i) => i.rule === 'header-unmapped' && i.column === 'F')).toEqual([]);
  });

  it('reads the same when the painted column is left of the status words', () => {
    const report = read(ragThenStatus());
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['On track', 'green'], ['On track', 'amber'], ['Delayed', 'red'], ['Completed', 'blue']]);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.column).toBe('G');
    expect(report.actions[1].statusRagWhy).toBe("RAG of row 5: cell F5 is filled amber; the status word 'On track' in G5 is kept as the status");
  });

  it("takes the painted colour over the status word's text colour", () => {
    const g = ragThenStatus();
    // The status words written in colours of their own (green, green, amber, blue): the RAG cell's fill still decides.
    g.fonts = paint(g.values, { '3,6': GREEN, '4,6': GREEN, '5,6': AMBER, '6,6': BLUE });
    expect(ragsOf(g)).toEqual([['On track', 'green'], ['On track', 'amber'], ['Delayed', 'red'], ['Completed', 'blue']]);
  });

  it('leaves a blank RAG cell to the word, through the key, and says so', () => {
    const g = statusThenRag();
    g.fills![3][5] = null;
    g.values.splice(1, 0, ['Key: Complete = blue; In progress = green; Not started = red']);
    g.fills!.splice(1, 0, [null]);
    g.merges = [across(0, 7), across(1, 7)];
    const report = read(g);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber', 'red']);
    expect(report.actions[1].statusRagWhy).toBe("RAG of row 5: cell F5 has no fill, so the RAG is read from the status word 'In progress' in E5 (green)");
  });

  it("asks for no key word where the RAG is painted, and asks again where the RAG cell is blank", () => {
    const g = ragThenStatus();
    g.values.splice(2, 0, ['Key: Blue = complete; Green = on track; Amber = at risk; Red = off track']);
    g.fills!.splice(2, 0, [null]);
    g.merges = [across(0, 8), across(1, 8), across(2, 8)];
    const notInKey = () => read(g).issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.row);
    // 'Delayed' is no word of the key, but its red is painted beside it, as the key's colours say.
    expect(notInKey()).toEqual([]);
    g.fills![6][5] = null;
    expect(read(g).actions[2]).toMatchObject({ status: 'Delayed', statusRagWhy: expect.stringMatching(/cell F7 has no fill/) });
    expect(notInKey()).toEqual([7]);
  });

  it('reads a status column that is both word and fill as before, with no RAG-cell reason', () => {
    const g = statusThenRag();
    // The colours moved onto the status words themselves; the 'RAG rating' column emptied.
    g.fills = paint(g.values, { '2,4': BLUE, '3,4': GREEN, '4,4': AMBER, '5,4': RED });
    const report = read(g);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'amber', 'red']);
    expect(report.actions.map((a) => a.statusRagWhy)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads no RAG from a colour-only column whose header is not a status (a colour code of areas)', () => {
    const g = statusThenRag();
    g.values[1][5] = 'Area';
    const report = read(g);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'amber', 'red']);
    expect(report.actions.every((a) => a.statusRagWhy === undefined)).toBe(true);
  });
});
