import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * A lead or timescale cell typed 'as above' ('ditto', 'same as above', '"'): the action's lead or timescale is the one
 * of the action above it (itself perhaps 'as above'), and the user is told which cell it came from.
 */
const read = (g: Grid) => checkPlan(g, { asAt: new Date(Date.UTC(2022, 0, 15)) });

describe("'as above' in a lead column", () => {
  const g: Grid = {
    values: [
      ['No', 'Indicator', 'Action', 'Lead', 'Target date', 'Update'],
      ['1', '1', 'Break down BME staff by band for each service and share it with service managers.', 'Priya Shah (HR Manager)', 'Sep-21', 'Done.'],
      ['2', '1', 'Add BME representation by band to the quarterly workforce report.', 'as above', 'Q3', ''],
      ['3', '2', 'Send every recruiting manager on the refreshed fair recruitment training.', 'Recruitment Lead', 'Mar-22', ''],
      ['4', '2', 'Trial anonymised application forms for band 5 to 7 posts.', 'As above.', 'Mar-22', ''],
      ['5', '2', 'Report shortlisting outcomes by ethnicity to the People Committee.', 'ditto', 'Jan-22', ''],
    ],
  };

  it('reads the lead of the action above, through a chain of them', () => {
    const r = read(g);
    expect(r.actions.map((a) => a.lead)).toEqual(['Priya Shah (HR Manager)', 'Priya Shah (HR Manager)', 'Recruitment Lead', 'Recruitment Lead', 'Recruitment Lead']);
    expect(r.actions[1].sources.lead?.why).toBe("Lead: 'Priya Shah (HR Manager)', the lead in D2 that 'as above' in D3 points to");
  });
});

describe("'same as above' in a lead column to the left of the action, under a heading", () => {
  const g: Grid = {
    values: [
      ['Fernhill NHS Trust – WDES plan 2023/24'],
      ['Owner', 'What we will do', 'Metric', 'By'],
      ['Metric 4 – harassment', '', '', ''],
      ['Head of Security', 'Give body-worn cameras to every community team.', '4a', 'Dec 2023'],
      ['Same as above', 'Tell staff the cameras cover abuse about disability too.', '4a', 'Jan 2024'],
      ['"', 'Report incidents by disability to the Health and Safety Committee.', '4a', 'Mar 2024'],
    ],
  };

  it('carries the owner down', () => {
    expect(read(g).actions.map((a) => a.lead)).toEqual(['Head of Security', 'Head of Security', 'Head of Security']);
  });
});

describe('a lead that says more than the same stays as written (negative)', () => {
  const g: Grid = {
    values: [
      ['Action', 'Lead', 'When'],
      ['Run a listening event for disabled staff.', '', 'May 2023'],
      ['Publish what the event heard.', 'as above', 'June 2023'],
      ['Fund the network chair’s time.', 'As above, with the Director of Finance', 'July 2023'],
    ],
  };

  it("keeps 'as above' with nothing above, and a sentence using the words", () => {
    expect(read(g).actions.map((a) => a.lead)).toEqual(['', 'as above', 'As above, with the Director of Finance']);
  });
});

describe("'as above' in a timescale column (holdout94 cranmere)", () => {
  const g: Grid = {
    values: [
      ['Cranwell Health and Care NHS Trust – WDES plan 2021/22'],
      ['Metric', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Add disability questions to the new starter app.', 'Head of Workforce Systems', 'Q1 21/22', 'in progress'],
      ['2', 'Train every recruiting manager in adjustments at interview.', 'Talent Acquisition Lead', new Date(Date.UTC(2021, 8, 30)), 'planned'],
      ['3', 'Review three years of capability cases for disabled staff.', 'Head of ER', 'as above', 'not started'],
      ['4a', 'Add a disability option to the abuse-from-patients form.', 'Head of Health & Safety', '"', 'not started'],
    ],
  };

  it('reads the timescale of the action above, its date judged for overdue as that one is', () => {
    const r = read(g);
    expect(r.actions.map((a) => a.due.end)).toEqual(['2021-06-30', '2021-09-30', '2021-09-30', '2021-09-30']);
    expect(r.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(r.actions[2].sources.due?.why).toMatch(/^Timescale: '.*', the timescale in D4 that 'as above' in D5 points to$/);
  });
});
