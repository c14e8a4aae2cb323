import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A header spelling out its colour key ('Progress Green = On Track Amber = Slippage Likely Red = Critical') says its
 * cells' colours rate each action, even where every action under it has the same colour. Cells of one tint over no
 * words are otherwise not told from a highlight; so a block of a few actions all on track, under a header of its own
 * worded unlike the first's ('Progress update' beside it), lost its statuses (holdout72 lanworth, holdout71 holmvale,
 * under the layout property's key written into the status header). A status column of fills alone, in one block or several.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const GREEN = '#00B050';
const AMBER = '#FFC000';
const KEY = 'Progress Green = On Track Amber = Slippage Likely Red = Critical';

function block(heading: string, progress: string, rows: [string, string][]): { values: CellValue[][]; fills: (string | null)[][] } {
  const values: CellValue[][] = [[heading], ['Metric', 'Action', progress, 'Lead', 'Timescale', KEY]];
  const fills: (string | null)[][] = [[], []];
  for (const [action, fill] of rows) {
    values.push(['Metric 9a', action, 'Three events held with 64 staff.', 'Exec team', 'Q4 23/24', null]);
    fills.push([null, null, null, null, null, fill]);
  }
  return { values, fills };
}

function plan(blocks: ReturnType<typeof block>[]): Grid {
  const values: CellValue[][] = [['Lanworth Partnership NHS Foundation Trust'], ['Workforce Disability Equality Standard action plan 2023/24'], []];
  const fills: (string | null)[][] = [[], [], []];
  for (const b of blocks) {
    values.push(...b.values, []);
    fills.push(...b.fills, []);
  }
  return { values, fills };
}

describe('a header spelling out its colour key over cells of one colour', () => {
  it("reads a later block's fills as its statuses, its header worded unlike the first's", () => {
    const report = checkPlan(plan([
      block('Representative workforce', 'Update', [['Run a declaration drive across all services.', GREEN], ['Offer supported internships.', AMBER], ['Review the guaranteed interview scheme.', GREEN]]),
      block('Voice and engagement', 'Progress update', [['Hold listening events with Disabled staff on each site.', GREEN], ['Give the network a Board-level sponsor.', GREEN]]),
    ]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'green', 'green', 'green']);
  });

  it('reads a single block whose every action has the same colour', () => {
    const report = checkPlan(plan([block('Voice and engagement', 'Progress update', [['Hold listening events with Disabled staff on each site.', GREEN], ['Give the network a Board-level sponsor.', GREEN], ['Publish the network’s annual report.', GREEN]])]), { asAt: AS_AT });
    expect(report.columns.status).toBe('F');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'green']);
  });
});
