import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColouredKey } from '../../../shared/rag/read-coloured-key';
import { readWorkbook } from '../../../shared/xlsx/read-workbook';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Two patterns of board-report plans:
 * - a status whose colour is in its text, not its fill: a '●' written in green, amber or red, or the status words
 *   themselves written in their colours ('Complete' in blue, 'At risk' in orange), no cell filled;
 * - a key written in its own colours in one cell: each label in its colour ('Status is shown by colour of text:
 *   Complete · On track · At risk'), or a coloured mark before each meaning ('RAG: ● on track ● some risk ● off track').
 * The key's colours win over the usual words' (Complete is blue when the key writes it in blue).
 */
const AS_AT = new Date(Date.UTC(2021, 9 /* Oct */, 31));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const ORANGE = '#ED7D31';
const RED = '#FF0000';
const NAVY = '#1F3864';
const ragsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => [a.status, a.statusRag]);
const across = (row: number, width: number) => ({ top: row, left: 0, bottom: row, right: width - 1 });
/** Text colours for a grid: `colours` maps 'row,column' to a colour. */
const fontsOf = (values: CellValue[][], colours: Record<string, string>) => values.map((row, r) => row.map((_, c) => colours[`${r},${c}`] ?? null));

/** A board appendix: indicator figures over the actions, status a '●' in the RAG column, keyed by coloured dots. */
function boardAppendix(withKeyColours: boolean): Grid {
  const values: CellValue[][] = [
    ['Larchmont NHS Trust – Trust Board, 30 September 2021 – WRES action plan 2021/22'],
    ['RAG:  ● on track    ● some risk to delivery    ● off track'],
    ['Ind.', 'Measure', 'Action', 'Executive lead', 'Timescale', 'RAG', 'Commentary'],
    ['1', 'BME staff at Band 8a and above', 'Set divisional representation goals for BME staff.', 'Chief People Officer', 'Q3 2021/22', '●', 'Agreed by three divisions.'],
    [null, null, 'Introduce a stretch secondment scheme for BME staff.', 'Chief Operating Officer', 'Q4 2021/22', '●', 'Two secondments agreed.'],
    ['2', 'Shortlisting to appointment', 'Put a trained BME panel member on every Band 7+ panel.', 'Chief People Officer', 'Q4 2021/22', '●', 'Pool of 40 trained.'],
    [null, null, 'Start reciprocal mentoring with the Executive Team.', 'Chief Executive', 'Q4 2021/22', null, 'Not yet started.'],
  ];
  return {
    values,
    merges: [across(0, 7), across(1, 7)],
    fonts: fontsOf(values, { '3,5': GREEN, '4,5': AMBER, '5,5': RED }),
    ...(withKeyColours
      ? { textRuns: [{ row: 1, column: 0, runs: [{ text: 'RAG:  ', colour: null }, { text: '●', colour: GREEN }, { text: ' on track    ', colour: null }, { text: '●', colour: AMBER }, { text: ' some risk to delivery    ', colour: null }, { text: '●', colour: RED }, { text: ' off track', colour: null }] }] }
      : {}),
  };
}

/** An ambulance trust's plan: the status words written in their colours, keyed by a sentence written the same way. */
function wordsInColour(withKeyColours: boolean): Grid {
  const values: CellValue[][] = [
    ['Rushmere Ambulance Service – WDES action plan 2021/22'],
    ['Status is shown by colour of text: Complete · On track · At risk · Off track'],
    ['WDES metric', 'Action', 'Lead', 'When', 'Status', 'Update'],
    ['Metric 1 – Declaration', 'Run a declaration campaign in every station.', 'Head of Inclusion', 'Q2 21/22', 'Complete', 'Declaration now 4.4%.'],
    ['Metric 2 – Shortlisting', 'Provide adjustments at driving assessments.', 'Head of Resourcing', 'by 31/03/22', 'On track', 'Provider agreed.'],
    ['Metric 4a – Harassment', 'Equip crews with body-worn cameras.', 'Director of Operations', 'Q4 21/22', 'At risk', 'Funding not yet agreed.'],
    ['Metric 5 – Harassment', 'Add disability to the post-incident welfare check.', 'Head of EOC', 'Q3 21/22', 'Off track', 'System change needed.'],
  ];
  return {
    values,
    merges: [across(0, 6), across(1, 6)],
    fonts: fontsOf(values, { '3,4': BLUE, '4,4': GREEN, '5,4': ORANGE, '6,4': RED }),
    ...(withKeyColours
      ? { textRuns: [{ row: 1, column: 0, runs: [{ text: 'Status is shown by colour of text: ', colour: null }, { text: 'Complete', colour: BLUE }, { text: ' · ', colour: null }, { text: 'On track', colour: GREEN }, { text: ' · ', colour: null }, { text: 'At risk', colour: ORANGE }, { text: ' · ', colour: null }, { text: 'Off track', colour: RED }] }] }
      : {}),
  };
}

