import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { headerKey } from '../../../shared/grid/cell-text';
import type { CellValue } from '../../../shared/types';

/**
 * Headers written as people speak: "What we'll do", "Who's leading it?", "What we're doing" — a pronoun's contraction is
 * its words, so the header reads as 'What we will do' does (holdout36 wetherstone: 0 of 8 actions on arrival). A
 * possessive ('Trust's lead') is no contraction.
 */
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2025, 5, 30)) });

describe('contracted words in a header', () => {
  it("reads 'What we'll do | Which practices | Lead | When | Done?'", () => {
    const report = read([
      ['Disability equality plan 2025-26'],
      ['#', 'What we’ll do', 'Which practices', 'Lead', 'When', 'Done?'],
      ['Getting in and getting on'],
      ['1', 'Add a line to every practice job advert inviting applicants to ask for adjustments at interview', 'All 23', 'Workforce Lead', 'May 2025', 'Yes'],
      ['2', 'Offer shared training for practice managers on reasonable adjustments', 'All 23', 'Training Hub Manager', 'Sept 2025', 'Started'],
      ['Feeling safe at work'],
      ['3', 'Run a session at each PCN on handling abuse from patients towards disabled staff', 'Six PCNs', 'Clinical Director', 'Jan 2026', 'Not yet'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([[4, 'Workforce Lead', 'May 2025'], [5, 'Training Hub Manager', 'Sept 2025'], [7, 'Clinical Director', 'Jan 2026']]);
  });

  it("reads 'What we're doing | Who's on it? | By when?'", () => {
    const report = read([
      ["What we're doing", "Who's on it?", 'By when?'],
      ['Publish the WDES data with a plain English summary for staff', 'EDI Lead', 'Sep 2025'],
      ['Set up a reasonable adjustments passport for new starters', 'Head of Occupational Health', 'Dec 2025'],
    ]);
    expect(report.columns.action).toBe('A');
    expect(report.columns.lead).toBe('B');
    expect(report.actions.map((a) => a.lead)).toEqual(['EDI Lead', 'Head of Occupational Health']);
  });

  it('expands a pronoun’s contraction only: a possessive stays as written', () => {
    expect(headerKey("What we'll do")).toBe('what we will do');
    expect(headerKey('Who’s responsible?')).toBe('who is responsible');
    expect(headerKey("Trust's lead")).toBe('trust s lead');
  });
});
