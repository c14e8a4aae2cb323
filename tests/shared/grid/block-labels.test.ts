import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

/**
 * A COLUMN LABELLING WHAT EACH ROW OF A BLOCK HOLDS (holdout56 fellbeck): per metric, a block of rows labelled in one
 * column — the year's data, what it tells us, then the actions — the same labels in the same order block after block.
 * Only the rows labelled as actions (and the unlabelled rows continuing them) are actions; the others are the block's
 * findings, set aside with why. A 'Type' column of kinds of work in no order (Action / Training / Policy) drops nothing.
 */
const AS_AT = new Date(Date.UTC(2020, 0, 1));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

/** Labels in column A, the last block's action row holding a lead whose words could head a column ('Director of Workforce'). */
const METRIC_BLOCKS: CellValue[][] = [
  ['Ashgill Community NHS Trust'],
  ['Our WDES actions for 2019-20, from our 2018-19 data'],
  [],
  ['Metric', 'Detail and actions', 'Lead', 'By'],
  ['Metric 2', 'Shortlisting to appointment'],
  ['2018-19 data', 'Non-disabled applicants were 1.5 times more likely to be appointed from shortlisting.'],
  ['What this tells us', 'The gap is largest in administrative posts.'],
  ['Actions', 'Brief every recruiting manager on disability-inclusive interviewing.', 'Recruitment Manager', 'Dec 2019'],
  ['', 'Guarantee an interview to disabled applicants who meet the essential criteria.', 'Head of Resourcing', 'Feb 2020'],
  ['Metric 8', 'Reasonable adjustments'],
  ['2018-19 data', '70% of disabled staff said adequate adjustments were made.'],
  ['What this tells us', 'Managers are unsure who pays for equipment.'],
  ['Actions', 'Set up a central budget for reasonable adjustments so that no team pays for equipment itself.', 'Director of Workforce', 'Mar 2020'],
  ['', 'Publish a reasonable adjustments guide for managers.', 'Director of Workforce', 'Jan 2020'],
];

/** Another layout: the labels in the last column, worded 'Where we are' / 'What we will do', three rows a block. */
const LABELS_AFTER: CellValue[][] = [
  ['Holmbridge Ambulance Service NHS Trust – WRES plan 2021/22'],
  ['Indicator', 'Text', 'Owner', 'When', 'Row'],
  ['WRES 2', 'White applicants were 1.6 times more likely to be appointed than BME applicants.', '', '', 'Where we are'],
  ['WRES 2', 'Put a BME panel member on every Band 7 and above interview.', 'Head of Recruitment', 'Sep 2021', 'What we will do'],
  ['WRES 2', 'Audit shortlisting decisions by ethnicity each quarter.', 'Workforce Analyst', 'Dec 2021', 'What we will do'],
  ['WRES 5', '31% of BME staff reported abuse from patients, against 25% of white staff.', '', '', 'Where we are'],
  ['WRES 5', 'Launch a zero tolerance campaign on racist abuse from patients.', 'Head of Security', 'Oct 2021', 'What we will do'],
  ['WRES 5', 'Support staff to report abuse through a new reporting route.', 'Head of Health and Safety', 'Jan 2022', 'What we will do'],
];

/** A negative: 'Type' names kinds of work in no order, 'Action' among them: every row is an action. */
const KINDS: CellValue[][] = [
  ['Tarnside NHS Foundation Trust – WDES action plan 2023/24'],
  ['Type', 'Action', 'Lead', 'Due'],
  ['Training', 'Run disability awareness training for all line managers.', 'Head of OD', 'Sep 2023'],
  ['Action', 'Review the reasonable adjustments policy with the network.', 'HR Manager', 'Oct 2023'],
  ['Policy', 'Add a disability leave clause to the sickness absence policy.', 'HR Manager', 'Dec 2023'],
  ['Training', 'Train recruiting managers on the Disability Confident scheme.', 'Recruitment Manager', 'Jan 2024'],
  ['Action', 'Set up a disabled staff network with an executive sponsor.', 'Director of People', 'Nov 2023'],
  ['Policy', 'Publish a passport for reasonable adjustments.', 'Head of HR', 'Mar 2024'],
];

describe('a column labelling what each row of a block holds', () => {
  it('reads only the rows under the label of actions, and sets the findings aside with why', () => {
    const report = read(METRIC_BLOCKS);
    expect(rows(report)).toEqual([8, 9, 13, 14]);
    expect(report.actions.find((a) => a.row === 13)?.lead).toBe('Director of Workforce');
    expect(report.actions.find((a) => a.row === 13)?.due.text).toBe('Mar 2020');
    expect(asides(report)).toContainEqual(expect.stringMatching(/^Row 6: .*it is labelled '2018-19 data' in A6, and column A labels what each row of a block holds \('2018-19 data', 'What this tells us', 'Actions', in 2 blocks\): only the rows under 'Actions' are actions/));
    expect(asides(report).some((m) => m.startsWith('Row 12:') && m.includes("'What this tells us' in A12"))).toBe(true);
  });

  it('reads the same from labels in another column and other words', () => {
    const report = read(LABELS_AFTER);
    expect(rows(report)).toEqual([4, 5, 7, 8]);
    expect(asides(report)).toContainEqual(expect.stringMatching(/^Row 3: .*labelled 'Where we are' in E3.*only the rows under 'What we will do' are actions/));
  });

  it('drops nothing from a column of kinds of work, even repeated in one order: each row names its lead', () => {
    expect(rows(read(KINDS))).toEqual([3, 4, 5, 6, 7, 8]);
  });
});
