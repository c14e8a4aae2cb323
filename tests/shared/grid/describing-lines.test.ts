import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { describesBlock } from '../../../shared/grid/describes-block';
import { numbersOwnArea } from '../../../shared/indicators';
import type { CellValue } from '../../../shared/types';

/**
 * More forms of the line under a block's heading that DESCRIBES the block (context, not its theme), and numbered key
 * areas that are a plan's own numbering, not indicators. Seen in holdout25 (layouts of real published plans):
 * hallowfield (the standard's short wording of a metric under 'Metric 2: Appointments'), donvale ('Success metric 1a. …'
 * under each EDI Improvement Plan high impact action), thamesreach ('1. Workforce' then the area's goal 'Make the
 * Trust a fair place to work …'; '2. Service Delivery (PCREF)', '5. Work with the Police' are not WRES 2 and 5).
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("the standard's own wording of an indicator under its heading, however short", () => {
  it('repeated headers per metric, the wording in twelve words or fewer', () => {
    const header = ['Where we are', 'Actions', 'Accountable', 'Timescale'];
    const report = read([
      ['Corrie Vale NHS Trust – WRES Action Plan 2023-24'],
      ['Metric 2: Appointments'],
      ['Relative likelihood of staff being appointed from shortlisting across all posts.'],
      header,
      ['White applicants are 1.6 times as likely to be appointed.', 'Put a trained panel member from the Race Network on every Band 7 panel.', 'Head of Resourcing', 'June 2023'],
      [],
      ['Metric 9: Board'],
      ["Percentage difference between the organisation's Board voting membership and its overall workforce."],
      header,
      ['The gap is -4%.', 'Use a search agency that reaches BME candidates for the next two NED posts.', 'Company Secretary', 'March 2024'],
    ]);
    expect(rows(report)).toEqual([
      [5, 'Metric 2: Appointments', ['2']],
      [10, 'Metric 9: Board', ['9']],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 3:'))).toMatch(/the wording of what it measures\) under the heading on row 2 \('Metric 2: Appointments'\): context, not the block's heading$/);
  });

  it('one table, the wording a section row under an indicator section row', () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status'],
      ['Indicator 4 – Training'],
      ['Relative likelihood of staff accessing non-mandatory training and CPD.'],
      ['Publish CPD funding by ethnicity each quarter.', 'Head of Education', 'Q2', 'On track'],
      ['Indicator 7 – Progression'],
      ['Percentage of staff believing that the trust provides equal opportunities.'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Q4', 'Not started'],
    ]);
    expect(rows(report)).toEqual([
      [4, 'Indicator 4 – Training', ['4']],
      [7, 'Indicator 7 – Progression', ['7']],
    ]);
  });
});

describe("a labelled line under the heading ('Success metric …', 'Aim:', 'What good looks like:')", () => {
  it("an improvement plan's high impact actions, each with its success metrics under it", () => {
    const report = read([
      ['Action', 'WRES indicator', 'Lead', 'Due', 'RAG'],
      ['High Impact Action 2: Overhaul recruitment processes'],
      ['Success metric\n2a. Relative likelihood of being appointed from shortlisting\n2b. Staff survey: equal opportunities'],
      ['Use diverse panels for every post at Band 8a and above.', '2', 'Head of Resourcing', 'Sep 2023', 'On track'],
      ['High Impact Action 3: Eliminate pay gaps'],
      ['Success metric\n3a. Improvement in the race pay gap'],
      ['Publish the ethnicity pay gap with an action plan.', '—', 'Head of Reward', 'Mar 2024', 'On track'],
    ]);
    expect(rows(report)).toEqual([
      [4, 'High Impact Action 2: Overhaul recruitment processes', ['2']],
      [7, 'High Impact Action 3: Eliminate pay gaps', []],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 6:'))).toMatch(/it is labelled 'Success metric': it says what the block aims at or how its success is measured under the heading on row 5/);
  });

  it("'Aim:' and 'What good looks like:' lines between a heading and its repeated header", () => {
    const header = ['No.', 'What we will do', 'Owner', 'By when'];
    const report = read([
      ['Fernholt Trust – Race equality plan'],
      [],
      ['Fair recruitment'],
      ['Aim: fairer panels.'],
      header,
      ['1', 'Train forty panel chairs in inclusive recruitment.', 'Resourcing Lead', 'May 2024'],
      [],
      ['Safe at work'],
      ['What good looks like: fewer reports of abuse.'],
      header,
      ['2', 'Launch a zero tolerance campaign on racist abuse.', 'Head of Security', 'July 2024'],
    ]);
    expect(rows(report).map((r) => r[1])).toEqual(['Fair recruitment', 'Safe at work']);
    expect(notes(report).some((m) => m.startsWith('Row 9:') && m.includes("labelled 'What good looks like'"))).toBe(true);
  });
});

describe("a goal sentence under a short numbered heading; numbered key areas that are the plan's own numbering", () => {
  it("five numbered key areas, each with its goal: the area is the theme, its number no indicator", () => {
    const report = read([
      ['Ref', 'What we will do', 'Lead', 'By when', 'Link'],
      ['1. Workforce'],
      ['Make the Trust fair for Black staff.'],
      ['1.1', 'Put an inclusion adviser on every Band 7 panel.', 'Director of People', 'Sep 2023', 'WRES 2'],
      ['2. Service Delivery (PCREF)'],
      ['End the racial disparity in detentions.'],
      ['2.1', 'Report detentions by ethnicity to the Quality Committee.', 'Medical Director', 'Jun 2023', 'PCREF'],
      ['5. Work with the Police'],
      ['Improve how we work with the police on section 136.'],
      ['5.1', 'Agree a joint protocol with the police.', 'Chief Operating Officer', 'Jan 2024', '—'],
    ]);
    expect(rows(report)).toEqual([
      [4, '1. Workforce', ['2']],
      [7, '2. Service Delivery (PCREF)', []],
      [10, '5. Work with the Police', []],
    ]);
    expect(notes(report).find((m) => m.startsWith('Row 3:'))).toMatch(/it states the goal of the area numbered '1\. Workforce', not a heading of its own under the heading on row 2/);
  });

  it('numbered areas above repeated headers, goals under them, the numbers past the standard', () => {
    const header = ['Action', 'Lead', 'Date'];
    const report = read([
      ['Hollin Bridge NHS Trust – WDES plan'],
      [],
      ['3) Culture'],
      ['Build a culture where disabled staff speak up.'],
      header,
      ['Run listening events with the Disability Network.', 'EDI Lead', 'Oct 2023'],
      [],
      ['12) Governance'],
      ['Report progress to the Board.'],
      header,
      ['Add WDES progress to the quarterly people report.', 'Company Secretary', 'Dec 2023'],
    ]);
    expect(rows(report)).toEqual([
      [6, '3) Culture', []],
      [11, '12) Governance', []],
    ]);
  });

  it("negatives: 'Indicator 2 – Shortlisting' and '2. Recruitment' (WRES 2 by its words) are indicators; one heading alone reads as today", () => {
    const report = read([
      ['Action', 'Lead', 'Due'],
      ['Indicator 2 – Shortlisting'],
      ['Anonymise application forms at shortlisting.', 'Head of Resourcing', 'Q2'],
      ['3. Disciplinary'],
      ['Apply a just culture check before any formal investigation.', 'Head of ER', 'Q3'],
      ['2. Recruitment'],
      ['Review every panel for Band 8a and above.', 'Head of Resourcing', 'Q4'],
    ]);
    expect(rows(report).map((r) => r[2])).toEqual([['2'], ['3'], ['2']]);
    expect(numbersOwnArea('Indicator 2 – Shortlisting', 'WRES')).toBeNull();
    expect(numbersOwnArea('2. Recruitment', 'WRES')).toBeNull();
    expect(numbersOwnArea('5. Work with the Police', 'WRES')).toMatch(/plan's own areas/);
    expect(numbersOwnArea('12. Governance', 'WRES')).toMatch(/WRES has 9 indicators, not 12/);
  });

  it('negatives: a short verb line under an unnumbered heading, and a subheading under a heading, head as before', () => {
    expect(describesBlock('Review the policy.', 'Governance')).toBeNull();
    expect(describesBlock('Fair recruitment', '1. Workforce')).toBeNull();
    expect(describesBlock('Objective 1: Recruitment')).toBeNull();
    const report = read([
      ['Action', 'Lead', 'Due'],
      ['Theme A – Workforce'],
      ['Fair recruitment'],
      ['Anonymise application forms at shortlisting.', 'Head of Resourcing', 'Q2'],
    ]);
    expect(rows(report).map((r) => r[1])).toEqual(['Fair recruitment']);
  });
});
