import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.row);
const HEADER = ['Item', 'Activity/Work Piece', 'Details/Outcome to be achieved', 'Expected date of completion', 'Key actions', 'Responsibility for action', 'Progress'];

// A row printed over a page break: the bottom of its cells lands on a row of its own on the next page, its action, item,
// date and lead cells empty there. It writes in a column the plan reads no field from (the 'Key actions' steps), so it
// is no plain further line; it is the action's because its outcome or progress finishes the sentence broken off above.
describe('the bottom of a row printed over a page break (holdout71 easterbrook, holdout72 ivelbrook)', () => {
  it("joins an outcome broken off mid-sentence, with the rest of the steps, to the action above", () => {
    const report = read({
      values: [
        ['Oakvale Healthcare NHS Trust WRES Action Plan 2017-2018'],
        HEADER,
        ['1', 'Develop unconscious bias training for recruiting managers.', 'Managers able to recognise bias at each stage of', 'March 2018', 'Design the session, pilot with two cohorts, evaluate after', 'Learning & Development', 'Pilot held in January 2018.'],
        [null, null, 'selection and to challenge it on panels.', null, 'six months.'],
        ['2', 'Publish the WRES data and this plan on the Trust website.', 'Staff and public can see the data.', 'August 2017', 'Agree the page with Communications. Add a news item.', 'HR', 'Published in August 2017.'],
        ['3', 'Run a career workshop for BME staff at Bands 5 and 6.', 'More internal BME applicants.', 'January 2018', 'Book the venue. Advertise through the network first.', 'Organisational Development', 'Not yet started.'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 5, 6]);
    expect(report.actions[0].outcome).toBe('Managers able to recognise bias at each stage of\nselection and to challenge it on panels.');
    expect(setAside(report)).toEqual([4]);
    expect(report.issues.find((i) => i.row === 4)?.message).toMatch(/finishes the sentence row 3's outcome breaks off at '.*stage of', with the rest of column E: .*page break/);
  });

  it('joins a progress line starting in lower case, with a further step, to the action above', () => {
    const report = read({
      values: [
        ['Ashwell Community NHS Trust WDES Action Plan 2021-2022'],
        HEADER,
        ['3', 'Review the attendance policy for disability-related absence.', 'Fairer use of the policy.', 'October 21', 'Draft policy. Consult staff side.', 'HR Policy Lead', 'Policy approved in September. Manager briefings'],
        [null, null, null, null, 'Brief managers.', null, 'held in October; 90 managers attended.'],
        ['4', 'Review the capability procedure so that occupational health advice is followed.', 'Fewer disabled staff in the formal process.', 'March 2022', 'Allocate to the policy review cycle.', 'Senior HR Business Partner', 'Not yet started.'],
        ['5', 'Add a module on reasonable adjustments to the team leader programme.', 'Team leaders know how to agree adjustments.', 'November 2021', 'Write the module with the network. Pilot it.', 'Learning & Development Manager', 'Piloted with two cohorts.'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([3, 5, 6]);
    expect(report.actions[0].progress).toBe('Policy approved in September. Manager briefings\nheld in October; 90 managers attended.');
    expect(setAside(report)).toEqual([4]);
  });

  it('keeps a row with finished sentences in the steps and progress columns, breaking nothing off, as it was read', () => {
    const report = read({
      values: [
        ['Heathfield Hospitals NHS Trust WRES Action Plan 2019-2020'],
        HEADER,
        ['1', 'Run reverse mentoring for the executive team.', 'Executives hear BME staff experience.', 'March 2020', 'Match pairs.', 'Head of OD', 'Eight pairs matched.'],
        [null, null, null, null, 'Evaluate the scheme after six months.', null, 'Evaluation planned for April.'],
        ['2', 'Publish the WRES data and this plan on the Trust website.', 'Staff and public can see the data.', 'August 2019', 'Agree the page with Communications. Add a news item.', 'HR', 'Published in August 2019.'],
      ],
    });
    expect(report.issues.find((i) => i.row === 4)?.message ?? '').not.toMatch(/page break/);
  });
});
