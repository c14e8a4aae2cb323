import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readOpeningStatus } from '../../../shared/grid/read-opening-status';
import { readWorkbook } from '../../../shared/xlsx/read-workbook';
import { DEFAULT_RAG_KEY } from '../../../shared/rag/default-rag-key';
import type { Grid } from '../../../shared/types';

/**
 * The pattern: a plan with no status column writes each action's status as the opening words of its update, set apart
 * in bold coloured text ('ON TRACK – Campaign materials agreed…' with 'ON TRACK' in green, 'Red: budget not agreed' with
 * 'Red' in red), often under a line listing the status words. Each status is those words; its RAG the colour they are
 * written in, unless the plan's own key gives the word a colour; words in the cell's own black have none.
 * The plans are real .xlsx files built with exceljs, so the colours come through the .xlsx reader's rich-text runs.
 */
const AS_AT = new Date(Date.UTC(2021, 9 /* Oct */, 31));
const ARGB = { blue: 'FF0070C0', green: 'FF00B050', orange: 'FFED7D31', amber: 'FFFFC000', red: 'FFFF0000', navy: 'FF1F3864' } as const;
type Colour = keyof typeof ARGB | null;

/** A cell's rich text: the opening words bold in `colour` (or the cell's own black), then the rest in plain black. */
const opening = (words: string, colour: Colour, rest: string) => ({
  richText: [{ text: words, font: { bold: true, ...(colour ? { color: { argb: ARGB[colour] } } : {}) } }, { text: rest }],
});

async function read(rows: unknown[][]): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue; }));
  return (await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()))).sheets[0];
}

/** A WRES plan whose 'Comments' cells open 'Green: …', 'Amber – …', 'Red: …' in their colours, no key at all. */
const commentsPlan = () => read([
  ['Oakridge Community NHS Trust – WRES action plan 2021/22'],
  [null],
  ['No.', 'WRES indicator', 'What we will do', 'Executive sponsor', 'By when', 'Comments'],
  ['1', 'Indicator 1', 'Publish representation targets for every division.', 'Chief People Officer', 'March 2022', opening('Green:', 'green', ' targets agreed by all four divisions.')],
  ['2', 'Indicator 2', 'Put a BME panel member on every Band 7+ interview panel.', 'Head of Resourcing', 'December 2021', opening('Amber –', 'amber', ' pool of panel members still too small.')],
  ['3', 'Indicator 5', 'Launch a zero-tolerance campaign on racist abuse from patients.', 'Director of Nursing', 'January 2022', opening('Red:', 'red', ' campaign postponed by winter pressures.')],
  ['4', 'Indicator 7', 'Start reciprocal mentoring between the Board and BME staff.', 'Chief Executive', 'March 2022', 'Mentors matched; first meetings in November.'],
]);

/** A WDES plan whose 'Update' cells open with the plan's own words in their colours, under a line that only lists them. */
const updatesPlan = () => read([
  ['Brackenfield Hospitals NHS Trust – WDES action plan 2021/22, Q2 update'],
  ['Status words: Complete, On track, Delayed, Not started'],
  ['Metric', 'Action', 'Lead', 'Due', 'Update'],
  ['Metric 1', 'Run a disability declaration campaign across every site.', 'Workforce Information Lead', 'September 2021', opening('Complete -', 'blue', ' declaration rose to 4.1%.')],
  ['Metric 2', 'Offer adjustments at every interview and say so in adverts.', 'Head of Recruitment', 'December 2021', opening('On track -', 'green', ' wording drafted with the network.')],
  ['Metric 4', 'Train managers on disability-related bullying.', 'Head of OD', 'November 2021', opening('Delayed -', 'orange', ' trainer recruited late.')],
  ['Metric 8', 'Launch a reasonable adjustments passport.', 'Head of Occupational Health', 'March 2022', opening('Not started -', null, ' begins in January.')],
]);

