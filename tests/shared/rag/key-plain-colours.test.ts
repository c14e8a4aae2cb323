import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readBracketedColours } from '../../../shared/rag/read-bracketed-colours';
import type { CellValue } from '../../../shared/types';

/**
 * A key line whose colours include one that rates nothing ('Planned (black – not yet started)', 'Not due (grey)') or
 * say what they mean after a dash inside the bracket: the line is still the plan's key, its plain colour a status with
 * no RAG. Before, one such bracket threw the whole key away, and the default key's colours (In progress = amber) were
 * used where the plan said green.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const GREEN = '#00B050';
const BLUE = '#0070C0';
const ORANGE = '#ED7D31';

describe('a key line with a colour that rates nothing', () => {
  it('reads each entry, the plain colour as a status with no RAG', () => {
    const key = readBracketedColours('Status colours: Complete (blue), In progress (green), Delayed (orange), Planned (black – not yet started).');
    expect(key.entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'blue'], ['In progress', 'green'], ['Delayed', 'amber'], ['Planned', null]]);
    const grey = readBracketedColours('Key: Done (blue – finished and evidenced) · Moving (green) · Not due (grey)');
    expect(grey.entries.map((e) => [e.label, e.rag])).toEqual([['Done', 'blue'], ['Moving', 'green'], ['Not due', null]]);
  });

  it("colours each action as the plan's own key says, not the default key", () => {
    const values: CellValue[][] = [
      ['No.', 'What we will do', 'Lead', 'Quarter', 'Status'],
      ['1', 'Publish the WRES data of every partner in one system report', 'Director of People', 'Q2 2025/26', 'In progress'],
      ['2', 'Use the same de-biased shortlisting guidance for all posts at Band 8a and above', 'Head of HR', 'Q1 2025/26', 'Complete'],
      ['3', 'Agree one approach to racist abuse of staff by patients', 'Chief Nursing Officer', 'Q3 2025/26', 'Delayed'],
      ['4', 'Fund a paid co-chair for the race equality network', 'Director of People', 'Q4 2025/26', 'Planned'],
      [],
      ['Status colours: Complete (blue), In progress (green), Delayed (orange), Planned (black – not yet started).'],
    ];
    const fonts = values.map((row, r) => row.map((_, c) => (c === 4 && r >= 1 && r <= 4 ? [GREEN, BLUE, ORANGE, null][r - 1] : null)));
    const report = checkPlan({ values, fonts, sheetName: 'Plan' }, { asAt: AS_AT });
    expect(report.ragKey.source).not.toBe('default');
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['In progress', 'green'], ['Complete', 'blue'], ['Delayed', 'amber'], ['Planned', null]]);
  });

  it('negative: a bracket that names no colour at all still makes the line no colour key', () => {
    expect(readBracketedColours('Progress: Complete (100%), Half way (50%), Started (10%)').entries).toEqual([]);
    expect(readBracketedColours('Leads: Head of HR (Sarah Jones), EDI Lead (Tom Reyes)').entries).toEqual([]);
  });
});
