import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * A metric typed on its group's first row only, with the group's other context beside it ('Metric 4 – …' | 'What's the
 * issue?', or the metric's figures), and the group's further actions on rows below that leave all those cells blank:
 * they serve the metric above, though the column is filled on most rows. A row with a cell of its own left of the action
 * (its own number) and a blank metric still serves none.
 */
const read = (g: Grid) => checkPlan(g, { asAt: new Date(Date.UTC(2020, 0, 15)) });

describe("a question header: the metric and the issue on each group's first row", () => {
  const g: Grid = {
    values: [
      ['WDES action plan 2019-20 – Kelsall Partnership NHS Foundation Trust'],
      ['Which metric?', "What's the issue?", 'What will we do?', 'Who?', 'When by?'],
      ['Metric 1 - disabled staff in each band', 'Only 3.1% have told us on ESR', 'Run a campaign to update disability status on ESR', 'Workforce Information', 'Dec 2019'],
      ['', '', 'Add a disability question to the appraisal paperwork', '', 'April 2020'],
      ['Metric 2 - shortlisting', 'Non-disabled applicants 1.30 times more likely to be appointed', 'Check the guaranteed interview scheme is applied', 'Recruitment', 'Jan 2020'],
      ['Metric 3 - capability', 'Numbers too small to say', 'Record disability on every new capability case', 'Employee Relations', 'Nov 2019'],
      ['Metric 4 - bullying and harassment', 'Disabled staff report more from managers', 'Set up a disabled staff network', 'Director of People', 'Feb 2020'],
      ['', '', 'Put disability into the bullying and harassment training for managers', 'Learning & OD', 'March 2020'],
      ['Metric 5 - career progression', '70% v 81% see equal opportunities', 'Offer adjustments at interview for internal posts', 'Head of Recruitment', 'tbc'],
      ['Metric 6 - presenteeism', '33% v 22%', 'Record disability-related absence apart from sickness', 'HR Policy', 'June 2020'],
      ['Metric 8 - adjustments', 'Only 69% say adjustments are adequate', 'Write a reasonable adjustments guide for managers', 'OH / HR', 'Jan 2020'],
      ['Metric 10 - Board', 'Board members have not been asked', 'Ask Board members to declare on ESR', 'Company Secretary', 'Dec 2019'],
    ],
  };

  it("reads the group's metric on the rows under its first row", () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['2'], ['3'], ['4'], ['4'], ['5'], ['6'], ['8'], ['10']]);
  });
});

describe("a results table with actions added to the right: a metric's figures, then more actions below", () => {
  const g: Grid = {
    values: [
      ['Penhallow Ambulance Service NHS Trust – WDES 2022 results and what we will do'],
      ['Metric', 'What it measures', 'Disabled', 'Non-disabled', 'Action', 'Owner', 'When'],
      ['1', 'Disabled staff by pay band', '3.8%', '81.0%', 'Get crews to update ESR on the tablet at the start of a shift', 'Workforce Lead', 'Dec 22'],
      ['', '', '', '', 'Send the declared rate by station every month', 'Workforce Info', 'monthly'],
      ['3', 'Entering the capability process', '1.9x', '', 'Look at every capability case for reasonable adjustments', 'Head of ER', 'Jan 23'],
      ['6', 'Pressure to come to work when unwell', '29%', '20%', 'Separate disability-related absence in the attendance triggers', 'HR Policy', 'April 2023'],
      ['8', 'Adequate adjustments', '64%', '', 'Relaunch the reasonable adjustment passport', 'OH Manager', 'Feb 23'],
      ['', '', '', '', 'Send adapted vehicle requests through one route', 'Fleet Manager', 'March 23'],
      ['7', 'Feeling valued', '27%', '38%', 'Set up a disability staff network', 'Clinical Team Leader', 'Nov 22'],
      ['10', 'Board members with a disability', '0%', '', 'Ask the Board to self-declare at its development day', 'Trust Secretary', 'Dec 22'],
      ['4', 'Harassment from patients', '38%', '29%', 'Body-worn cameras for all frontline crews', 'AD Ops', 'March 2023'],
    ],
  };

  it('reads the metric above on each further action of its group', () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['3'], ['6'], ['8'], ['8'], ['7'], ['10'], ['4']]);
  });
});

