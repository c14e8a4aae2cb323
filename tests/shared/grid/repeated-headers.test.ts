import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * The header printed again part-way down the plan, as a printed or PDF-converted plan leaves it at each page break
 * (often under a 'continued' title): a row whose cells repeat the header's text is the header again, not an action
 * nor a new table, and the plan continues under it with the same columns — when the first header has a group label
 * row above its field names and the copy has not, and when the labels in the first column ('ACTION', 'Ref') and the
 * refs under them look, down that column, like a form's labels.
 */
const AS_AT = new Date(Date.UTC(2019, 2, 31));
const grid = (values: CellValue[][]): Grid => ({ values });
/** What a user sees of each action: its row-independent fields. */
const seen = (r: PlanReport) => r.actions.map((a) => ({ action: a.action, lead: a.lead, due: a.due, theme: a.theme, indicators: a.indicators }));

describe('a header printed again part-way down the plan', () => {
  it('reads the plan under a copy of its field names, without the group labels above them, as before', () => {
    // A short objective written once over its actions is their theme only when the column is read as a whole.
    const group = ['THE PLAN', null, 'DELIVERY', null, null];
    const fields = ['Objective', 'Action', 'Owner', 'Complete by', 'RAG'];
    const first: CellValue[][] = [
      ['Representation (indicators 1 and 9)', 'Launch a shadow board programme for BME staff.', 'Director of HR', 'Dec 18', 'Amber'],
      [null, 'Set a target for BME representation at Band 8a and above.', 'Director of HR', 'Sept 2018', 'Green'],
    ];
    const rest: CellValue[][] = [
      [null, 'Make sure every Board appointment panel includes a BME member.', 'Chairman', '31/03/19', 'Amber'],
      ['Fair recruitment (indicators 2 and 3)', 'Train 30 BME staff as recruitment panel members.', 'Head of Recruitment', 'Oct 18', 'Green'],
      [null, 'Require a second opinion before any BME colleague is suspended.', 'Head of Employee Relations', 'Jul 18', 'Green'],
    ];
    const title = ['WRES action plan 2018/19'];
    const plain = checkPlan(grid([title, group, fields, ...first, ...rest]), { asAt: AS_AT });
    const paged = checkPlan(grid([title, group, fields, ...first, ['WRES action plan 2018/19 – continued'], fields, ...rest]), { asAt: AS_AT });
    expect(plain.actions.map((a) => a.theme)).toEqual(['Representation (indicators 1 and 9)', 'Representation (indicators 1 and 9)', 'Representation (indicators 1 and 9)', 'Fair recruitment (indicators 2 and 3)', 'Fair recruitment (indicators 2 and 3)']);
    expect(seen(paged)).toEqual(seen(plain));
    expect(paged.actions.map((a) => a.row)).toEqual([4, 5, 8, 9, 10]);
  });

  it("reads a header whose group label and refs run down the first column ('ACTION', 'Ref', 'WRES/18/01') as a grid, not a form", () => {
    const group = ['ACTION', null, null, 'DELIVERY', null, null];
    const fields = ['Ref', 'Indicator', 'Action', 'Intended outcome', 'Exec owner', 'Completion date'];
    const rows: CellValue[][] = [
      ['WRES/18/01', '1', 'Set up a BME Staff Network with an executive sponsor.', 'A network that shapes our race equality work.', 'Director of Workforce', '30/06/2018'],
      ['WRES/18/02', '1&9', 'Agree aspirational targets for BME representation at Band 8a and above.', 'Targets agreed and tracked by the Board.', 'Director of Workforce', '30/11/2018'],
      ['WRES/18/03', '2', 'Include a trained BME panel member on every Band 7+ interview panel.', 'Relative likelihood below 1.25.', 'Director of Workforce', '30/09/2018'],
      ['WRES/18/04', '5', "Launch a 'No excuse for abuse' campaign.", 'Fewer BME staff report harassment.', 'Chief Operating Officer', '31/08/2018'],
    ];
    const title = ['Workforce Race Equality Standard – action plan 2018/19'];
    const plain = checkPlan(grid([title, [], group, fields, ...rows]), { asAt: AS_AT });
    const paged = checkPlan(grid([title, [], group, fields, rows[0], ['WRES Action Plan 2018/19 – continued'], group, fields, ...rows.slice(1)]), { asAt: AS_AT });
    expect(plain.actions).toHaveLength(4);
    expect(seen(paged)).toEqual(seen(plain));
    expect(paged.actions.map((a) => a.row)).toEqual([5, 9, 10, 11]);
  });
});

