import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan kept as several SMALL TABLES STACKED down the sheet, each opening its own block (a blank row, or a caption alone
 * on its row over it) and each with ITS OWN HEADER AND COLUMN ORDER, as if typed by several people (holdout30
 * fallowmere: 'Action | Lead | By when', then 'Who | What | When' with the lead first, then 'Task | Deadline | Owner |
 * Done?'). A table's header may name what is done in words the reader does not know ('What', 'Agreed step', 'Work') or
 * name fewer fields than the first table's: its rows show it is one of the plan's — a sentence in the column it leaves
 * unnamed beside a lead, a timescale or a status in the columns it names so. Each of its actions says why it is read.
 * A table whose sentences sit under a column named for something else (a meeting's 'Notes') stays another table, and a
 * single table with its header printed again reads as before.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][], sheetName = 'Sheet1') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => a.row);
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('small tables stacked down the sheet, each with its own header', () => {
  it("reads every table of a stack in columns B–D, under captions, the second headed 'Lead person | Agreed step | Deadline'", () => {
    const report = read([
      [null, 'Brookfield Community Health Services – WDES plan 2024/25'],
      [],
      [null, 'Metric 2 – getting in'],
      [null, 'Action', 'Owner', 'Due'],
      [null, 'Guarantee an interview to disabled applicants who meet the essential criteria', 'Recruitment Manager', 'Jun 2024'],
      [null, 'Check every advert with the disability network before it goes live', 'Resourcing Lead', 'Sep 2024'],
      [],
      [null, 'Metric 9 – staff voice'],
      [null, 'Lead person', 'Agreed step', 'Deadline'],
      [null, 'Chair of the Disability Network', 'Hold a quarterly listening session with the executive sponsor and publish the notes', 'Jul 2024'],
      [null, 'Head of Communications', 'Write a short intranet story every month about a disabled colleague and their work', 'Oct 2024'],
      [null, 'Staff Survey Lead', 'Share the metric 9 results with every team and agree one change in each team', 'Dec 2024'],
    ]);
    expect(rows(report)).toEqual([5, 6, 10, 11, 12]);
    const third = report.actions[2];
    expect(third).toMatchObject({ action: 'Hold a quarterly listening session with the executive sponsor and publish the notes', lead: 'Chair of the Disability Network', theme: 'Metric 9 – staff voice' });
    expect(third.due.text).toBe('Jul 2024');
    expect(third.indicators).toEqual(['9']);
    expect(third.sources.action?.why).toBe(
      "it sits in the table headed 'Lead person | Agreed step | Deadline' (row 9) under its own caption ('Metric 9 – staff voice'), one of the plan's tables stacked down the sheet, each with its own header and column order: its rows give what is done (column C) beside who leads it and when",
    );
    // The first table's actions are read by the plan's own header: nothing to explain.
    expect(report.actions[0].sources.action?.why).toBeUndefined();
    expect(setAside(report).join('\n')).not.toMatch(/Row (9|10|11|12):/);
  });

  it("reads a stack with no captions, only blank rows between, the second table 'Who | Work | When | Progress' with a status in the first", () => {
    const report = read([
      ['Westmoor Hospitals NHS Trust'],
      ['WRES action plan 2023/24'],
      [],
      ['WRES indicator', 'Action', 'Lead', 'By when', 'RAG'],
      ['2', 'Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Mar 2024', 'Green'],
      ['5', 'Publish a zero tolerance statement on abuse of staff by patients and visitors', 'Director of Nursing', 'Nov 2023', 'Amber'],
      [],
      ['Who', 'Work', 'When', 'Progress'],
      ['Freedom to Speak Up Guardian', 'Report race-related concerns raised with the guardian to the People Committee', 'quarterly', 'First report went in October'],
      ['Head of Employee Relations', 'Have a second HR adviser review any disciplinary case about a BME colleague before it goes formal', 'from Oct 2023', ''],
    ]);
    expect(rows(report)).toEqual([5, 6, 9, 10]);
    const guardian = report.actions[2];
    expect(guardian).toMatchObject({ action: 'Report race-related concerns raised with the guardian to the People Committee', lead: 'Freedom to Speak Up Guardian', progress: 'First report went in October' });
    expect(guardian.due.text).toBe('quarterly');
    expect(guardian.sources.action?.why).toMatch(/^it sits in the table headed 'Who \| Work \| When \| Progress' \(row 8\), one of the plan's tables stacked down the sheet/);
  });

  it('reads a stacked table whose actions are spaced out by blank rows and a page number left in', () => {
    const report = read([
      ['Westmoor Hospitals NHS Trust – WRES action plan 2023/24'],
      [],
      ['Recruitment'],
      ['Action', 'Lead', 'By when'],
      ['Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Mar 2024'],
      [],
      ['Discipline'],
      ['Who', 'What', 'When'],
      [],
      ['Head of Employee Relations', 'Have a second HR adviser review any disciplinary case about a BME colleague before it goes formal', 'from Oct 2023'],
      [null, 2, null],
      ['Freedom to Speak Up Guardian', 'Report race-related concerns raised with the guardian to the People Committee', 'quarterly'],
    ]);
    expect(rows(report)).toEqual([5, 10, 12]);
    expect(report.actions[1]).toMatchObject({ lead: 'Head of Employee Relations', theme: 'Discipline' });
  });

  it("leaves a meeting log under the plan ('Date | Who | Notes', its sentences under 'Notes') another table (negative)", () => {
    const report = read([
      ['Westmoor Hospitals NHS Trust – WRES action plan 2023/24'],
      [],
      ['Action', 'Lead', 'By when', 'Status'],
      ['Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Mar 2024', 'In progress'],
      ['Publish a zero tolerance statement on abuse of staff by patients and visitors', 'Director of Nursing', 'Nov 2023', 'Complete'],
      [],
      ['Meetings where the plan was discussed'],
      ['Date', 'Who', 'Notes'],
      ['12/09/2023', 'Race Equality Network', 'Discussed the draft and asked for a target on shortlisting to be added'],
      ['03/10/2023', 'People Committee', 'Approved the plan subject to the network seeing the final version'],
    ]);
    expect(rows(report)).toEqual([4, 5]);
  });

  it('reads a single table whose header is printed again part-way down as one table (negative)', () => {
    const report = read([
      ['Westmoor Hospitals NHS Trust – WRES action plan 2023/24'],
      ['Action', 'Lead', 'By when'],
      ['Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Mar 2024'],
      ['Publish a zero tolerance statement on abuse of staff by patients and visitors', 'Director of Nursing', 'Nov 2023'],
      [],
      ['Action', 'Lead', 'By when'],
      ['Run reverse mentoring for the executive team with BME colleagues', 'Chief People Officer', 'Jan 2024'],
    ]);
    expect(rows(report)).toEqual([3, 4, 7]);
    expect(report.actions.every((a) => a.sources.action?.why === undefined)).toBe(true);
  });
});
