import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { scoreHeaderWords } from '../../../shared/grid/header-words';
import type { CellValue } from '../../../shared/types';

/**
 * A header asking how something is measured ('How measured', 'How it will be measured', 'How will this be measured?')
 * names the outcome's measure, not the action: the 'how' inside it speaks for the longer phrase only. A small table of
 * the plan's measurable outcomes above it ('Outcome | How measured | Baseline | Target', holdout37 rillvalley) had read
 * as naming an action, and once a trust added a column the reader has no word for to the plan's own header ('Budget'),
 * lowering its score, the outcomes table was kept as a second header and its four measures read as actions.
 */
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2025, 5, 30)) });

describe('a header asking how something is measured', () => {
  it("keeps an outcomes table ('Outcome | How measured | Baseline | Target') out of the plan under 'Budget | HIA | What we will do | Who | When'", () => {
    const report = read([
      [null, 'Race equality action plan 2025/26'],
      [],
      [null, '1. Our measurable outcomes for 2025/26'],
      [null, 'Outcome', 'How measured', 'Baseline (Mar 2025)', 'Target (Mar 2026)'],
      [null, 'More diverse shortlists', 'Share of shortlisted candidates from ethnic minority backgrounds', '18%', '25%'],
      [null, 'Less racist abuse from patients', 'Incidents logged by member practices each quarter', '11', 'Down by a third'],
      [null, 'Staff feel safe to report discrimination', 'Pulse survey: "I would feel safe reporting discrimination"', '64%', '80%'],
      [],
      [null, '2. What we will do'],
      ['Budget', 'HIA', 'What we will do', 'Who', 'When'],
      ['Nil', 'HIA 1 – Board objectives', 'Add an EDI objective to the appraisal of every partner on the board.', 'Clinical Director', 'By Sept 2025'],
      ['£12,500', 'HIA 2 – Recruitment', 'Advertise every vacancy on the jobs page and through two community organisations.', 'Workforce Lead', 'Ongoing'],
      ['£5,000', 'HIA 4 – Health and wellbeing', "Open the employee assistance programme to staff of every member practice.", 'Operations Director', 'By Jul 2025'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [11, 'Clinical Director', 'By Sept 2025'],
      [12, 'Workforce Lead', 'Ongoing'],
      [13, 'Operations Director', 'By Jul 2025'],
    ]);
  });

  it("keeps 'Success measure | How measured | Baseline | Target' out of a plan headed 'Action | Who | Cost | Sites | Network?' under it", () => {
    const report = read([
      ['Disability equality plan 2024-25'],
      ['Success measure', 'How measured', 'Baseline', 'Target'],
      ['Disabled staff in Band 8a and above', 'ESR, declared disability, at 31 March', '3.1%', '4.5%'],
      ['Staff with adjustments in place within 8 weeks', 'Adjustments log, quarterly', '41%', '75%'],
      [],
      ['Action', 'Who', 'Cost', 'Sites', 'Network?'],
      ['Launch a reasonable adjustments passport for every new starter', 'Head of OH', 'Nil', 'All', 'Yes'],
      ['Guarantee an interview to disabled applicants who meet the essential criteria', 'Head of Resourcing', '£1,000', 'All', 'No'],
    ]);
    expect(report.headerRows).toEqual([6]);
    expect(report.actions.map((a) => [a.row, a.lead])).toEqual([
      [7, 'Head of OH'],
      [8, 'Head of Resourcing'],
    ]);
  });

  it("names the outcome by 'How measured' and 'How it will be measured', the action by 'How' and 'How we will do it'", () => {
    expect(scoreHeaderWords('How measured').map((w) => w.field)).toEqual(['outcome']);
    expect(scoreHeaderWords('How it will be measured').map((w) => w.field)).toEqual(['outcome']);
    expect(scoreHeaderWords('How will we measure success?').map((w) => w.field)).toEqual(['outcome']);
    expect(scoreHeaderWords('How')[0].field).toBe('action');
    expect(scoreHeaderWords('How we will do it')[0].field).toBe('action');
  });

  it("still reads a plan headed 'Why | How | Who | When' by its 'How' column", () => {
    const report = read([
      ['Why', 'How', 'Who', 'When'],
      ['Too few BME staff in senior posts', 'Run a sponsorship programme for BME staff in Bands 6 and 7', 'Chief People Officer', 'Mar 2025'],
      ['Shortlisting gap', 'Anonymise shortlisting for every post', 'Head of Resourcing', 'Dec 2024'],
    ]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => a.action)).toEqual(['Run a sponsorship programme for BME staff in Bands 6 and 7', 'Anonymise shortlisting for every post']);
  });
});