describe('a status whose colour is in its text, not its fill', () => {
  it("reads a '●' written in green, amber or red as that colour, and says so", () => {
    const g = boardAppendix(true);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(ragsOf(g)).toEqual([['●', 'green'], ['●', 'amber'], ['●', 'red'], ['', null]]);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.reason).toMatch(/coloured by their text, not their fill/);
    // A coloured mark is its colour: no warning that '●' is not in the key.
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it('reads status words written in their colours, blue Complete as blue even with no key read (as the add-in sees the sheet)', () => {
    expect(ragsOf(wordsInColour(false))).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Off track', 'red']]);
    expect(ragsOf(boardAppendix(false)).map(([, rag]) => rag)).toEqual(['green', 'amber', 'red', null]);
  });

  it('leaves body text colours alone: a status column written in navy, or in one colour, is not coloured by its text', () => {
    const g = wordsInColour(false);
    g.values[3][4] = 'Awaiting sign-off';
    g.fonts = fontsOf(g.values, { '3,4': NAVY, '4,4': NAVY, '5,4': NAVY, '6,4': NAVY });
    expect(ragsOf(g).map(([, rag]) => rag)).toEqual([null, 'green', 'amber', 'red']);
    g.fonts = fontsOf(g.values, { '3,4': BLUE, '4,4': BLUE, '5,4': BLUE, '6,4': BLUE });
    expect(ragsOf(g)[0]).toEqual(['Awaiting sign-off', null]);
  });

  it('takes the fill over the text colour where a plan fills its statuses', () => {
    const g = wordsInColour(false);
    g.fills = g.values.map((row, r) => row.map((_, c) => (c === 4 && r >= 3 ? AMBER : null)));
    g.values[3][4] = 'See update';
    expect(ragsOf(g)[0]).toEqual(['See update', 'amber']);
  });
});

describe('a key written in its own colours', () => {
  it('reads each word in its colour as that colour: Complete is blue because the key writes it in blue', () => {
    const report = checkPlan(wordsInColour(true), { asAt: AS_AT });
    expect(report.ragKey.source).toBe('legend');
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['At risk', 'amber'], ['Off track', 'red']]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber', 'red']);
  });

  it("reads a coloured mark before each meaning: '● on track' in green is green = on track, so green is not complete", () => {
    const report = checkPlan(boardAppendix(true), { asAt: AS_AT });
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['on track', 'green'], ['some risk to delivery', 'amber'], ['off track', 'red']]);
    expect(report.actions).toHaveLength(4);
  });

  it('reads the key when the words differ from the usual ones: Done in green, New in blue', () => {
    const g = wordsInColour(true);
    g.values[3][4] = 'New';
    g.values[4][4] = 'Done';
    g.textRuns = [{ row: 1, column: 0, runs: [{ text: 'Key: ', colour: null }, { text: 'New', colour: BLUE }, { text: ', ', colour: null }, { text: 'Done', colour: GREEN }, { text: ', ', colour: null }, { text: 'At risk', colour: ORANGE }, { text: ' and ', colour: null }, { text: 'Off track', colour: RED }] }];
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber', 'red']);
    // The key says green is 'Done': that action is complete, so not overdue.
    expect(report.actions[1].overdue).toBe(false);
  });

  it('is no key when one word is emphasised, or when the coloured words sit in a paragraph', () => {
    expect(readColouredKey([{ text: 'Please update by ', colour: null }, { text: 'Friday', colour: RED }])).toEqual([]);
    expect(readColouredKey([{ text: 'Actions ', colour: null }, { text: 'complete', colour: BLUE }, { text: ' this year were reported to the Board, and those ', colour: null }, { text: 'at risk', colour: RED }, { text: ' went to the People Committee.', colour: null }])).toEqual([]);
  });
});

describe('the .xlsx reader', () => {
  it('carries each cell’s text colour and the coloured pieces of a key written in its colours', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = { richText: [{ text: 'Key: ' }, { text: 'Complete', font: { color: { argb: 'FF0070C0' } } }, { text: ' · ' }, { text: 'On track', font: { color: { argb: 'FF00B050' } } }] };
    ws.getCell('B2').value = 'At risk';
    ws.getCell('B2').font = { color: { argb: 'FFED7D31' } };
    ws.getCell('B3').value = 'Body text';
    ws.getCell('B3').font = { color: { argb: 'FF000000' } };
    const { sheets } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheets[0].values[0][0]).toBe('Key: Complete · On track');
    expect(sheets[0].fonts?.[1][1]).toBe('#ED7D31');
    expect(sheets[0].fonts?.[2][1]).toBeNull();
    expect(sheets[0].textRuns).toEqual([{ row: 0, column: 0, runs: [{ text: 'Key: ', colour: null }, { text: 'Complete', colour: '#0070C0' }, { text: ' · ', colour: null }, { text: 'On track', colour: '#00B050' }] }]);
  });
});