/**
 * A page can break under any row, so the last row of a page — the one right above the header printed again — is often
 * the block above's own: a cross-reference, a note, a further line of the action above (an 'Update:' row, a dated
 * update, the rest of a wrapped cell). It is no section's heading over the actions on the next page (nor, once one is
 * taken, does the title above the first header become the first section's heading), and the plan reads as it did.
 */
describe('the last row of a page, above the header printed again', () => {
  const fields = ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'Progress'];
  const title = ['WRES action plan 2020/21'];
  const period = ['October 2020 – October 2021'];
  /** The plan with its page broken before row `at` of `rows`: the header again, under the page's running head when given. */
  const paged = (rows: CellValue[][], at: number, head?: CellValue[]) => [title, period, [], fields, ...rows.slice(0, at), ...(head ? [head] : []), fields, ...rows.slice(at)];
  const plain = (rows: CellValue[][]) => [title, period, [], fields, ...rows];
  const read = (values: CellValue[][], extra: Partial<Grid> = {}) => checkPlan({ values, ...extra }, { asAt: AS_AT });
  const withProgress = (r: PlanReport) => seen(r).map((a, i) => ({ ...a, progress: r.actions[i].progress }));

  it("reads a cross-reference ('See 1. Above.', 'As above') on the page's last row as one, not a heading over the next page", () => {
    for (const pointer of ['See 1. Above.', 'As above']) {
      const rows: CellValue[][] = [
        ['1.', '1', 'Review recruitment processes for every band.', 'Recruitment Manager', 'July 2021', null],
        [null, null, pointer, null, null, null],
        [null, null, null, null, null, null],
        ['2.', '9', 'Review the recruitment process for Board roles.', 'Director of People', 'July 2021', null],
        ['3.', '9', 'Advertise Board roles through specialist agencies.', 'Director of People', 'October 2021', null],
      ];
      const before = read(plain(rows));
      const after = read(paged(rows, 3, []));
      expect(before.actions.map((a) => a.theme)).toEqual([null, null, null]);
      expect(seen(after), pointer).toEqual(seen(before));
    }
  });

  it("reads a note ('Note: …', '* …') on the page's last row as a note: no heading, and no other year's plan when it names one", () => {
    const notes = ['Note: the targets action was carried forward from the 2019/20 plan.', '* Figures exclude bank and agency staff.'];
    for (const note of notes) {
      const rows: CellValue[][] = [
        ['1.', '1', 'Set representation targets for each division.', 'Chief Operating Officer', 'June 2021', 'Targets set for three divisions.'],
        [note, null, null, null, null, null],
        ['2.', '2', 'Put a trained inclusion panellist on every Band 7+ panel.', 'Chief People Officer', 'March 2021', 'Panellists trained.'],
        ['3.', '3', 'Review every case before formal disciplinary action.', 'Chief Nurse', 'Ongoing', 'Panel in place.'],
      ];
      const before = read(plain(rows));
      const after = read(paged(rows, 2, ['WRES action plan 2020/21 – continued']));
      expect(after.actions, note).toHaveLength(3);
      expect(after.actions.map((a) => a.theme), note).toEqual([null, null, null]);
      expect(withProgress(after), note).toEqual(withProgress(before));
    }
  });

  it("reads the rest of a wrapped cell ('disciplinary process', 'each unit's team …') as the row above's, not a heading", () => {
    // As a PDF converted to Excel leaves a narrow column: each line of a cell on a row of its own.
    const wrappedIndicator: CellValue[][] = [
      ['1.', 'Indicator 3 – Relative likelihood', 'Apply the just culture tool before any formal', 'Deputy Director of', 'Sept 2020', 'In place.'],
      [null, 'of BME staff entering the formal', 'investigation is commissioned.', 'People', null, null],
      [null, 'disciplinary process', null, null, null, null],
      ['2.', 'Indicator 4 – Access to CPD', 'Report access to CPD by ethnicity to the Education Board.', 'Head of Education', 'Quarterly', 'First report in January.'],
      ['3.', 'Indicator 5 – Harassment from patients', 'Launch a zero tolerance campaign on abuse of staff.', 'Head of Security', 'Q2', 'Launched in July.'],
    ];
    const wrappedAction: CellValue[][] = [
      ['1.', '1', 'Analyse BME representation in each business unit by band, and agree local targets with', 'Head of Workforce Planning', 'September 2020', 'Complete.'],
      [null, null, "each unit's senior leadership team for March 2021.", null, null, null],
      ['2.', '1', 'Develop a talent pool for BME staff at Bands 6 and 7.', 'Head of OD', 'March 2021', 'Coaching contract in place.'],
      ['3.', '2', 'Put a trained BME panel member on every Band 8a+ panel.', 'Deputy Director of HR', 'October 2020', 'Eleven members trained.'],
    ];
    for (const [rows, at] of [[wrappedIndicator, 3], [wrappedAction, 2]] as const) {
      const before = read(plain(rows));
      const after = read(paged(rows, at));
      expect(after.actions.map((a) => a.theme)).toEqual([null, null, null]);
      expect(withProgress(after)).toEqual(withProgress(before));
    }
    expect(read(paged(wrappedAction, 2)).actions[0].action).toContain("each unit's senior leadership team for March 2021.");
  });

  it("reads an 'Update:' row and a dated update on the page's last row as the action's progress, not a heading", () => {
    for (const update of ['Update: campaign launched 1 September; declaration up to 4.1%.', 'Q3 (12/01/21): declaration rate 6.8% (from 4.9%).']) {
      const rows: CellValue[][] = [
        ['1.', '1', 'Run a declaration campaign through the staff app.', 'Workforce Information Lead', 'Dec 2020', null],
        [null, null, update, null, null, null],
        ['2.', '2', 'Make recruitment training mandatory for every panel chair.', 'Head of Recruitment', 'March 2021', null],
        ['3.', '3', 'Review the capability policy with staff side.', 'HR Business Partner', 'Q4', null],
      ];
      const before = read(plain(rows));
      const after = read(paged(rows, 2));
      expect(after.actions.map((a) => a.theme), update).toEqual([null, null, null]);
      expect(withProgress(after), update).toEqual(withProgress(before));
      expect(after.actions[0].progress, update).toContain(update.slice(0, 20));
    }
  });

  it("reads further lines of an action's progress, each in its own row under the last ('Q3 update: …'), as that action's, not a heading", () => {
    const rows: CellValue[][] = [
      ['1.', '1', 'Agree a band 7+ target with each care group director.', 'Workforce Information Lead', 'Sept 2020', 'Profiles produced for all four care groups.'],
      [null, null, null, null, null, 'Q2 update: targets agreed with three of four care groups.'],
      [null, null, null, null, null, 'Q3 update: the last care group agreed its target in November.'],
      ['2.', '2', 'Make recruitment training mandatory for every panel chair.', 'Head of Recruitment', 'March 2021', 'Dates set.'],
      ['3.', '3', 'Review the capability policy with staff side.', 'HR Business Partner', 'Q4', null],
    ];
    const before = read(plain(rows));
    const after = read(paged(rows, 3));
    expect(after.actions.map((a) => a.theme)).toEqual([null, null, null]);
    expect(withProgress(after)).toEqual(withProgress(before));
    expect(after.actions[0].progress).toContain('Q3 update: the last care group');
  });
});

