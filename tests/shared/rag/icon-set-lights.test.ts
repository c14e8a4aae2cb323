import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

// Some trusts give each action's status only as a traffic light: the Progress cells hold 3, 2 or 1 under a
// '3 traffic lights' icon set shown icon only, so a user sees green, amber or red and no text. The light is the RAG.

const AS_AT = new Date(Date.UTC(2024, 0, 31));

type Cfvo = { type: string; value?: number };

/** A small plan whose Progress column (E) holds `scores` under one traffic-light icon set. */
async function planWith(scores: (number | null)[], iconSet: { iconSet?: string; reverse?: boolean; cfvo: Cfvo[] }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.addRow(['Brackley NHS Trust — WRES action plan 2023/24']);
  ws.addRow(['Ref', 'Action', 'Lead', 'Target date', 'Progress', 'Update']);
  const actions = [
    'Publish the shortlisting data for every band',
    'Reverse mentoring for the executive team',
    'Review of disciplinary referrals by ethnicity',
    'Diverse interview panels for Band 8a and above',
    'Cultural ambassador scheme for every directorate',
  ];
  scores.forEach((s, i) => ws.addRow([`B${i + 1}`, actions[i], 'Head of Resourcing', 'March 2024', s, `Update on action ${i + 1} given to the board`]));
  const rule = { type: 'iconSet', priority: 1, iconSet: iconSet.iconSet ?? '3TrafficLights1', showValue: false, reverse: iconSet.reverse, cfvo: iconSet.cfvo };
  ws.addConditionalFormatting({ ref: `E3:E${2 + scores.length}`, rules: [rule as never] });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function check(bytes: Buffer): Promise<PlanReport> {
  const { sheets } = await readWorkbook(bytes);
  return checkPlan(sheets[0], { asAt: AS_AT });
}

describe('a status shown only as a traffic-light icon set', () => {
  it('reads 3/2/1 under number thresholds as green, amber and red, and a blank cell as not assessed', async () => {
    const report = await check(await planWith([3, 2, 1, null, 3], { cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }));
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'red', null, 'green']);
    expect(report.actions[0].statusRagWhy).toBe('RAG: the cell shows a green light (icon set on column E)');
    // The user sees no text in the cell: the number is not read as a status.
    expect(report.actions[0].status).toBe('');
  });

  it('works percent thresholds out over the range as Excel does (33 % and 67 % of the span)', async () => {
    // Span 0–100: 33 % → 33, 67 % → 67. 80 is green, 50 amber, 10 red, 67 green (reaches the threshold), 0 red.
    const report = await check(await planWith([80, 50, 10, 67, 0], { cfvo: [{ type: 'percent', value: 0 }, { type: 'percent', value: 33 }, { type: 'percent', value: 67 }] }));
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'red', 'green', 'red']);
  });

  it('honours a reversed icon order (1 = green, 3 = red)', async () => {
    const report = await check(await planWith([1, 2, 3, 1, 3], { reverse: true, cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }));
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'red', 'green', 'red']);
    expect(report.actions[2].statusRagWhy).toBe('RAG: the cell shows a red light (icon set on column E)');
  });

  it('reads the four traffic lights with its black light as no colour', async () => {
    const cfvo = [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }, { type: 'num', value: 4 }];
    const report = await check(await planWith([4, 3, 2, 1, 4], { iconSet: '4TrafficLights', cfvo }));
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'red', null, 'green']);
  });

  it('gives no light for an icon set that is not traffic lights (arrows)', async () => {
    const report = await check(await planWith([3, 2, 1, 3, 2], { iconSet: '3Arrows', cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }));
    expect(report.actions.map((a) => a.statusRag)).toEqual([null, null, null, null, null]);
  });

  // A trust that moves its Progress column, adds one or spaces its rows moves the icon set's range with the cells (Excel
  // does): the layout changes (`tests/support/vary-layout.ts`) carry each light with its cell, so the lights read the same.
  it('keeps each light with its action under another column order, an added column, spacer rows and a key', async () => {
    const { sheets } = await readWorkbook(await planWith([3, 2, 1, null, 3], { cfvo: [{ type: 'percent', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }));
    const before = checkPlan(sheets[0], { asAt: AS_AT });
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(CHANGES), { minLength: 1 }), fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (chosen, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(sheets[0]);
        for (const change of chosen) CHANGES[change](layout, before, pick);
        const after = checkPlan(gridOf(layout), { asAt: AS_AT });
        const moved = before.actions.map((a) => after.actions.find((x) => x.row === layout.rowOf[a.row - 1] + 1));
        expect(moved.map((a) => a?.statusRag), chosen.join(', ')).toEqual(['green', 'amber', 'red', null, 'green']);
        // The reason names the column the light is in now.
        const column = String.fromCharCode(65 + layout.colOf[4]);
        expect(moved[0]?.statusRagWhy).toBe(`RAG: the cell shows a green light (icon set on column ${column})`);
      }),
      { numRuns: 60 },
    );
  });
});
