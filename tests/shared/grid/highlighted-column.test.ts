import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column of comments or notes shaded in one tint down its length (pale yellow for 'added later', a reviewer's
 * column in light green) is highlighted, not rated: its one colour is no action's RAG, and it never becomes the status
 * column. Cells of few words or none in one colour, or sentences in two colours or more, still rate each action.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const PALE_YELLOW = '#FFF2CC';

function plan(header: string[], rows: CellValue[][], fillColumn: number, fill: (r: number) => string | null) {
  const values = [['Harbourside NHS Trust – WRES action plan 2025/26'], header, ...rows];
  const fills = values.map((row, r) => row.map((_, c) => (r >= 2 && c === fillColumn ? fill(r) : null)));
  return checkPlan({ values, fills, sheetName: 'Plan' }, { asAt: AS_AT });
}

const ACTIONS: CellValue[][] = [
  ['1', 'Publish ethnicity data by band to each division', 'Head of Workforce Information', 'Mar 2026'],
  ['2', 'Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Jan 2026'],
  ['5', 'Run a campaign against racist abuse of staff by patients', 'Director of Nursing', 'Dec 2025'],
];

describe('a column highlighted in one tint', () => {
  it("does not read a pale-yellow column of the network's comments as the status, nor its tint as each action's RAG", () => {
    const comments = ['Network asks to see the data split by site as well.', 'Members say panels are arranged at short notice.', 'Network wants a named contact in each ward.'];
    const report = plan(['Indicator', 'Action', 'Lead', 'Due', 'Race Equality Network comments (added Nov)'], ACTIONS.map((a, i) => [...a, comments[i]]), 4, () => PALE_YELLOW);
    expect(report.columns.status).toBeUndefined();
    expect(report.actions.map((a) => a.statusRag)).toEqual([null, null, null]);
  });

  it('reads the same column as the status when its sentences are shaded in two colours, one per action', () => {
    const updates = ['On track: first report went to directors in October.', 'Behind: only half the panels have a trained member.', 'On track: campaign launched in September.'];
    const colours = ['#C6EFCE', '#FFC7CE', '#C6EFCE'];
    const report = plan(['Indicator', 'Action', 'Lead', 'Due', 'Update'], ACTIONS.map((a, i) => [...a, updates[i]]), 4, (r) => colours[r - 2]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'red', 'green']);
  });

  it("reads a 'RAG' column of cells all shaded green with no words as each action's RAG", () => {
    const report = plan(['Indicator', 'Action', 'Lead', 'Due', 'RAG'], ACTIONS.map((a) => [...a, '']), 4, () => '#00B050');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'green']);
  });
});
