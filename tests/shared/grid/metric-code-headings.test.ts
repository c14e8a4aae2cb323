import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A metric named by its code alone on a row of its own ('Metric 2', its official wording on the line under it) heads its
 * block (holdout35 skelmoor, a web page copied into two columns, one labelled block per action; holdout24 kestow above
 * each header): the heading is its actions' theme and gives their indicator, and the wording is context. A letter the
 * WDES does not give that metric ('Metric 1b': only metrics 4 and 9 have parts) numbers the plan's own second block under
 * it: the indicator is metric 1, with why. The code and the wording side by side on one row ('Indicator 1 | Percentage
 * of staff …', samples/kmpt) name the block's indicator and no theme, as before.
 */
const AS_AT = new Date(Date.UTC(2022, 11, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe('a metric heading written as its code alone', () => {
  it("heads each labelled block as its theme, the wording under it context; 'Metric 1b' is metric 1", () => {
    const report = read([
      ['Workforce Disability Equality Standard 2021-2022'],
      ['Action plan'],
      ['Metric 1'],
      ['Percentage of staff in AfC pay bands or medical and dental subgroups compared with the overall workforce.'],
      ['Objective', 'Raise disability declaration rates'],
      ['Action', "Launch an 'update your details' campaign on ESR self-service."],
      ['Date', 'Jan 2023'],
      ['Lead', 'EDI Manager'],
      ['RAG rating', 'Not yet begun'],
      ['Metric 1b'],
      ['Objective', 'Raise disability declaration rates'],
      ['Action', 'Set up a neurodiversity staff network.'],
      ['Date', 'Mar 2023'],
      ['Lead', 'Disability Network Chair'],
      ['RAG rating', 'In progress'],
      ['Metric 2'],
      ['Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting.'],
      ['Objective', 'Treat disabled applicants fairly'],
      ['Action', 'Audit 40 recruitment campaigns for the guaranteed interview scheme.'],
      ['Date', 'Apr 2023'],
      ['Lead', 'Recruitment Manager'],
      ['RAG rating', 'Not yet begun'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [6, 'Metric 1', ['1']],
      [12, 'Metric 1b', ['1']],
      [19, 'Metric 2', ['2']],
    ]);
    expect(report.actions[1].sources.indicators?.why).toContain("1b is read as metric 1 (percentage of disabled staff in each AfC band/VSM compared with the overall workforce): the WDES letters only metrics 4 and 9 into parts; 'b' after metric 1 numbers the plan's own actions under it");
    const notes = report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.row);
    expect(notes).toEqual(expect.arrayContaining([4, 17]));
  });

  it("heads the block with 'Metric 1b' when the page's running title 'Action plan' is printed again just above it", () => {
    const report = read([
      ['Workforce Disability Equality Standard 2021-2022'],
      ['Action plan'],
      ['Metric 1'],
      ['Percentage of staff in AfC pay bands compared with the overall workforce.'],
      ['Action', "Launch an 'update your details' campaign on ESR self-service."],
      ['Date', 'Jan 2023'],
      ['Lead', 'EDI Manager'],
      [],
      ['Action plan'],
      ['Metric 1b'],
      ['Action', 'Set up a neurodiversity staff network.'],
      ['Date', 'Mar 2023'],
      ['Lead', 'Disability Network Chair'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [5, 'Metric 1', ['1']],
      [11, 'Metric 1b', ['1']],
    ]);
  });

  it("reads 'Indicator 3' alone on a row of a grid as its actions' theme and indicator; '2b' in a metric column is metric 2", () => {
    const report = read([
      ['Lowmere NHS Trust – WRES action plan 2022/23'],
      ['Action', 'Lead', 'By when'],
      ['Indicator 3'],
      ['Review every formal disciplinary case involving a BME colleague before it starts.', 'Head of Employee Relations', 'Ongoing'],
      ['Train investigating officers in just culture.', 'HR Business Partner', 'Dec 2022'],
      ['Indicator 5'],
      ['Record racist abuse from patients on Datix.', 'Head of Security', 'Oct 2022'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [4, 'Indicator 3', ['3']],
      [5, 'Indicator 3', ['3']],
      [7, 'Indicator 5', ['5']],
    ]);
    // In a metric column too: a second action under metric 2 coded '2b' serves metric 2.
    const column = read([
      ['Lowmere NHS Trust – WDES action plan 2022/23'],
      ['Metric', 'Action', 'Lead', 'By when'],
      ['Metric 2a', 'Make the guaranteed interview scheme visible on every advert.', 'Head of Recruitment', 'Jan 2023'],
      ['Metric 2b', 'Audit guaranteed interviews twice a year.', 'Recruitment Manager', 'Mar 2023'],
    ]);
    expect(column.actions.map((a) => a.indicators)).toEqual([['2'], ['2']]);
  });

  it("keeps a metric's own parts and a code beside its wording as before: 'Metric 4a' is 4a, 'Indicator 1 | wording' gives no theme", () => {
    const parts = read([
      ['Lowmere NHS Trust – WDES action plan 2022/23'],
      ['Metric', 'Action', 'Lead', 'By when'],
      ['Metric 4a', 'Add disability hate incidents to the reporting form.', 'Head of Security', 'Jan 2023'],
      ['Metric 9b', 'Give the network chair protected time.', 'Director of Workforce', 'Mar 2023'],
    ]);
    expect(parts.actions.map((a) => a.indicators)).toEqual([['4a'], ['9b']]);
    const beside = read([
      ['Lowmere NHS Trust – WRES action plan 2020-22'],
      ['Action', 'Lead', 'By when'],
      ['Indicator 1', 'Percentage of staff in each of the AfC Bands 1-9 and VSM'],
      ['Set representation targets for Bands 8a to VSM.', 'Director of People', 'March 2022'],
    ]);
    expect(beside.actions.map((a) => [a.theme, a.indicators])).toEqual([[null, ['1']]]);
  });
});
