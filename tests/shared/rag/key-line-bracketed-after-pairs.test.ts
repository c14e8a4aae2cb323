import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A key line of 'Colour – meaning' pairs with one entry written the other way round after a separator, its colour in
 * brackets: 'Progress RAG: Green – on track; Amber – some slippage; Red – off track; Complete (blue).' (holdout40
 * lindfield). The pair before it ends at the separator, so 'Complete' is the key's blue entry, not part of red's label,
 * and an action marked Complete reads blue, not the usual green. A note in brackets closing a label ('in progress
 * (started)') stays the label's note.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);

describe("a bracketed entry after a key line's pairs", () => {
  it("reads 'Complete (blue)' at the end of the key under the plan as blue", () => {
    const report = read([
      ['Metric', 'Action', 'Executive lead', 'Deadline', 'Progress RAG'],
      ['Metric 2', 'Audit the guaranteed interview scheme across all divisions.', 'Chief People Officer', 'Dec 2020', 'Complete'],
      ['Metric 3', 'Bring capability cases for disabled staff to the monthly review.', 'Chief People Officer', 'Nov 2020', 'Amber'],
      ['Metric 8', 'Set up a central budget for equipment and software adjustments.', 'Director of Finance', 'Jan 2021', 'Green'],
      [],
      ['Progress RAG: Green – on track; Amber – some slippage; Red – off track; Complete (blue).'],
    ]);
    expect(ragsOf(report)).toEqual([['Complete', 'blue'], ['Amber', 'amber'], ['Green', 'green']]);
  });

  it("reads 'Complete (blue)' between two pairs of a key above the plan", () => {
    expect(readColourPairs('Status: Green – on track; Complete (blue); Amber – some slippage').entries.map((e) => [e.label, e.rag])).toEqual([
      ['on track', 'green'],
      ['Complete', 'blue'],
      ['some slippage', 'amber'],
    ]);
    const report = read([
      ['Key – Status: Green – on track; Complete (blue); Amber – some slippage'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the disability pay gap.', 'Head of Reward', 'Mar 2021', 'Complete'],
      ['2', 'Offer an adjustments passport to every new starter.', 'Head of OD', 'Dec 2021', 'On track'],
    ]);
    expect(ragsOf(report)).toEqual([['Complete', 'blue'], ['On track', 'green']]);
  });

  it("keeps a note in brackets closing a label ('in progress (started)') as that label's", () => {
    expect(readColourPairs('Red = yet to begin Amber = in progress (started) Green = completed').entries.map((e) => [e.label, e.rag])).toEqual([
      ['yet to begin', 'red'],
      ['in progress', 'amber'],
      ['completed', 'green'],
    ]);
  });
});
