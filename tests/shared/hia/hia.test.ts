import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { HIA_CATALOGUE, HIA_OF_INDICATOR, hiasOfAction, hiasOfCell } from '../../../shared/hia';
import { indicatorIds } from '../../../shared/indicators';
import type { Grid, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';

const AS_AT = new Date(Date.UTC(2024, 2 /* Mar */, 31));

async function checkFile(bytes: Buffer | ArrayBuffer): Promise<PlanReport> {
  const { sheets } = await readWorkbook(bytes);
  return sheets.map((g) => checkPlan(g, { asAt: AS_AT })).sort((a, b) => b.actions.length - a.actions.length)[0];
}

describe('the HIA catalogue', () => {
  it('has the six high impact actions and their success metrics 1a, 2a–2f, 3a, 4a–4c, 5a–5c, 6a–6c', () => {
    expect(HIA_CATALOGUE.map((h) => h.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(HIA_CATALOGUE.flatMap((h) => h.metrics.map((m) => m.id))).toEqual(['1a', '2a', '2b', '2c', '2d', '2e', '2f', '3a', '4a', '4b', '4c', '5a', '5b', '5c', '6a', '6b', '6c']);
    expect(HIA_CATALOGUE.find((h) => h.id === '2')!.metrics[0].indicators).toEqual({ WRES: ['2'], WDES: ['2'] });
  });

  it('says for every WRES indicator and WDES metric which HIAs it serves and why', () => {
    for (const standard of ['WRES', 'WDES'] as const) {
      expect(Object.keys(HIA_OF_INDICATOR[standard])).toEqual(indicatorIds(standard));
      for (const link of Object.values(HIA_OF_INDICATOR[standard])) {
        expect(link.hia.length).toBeGreaterThan(0);
        expect(link.why.length).toBeGreaterThan(20);
      }
    }
    // A link said to come from a success metric is one that metric lists.
    for (const standard of ['WRES', 'WDES'] as const) {
      for (const [indicator, link] of Object.entries(HIA_OF_INDICATOR[standard])) {
        if (link.basis !== 'metric') continue;
        const named = HIA_CATALOGUE.filter((h) => h.metrics.some((m) => m.indicators?.[standard]?.includes(indicator))).map((h) => h.id);
        expect(named, `${standard} ${indicator}`).toEqual(link.hia);
      }
    }
  });
});

describe('hiasOfCell: a plan\'s own HIA column', () => {
  it.each([
    ['HIA 2', ['2']],
    ['High impact action 6', ['6']],
    ['2 & 6', ['2', '6']],
    ['HIA1, HIA3', ['1', '3']],
    ['HIA 2 & HIA 6', ['2', '6']],
    ['High Impact Actions 2, 4 and 6', ['2', '4', '6']],
    ['HIA 1-3', ['1', '2', '3']],
    ['EDI Improvement Plan HIA 5: international recruits', ['5']],
    ['6', ['6']],
    ['All', ['1', '2', '3', '4', '5', '6']],
    ['All HIAs', ['1', '2', '3', '4', '5', '6']],
    ['Pay gaps', ['3']],
    ['N/A', []],
    ['-', []],
    ['', null],
    ['See above', null],
    ['HIA 7', null],
    ['2023/24', null],
  ] as [string, string[] | null][])('reads %j as %j', (text, expected) => {
    expect(hiasOfCell(text)).toEqual(expected);
  });
});

describe('hiasOfAction: from the plan\'s column, the indicators, then the wording', () => {
  it('takes the plan\'s own HIA column over the indicator', () => {
    expect(hiasOfAction({ hiaText: 'HIA 6', indicators: ['1'], action: 'Publish the pay gap' }, 'WRES')).toEqual(['6']);
    expect(hiasOfAction({ hiaText: 'N/A', indicators: ['1'], action: '' }, 'WRES')).toEqual([]);
  });

  it('falls back to the indicators when the HIA cell is blank or unreadable, counting every indicator named', () => {
    expect(hiasOfAction({ hiaText: '', indicators: ['1', '8'], action: 'Reciprocal mentoring' }, 'WRES')).toEqual(['2', '6']);
    expect(hiasOfAction({ hiaText: 'TBC', indicators: ['4b'], action: '' }, 'WDES')).toEqual(['6']);
    expect(hiasOfAction({ indicators: ['6'], action: '' }, 'WDES')).toEqual(['4']);
  });

  it('adds what the wording names that no indicator can speak for (pay gaps, international recruits, board objectives)', () => {
    expect(hiasOfAction({ indicators: ['1'], action: 'Publish the ethnicity pay gap and an action plan to close it' }, 'WRES')).toEqual(['2', '3']);
    expect(hiasOfAction({ indicators: ['9'], action: 'Every board member to have a SMART EDI objective, appraised yearly' }, 'WRES')).toEqual(['1', '2']);
    expect(hiasOfAction({ indicators: ['1'], action: 'Pastoral support for internationally recruited nurses' }, 'WRES')).toEqual(['2', '5']);
    // …but not what the indicator already speaks for: a shortlisting action about bullying training stays HIA 2.
    expect(hiasOfAction({ indicators: ['2'], action: 'Bullying awareness for recruiting managers' }, 'WRES')).toEqual(['2']);
  });

  it('reads the wording alone when the action has no indicator', () => {
    expect(hiasOfAction({ indicators: [], action: 'Zero tolerance campaign on violence and aggression' }, 'WRES')).toEqual(['6']);
    expect(hiasOfAction({ indicators: [null], action: 'Talent management and succession planning for band 8a+' }, null)).toEqual(['2']);
    expect(hiasOfAction({ indicators: [], action: 'Refresh the intranet page' }, 'WRES')).toEqual([]);
  });

  it('matches whole words only: "baffle" is not the Board Assurance Framework', () => {
    expect(hiasOfAction({ indicators: [], action: 'Baffled staff survey responses' }, 'WRES')).toEqual([]);
    expect(hiasOfAction({ indicators: [], action: 'Report to the BAF quarterly' }, 'WRES')).toEqual(['1']);
  });
});

describe('HIAs of the bundled plans', () => {
  it('maps KMPT\'s WRES 2020-22 plan: every action to an HIA through its indicator, and counts coverage', async () => {
    const report = await checkFile(readFileSync('samples/kmpt-wres-2020-22.xlsx'));
    expect(report.actions.every((a) => a.hia.length > 0)).toBe(true);
    expect(report.coverage.hia).toEqual({ 1: 0, 2: 11, 3: 0, 4: 0, 5: 0, 6: 9 });
    expect(report.coverage.indicators).toEqual({ 1: 6, 2: 1, 3: 4, 4: 1, 5: 2, 6: 2, 7: 2, 8: 1, 9: 1 });
    // The indicator 3 (disciplinary) block serves HIA 6; indicator 1 (bands) serves HIA 2.
    expect(new Set(report.actions.filter((a) => a.indicator === '3').map((a) => a.hia.join()))).toEqual(new Set(['6']));
    expect(new Set(report.actions.filter((a) => a.indicator === '1').map((a) => a.hia.join()))).toEqual(new Set(['2']));
    // Written for 2020-22, before the HIAs (June 2023): the four HIAs with no action are one note, not warnings.
    const noted = report.issues.filter((i) => i.rule === 'hia-not-covered');
    expect(noted.map((i) => i.severity)).toEqual(['info']);
    expect(noted[0].message).toContain('those with no action (1, 3, 4, 5) are not flagged');
  });

  it('maps BSMHFT\'s WDES plan: presenteeism (6), reasonable adjustments (8) and capability (3) to HIA 4', async () => {
    const report = await checkFile(readFileSync('samples/bsmhft-wdes-2020-21.xlsx'));
    expect(report.standard).toBe('WDES');
    const at = (row: number) => report.actions.find((a) => a.row === row)!;
    expect([at(28).indicator, at(28).hia]).toEqual(['8', ['4']]); // 8c. Review current Reasonable Adjustment Passport
    expect([at(15).indicator, at(15).hia]).toEqual(['3', ['4', '6']]); // 3d. Review the Sickness Absence Policy…
    expect([at(22).indicator, at(22).hia]).toEqual(['6', ['4']]); // 6a. Safe spaces (presenteeism)
    expect(report.coverage.hia['4']).toBe(9);
    expect(report.coverage.hia['6']).toBeGreaterThan(10);
    expect(report.issues.filter((i) => i.rule === 'hia-not-covered').map((i) => i.message.match(/no action \(([\d, ]+)\)/)?.[1])).toEqual(['1, 3, 5']);
  });

  it('maps Somerset\'s WRES plan and counts an action toward every indicator it names', async () => {
    const report = await checkFile(readFileSync('samples/somerset-wres-2020-21.xlsx'));
    const total = Object.values(report.coverage.hia).reduce((n, v) => n + v, 0);
    expect(total).toBeGreaterThanOrEqual(report.actions.length);
    expect(report.coverage.hia['2']).toBeGreaterThan(0);
    expect(report.coverage.hia['6']).toBeGreaterThan(0);
  });
});

/** KMPT's real plan with an "EDI Improvement Plan (HIA)" column added after its RAG Rating column (H). */
async function kmptWithHiaColumn(cells: Record<number, string>): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync('samples/kmpt-wres-2020-22.xlsx') as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.actualRowCount > 20)!;
  // Every header row of the plan (it repeats them per indicator) names the new column.
  ws.eachRow((row, n) => {
    if (String(row.getCell(3).value ?? '').trim() === 'WRES Action') row.getCell(8).value = 'EDI Improvement Plan (HIA)';
    else if (cells[n] !== undefined) row.getCell(8).value = cells[n];
  });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('HIA gaps and the plan\'s period', () => {
  const plan = (title: string): Grid => ({
    values: [
      [title],
      ['Indicator', 'Action', 'Lead', 'Timescale'],
      ['1', 'Set targets for BME representation at Band 8a and above.', 'Director of Workforce', 'March 2025'],
      ['5', 'Launch a zero-tolerance campaign with the staff networks.', 'Head of OD', 'March 2025'],
    ],
  });
  const hiaFindings = (title: string) => checkPlan(plan(title), { asAt: new Date(Date.UTC(2024, 5, 1)) }).issues.filter((i) => i.rule === 'hia-not-covered');

  it('warns of each HIA with no action in a plan for 2023-24 or later, and in one whose period is not known', () => {
    expect(hiaFindings('WRES action plan 2024/25').map((i) => i.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(hiaFindings('WRES action plan').map((i) => i.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
  });

  it('gives one note for a plan written before the HIAs (2019-20, a 2021-24 plan)', () => {
    for (const [title, period] of [['WRES action plan 2019/20', '2019-20'], ['Race equality action plan 2021–2024', '2021-24']]) {
      const found = hiaFindings(title);
      expect(found.map((i) => [i.severity, i.message])).toEqual([
        ['info', `This plan is for ${period}, before NHS England's EDI Improvement Plan (June 2023): its actions are mapped to the high impact actions for comparison, and those with no action (1, 3, 4, 5) are not flagged`],
      ]);
    }
  });
});

describe('a bundled plan with an explicit HIA column', () => {
  it('takes each action\'s HIAs from the column, falls back to the indicator where the cell is blank, and reads "N/A" as none', async () => {
    const plain = await checkFile(readFileSync('samples/kmpt-wres-2020-22.xlsx'));
    const rows = plain.actions.map((a) => a.row);
    const [r1, r2, r3, r4, r5] = rows;
    const report = await checkFile(await kmptWithHiaColumn({ [r1]: 'HIA 2', [r2]: 'High impact action 3', [r3]: '2 & 6', [r4]: 'N/A' }));
    expect(report.columns.hia).toBe('H');
    expect(report.actions.map((a) => a.row)).toEqual(rows);
    const hiaOf = (row: number) => report.actions.find((a) => a.row === row)!.hia;
    expect(hiaOf(r1)).toEqual(['2']);
    expect(hiaOf(r2)).toEqual(['3']);
    expect(hiaOf(r3)).toEqual(['2', '6']);
    expect(hiaOf(r4)).toEqual([]);
    expect(hiaOf(r5)).toEqual(plain.actions.find((a) => a.row === r5)!.hia); // blank: from its indicator
    expect(report.actions.find((a) => a.row === r3)!.hiaText).toBe('2 & 6');
    // HIA 3 is covered now, so it is no longer warned about; 1, 4 and 5 still are.
    expect(report.coverage.hia['3']).toBe(1);
    expect(report.issues.filter((i) => i.rule === 'hia-not-covered').map((i) => i.message.match(/action (\d)/)?.[1])).toEqual(['1', '4', '5']);
  });

  it.each(['HIA', 'HIAs', 'High Impact Action', 'EDI Improvement Plan high impact action', 'Link to EDI Improvement Plan'])('recognises a %j header', (header) => {
    const grid: Grid = {
      values: [
        ['WRES action plan 2024/25'],
        ['Indicator', 'Action', header, 'Lead', 'Timescale', 'Status'],
        ['1', 'Publish ethnicity pay gap', 'HIA 3', 'Head of Reward', 'March 2025', 'In progress'],
      ],
    };
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.columns).toMatchObject({ indicator: 'A', action: 'B', hia: 'C', lead: 'D' });
    expect(report.actions[0].hia).toEqual(['3']);
  });
});
