import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/check-plan';
import { readWorkbook } from '../../shared/xlsx';

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();
const fixtures = readdirSync('samples').filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));

interface GoldAction { row: number; action: string; lead: string; due: string; indicator: string | null; theme: string | null; rag: string | null }
interface Gold { sheet: string; standard: string; headerRows: number[]; nonActionRows: number[]; ambiguousRows: number[]; actions: GoldAction[] }

describe.each(fixtures)('the real plan %s', (name) => {
  const gold = JSON.parse(readFileSync(`samples/${name}.gold.json`, 'utf8')) as Gold;
  const load = async () => {
    const { sheets } = await readWorkbook(readFileSync(`samples/${name}.xlsx`));
    const grid = sheets.find((s) => s.sheetName === gold.sheet)!;
    return checkPlan(grid, { asAt: new Date(Date.UTC(2021, 2 /* Mar */, 31)) });
  };

  it('finds every gold action at its row', async () => {
    const report = await load();
    const rows = new Set(report.actions.map((a) => a.row));
    expect(gold.actions.map((a) => a.row).filter((r) => !rows.has(r))).toEqual([]);
  });

  it('reads no title, legend, section or header row as an action', async () => {
    const report = await load();
    const wrong = report.actions.map((a) => a.row).filter((r) => gold.nonActionRows.includes(r) && !gold.ambiguousRows.includes(r));
    expect(wrong).toEqual([]);
    expect(report.headerRows).toEqual(gold.headerRows);
  });

  it('detects the standard', async () => {
    expect((await load()).standard).toBe(gold.standard);
  });

  it('reads at least 90% of scored fields as the gold says', async () => {
    const report = await load();
    const byRow = new Map(report.actions.map((a) => [a.row, a]));
    let scored = 0;
    let equal = 0;
    for (const g of gold.actions) {
      const a = byRow.get(g.row);
      const pairs: [unknown, unknown][] = [[g.action, a?.action], [g.lead, a?.lead], [g.due, a?.due.text], [g.indicator, a?.indicator], [g.theme, a?.theme]];
      if (g.rag) pairs.push([g.rag, a?.statusRag]);
      for (const [x, y] of pairs) {
        scored++;
        if (a && norm(x) === norm(y)) equal++;
      }
    }
    const score = equal / scored;
    console.log(`${name}: ${equal}/${scored} scored fields equal (${(score * 100).toFixed(1)}%)`);
    expect(score).toBeGreaterThanOrEqual(0.9);
  });
});
