import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readRagLegendRow } from '../../../shared/rag';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { Grid } from '../../../shared/types';

/**
 * A RAG key written as prose in a paragraph above (or under) the plan, often for a status worked out by a formula
 * and coloured by conditional formatting: the reader sees the formulas' saved results (the status words) and no
 * fill, so the key's words are what tell the colours. Shown in three plans worded and laid out differently.
 */
const AS_AT = new Date(Date.UTC(2022, 1, 14));
const ragsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => [a.status, a.statusRag]);

describe('a key in prose', () => {
  it('reads pairs with a note in brackets after each meaning: the note explains it and is not part of it', () => {
    const { entries } = readColourPairs('blue = Complete (100%); green = In progress (started, not overdue); red = Overdue (past its due date).');
    expect(entries.map((e) => [e.rag, e.label])).toEqual([['blue', 'Complete'], ['green', 'In progress'], ['red', 'Overdue']]);
  });

  it("reads 'blue means complete, …, and red means overdue'", () => {
    const entries = readRagLegendRow(['Key: Blue means complete, green means on track, amber means at risk and red means overdue.'], [null]);
    expect(entries.map((e) => [e.rag, e.label])).toEqual([['blue', 'complete'], ['green', 'on track'], ['amber', 'at risk'], ['red', 'overdue']]);
  });

  it('reads a whole sentence before the pairs as their introduction, but never a sentence with one pair in passing', () => {
    const intro = 'Status is worked out from % complete and the due date, as at the date above: blue = Complete; green = In progress; amber = Not yet started; red = Overdue.';
    expect(readRagLegendRow([intro], [null]).map((e) => e.rag)).toEqual(['blue', 'green', 'amber', 'red']);
    expect(readRagLegendRow(['The Board asked in March that anything overdue is shown as follows: red = overdue, so it stands out in the report.'], [null])).toEqual([]);
  });
});

describe('plans whose status is worked out by a formula and keyed in an intro paragraph', () => {
  it('colours each status as the intro says, not as the usual words would (In progress green, Not yet started amber)', () => {
    const g: Grid = {
      values: [
        ['Kirkby Vale NHS Trust – WDES action tracker 2021/22'],
        ['Last updated:', '14/02/2022'],
        ['Status is worked out from % complete and the due date, as at the date above: blue = Complete (100%); green = In progress (started, not overdue); amber = Not yet started (0%, not overdue); red = Overdue (past its due date and not complete).'],
        [],
        ['Ref', 'Action', 'Lead', 'Due date', '% complete', 'Status'],
        // Ref and status are formulas: the grid holds the results Excel saved with the file.
        ['WD01', 'Run a declaration campaign.', 'Head of Workforce', '31/10/2021', 1, 'Complete'],
        ['WD02', 'Change the capability policy.', 'Head of ER', '31/03/2022', 0.5, 'In progress'],
        ['WD03', 'Share the staff survey results.', 'Staff Experience Lead', '30/04/2022', 0, 'Not yet started'],
        ['WD04', 'Launch an online reporting form.', 'FTSU Guardian', '31/01/2022', 0, 'Overdue'],
      ],
      merges: [{ top: 2, left: 0, bottom: 2, right: 5 }],
    };
    expect(ragsOf(g)).toEqual([['Complete', 'blue'], ['In progress', 'green'], ['Not yet started', 'amber'], ['Overdue', 'red']]);
    expect(checkPlan(g, { asAt: AS_AT }).ragKey.source).not.toBe('default');
  });

  it('reads a key written as a sentence with "means", in a note row under a two-line title', () => {
    const g: Grid = {
      values: [
        ['Eastmoor Community Trust'],
        ['WRES action plan 2021/22 – live tracker'],
        ['Key: Blue means done, green means in progress, amber means at risk and red means off track.'],
        ['Action', 'Owner', 'Target', 'RAG status'],
        ['Publish the WRES report.', 'EDI Lead', 'Sep 2021', 'Done'],
        ['Train recruiting managers.', 'Head of Resourcing', 'Mar 2022', 'In progress'],
        ['Review the grievance process.', 'Head of ER', 'Dec 2021', 'Off track'],
      ],
    };
    expect(ragsOf(g)).toEqual([['Done', 'blue'], ['In progress', 'green'], ['Off track', 'red']]);
  });

  it('reads the same key written under the plan', () => {
    const g: Grid = {
      values: [
        ['WDES action plan 2021/22'],
        ['Ref', 'Action', 'Lead', 'Due', 'Status'],
        ['1', 'Publish the WDES report.', 'EDI Lead', 'Sep 2021', 'Complete'],
        ['2', 'Set up a disability network.', 'Head of OD', 'Mar 2022', 'In progress'],
        [],
        ['Status colours are set by the tracker: blue = Complete (100%); green = In progress (started, not overdue); red = Overdue.'],
      ],
    };
    expect(ragsOf(g)).toEqual([['Complete', 'blue'], ['In progress', 'green']]);
  });
});
