import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gridOfSheet } from '../../addin/preview/grid-of-sheet';
import { loadSheets } from '../../addin/preview/load-sheets';
import { checkPlan } from '../../shared/check-plan';

/**
 * The preview stands in for Excel: it keeps the workbook's own text colours (one per cell, as Office.js gives them) and
 * the pane reads them, so a plan whose actions (or statuses) are coloured by their text reads there as in Excel.
 */
const bytesOf = (name: string) => {
  const b = readFileSync(new URL(`../corpus/${name}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('the preview keeps the plan’s own text colours', () => {
  it('reads each action’s text colour as its RAG where the key says actions are coloured to show progress (holdout17 inglesby)', async () => {
    const name = 'holdout17/holdout17-wres-2025-26-inglesby';
    const sheets = await loadSheets(bytesOf(`${name}.xlsx`), 'inglesby.xlsx');
    const grid = gridOfSheet(sheets[0]);
    // One colour per cell, as the Office adapter reads: no coloured pieces of text.
    expect(grid.textRuns).toBeUndefined();
    const gold = JSON.parse(readFileSync(new URL(`../corpus/${name}.gold.json`, import.meta.url), 'utf8')) as { actions: { row: number; rag: string | null }[] };
    const report = checkPlan(grid, { asAt: new Date(Date.UTC(2025, 9, 1)) });
    expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual(gold.actions.map((a) => [a.row, a.rag]));
  });

  it('shows an action in the colour the plan wrote it in', async () => {
    const sheets = await loadSheets(bytesOf('holdout17/holdout17-wres-2025-26-inglesby.xlsx'), 'inglesby.xlsx');
    // C10 (row 10, column C) is written in orange; its reference A10 in the automatic colour.
    expect(sheets[0].fonts[9]?.[2]).toBe('#ED7D31');
    expect(sheets[0].fonts[9]?.[0] ?? null).toBeNull();
  });
});