describe('an action numbered on its own row with its metric blank (negative)', () => {
  const g: Grid = {
    values: [
      ['WRES action plan 2019/20'],
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due'],
      ['1', '2', 'Put a trained BME panel member on every band 8a interview', 'Head of Resourcing', 'Dec 2019'],
      ['2', '', 'Publish the plan on the intranet', 'Communications', 'Nov 2019'],
      ['3', '5', 'Add racial abuse to the violence and aggression policy', 'Head of Security', 'March 2020'],
      ['4', '7', 'Offer mentoring to BME nurses at band 5 and 6', 'Deputy Chief Nurse', 'March 2020'],
      ['5', '9', 'Use search agencies with diverse shortlists for Board posts', 'Chair', 'June 2020'],
    ],
  };

  it('reads no indicator for the numbered action whose metric cell is blank', () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['2'], [], ['5'], ['7'], ['9']]);
  });
});

/**
 * The same layouts with the metric's column moved right of the action (a trust ordering its columns another way, holdout52
 * yelverton and ockbrook under the layout property): the group's blank cells left of the action still show the group.
 */
describe("the metric's column last: the issue on each group's first row, left of the action", () => {
  const g: Grid = {
    values: [
      ['WDES action plan 2019-20 – Kelsall Partnership NHS Foundation Trust'],
      ["What's the issue?", 'What will we do?', 'Who?', 'When by?', 'Which metric?'],
      ['Only 3.1% have told us on ESR', 'Run a campaign to update disability status on ESR', 'Workforce Information', 'Dec 2019', 'Metric 1 - disabled staff in each band'],
      ['', 'Add a disability question to the appraisal paperwork', '', 'April 2020', ''],
      ['Non-disabled applicants 1.30 times more likely to be appointed', 'Check the guaranteed interview scheme is applied', 'Recruitment', 'Jan 2020', 'Metric 2 - shortlisting'],
      ['Numbers too small to say', 'Record disability on every new capability case', 'Employee Relations', 'Nov 2019', 'Metric 3 - capability'],
      ['Disabled staff report more from managers', 'Set up a disabled staff network', 'Director of People', 'Feb 2020', 'Metric 4 - bullying and harassment'],
      ['', 'Put disability into the bullying and harassment training for managers', 'Learning & OD', 'March 2020', ''],
      ['70% v 81% see equal opportunities', 'Offer adjustments at interview for internal posts', 'Head of Recruitment', 'tbc', 'Metric 5 - career progression'],
      ['33% v 22%', 'Record disability-related absence apart from sickness', 'HR Policy', 'June 2020', 'Metric 6 - presenteeism'],
      ['Only 69% say adjustments are adequate', 'Write a reasonable adjustments guide for managers', 'OH / HR', 'Jan 2020', 'Metric 8 - adjustments'],
      ['Board members have not been asked', 'Ask Board members to declare on ESR', 'Company Secretary', 'Dec 2019', 'Metric 10 - Board'],
    ],
  };

  it("reads the group's metric on the rows under its first row", () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['2'], ['3'], ['4'], ['4'], ['5'], ['6'], ['8'], ['10']]);
  });
});

