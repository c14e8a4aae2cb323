import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan with no lead column written as minutes are, each action opening with who will do it ('HRBPs to review …',
 * 'MB and RK to draft …'): the lead is the words before ' to ', a partner after 'with' or 'supported by' not added, a
 * passive action ('… to be held') naming no one (holdout78 dunmarsh, whitlowe). Read only when most actions open so.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const leads = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.lead]);

describe("actions opening 'X to …'", () => {
  const minutes: CellValue[][] = [
    ['Anytown Mental Health NHS Foundation Trust – WRES steering group action plan 2020/21'],
    ['Ref', 'WRES', 'Action', 'Timescale', 'Update (Nov 2020)'],
    ['A1', '1', 'Head of Workforce Information to publish band profiles by ethnicity for each care group.', 'Sept 2020', 'Done'],
    ['A2', '2', 'Head of Learning to work with the Chief Nurse to design a BAME nurse development programme.', 'Mar 2021', 'Drafted'],
    ['A3', '3', 'HRBPs to review every open disciplinary case against the Just Culture checklist.', 'Ongoing', 'In hand'],
    ['A4', '5', 'Comms team, supported by the BAME Network, to run a "Speak up about racism" campaign.', 'Q3', 'Planned'],
    ['A5', '7', 'Board development session on race equality to be held, facilitated by an external partner.', 'Q4', ''],
    ['A6', '9', 'Chair and Company Secretary to agree with the governors how the next vacancies will be filled.', 'Jan 2021', ''],
  ];

  it('reads who each action opens with as its lead', () => {
    expect(leads(minutes)).toEqual([
      [3, 'Head of Workforce Information'],
      [4, 'Head of Learning'],
      [5, 'HRBPs'],
      [6, 'Comms team'],
      [7, ''],
      [8, 'Chair and Company Secretary'],
    ]);
    expect(read(minutes).actions[2].sources.lead?.kind).toBe('action text');
  });

  it('keeps initials as the minutes write them', () => {
    expect(
      leads([
        ['Anytown Community NHS Trust – WRES action log 2022/23'],
        ['Log no.', 'WRES indicator', 'Action', 'Open / Closed'],
        ['22/01', '1', 'JT to circulate the 2022 band profile by ethnicity to every service director by 30/06/22.', 'Closed'],
        ['22/03', '2', 'MB and RK to draft a shortlisting guide that removes names from the application – end of Aug.', 'Open'],
        ['22/05', '3', 'SH to set up a second-pair-of-eyes check on every proposed formal case.', 'Open'],
      ]),
    ).toEqual([
      [3, 'JT'],
      [4, 'MB and RK'],
      [5, 'SH'],
    ]);
  });

  it("reads who opens an action before a colon ('Head of Health & Safety: Make …'), and a date a dash sets off at the end", () => {
    const report = read([
      ['Anytown Community and Mental Health NHS Trust – WDES action plan 2025/26 (draft)'],
      ['No.', 'Metric', 'Action', 'Status'],
      [1, '1', 'Head of Workforce Systems: Move disability declaration onto the self-service app – by September 2025', 'On track'],
      [2, '2', 'Recruitment Lead: Add a guaranteed interview check to TRAC so no eligible applicant is missed – Q2 2025/26', 'On track'],
      [3, '3', 'Pilot an independent review of every capability case involving a disabled colleague – by end of Q3', 'Not yet due'],
      [4, '4a', 'Freedom to Speak Up Guardian and Disability Network: Hold drop-in sessions – from May 2025, monthly', 'On track'],
      [5, '4b', 'Head of Health & Safety: Make it possible to flag disability-related abuse on Datix – by December 2025', 'Delayed'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [3, 'Head of Workforce Systems', 'September 2025'],
      [4, 'Recruitment Lead', 'Q2 2025/26'],
      [5, '', 'end of Q3'],
      [6, 'Freedom to Speak Up Guardian and Disability Network', ''],
      [7, 'Head of Health & Safety', 'December 2025'],
    ]);
  });

  it('reads no lead from one such opening in a plan of imperatives', () => {
    expect(
      leads([
        ['Anytown NHS Trust – WDES action plan 2021/22'],
        ['Metric', 'Action', 'Due'],
        ['1', 'Run a declaration campaign with staff stories.', 'Dec 2021'],
        ['2', 'Audit shortlisting for the guaranteed interview scheme.', 'Mar 2022'],
        ['4a', 'Launch a reporting route for abuse from patients.', 'Q3'],
        ['10', 'Ask Board members to complete the declaration survey.', 'Q4'],
      ]).map(([, lead]) => lead),
    ).toEqual(['', '', '', '']);
  });
});
