import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { describeKeySource } from '../../../shared/rag';
import { readConditionFormula } from '../../../shared/rag/read-condition-formula';
import type { PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

// Trusts colour their status column with conditional formatting ('cell value equal to "Complete"' → blue fill,
// 'text that contains "behind"' → red): the colours are not stored on the cells and no key is written anywhere.
// The rules are the plan's key.

const AS_AT = new Date(Date.UTC(2024, 0, 31));
const solid = (argb: string) => ({ fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } });

type Rule = Parameters<ExcelJS.Worksheet['addConditionalFormatting']>[0]['rules'][number];

/** A small plan: title, header, five actions; `status` the status column's cells; the rules are added as given. */
async function planWith(opts: { title: string; header: string[]; rows: (string | null)[][]; formats: { ref: string; rules: Rule[] }[]; above?: (string | null)[][] }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow([opts.title]);
  for (const row of opts.above ?? []) ws.addRow(row);
  ws.addRow(opts.header);
  for (const row of opts.rows) ws.addRow(row);
  for (const f of opts.formats) ws.addConditionalFormatting(f);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function check(bytes: Buffer): Promise<PlanReport> {
  const { sheets } = await readWorkbook(bytes);
  return checkPlan(sheets[0], { asAt: AS_AT });
}

const ragOf = (report: PlanReport) => Object.fromEntries(report.actions.map((a) => [a.status, a.statusRag]));

// 1. 'Cell value equal to' rules on the status column (what Excel's Highlight Cells Rules → Equal To writes).
const ASHDOWN = {
  title: 'Ashdown NHS Trust — WRES action plan 2023/24',
  header: ['Ref', 'Action', 'Lead', 'Timescale', 'Status', 'Progress'],
  rows: [
    ['1', 'Publish the shortlisting data for every band', 'Head of Resourcing', 'March 2024', 'Complete', 'Published in the board papers'],
    ['2', 'Reverse mentoring for the executive team', 'Chief People Officer', 'March 2024', 'In progress', 'Six pairs matched'],
    ['3', 'Review of disciplinary referrals by ethnicity', 'Head of Employee Relations', 'March 2024', 'Behind', 'Data not yet shared'],
    ['4', 'Diverse interview panels for Band 8a and above', 'Head of Resourcing', 'March 2024', 'Complete', 'In place since June'],
    ['5', 'Cultural ambassador scheme', 'EDI Lead', 'March 2024', 'Not started', ''],
  ],
  formats: [
    {
      ref: 'E3:E40',
      rules: [
        { type: 'cellIs', operator: 'equal', formulae: ['"Complete"'], priority: 1, style: solid('FF0070C0') },
        { type: 'cellIs', operator: 'equal', formulae: ['"In progress"'], priority: 2, style: solid('FF00B050') },
        { type: 'cellIs', operator: 'equal', formulae: ['"Behind"'], priority: 3, style: solid('FFFF0000') },
        // Grey: not a RAG colour, so no entry ('Not started' keeps the usual words' colour).
        { type: 'cellIs', operator: 'equal', formulae: ['"Not started"'], priority: 4, style: solid('FFBFBFBF') },
      ] as Rule[],
    },
    // A date rule on the timescale column says nothing about statuses.
    { ref: 'D3:D40', rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"March 2024"'], priority: 5, style: solid('FFFFC000') }] as Rule[] },
  ],
};

// 2. 'Text that contains' rules, and a formula rule colouring the whole row from the status column (=$E4="Achieved").
const BRIERLEY = {
  title: 'Brierley Community Health — WDES action plan 2023-24',
  above: [['Updated quarterly by the Disability Network']],
  header: ['Metric', 'Action', 'Lead', 'By when', 'RAG', 'Update'],
  rows: [
    ['Metric 2', 'Guaranteed interview scheme audited', 'Recruitment Manager', 'Q3 2023/24', 'Achieved', 'Audit complete'],
    ['Metric 4', 'Bullying and harassment reporting route', 'Freedom to Speak Up Guardian', 'Q4 2023/24', 'Slightly behind schedule', 'Guardian recruited in January'],
    ['Metric 5', 'Reasonable adjustments passport', 'Head of OD', 'Q2 2023/24', 'Progressing well', 'Passport live on the intranet'],
    ['Metric 9', 'Disability network given protected time', 'Chief People Officer', 'Q1 2023/24', 'Achieved', 'Two hours a month agreed'],
    ['Metric 10', 'Board development session on disability', 'Director of Corporate Affairs', 'Q4 2023/24', 'Behind - new date set', 'Moved to March'],
  ],
  formats: [
    {
      ref: 'E4:E60',
      rules: [
        // Excel's own 'Text that contains' with its 'Light Red Fill' and 'Green Fill' presets.
        { type: 'containsText', operator: 'containsText', text: 'behind', priority: 2, style: { ...solid('FFFFC7CE'), font: { color: { argb: 'FF9C0006' } } } },
        { type: 'containsText', operator: 'containsText', text: 'Progressing', priority: 3, style: solid('FFC6EFCE') },
      ] as Rule[],
    },
    { ref: 'A4:F60', rules: [{ type: 'expression', formulae: ['$E4="Achieved"'], priority: 1, style: solid('FF9BC2E6') }] as Rule[] },
  ],
};

describe('a status coloured by conditional formatting, with no key written', () => {
  it("reads 'cell value equal to' rules on the status column as the plan's key", async () => {
    const report = await check(await planWith(ASHDOWN));
    expect(report.actions).toHaveLength(5);
    // The trust's own colours, not the usual words' (Complete would be green, In progress amber).
    expect(ragOf(report)).toEqual({ Complete: 'blue', 'In progress': 'green', Behind: 'red', 'Not started': 'red' });
    expect(report.ragKey.source).toBe('conditional format');
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['In progress', 'green'], ['Behind', 'red']]);
    expect(describeKeySource(report.ragKey)).toMatch(/status column's conditional formatting/);
    expect(report.summary.byRag).toMatchObject({ blue: 2, green: 1 });
    // 'Not started', which no rule colours, is a status of the usual vocabulary the plan uses: not a word outside its key.
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it("reads 'text that contains' rules (anywhere in the status) and a formula rule colouring the whole row", async () => {
    const report = await check(await planWith(BRIERLEY));
    expect(report.actions).toHaveLength(5);
    expect(ragOf(report)).toEqual({
      Achieved: 'blue',
      'Slightly behind schedule': 'red',
      'Progressing well': 'green',
      'Behind - new date set': 'red',
    });
    expect(report.ragKey).toMatchObject({ source: 'conditional format' });
    expect(report.ragKey.entries.map((e) => e.label)).toEqual(['Achieved', 'behind', 'Progressing']);
    // Every status is one the rules colour: none is "not in the plan's key".
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it('says where the key came from in the report the CLI prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-key-'));
    writeFileSync(join(dir, 'ashdown.xlsx'), await planWith(ASHDOWN));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', join(dir, 'ashdown.xlsx'), '--as-at', '2024-01-31'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/RAG key \(the status column's conditional formatting[^)]*\)\): Complete=blue, In progress=green, Behind=red/);
  });

  it('lets a key the plan writes out win over its conditional formatting', async () => {
    const withLegend = await planWith({
      ...ASHDOWN,
      above: [['Key:', 'Complete', 'In progress', 'Behind']],
    });
    // The written key's cells are filled; the conditional formats disagree (Complete blue there, green here).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(withLegend).buffer);
    const ws = wb.worksheets[0];
    for (const [cell, argb] of [['B2', 'FF00B050'], ['C2', 'FFFFC000'], ['D2', 'FFFF0000']]) ws.getCell(cell).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    // The rules were written for rows 3 on; with the key row the plan starts a row lower, and they still cover it.
    const report = await check(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(report.ragKey.source).toBe('legend');
    expect(ragOf(report)).toMatchObject({ Complete: 'green', 'In progress': 'amber', Behind: 'red' });
  });

  it('takes a lone highlighting rule for no key: the usual words keep their colours', async () => {
    const report = await check(
      await planWith({ ...ASHDOWN, formats: [{ ref: 'E3:E40', rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Behind"'], priority: 1, style: solid('FFFF0000') }] as Rule[] }] }),
    );
    expect(report.ragKey.source).toBe('default');
    expect(ragOf(report)).toMatchObject({ Complete: 'green', 'In progress': 'amber' });
  });

  // A trust that moves its status column, adds a column or spaces its rows keeps its colouring: Excel moves a rule's
  // range with its cells, and a formula rule ('=$E4="Achieved"') follows the column it tests. The layout changes
  // (`tests/support/vary-layout.ts`) carry the rules so, and the statuses keep the trust's colours. The changes that
  // write the key out in words (a key block, the key in the status header) make the written key the plan's: not these.
  it.each([['equal-to rules', ASHDOWN], ['contains rules and a whole-row formula rule', BRIERLEY]] as const)('keeps the colours of %s under the layout changes trusts make', async (_name, plan) => {
    const { sheets } = await readWorkbook(await planWith(plan));
    const before = checkPlan(sheets[0], { asAt: AS_AT });
    const moving = Object.keys(CHANGES).filter((n) => n !== 'addKeyBlock' && n !== 'keyInStatusHeader');
    fc.assert(
      fc.property(fc.shuffledSubarray(moving, { minLength: 1 }), fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (chosen, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(sheets[0]);
        for (const change of chosen) CHANGES[change](layout, before, pick);
        const after = checkPlan(gridOf(layout), { asAt: AS_AT });
        expect(after.ragKey.source, chosen.join(', ')).toBe('conditional format');
        expect(ragOf(after), chosen.join(', ')).toEqual(ragOf(before));
      }),
      { numRuns: 40 },
    );
  });

  it('leaves rules on other columns out of the key', async () => {
    // The same rules, but on the progress column (F): the statuses keep the usual words' colours.
    const report = await check(await planWith({ ...ASHDOWN, formats: [{ ...ASHDOWN.formats[0], ref: 'F3:F40' }] }));
    expect(report.ragKey.source).toBe('default');
    expect(ragOf(report)).toMatchObject({ Complete: 'green', 'In progress': 'amber' });
  });
});

describe('readConditionFormula', () => {
  it.each([
    ['NOT(ISERROR(SEARCH("Behind",E4)))', { column: null, test: 'contains', text: 'Behind' }],
    ['=ISNUMBER(SEARCH("on track",$E4))', { column: 4, test: 'contains', text: 'on track' }],
    ['LEFT(E4,LEN("Comp"))="Comp"', { column: null, test: 'begins', text: 'Comp' }],
    ['RIGHT(E4,LEN("done"))="done"', { column: null, test: 'ends', text: 'done' }],
    ['$E4="Achieved"', { column: 4, test: 'equals', text: 'Achieved' }],
    ['TRIM($E4)="R"', { column: 4, test: 'equals', text: 'R' }],
    ['"Say ""no"""=E4', { column: null, test: 'equals', text: 'Say "no"' }],
  ])('reads %s', (formula, expected) => {
    expect(readConditionFormula(formula, { row: 3, column: 4 })).toEqual(expected);
  });

  it.each(['$D4<TODAY()', 'E4>0.5', 'F4="x"', 'AND($E4="A",$F4="B")', '$E4=""'])('leaves %s alone', (formula) => {
    expect(readConditionFormula(formula, { row: 3, column: 4 })).toBeNull();
  });
});