describe('the plan carrying on under the header printed again', () => {
  const read = (values: CellValue[][], extra: Partial<Grid> = {}) => checkPlan({ values, ...extra }, { asAt: AS_AT });
  const withProgress = (r: PlanReport) => seen(r).map((a, i) => ({ ...a, progress: r.actions[i].progress }));

  it('reads the update logs of the actions under the header printed again, grouped in the outline or not', () => {
    const fields = ['Ref', 'Metric', 'Action', 'Lead', 'Due', 'RAG'];
    const rows: CellValue[][] = [
      ['HD-01', 'M1', 'Improve disability declaration on ESR through a campaign.', 'Workforce Information Lead', '31/12/2022', 'Complete'],
      [null, null, 'Q1 (14/07/22): campaign materials agreed with the network.', null, null, null],
      [null, null, 'Q2 (13/10/22): campaign ran in September; 312 records updated.', null, null, null],
      ['HD-02', 'M2', 'Offer interview coaching at every stage of recruitment.', 'Recruitment Lead', '30/09/2022', 'Complete'],
      [null, null, 'Q1 (14/07/22): advert template changed.', null, null, null],
      [null, null, 'Q2 (13/10/22): coaching offer live on the careers site. Closed.', null, null, null],
      ['HD-03', 'M3', 'Pause formal capability where an occupational health referral is outstanding.', 'Employee Relations Manager', '31/03/2023', 'On track'],
      [null, null, 'Q2 (13/10/22): procedure amended; audit booked for February.', null, null, null],
    ];
    const title = ['WDES action plan 2022/23'];
    const plain = [title, fields, ...rows];
    const paged = [title, fields, ...rows.slice(0, 3), ['WDES action plan 2022/23 – continued'], fields, ...rows.slice(3)];
    const levelsOf = (values: CellValue[][]) => values.map((v) => (v[0] === null && typeof v[2] === 'string' && v[2].startsWith('Q') ? 1 : 0));
    for (const outline of [false, true]) {
      const extra = (values: CellValue[][]) => (outline ? { rowOutline: { levels: levelsOf(values), summaryBelow: false } } : {});
      const before = read(plain, extra(plain));
      const after = read(paged, extra(paged));
      expect(before.actions.map((a) => a.progress)).toEqual([rows[2][2], rows[5][2], rows[7][2]]);
      expect(withProgress(after), `outline: ${outline}`).toEqual(withProgress(before));
    }
  });

  it("reads an objective whose actions start on the next page, under the running head and the header again, as their theme ('4' over 4.1, 'B' over B1)", () => {
    const fields = ['Ref', 'Objective / Action', 'Indicator', 'Lead', 'Timescale', 'Outcome'];
    const numbered: CellValue[][] = [
      ['3', 'Reduce harassment, bullying and discrimination', '5, 6', null, null, null],
      ['3.1', 'Launch a zero tolerance campaign on abuse of staff.', '5', 'Head of Security', 'Q2', 'Launched in July.'],
      ['4', 'Improve access to development and career progression', '4, 7', null, null, null],
      [null, null, null, null, null, null],
      ['4.1', 'Record all non-mandatory training on OLM by ethnicity.', '4', 'Head of Learning and OD', 'March 2018', 'In place for 80% of courses.'],
      ['4.2', 'Offer mentoring by senior leaders to BME staff.', '7', 'BME Staff Network', 'Q3', '23 pairs in place.'],
    ];
    const lettered: CellValue[][] = [
      ['A', 'A workforce that reflects our communities', '1', null, null, null],
      ['A1', 'Set representation targets for each directorate.', '1', 'Director of Workforce', 'June 2017', 'Targets set.'],
      ['B', 'Fair recruitment', '2', null, null, null],
      ['B1', 'Put a trained BME panel member on every Band 7+ panel.', '2', 'Head of Recruitment', 'Sept 2017', 'Panels in place.'],
      ['B2', 'Publish shortlisting outcomes by ethnicity every quarter.', '2', 'Head of Recruitment', 'Quarterly', 'Reported in Q3.'],
    ];
    const title = ['WRES action plan 2017/18'];
    for (const [rows, at] of [[numbered, 4], [lettered, 3]] as const) {
      const before = read([title, fields, ...rows]);
      const after = read([title, fields, ...rows.slice(0, at), ['WRES action plan 2017/18 – continued'], fields, ...rows.slice(at)]);
      expect(before.actions).toHaveLength(3);
      expect(after.actions.map((a) => a.theme)).toEqual(before.actions.map((a) => a.theme));
      expect(seen(after)).toEqual(seen(before));
    }
  });
});
