import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An OBJECTIVE ROW in the grid above its actions that looks like one (holdout67 wrexley): 'Objective 1: …' with an
 * executive owner, a year-end date and a success measure, but no status, over actions each rated. It is their theme,
 * never an action, and its owner and date are never theirs (`grid/read-objective-row.ts`).
 */
const AS_AT = new Date(Date.UTC(2023, 0, 15));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe('an objective row with its own owner and date over rated actions', () => {
  it('reads the objective rows as the theme, their metric as the actions\' indicators', () => {
    const report = read([
      ['Metric', 'Objective / action', 'Owner', 'By', 'Success measure', 'RAG'],
      ['1', 'Objective 1: Every colleague feels safe to share a disability', 'Director of People', '31/03/2023', 'Declaration above 6%', null],
      [null, 'Run a declaration campaign on the staff app', 'Inclusion Lead', '30/09/2022', '2,000 app views', 'G'],
      [null, 'Add a disability question to starter forms', 'HR Operations Manager', '31/07/2022', 'Question live', 'B'],
      ['4a, 4b', 'Objective 2: Reduce harassment of disabled colleagues', 'Chief Operating Officer', '31/03/2023', 'Survey 4a below 25%', null],
      [null, 'Train every station manager in reasonable adjustments', 'Head of Learning', '31/03/2023', '80% trained', 'A'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 6]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Inclusion Lead', 'HR Operations Manager', 'Head of Learning']);
    expect(report.actions.map((a) => a.theme)).toEqual(['Objective 1: Every colleague feels safe to share a disability', 'Objective 1: Every colleague feels safe to share a disability', 'Objective 2: Reduce harassment of disabled colleagues']);
    expect(report.actions[2].indicators).toEqual(['4a', '4b']);
    const why = report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 2)?.message ?? '';
    expect(why).toContain("is read as an objective, not an action — it names itself an objective over the actions under it and, unlike them, gives no status or progress: its owner and date are the objective's, not an action's");
  });

  it('reads the same with goals dated but led by no one, in another column order, statuses in words', () => {
    const report = read([
      ['Status', 'Goal / action', 'Deadline', 'Lead'],
      [null, 'Goal A – Fair recruitment for disabled applicants', 'March 2024', null],
      ['On track', 'Audit guaranteed interviews every quarter', 'Quarterly', 'Recruitment Manager'],
      ['Delayed', 'Publish adjustments guidance for interview panels', 'Dec 2023', 'Head of Resourcing'],
      [null, 'Goal B – Voice of disabled staff', 'March 2024', null],
      ['Complete', 'Give the network chair protected time', 'Jun 2023', 'Director of People'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 6]);
    expect(report.actions[2].theme).toBe('Goal B – Voice of disabled staff');
  });
});

describe('lookalikes that stay actions', () => {
  it('keeps an objective-labelled row that is rated an action', () => {
    const report = read([
      ['Objective / action', 'Owner', 'By', 'RAG'],
      ['Objective 1: Publish the workforce profile by band', 'Director of People', '31/03/2023', 'G'],
      ['Run a declaration campaign on the staff app', 'Inclusion Lead', '30/09/2022', 'G'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });

  it('keeps a dated objective-labelled row an action where no row under it is rated', () => {
    const report = read([
      ['Objective / action', 'Owner', 'By', 'RAG'],
      ['Objective 1: Publish the workforce profile by band', 'Director of People', '31/03/2023', null],
      ['Run a declaration campaign on the staff app', 'Inclusion Lead', '30/09/2022', null],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
