import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A key line whose entries pair a status with its colour in either order, with any separator, sometimes mixed in one
 * line: 'Status: Complete = blue, In progress = green, Overdue = red; Not started actions are left unshaded', 'RAG:
 * Complete (blue) · Green – on track · Amber – at risk'. Each entry is read on its own, so the plan's colours win over
 * the usual ones (In progress green, Complete blue), and a status the key leaves uncoloured ('= grey', '… left
 * unshaded') is given no colour rather than the usual one. Shown in three plans: the key above the plan, under it, and
 * in the status column's header.
 */
const AS_AT = new Date(Date.UTC(2022, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);

describe('a key line pairing statuses and colours in either order', () => {
  it('reads labels before their colours above the plan; a status the key makes grey has no colour', () => {
    const report = read([
      ['Ashbourne Community NHS Trust – WDES action plan 2021/22'],
      ['Key: Not started = grey; On track = green; Delayed = amber; Done = blue'],
      ['Ref', 'Action', 'Lead', 'Due', 'Progress status'],
      ['1', 'Publish the disability pay gap with the annual report.', 'Head of Reward', 'Mar 2022', 'Done'],
      ['2', 'Offer a reasonable adjustments passport to every new starter.', 'Head of OD', 'Dec 2021', 'On track'],
      ['3', 'Review the capability policy with the disability network.', 'Head of ER', 'Jan 2022', 'Delayed'],
      ['4', 'Run a disability confident leadership course.', 'Head of L&D', 'Jun 2022', 'Not started'],
    ]);
    expect(report.ragKey.source).toBe('legend');
    expect(ragsOf(report)).toEqual([['Done', 'blue'], ['On track', 'green'], ['Delayed', 'amber'], ['Not started', null]]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6, 7]);
  });

  it('reads colours in brackets mixed with a colour after a dash, under the plan', () => {
    const report = read([
      ['No.', 'Action', 'Responsible', 'By when', 'RAG'],
      ['1', 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Recruitment', 'Sep 2021', 'Completed'],
      ['2', 'Reverse mentoring for the executive team.', 'Director of People', 'Mar 2022', 'At risk'],
      ['3', 'Check shortlisting outcomes by ethnicity every quarter.', 'Head of Resourcing', 'Dec 2021', 'On track'],
      [],
      ['Completed (Blue), On track (Green), At risk – Amber'],
    ]);
    expect(ragsOf(report)).toEqual([['Completed', 'blue'], ['At risk', 'amber'], ['On track', 'green']]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });

  it("reads the key in the status column's header", () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'Deadline', 'Status (Complete = blue / In progress = green)'],
      ['A1', 'Publish the workforce race profile for each division.', 'Workforce Information Manager', 'Jun 2021', 'Complete'],
      ['A2', 'Introduce de-biasing training for recruiting managers.', 'Head of Resourcing', 'Mar 2022', 'In progress'],
      ['A3', 'Set a race equality objective for every executive.', 'Chief Executive', 'Apr 2022', 'Not started'],
    ]);
    expect(report.ragKey.source).toBe('header');
    // 'Not started' is not in this key: the usual words colour it.
    expect(ragsOf(report)).toEqual([['Complete', 'blue'], ['In progress', 'green'], ['Not started', 'red']]);
  });

  it('reads each entry in its own order, whatever parts them', () => {
    const read1 = (text: string) => readColourPairs(text).entries.map((e) => `${e.label}=${e.rag}`);
    expect(read1('RAG: Complete (blue) · Green – on track · Red – off track')).toEqual(['Complete=blue', 'on track=green', 'off track=red']);
    expect(read1('Status: Done = blue | Green (on track) | Slipping: amber. Paused items are not rated.')).toEqual(['Done=blue', 'on track=green', 'Slipping=amber', 'Paused=null']);
    expect(readColourPairs('Status: Complete = blue, In progress = green').rest).toBe('Status:');
  });

  it('reads a key whose title is a line of its own over one entry a line, as a cell or a note lays it out', () => {
    const read1 = (text: string) => readColourPairs(text).entries.map((e) => `${e.label}=${e.rag}`);
    expect(read1('Status key\nComplete – blue\nOn track – green\nNot due – no rating yet')).toEqual(['Complete=blue', 'On track=green', 'Not due=null']);
    expect(read1('EDI Team:\nKey to ratings\nGreen – on track\nRed – off track\nPaused – not yet rated')).toEqual(['on track=green', 'off track=red', 'Paused=null']);
    expect(readColourPairs('Key to ratings\nGreen – on track\nRed – off track').rest.trim()).toBe('Key to ratings');
    // A sentence over lines naming colours is no title: the lines under it are no key.
    expect(readColourPairs('Ratings were agreed at the review\nrecruitment is green\nretention is amber').entries).toEqual([]);
  });

  it('finds no key in prose that names colours, nor in one coloured entry with a sentence', () => {
    expect(readColourPairs('Overall progress is green, recruitment is amber.').entries).toEqual([]);
    expect(readColourPairs('Complete = blue, see the board paper for the rest of the key').entries).toEqual([]);
    expect(readColourPairs('Staff survey: green, amber and red scores improved').entries).toEqual([]);
  });

  it("reads each entry's colour in brackets with what it means after a dash: the meaning is no part of the next label", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the disability pay gap with the annual report.', 'Head of Reward', 'Mar 2022', 'Completed'],
      ['2', 'Offer a reasonable adjustments passport to every new starter.', 'Head of OD', 'Dec 2021', 'In progress'],
      ['3', 'Review the capability policy with the disability network.', 'Head of ER', 'Jan 2022', 'Not yet started'],
      [],
      ['Status key: Completed (blue) – completed on the date entered; In progress (green) – started, not yet due; Overdue (red) – past its due date; Not yet started (no colour)'],
    ]);
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['Completed', 'blue'], ['In progress', 'green'], ['Overdue', 'red'], ['Not yet started', null]]);
    expect(ragsOf(report)).toEqual([['Completed', 'blue'], ['In progress', 'green'], ['Not yet started', null]]);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
    expect(readColourPairs('Key: Done (blue) - finished and evidenced | Going (green) - on plan | Stuck (red) - needs help').entries.map((e) => [e.label, e.rag])).toEqual([['Done', 'blue'], ['Going', 'green'], ['Stuck', 'red']]);
  });
});
