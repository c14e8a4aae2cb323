import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { indicatorsOfCell } from '../../../shared/indicators';
import type { CellValue, Standard } from '../../../shared/types';

/**
 * Tags naming each standard's indicators with the standard's name written on ('#HIA6 #WRES8 #WRES6 #WDES4a', a
 * Microsoft List's 'WRES 5;#WDES 4a;#WDES 4b'): a joint plan read as one standard takes the tags of its own standard,
 * in the order written, and none of the other's, of the HIAs or of other topics ('#SSC'). Hashtags alone make a cell of
 * tags as ';' does, so a 'Tags' column of them is the indicator column. Shown by holdout77 brooksby (hashtags) and
 * wetherfield (';#' multi-choice values).
 */
const AS_AT = new Date(Date.UTC(2025, 11, 1));
const read = (values: CellValue[][], standard: Standard) => checkPlan({ values }, { asAt: AS_AT, standard });

describe("tags naming each standard's indicators", () => {
  it("reads a joint plan's hashtags as its WRES plan: the #WRES tags only, in the order written", () => {
    const report = read([
      ['Ashcombe Primary Care Collaborative – Race and Disability Equality Action Plan 2025/26'],
      ['Ref', 'What we will do', 'Tags', 'Who leads', 'When'],
      ['A1', 'Use one anonymised application form at every practice for salaried GP posts', '#HIA2 #WRES2 #WDES2', 'Collaborative Workforce Lead', 'Oct-25'],
      ['A2', 'Make the offer of adjustments at interview part of every practice’s standard letter', '#HIA2 #WDES2', 'Collaborative Workforce Lead', 'Oct-25'],
      ['A3', 'Set up a confidential route to raise discrimination by a partner', '#HIA6 #WRES8 #WRES6 #WDES4a', 'Freedom to Speak Up Guardian', 'Dec-25'],
      ['A4', 'Sign the Sexual Safety Charter as a collaborative and brief every practice', '#HIA6 #SSC', 'Clinical Director', 'Sep-25'],
      ['A5', 'Report the make-up of the collaborative board and the practice partners', '#WDES10 #WRES9 #HIA1', 'Collaborative Chair', 'Mar-26'],
    ], 'WRES');
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], [], ['8', '6'], [], ['9']]);
    expect(report.columns.indicator).toBe('C');
  });

  it("reads a Microsoft List's multi-choice values as its WDES plan: every WDES part", () => {
    expect(indicatorsOfCell('WRES 5;#WDES 4a;#WDES 4b', 'WDES')).toEqual(['4a', '4b']);
    expect(indicatorsOfCell('WRES 5;#WDES 4a;#WDES 4b', 'WRES')).toEqual(['5']);
    expect(indicatorsOfCell('#HIA2 #WDES2', 'WRES')).toEqual([]);
    expect(indicatorsOfCell('#HIA6 #WRES8 #WRES6 #WDES4a', 'WDES')).toEqual(['4a']);
  });
});
