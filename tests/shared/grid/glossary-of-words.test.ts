import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A glossary of plain words under the plan: terms of a few words ('Reasonable adjustment', 'Health Passport') each
 * beside a sentence saying what it is ('A change to a job…', 'The record a colleague keeps…'), in a block of their
 * own (after a blank row or under a caption such as 'Words we use' or 'What we mean by'), not only abbreviations beside
 * the words they stand for. Its rows explain the plan's words: none is an action, whichever of the plan's columns the
 * term and its meaning fall under, and each says why.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

const PROMISES: CellValue[][] = [
  ['Our promises to disabled colleagues 2025-26'],
  ['Step', 'What we will do', 'Who', 'When', 'Progress'],
  ['1a', 'Use one reasonable adjustments form across all practices, with a named person in each.', 'Collaborative HR Manager', 'May 2025', 'Done'],
  ['1b', 'Introduce a Health Passport that stays with a colleague when they move between practices.', 'Collaborative HR Manager', 'December 2025', 'On track'],
  ['2a', 'Brief every practice manager on the sickness absence policy.', 'Clinical Director', 'June 2025', 'Not started'],
];

describe('a glossary of plain words under the plan', () => {
  it("reads terms and their meanings under a 'Words we use' caption as no actions, and says why", () => {
    const report = read([
      ...PROMISES,
      [],
      ['Words we use'],
      [null, 'Reasonable adjustment', 'A change to a job, the workplace or the way we work so that a disabled colleague is not at a disadvantage.'],
      [null, 'Health Passport', 'A record, kept by the colleague, of the adjustments agreed with their manager.'],
      [null, 'WDES', 'The Workforce Disability Equality Standard: ten measures that compare the experience of disabled and non-disabled staff.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead])).toEqual([
      [3, 'Collaborative HR Manager'],
      [4, 'Collaborative HR Manager'],
      [5, 'Clinical Director'],
    ]);
    const why = setAside(report).filter((i) => (i.row ?? 0) >= 8);
    expect(why.map((i) => i.row)).toEqual([8, 9, 10]);
    expect(why[0].message).toContain("'Reasonable adjustment'");
    expect(why[0].message).toContain('what it means');
    expect(why[1].message).toContain('glossary');
  });

  it('reads a block of terms in the first column and meanings under the action column, with no caption, as no actions', () => {
    const report = read([
      ['Theme', 'Action', 'Lead', 'Due date', 'RAG'],
      ['Recruitment', 'Audit shortlisting outcomes by ethnicity for every Band 7 and above post.', 'Head of Recruitment', 'December 2023', 'Green'],
      ['Progression', 'Offer reverse mentoring to every member of the executive team.', 'Director of People', 'March 2024', 'Amber'],
      [],
      ['Reverse mentoring', 'An arrangement in which a junior colleague mentors a senior leader about their experience.'],
      ['Freedom to Speak Up Guardian', 'Someone independent who staff can go to when they want to raise a concern.'],
      ['Allyship', 'The everyday actions colleagues take to support people from groups other than their own.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [2, 'Recruitment'],
      [3, 'Progression'],
    ]);
    expect(setAside(report).map((i) => i.row)).toEqual([5, 6, 7]);
  });

  it('still reads actions in a block of their own as actions, whether they name a lead or open with what is done (negatives)', () => {
    const report = read([
      ['Initiative', 'Description', 'Lead', 'By'],
      ['Declaration campaign', 'A campaign with the staff network so that colleagues update their record in ESR.', 'Workforce Information Lead', 'September 2024'],
      ['Passport', 'A passport recording each colleague’s agreed adjustments, moving with them between teams.', 'Occupational Health Manager', 'December 2024'],
      [],
      ['Staff network', 'Set up a disabled staff network with an executive sponsor and protected time.'],
      ['Mentoring', 'Offer mentoring to every disabled colleague in Bands 5 to 7.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5, 6]);
  });
});
