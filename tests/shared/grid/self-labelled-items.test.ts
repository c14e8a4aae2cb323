/**
 * A plan with no header row whose items carry their own labels: a line that writes who does it and by when inside its
 * sentence ('1. … - owner Sam Petrakis - by end Oct', holdout30 heronsgate), or an action beside cells that label their
 * own values ('who: HR Advisor' | 'when: Sept 2017', in any order, holdout30 larkwood). Such a line says who does it, so
 * it is an action though no header or introducing heading says so (read-document-plan.ts); its labels give its fields
 * (read-labelled-values.ts, the same reading a table's row with no lead column has), the heading over it its theme. A
 * row of cells each labelling its own value, the labels repeated on the rows around it, is no header (find-header-rows.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';
import { readLabelledValues } from '../../../shared/grid/read-labelled-values';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (values: CellValue[][], sheetName = 'Sheet1'): PlanReport => checkPlan({ values, sheetName }, { asAt: AS_AT });
const fields = (r: PlanReport) => r.actions.map((a) => [a.row, a.ref, a.lead, a.due.text, a.theme]);
const why = (r: PlanReport) => r.columnEvidence.find((e) => e.field === 'action')?.reason ?? '';

describe('lines that write their own lead and timescale inside the sentence', () => {
  it("reads numbered lines '… - owner X - by Y' under topic lines, with the topic's indicators (the line's own where it names one)", () => {
    const r = read([
      ['Northgate Disability Staff Network – WDES actions agreed 2021/22'],
      ['(typed up from the network meeting on 9 Sept 21)'],
      [],
      ['RECRUITMENT (metric 2)'],
      ['1. Put the guaranteed interview wording back on every advert - owner Sam Petrakis (Recruitment) - by end Oct'],
      ['2. Look at shortlisting figures every quarter and bring them to network - owner Sam P + EDI team - every quarter'],
      [],
      ['ADJUSTMENTS AND SURVEY (metrics 7, 8 and 9a)'],
      ['3. Relaunch the adjustments passport and train managers on it (metric 8) - owner OD - by end Nov'],
      ['4. Write a piece for the staff bulletin before the survey opens - owner Lorna / comms'],
      [],
      ['AOB - next meeting 11 Nov, teams link to follow'],
    ], 'actions');
    expect(fields(r)).toEqual([
      [5, '1', 'Sam Petrakis (Recruitment)', 'end Oct', 'RECRUITMENT (metric 2)'],
      [6, '2', 'Sam P + EDI team', 'every quarter', 'RECRUITMENT (metric 2)'],
      [9, '3', 'OD', 'end Nov', 'ADJUSTMENTS AND SURVEY (metrics 7, 8 and 9a)'],
      [10, '4', 'Lorna / comms', '', 'ADJUSTMENTS AND SURVEY (metrics 7, 8 and 9a)'],
    ]);
    // The action is the whole line as typed; its fields say they were read from labels inside it.
    expect(r.actions[0].action).toBe('1. Put the guaranteed interview wording back on every advert - owner Sam Petrakis (Recruitment) - by end Oct');
    expect(r.actions[0].sources?.lead).toMatchObject({ kind: 'label', cell: 'A5' });
    expect(r.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['8'], ['7', '8', '9a']]);
    expect(why(r)).toContain("Row 5: item 1 writes who does it ('Sam Petrakis (Recruitment)') and by when ('end Oct') behind a label, so it is an action though no header or heading says so, under 'RECRUITMENT (metric 2)' (row 4)");
    // The meeting line and the AOB line are no actions.
    expect(r.actions.some((a) => a.row === 2 || a.row === 12)).toBe(false);
  });

  it("reads unnumbered lines in column B with 'Lead:' / 'led by' and 'deadline' / 'due' parts set off by en dashes", () => {
    const r = read([
      ['', 'Race equality – what we agreed at the Board development session, 2022/23'],
      ['', 'Fair recruitment (indicator 2)'],
      ['', 'Diverse interview panels for every post at Band 8a and above – Lead: Head of Resourcing – deadline Q3 2022/23'],
      ['', 'Publish shortlisting to appointment ratios by division – led by Workforce Information – due March 2023'],
      ['', 'Dignity at work (indicators 5 and 6)'],
      ['', 'Civility and respect training for ward managers – owner Chief Nurse – by December 2022'],
    ]);
    expect(fields(r)).toEqual([
      [3, null, 'Head of Resourcing', 'Q3 2022/23', 'Fair recruitment (indicator 2)'],
      [4, null, 'Workforce Information', 'March 2023', 'Fair recruitment (indicator 2)'],
      [6, null, 'Chief Nurse', 'December 2022', 'Dignity at work (indicators 5 and 6)'],
    ]);
    expect(r.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['5', '6']]);
    expect(why(r)).toContain("Row 4: the line writes who does it ('Workforce Information') and by when ('March 2023') behind a label");
  });
});

describe('bullets closing on a bracket that names the owner', () => {
  it("reads '• … (owner X, by Y).' under subject headings with no introducing heading, and a bracket naming no owner as none", () => {
    const r = read([
      ['Fair recruitment'],
      ['• Audit every shortlist for bias (owner Head of Resourcing, by March 2023).'],
      ['• Add a trained inclusion ambassador to Band 8a panels (lead: Chief Nurse, by Q3 2022/23).'],
      ['Culture'],
      ['• Civility training for ward managers (owner Head of Learning, every quarter).'],
      ['• Celebrate Black History Month (see the events page).'],
    ]);
    expect(fields(r)).toEqual([
      [2, null, 'Head of Resourcing', 'March 2023', 'Fair recruitment'],
      [3, null, 'Chief Nurse', 'Q3 2022/23', 'Fair recruitment'],
      [5, null, 'Head of Learning', 'every quarter', 'Culture'],
    ]);
  });
});

describe('an action beside cells that label their own values, with no header row', () => {
  it("reads 'who:' / 'when:' cells in any order under group rows, and no row of them as a header", () => {
    const r = read([
      ["St Aldhelm's Hospice"],
      ['Workforce Race Equality Standard - our actions for 2017/18, agreed by the Senior Leadership Team in July 2017'],
      [],
      ['Recruitment - indicators 1 and 2'],
      ['Put our vacancies on community and faith group websites as well as NHS Jobs', 'who: HR Advisor', 'when: Sept 2017', 'update: 3 groups signed up'],
      ['Two people on every interview panel, one from a BME background where we can', 'when: from Aug 2017', 'who: Head of HR'],
      [],
      ['Staff experience - indicators 5 to 8'],
      ['Our own short survey for staff and volunteers', 'who: Director of Care', 'when: Nov 2017', 'update: 61 replies'],
      ['A named Freedom to Speak Up contact for staff', 'who: Chief Executive', 'update: Guardian appointed Oct'],
      [],
      ['(training figures not kept by ethnicity yet - indicator 4 next year)'],
    ], 'WRES');
    expect(r.headerRows).toEqual([]);
    expect(fields(r)).toEqual([
      [5, null, 'HR Advisor', 'Sept 2017', 'Recruitment - indicators 1 and 2'],
      [6, null, 'Head of HR', 'from Aug 2017', 'Recruitment - indicators 1 and 2'],
      [9, null, 'Director of Care', 'Nov 2017', 'Staff experience - indicators 5 to 8'],
      [10, null, 'Chief Executive', '', 'Staff experience - indicators 5 to 8'],
    ]);
    expect(r.actions[1].sources?.lead).toMatchObject({ kind: 'label', cell: 'C6' });
    // 'update:' gives the progress, after its label; a row with none has none.
    expect(r.actions.map((a) => a.progress)).toEqual(['3 groups signed up', '', '61 replies', 'Guardian appointed Oct']);
    expect(r.actions.map((a) => a.indicators)).toEqual([['1', '2'], ['1', '2'], ['5', '6', '7', '8'], ['5', '6', '7', '8']]);
    expect(why(r)).toContain("Row 6: the line writes who does it ('Head of HR') and by when ('from Aug 2017') behind a label");
  });

  it("reads a number in its own cell, the action after it and 'Owner:' / 'Deadline:' cells, however long the owner's cell", () => {
    const r = read([
      ['WDES plan 2023/24 – Kestrel Community Health'],
      ['Metric 4 – harassment and bullying'],
      [1, 'Audit bullying cases', 'Owner: Director of Workforce and Organisational Development', 'Deadline: Q2 2023/24'],
      [2, 'Disability-confident manager training', 'Deadline: March 2024', 'Owner: Head of Learning'],
    ]);
    expect(fields(r)).toEqual([
      [3, '1', 'Director of Workforce and Organisational Development', 'Q2 2023/24', 'Metric 4 – harassment and bullying'],
      [4, '2', 'Head of Learning', 'March 2024', 'Metric 4 – harassment and bullying'],
    ]);
    expect(r.actions.map((a) => a.action)).toEqual(['Audit bullying cases', 'Disability-confident manager training']);
  });
});

describe('an item kept in one cell of labelled lines, or in cells each opening with its label', () => {
  it("reads 'Action: … ↵Owner: … ↵By: …' cells under a heading, the cell kept whole as the action", () => {
    const r = read([
      ['Race equality actions 2023/24'],
      ['Recruitment (indicator 2)'],
      ['Action: Refresh the recruitment policy\nOwner: Head of Resourcing\nBy: March 2024'],
      ['Action: Publish shortlisting ratios by division every quarter\nOwner: Workforce Information\nBy: Q2 2023/24'],
    ]);
    expect(fields(r)).toEqual([
      [3, null, 'Head of Resourcing', 'March 2024', 'Recruitment (indicator 2)'],
      [4, null, 'Workforce Information', 'Q2 2023/24', 'Recruitment (indicator 2)'],
    ]);
    expect(r.actions[0].action).toBe('Action: Refresh the recruitment policy\nOwner: Head of Resourcing\nBy: March 2024');
  });

  it("reads 'What:' | 'Who:' | 'When:' cells on every row, no row of them a header, and the title over them no theme", () => {
    const r = read([
      ['Disability equality – actions for 2024/25'],
      ['What: Relaunch the reasonable adjustments passport', 'Who: Head of OD', 'When: October 2024'],
      ['What: Train every manager on the passport', 'When: March 2025', 'Who: Learning team'],
      ['What: Add disability to the exit interview form', 'Who: HR Business Partners'],
    ]);
    expect(r.headerRows).toEqual([]);
    expect(fields(r)).toEqual([
      [2, null, 'Head of OD', 'October 2024', null],
      [3, null, 'Learning team', 'March 2025', null],
      [4, null, 'HR Business Partners', '', null],
    ]);
  });
});

describe('labels in cells of their own, in square brackets, or after a sentence with a dash', () => {
  it("reads 'Owner:' | value | 'By when:' | value on each action's row", () => {
    const r = read([
      ['WRES actions 2023/24'],
      ['Refresh the recruitment policy', 'Owner:', 'Head of Resourcing', 'By when:', 'March 2024'],
      ['Publish shortlisting ratios by division', 'Owner:', 'Workforce Information', 'By when:', 'Q2 2023/24'],
    ]);
    expect(fields(r)).toEqual([
      [2, null, 'Head of Resourcing', 'March 2024', null],
      [3, null, 'Workforce Information', 'Q2 2023/24', null],
    ]);
    expect(r.actions[0].sources?.lead).toMatchObject({ kind: 'label', cell: 'C2' });
  });

  it("reads '[owner: …] [due: …]' and '. Owner - … . Due - …' written after the action", () => {
    const square = read([
      ['Recruitment'],
      ['Refresh the recruitment policy [owner: Head of Resourcing] [due: March 2024]'],
      ['Publish shortlisting ratios by division [owner: Workforce Information] [due: Q2 2023/24]'],
    ]);
    const dashed = read([
      ['Recruitment'],
      ['Refresh the recruitment policy. Owner - Head of Resourcing. Due - March 2024'],
      ['Publish shortlisting ratios by division. Owner - Workforce Information. Due - Q2 2023/24'],
    ]);
    for (const r of [square, dashed]) {
      expect(fields(r)).toEqual([
        [2, null, 'Head of Resourcing', 'March 2024', 'Recruitment'],
        [3, null, 'Workforce Information', 'Q2 2023/24', 'Recruitment'],
      ]);
    }
  });
});

describe("labels on the rows under each action's line", () => {
  it("reads 'Owner:' / 'Deadline:' / 'Update:' rows under numbered lines as those lines' fields, the title's own owner as none", () => {
    const r = read([
      ['Race equality action plan 2023/24'],
      ['Owner: Director of People'],
      ['Review date: March 2025'],
      [],
      ['Recruitment (indicator 2)'],
      ['1. Refresh the recruitment policy'],
      ['Owner: Head of Resourcing'],
      ['Deadline: March 2024'],
      ['Update: draft with the staff networks'],
      [],
      ['2. Publish shortlisting ratios by division'],
      ['Owner: Workforce Information'],
      ['Deadline: Q2 2023/24'],
    ]);
    expect(fields(r)).toEqual([
      [6, '1', 'Head of Resourcing', 'March 2024', 'Recruitment (indicator 2)'],
      [11, '2', 'Workforce Information', 'Q2 2023/24', 'Recruitment (indicator 2)'],
    ]);
    expect(r.actions[0].progress).toBe('draft with the staff networks');
    expect(r.actions[0].sources?.lead).toMatchObject({ kind: 'label', cell: 'A7' });
    expect(why(r)).toContain("Row 6: item 1 writes who does it ('Head of Resourcing') and by when ('March 2024') behind a label on the rows under it (rows 7–9)");
  });
});

describe('labelled lines that are no plan actions, and plans whose header exists', () => {
  it("reads a meeting record's labelled lines as no plan: each line opens with its label", () => {
    const r = read([
      ['EDI steering group – notes of the meeting'],
      ['Date: 9 Sept 2021'],
      ['Chair: Dev Patel'],
      ['Present: Lorna, Sam, Priya'],
      ['Owner: Lorna (notes)'],
      ['Next meeting: 11 Nov 2021'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it('reads no action from notes whose lines carry a date and an author under them, naming no lead', () => {
    const r = read([
      ['Notes'],
      ['Figures taken from ESR'],
      ['Date: 31 March 2023'],
      ['Author: Workforce Information'],
      [],
      ['Staff survey results added'],
      ['Date: February 2024'],
      ['Author: EDI team'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it("reads no action from lines whose dashes say how ('- by working with …', '- lead by example'), naming no one", () => {
    const r = read([
      ['Our approach'],
      ['Improve recruitment - by working with the network on every advert'],
      ['Reduce bullying - lead by example in every team'],
      ['Listen to staff - owner of the problem is all of us'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it("reads a plan with a header as before, '- owner …' inside its action cells left to the Lead column", () => {
    const r = read([
      ['Action', 'Lead', 'Timescale'],
      ['Refresh the recruitment policy - owner HR', 'Head of Resourcing', 'March 2023'],
      ['Run listening events - owner EDI team - by Dec', 'EDI Lead', 'Q3 2022/23'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [2, 'Head of Resourcing', 'March 2023'],
      [3, 'EDI Lead', 'Q3 2022/23'],
    ]);
  });

  it("keeps a header whose cells say what to write ('Lead: name and job title'), written once over plain values", () => {
    const r = read([
      ['Action', 'Lead: name and job title', 'Due: month and year'],
      ['Refresh the recruitment policy', 'Head of Resourcing', 'March 2023'],
      ['Run listening events', 'EDI Lead', 'December 2022'],
    ]);
    expect(r.headerRows).toEqual([1]);
    expect(r.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [2, 'Head of Resourcing', 'March 2023'],
      [3, 'EDI Lead', 'December 2022'],
    ]);
  });
});

describe('values behind labels set off by dashes', () => {
  it("reads 'owner …' and 'by …' parts with no colon, a closing timescale after an owner, and ends a colon's value at such a part", () => {
    expect(readLabelledValues('Check the capability policy - owner HR policy group - by Dec')).toEqual({ lead: 'HR policy group', due: 'Dec' });
    expect(readLabelledValues('Bring shortlisting figures to network - owner Sam P + EDI team - every quarter')).toEqual({ lead: 'Sam P + EDI team', due: 'every quarter' });
    expect(readLabelledValues('Diverse panels – Lead: Head of Resourcing – deadline Q3 2022/23')).toEqual({ lead: 'Head of Resourcing', due: 'Q3 2022/23' });
    // Words after 'by' that are no timescale, a lead's word before words no name opens with, and a closing timescale
    // with no owner named are none of the fields.
    expect(readLabelledValues('Improve recruitment - by working with the network')).toEqual({});
    expect(readLabelledValues('Reduce bullying - lead by example')).toEqual({});
    expect(readLabelledValues('Hold listening events - every quarter')).toEqual({});
    // 'who' labels a part only with its colon; 'By:' is a timescale's label only before a timescale.
    expect(readLabelledValues('Review the policy - who: HR Advisor - when: Sept 2017')).toEqual({ lead: 'HR Advisor', due: 'Sept 2017' });
    expect(readLabelledValues('Report on progress - who will chair it is not yet known')).toEqual({});
    expect(readLabelledValues('Checked\nBy: Head of HR')).toEqual({});
    // A closing bracket's parts count when one names the owner; a bracket with only a date is the sentence's (findDueInText).
    expect(readLabelledValues('Audit every shortlist (owner Head of Resourcing, by March 2023).')).toEqual({ lead: 'Head of Resourcing', due: 'March 2023' });
    expect(readLabelledValues('Publish the data (by March 2023)')).toEqual({});
  });
});