describe("the timescale first, the issue and the metric after the action ('When by?' | action | … | issue | metric)", () => {
  const g: Grid = {
    values: [
      ['WDES action plan 2019-20 – Kelsall Partnership NHS Foundation Trust'],
      ['When by?', 'What will we do?', 'Who?', "What's the issue?", 'Which metric?'],
      ['Dec 2019', 'Run a campaign to update disability status on ESR', 'Workforce Information', 'Only 3.1% have told us on ESR', 'Metric 1 - disabled staff in each band'],
      ['April 2020', 'Add a disability question to the appraisal paperwork', '', '', ''],
      ['Jan 2020', 'Check the guaranteed interview scheme is applied', 'Recruitment', 'Non-disabled applicants 1.30 times more likely to be appointed', 'Metric 2 - shortlisting'],
      ['Nov 2019', 'Record disability on every new capability case', 'Employee Relations', 'Numbers too small to say', 'Metric 3 - capability'],
      ['Feb 2020', 'Set up a disabled staff network', 'Director of People', 'Disabled staff report more from managers', 'Metric 4 - bullying and harassment'],
      ['March 2020', 'Put disability into the bullying and harassment training for managers', 'Learning & OD', '', ''],
      ['tbc', 'Offer adjustments at interview for internal posts', 'Head of Recruitment', '70% v 81% see equal opportunities', 'Metric 5 - career progression'],
      ['June 2020', 'Record disability-related absence apart from sickness', 'HR Policy', '33% v 22%', 'Metric 6 - presenteeism'],
      ['Jan 2020', 'Write a reasonable adjustments guide for managers', 'OH / HR', 'Only 69% say adjustments are adequate', 'Metric 8 - adjustments'],
      ['Dec 2019', 'Ask Board members to declare on ESR', 'Company Secretary', 'Board members have not been asked', 'Metric 10 - Board'],
    ],
  };

  it("reads the group's metric on the rows under its first row, their own timescales beside them", () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['2'], ['3'], ['4'], ['4'], ['5'], ['6'], ['8'], ['10']]);
  });
});

describe("a results table whose metric and figures sit either side of the actions, the metric's number at the far right", () => {
  const g: Grid = {
    values: [
      ['Penhallow Ambulance Service NHS Trust – WDES 2022 results and what we will do'],
      ['What it measures', 'Disabled', 'Action', 'Owner', 'When', 'Metric'],
      ['Disabled staff by pay band', '3.8%', 'Get crews to update ESR on the tablet at the start of a shift', 'Workforce Lead', 'Dec 22', '1'],
      ['', '', 'Send the declared rate by station every month', 'Workforce Info', 'monthly', ''],
      ['Entering the capability process', '1.9x', 'Look at every capability case for reasonable adjustments', 'Head of ER', 'Jan 23', '3'],
      ['Adequate adjustments', '64%', 'Relaunch the reasonable adjustment passport', 'OH Manager', 'Feb 23', '8'],
      ['', '', 'Send adapted vehicle requests through one route', 'Fleet Manager', 'March 23', ''],
      ['Feeling valued', '27%', 'Set up a disability staff network', 'Clinical Team Leader', 'Nov 22', '7'],
      ['Board members with a disability', '0%', 'Ask the Board to self-declare at its development day', 'Trust Secretary', 'Dec 22', '10'],
      ['Harassment from patients', '38%', 'Body-worn cameras for all frontline crews', 'AD Ops', 'March 2023', '4'],
    ],
  };

  it('reads the metric above on each further action of its group', () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['1'], ['1'], ['3'], ['8'], ['8'], ['7'], ['10'], ['4']]);
  });
});

describe('an action numbered on its own row, its indicator column last and blank (negative)', () => {
  const g: Grid = {
    values: [
      ['WRES action plan 2019/20'],
      ['Ref', 'Action', 'Lead', 'Due', 'Indicator'],
      ['1', 'Put a trained BME panel member on every band 8a interview', 'Head of Resourcing', 'Dec 2019', '2'],
      ['2', 'Publish the plan on the intranet', 'Communications', 'Nov 2019', ''],
      ['3', 'Add racial abuse to the violence and aggression policy', 'Head of Security', 'March 2020', '5'],
      ['4', 'Offer mentoring to BME nurses at band 5 and 6', 'Deputy Chief Nurse', 'March 2020', '7'],
      ['5', 'Use search agencies with diverse shortlists for Board posts', 'Chair', 'June 2020', '9'],
    ],
  };

  it('reads no indicator for the numbered action whose indicator cell is blank', () => {
    expect(read(g).actions.map((a) => a.indicators)).toEqual([['2'], [], ['5'], ['7'], ['9']]);
  });
});