describe('a status written at the start of the update, coloured by its text', () => {
  it("reads 'Green: …', 'Amber – …', 'Red: …' in a Comments column as the status, its colour from the words' own", async () => {
    const report = checkPlan(await commentsPlan(), { asAt: AS_AT });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Green', 'green'], ['Amber', 'amber'], ['Red', 'red'], ['', null]]);
    // The comment keeps its whole text, as written.
    expect(report.actions[0].progress).toBe('Green: targets agreed by all four divisions.');
    expect(report.actions[2].statusRagWhy).toBe("RAG: red, the colour 'Red' is written in (F6)");
    expect(report.actions[2].sources.status?.cell).toBe('F6');
    expect(report.columnEvidence.find((e) => e.field === 'progress')?.reason).toMatch(/open with their status set apart in its own colour/);
  });

  it("gives each status the colour it is written in under a line that lists the words without colours: blue 'Complete', orange 'Delayed' as amber", async () => {
    const report = checkPlan(await updatesPlan(), { asAt: AS_AT });
    // Short as they are, the cells are read as the status column: each status stays as written, its RAG its words' colour.
    expect(report.actions.map((a) => a.status)).toEqual(['Complete - declaration rose to 4.1%.', 'On track - wording drafted with the network.', 'Delayed - trainer recruited late.', 'Not started - begins in January.']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber', null]);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/open with their status set apart in its own colour \(E4: 'Complete' in blue, 3 of them\)/);
    expect(report.actions[0].statusRagWhy).toBe("RAG: blue, the colour 'Complete' is written in (E4)");
    // Written in the cell's own black among coloured statuses: no colour, and the user is told why.
    expect(report.actions[3].statusRagWhy).toMatch(/'Not started' has no colour: it is not written in a colour of its own \(E7\)/);
    // A complete action is not overdue, though its date has passed.
    expect(report.actions[0].overdue).toBe(false);
  });

  it("lets the plan's own key win where it gives the word a colour", async () => {
    const grid = await updatesPlan();
    grid.values[1][0] = 'Key: Complete = green, On track = green, Delayed = amber, Not started = red';
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.ragKey.source).not.toBe('default');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'amber', 'red']);
  });

  it('reads nothing from updates that are not written so: one colour for every opening or sentences; with no coloured runs (the add-in), the words alone', async () => {
    // Every comment opening in red is a style, not statuses.
    const oneColour = await read([
      ['Plan'],
      ['Ref', 'Action', 'Lead', 'Due', 'Progress'],
      ['1', 'Publish representation targets for every division.', 'Chief People Officer', 'March 2022', opening('Note:', 'red', ' targets agreed.')],
      ['2', 'Put a BME panel member on every Band 7+ panel.', 'Head of Resourcing', 'December 2021', opening('Update:', 'red', ' pool still too small.')],
      ['3', 'Launch a campaign on racist abuse from patients.', 'Director of Nursing', 'January 2022', opening('Note:', 'red', ' postponed.')],
    ]);
    expect(checkPlan(oneColour, { asAt: AS_AT }).actions.map((a) => a.status)).toEqual(['', '', '']);
    // Office.js gives one text colour per cell, no runs: the pane sees no status set apart in a colour, but the comments
    // still open with colour words before a colon or dash, in three of four: it reads the same statuses as the file does,
    // their colours the words' own (plain status openings, tests/shared/grid/plain-status-openings.test.ts).
    const pane = await commentsPlan();
    delete pane.textRuns;
    expect(checkPlan(pane, { asAt: AS_AT }).actions.map((a) => [a.status, a.statusRag])).toEqual([['Green', 'green'], ['Amber', 'amber'], ['Red', 'red'], ['', null]]);
  });

  it('keeps the colours of a separate status column written in coloured text under a line that only lists the words', async () => {
    const grid = await read([
      ['Brackenfield Hospitals NHS Trust – WDES action plan 2021/22'],
      ['Status: Complete, On track, At risk, Off track'],
      ['Metric', 'Action', 'Lead', 'Due', 'Status', 'Update'],
      ['Metric 1', 'Run a disability declaration campaign across every site.', 'Workforce Information Lead', 'September 2021', opening('Complete', 'blue', ''), 'Declaration rose to 4.1%.'],
      ['Metric 2', 'Offer adjustments at every interview and say so in adverts.', 'Head of Recruitment', 'December 2021', opening('On track', 'green', ''), 'Wording drafted.'],
      ['Metric 4', 'Train managers on disability-related bullying.', 'Head of OD', 'November 2021', opening('At risk', 'orange', ''), 'Trainer recruited late.'],
      ['Metric 8', 'Launch a reasonable adjustments passport.', 'Head of Occupational Health', 'March 2022', opening('Off track', 'red', ''), 'No budget agreed.'],
    ]);
    const report = checkPlan(grid, { asAt: AS_AT });
    // The listed words say which words are statuses, not that they have no colour.
    // (The default vocabulary's own 'Open', 'Closed', 'Not Yet Due', 'Deferred', 'Superseded' have no colour by design.)
    const noColourByDesign = DEFAULT_RAG_KEY.entries.filter((e) => e.rag === null).map((e) => e.label);
    expect(report.ragKey.entries.filter((e) => !noColourByDesign.includes(e.label)).every((e) => e.rag !== null)).toBe(true);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Off track', 'red']]);
  });

  it("splits a 'Latest position' column's coloured status from its remarks: the status the words, the progress the whole cell (holdout93 tansley)", async () => {
    const grid = await read([
      ['Tansford Care Partnership NHS Trust – Race Equality Plan 2021/22'],
      ['No.', 'Action', 'WRES', 'Responsible', 'Deadline', 'Latest position (October 2021)'],
      ['1', 'Publish team-level ethnicity data in the monthly workforce pack.', '1', 'Workforce Intelligence Manager', 'September 2021', opening('Complete –', 'blue', ' Team-level data now in the pack.')],
      ['2', 'Bring in diverse panels for all Band 7 and above interviews.', '2', 'Recruitment Lead', 'December 2021', opening('On track –', 'green', ' 58% of panels diverse in October.')],
      ['3', 'Open a mentoring scheme for ethnic minority Band 5 and 6 nurses.', '7', 'Head of Nursing Development', 'January 2022', opening('Slipping –', 'orange', ' only 9 mentors signed up against 20.')],
      ['4', 'Review every formal disciplinary case involving an ethnic minority colleague.', '3', 'Employee Relations Manager', 'March 2022', opening('On track –', 'green', ' panel met four times.')],
      ['5', 'Run Race Equality Conversations in each community team.', '6', 'Race Equality Lead', 'March 2022', 'Scheduled for Q4; facilitators being trained.'],
    ]);
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Slipping', 'amber'], ['On track', 'green'], ['', null]]);
    expect(report.actions.map((a) => a.progress)).toEqual([
      'Complete – Team-level data now in the pack.', 'On track – 58% of panels diverse in October.', 'Slipping – only 9 mentors signed up against 20.',
      'On track – panel met four times.', 'Scheduled for Q4; facilitators being trained.',
    ]);
  });

  it('takes only a few words set off by a dash or colon, never a sentence or a period', () => {
    expect(readOpeningStatus('ON TRACK: 146 managers trained.', [{ text: 'ON TRACK: ', colour: '#00B050' }, { text: '146 managers trained.', colour: null }])).toEqual({ status: 'ON TRACK', colour: '#00B050', rest: '146 managers trained.' });
    expect(readOpeningStatus('Campaign materials were agreed with the network – launch in November', null)).toBeNull();
    expect(readOpeningStatus('Q3 – training booked', null)).toBeNull();
    // Words in navy body text are set apart in no RAG colour.
    expect(readOpeningStatus('At risk – funding', [{ text: 'At risk – ', colour: '#1F3864' }, { text: 'funding', colour: null }])?.colour).toBeNull();
  });
});
