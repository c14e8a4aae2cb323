import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan kept by many hands gets values typed into the neighbouring field's column on a row or two: two cells swapped
 * (a timescale under Lead and a name under Due; a RAG letter under Due and a date under Status), a value in the next
 * column while its own is empty (a date under Status, an email under Status, a status under Due), or a timing typed
 * after the lead with the Due cell blank. Each is read as the field it plainly is, with why, and the rest of the plan as
 * before. Shown by holdout76 wendlecote, pelsworth, ridlingham, frithcombe, swaddleby and hobthorne.
 */
const AS_AT = new Date(Date.UTC(2023, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe('values typed in the neighbouring column', () => {
  const values: CellValue[][] = [
    ['Wendlebury NHS Trust – WRES action plan 2022/23'],
    ['Ref', 'Ind.', 'Action', 'Lead', 'Due', 'Status', 'Update'],
    ['1', '1', 'Publish the workforce race data for every division each quarter.', 'Head of Workforce Information', 'Sept 22', 'Complete', 'Published 30/09.'],
    ['2', '2', 'Put an independent panel member on every interview for band 8a and above.', 'end Q4', 'Priya Lal', 'delayed', 'Pool of 22 trained.'],
    ['3', '3', 'Review every formal disciplinary case for bias before a hearing.', 'Head of Employee Relations', 'A', 'Jan 23', 'Review group met twice.'],
    ['4', '4', 'Ring-fence places on the leadership programme for ethnic minority staff.', 'Head of Learning', '', '28/02/23', 'Criteria agreed.'],
    ['5', '5', 'Give every ward manager the active bystander session.', '', 'March 2023', 'dev.patel@nhs.net', ''],
    ['6', '6', 'Offer a named contact and interview practice to ethnic minority candidates.', 'Deputy Chief Nurse', 'on track', '', ''],
    ['7', '7', 'Introduce scored interviews with an inclusion panellist for band 7 posts.', 'Head of Resourcing by end Q3', '', 'A', ''],
    ['8', '9', 'Set a race equality objective for every executive director.', 'Chief People Officer', '31/03/23', 'On track', ''],
  ];

  it('reads each value as the field it plainly is', () => {
    const report = read(values);
    expect(report.actions.map((a) => [a.lead, a.due.text, a.status])).toEqual([
      ['Head of Workforce Information', 'Sept 22', 'Complete'],
      ['Priya Lal', 'end Q4', 'delayed'],
      ['Head of Employee Relations', 'Jan 23', 'A'],
      ['Head of Learning', '28/02/23', ''],
      ['dev.patel@nhs.net', 'March 2023', ''],
      ['Deputy Chief Nurse', '', 'on track'],
      ['Head of Resourcing', 'by end Q3', 'A'],
      ['Chief People Officer', '31/03/23', 'On track'],
    ]);
    expect(report.columns).toMatchObject({ lead: 'D', due: 'E', status: 'F' });
  });

  it('says where each value was typed', () => {
    const report = read(values);
    expect(report.actions[1].sources.lead?.why).toContain("typed in the timescale column (E4) — swapped with 'end Q4' in D4");
    expect(report.actions[3].sources.due?.why).toContain("'28/02/23', typed in the status column (F6) — its own cell E6 is empty");
  });
});
