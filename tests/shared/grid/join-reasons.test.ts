import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { boardSummary, groupIssues, issuesSheet } from '../../../shared/report';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
/** What the user reads about each row that is not an action of its own, by row. */
const reasons = (report: ReturnType<typeof read>) => new Map(report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => [i.row, i]));

// The user counts the plan's rows and finds fewer actions: every row joined to the action above says so, and why, as an
// information finding ('For information'), in the pane, the Issues sheet and the CLI — never in the board's must-fix list.
describe('every row joined to the action above says why it is no action of its own', () => {
  it("names the bullets of a Word paste as items of the list the action introduces, quoting the row's own text", () => {
    const report = read({
      values: [
        ['Metric', 'Action', 'Lead', 'Timescale', 'Progress'],
        ['Metric 1', 'Raise declaration rates by:', 'Head of Workforce Information', 'Dec 2020', 'Campaign ran in January.'],
        [null, '•\ta campaign with the staff network', null, null, 'Declaration now 5%.'],
        [null, '•\tprompts at induction', null, null, null],
        [null, 'Report the workforce by disability each quarter', 'Head of Workforce Information', 'Quarterly', 'First report in October.'],
      ],
      merges: [{ top: 1, left: 0, bottom: 4, right: 0 }, { top: 1, left: 2, bottom: 3, right: 2 }, { top: 1, left: 3, bottom: 3, right: 3 }],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    const why = reasons(report);
    expect([...why.keys()]).toEqual([3, 4]);
    expect(why.get(3)).toMatchObject({ severity: 'info', column: null });
    // The merged-down metric and lead are not quoted as the row's: its bullet and its progress are.
    expect(why.get(3)!.message).toBe(
      "Row 3: \"• a campaign with the staff network | Declaration now 5%.\" is read as the rest of the action above, not an action — it is an item of the list row 2's action introduces ('Raise declaration rates by:'), with more of its progress, each item on a row of its own as a Word table pasted into Excel leaves them, and has no timescale or status of its own",
    );
    expect(why.get(4)!.message).toMatch(/^Row 4: "• prompts at induction" is read as the rest of the action above, not an action — it is an item of the list row 2's action introduces/);
  });

  it('names a further paragraph of progress, and the rest of a sentence the cell wrapped, in a plan with no merges', () => {
    const report = read({
      values: [
        ['No.', 'Action', 'Lead', 'Due', 'Update'],
        [1, 'Interview every BME leaver within two years of joining, starting with staff in', 'Head of Workforce Information', 'Dec 2017', 'Questionnaire revised.'],
        [null, 'Bands 5 to 7.', null, null, null],
        [2, 'Offer a mentor to every BME member of staff on a leadership course.', 'Head of OD', 'Ongoing', '14 pairs in place.'],
        [null, null, null, null, 'A second cohort starts in May.'],
        [3, 'Advertise Board vacancies through community organisations.', 'Trust Chair', 'As vacancies arise', ''],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4, 6]);
    const why = reasons(report);
    expect(why.get(3)!.message).toBe(
      "Row 3: \"Bands 5 to 7.\" is read as the rest of the action above, not an action — it finishes the sentence row 2's action breaks off at '…of joining, starting with staff in' (a cell's text broken over rows, as a Word table pasted into Excel or a PDF converted to Excel leaves it), and has no timescale or status of its own",
    );
    expect(why.get(5)!.message).toBe(
      "Row 5: \"A second cohort starts in May.\" is read as the rest of the action above, not an action — it is a further paragraph of row 4's progress (a cell's paragraphs on rows of their own, as a Word table pasted into Excel leaves them), and has no action, timescale or status of its own",
    );
    expect(why.get(5)!.severity).toBe('info');
  });

  it("names a progress update written on a row of its own under each action by its label", () => {
    const report = read({
      values: [
        ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
        ['1', 'Run a declaration campaign with the staff network.', 'Head of EDI', 'Sep 2020', 'Complete'],
        ['Update: campaign launched 1 September; declaration up from 3% to 5%.'],
        ['2', 'Train every shortlisting panel in fair recruitment.', 'Head of Resourcing', 'Mar 2021', 'On track'],
        ['Update: 40 of 60 panels trained.'],
      ],
      merges: [{ top: 2, left: 0, bottom: 2, right: 4 }, { top: 4, left: 0, bottom: 4, right: 4 }],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions[1].progress).toBe('Update: 40 of 60 panels trained.');
    expect(reasons(report).get(5)!.message).toBe(
      "Row 5: \"Update: 40 of 60 panels trained.\" is read as the rest of the action above, not an action — its label 'Update:' names row 4's progress, written on a row of its own under the action, and the row holds nothing else",
    );
  });

  it("lists joined rows for information: folded in the pane when many, last in the Issues sheet, never in the board's must-fix list", () => {
    const values: Grid['values'] = [['Action', 'Lead', 'Timescale', 'Progress']];
    for (let i = 1; i <= 6; i++) values.push([`Review recruitment in directorate ${i} with`, 'Head of Resourcing', 'Dec 2020', 'Started.'], ['the staff network.', null, null, null]);
    const report = read({ values });
    expect(report.actions).toHaveLength(6);
    const joined = report.issues.filter((i) => i.rule === 'row-set-aside');
    expect(joined.map((i) => i.row)).toEqual([3, 5, 7, 9, 11, 13]);
    // The pane folds findings of one kind at five: one line to open, under 'For information'.
    expect(groupIssues(report.issues).find((g) => g.rule === 'row-set-aside')).toMatchObject({ severity: 'info', title: '6 rows read as something other than actions' });
    const sheet = issuesSheet(report).rows;
    const first = sheet.findIndex((r) => String(r[2]).startsWith('Row 3: "the staff network."'));
    expect(sheet[first].slice(0, 2)).toEqual(['For information', 'A3']);
    expect(sheet.slice(first).every((r) => r[0] === 'For information')).toBe(true);
    const board = boardSummary(report, { asAt: AS_AT }).rows.flat().map(String);
    expect(board.some((cell) => cell.includes('read as the rest of the action above'))).toBe(false);
  });

  it('prints the reason in the CLI, under "For information", and gives it in --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'join-reasons-'));
    const csv = join(dir, 'plan.csv');
    writeFileSync(csv, [
      'Action,Lead,Timescale,Progress',
      'Interview every BME leaver within two years of joining starting with staff in,Head of Workforce Information,Dec 2021,Started.',
      'Bands 5 to 7.,,,',
      'Offer a mentor to every BME member of staff on a leadership course.,Head of OD,Mar 2022,',
    ].join('\n'));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/check.ts', csv, '--as-at', '2021-03-31', ...args], { encoding: 'utf8', timeout: 60_000 });
    const text = run().stdout;
    expect(text).toMatch(/^For information \(\d+\)$/m);
    expect(text).toMatch(/^ {2}3 {6}Row 3: "Bands 5 to 7\." is read as the rest of the action above, not an action — it finishes the sentence row 2's action breaks off at/m);
    const json = JSON.parse(run('--json').stdout) as { actions: { row: number }[]; issues: { row: number; rule: string; severity: string }[] };
    expect(json.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(json.issues.find((i) => i.row === 3)).toMatchObject({ rule: 'row-set-aside', severity: 'info' });
  });
});
