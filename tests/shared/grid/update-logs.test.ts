import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { CHANGES, STRAY_CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

/**
 * An action's own update log in the rows under it: dated progress updates, each alone on its row ('Q2 (13/10/22):
 * procurement under way.'), often grouped under the action in Excel's outline and collapsed. They are the action's
 * progress (its latest update), not headings over the next action — while real section headings above a run of
 * actions stay themes.
 */
const AS_AT = new Date(Date.UTC(2023, 1, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

const HEADER = ['Ref', 'Metric', 'Action', 'Lead', 'Due', 'RAG'];
const ACTIONS: CellValue[][] = [
  ['A1', 'M1', 'Run a declaration campaign with the Disability Network.', 'Workforce Information Lead', 'Dec 2022', 'Complete'],
  ['A2', 'M2', 'Offer interview coaching and adjustments at every stage of recruitment.', 'Recruitment Lead', 'Sep 2022', 'On track'],
  ['A3', 'M4a', 'Give community teams personal safety devices for home visits.', 'Head of Security', 'Jan 2023', 'At risk'],
  ['A4', 'M8', 'Introduce the Workplace Adjustments Passport and a central fund.', 'Health and Wellbeing Lead', 'Mar 2023', 'On track'],
];

/** The plan with each action's updates (texts in the Action column) on rows of their own under it; `levels` when grouped. */
function withLogs(logs: string[][], column = 2): { values: CellValue[][]; levels: number[] } {
  const values: CellValue[][] = [['Trust WDES action plan 2022/23 with progress log'], HEADER];
  const levels = [0, 0];
  ACTIONS.forEach((action, i) => {
    values.push(action);
    levels.push(0);
    for (const line of logs[i] ?? []) {
      const row: CellValue[] = new Array(HEADER.length).fill(null);
      row[column] = line;
      values.push(row);
      levels.push(1);
    }
  });
  return { values, levels };
}

const QUARTERLY = [
  ['Q1 (14/07/22): campaign materials agreed with the network.', 'Q2 (13/10/22): campaign ran in September; 312 records updated.', 'Q3 (12/01/23): declaration rate 6.8% (from 4.9%). Closed.'],
  ['Q1 (14/07/22): advert template changed.', 'Q2 (13/10/22): coaching offer live on the careers site.'],
  ['Q2 (13/10/22): procurement under way.', 'Q3 (12/01/23): supplier delay – devices expected March.'],
  ['Q3 (12/01/23): passport drafted and out to consultation.'],
];

describe("an action's own update log in the rows under it", () => {
  it('reads updates grouped under each action in the outline (summary above) as its progress, its latest update, and no theme', () => {
    const { values, levels } = withLogs(QUARTERLY);
    const report = read(values, { rowOutline: { levels, summaryBelow: false } });
    expect(report.actions.map((a) => a.row)).toEqual([3, 7, 10, 13]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.progress)).toEqual([QUARTERLY[0][2], QUARTERLY[1][1], QUARTERLY[2][1], QUARTERLY[3][0]]);
    expect(report.actions[0].sources.progress).toEqual({ kind: 'update log', cell: 'C6', why: "Progress: latest of 3 dated updates written under the action (rows 4–6), row 6 'Q3 (12/01/23):'" });
    expect(asides(report)).toContain(
      `Row 4: "Q1 (14/07/22): campaign materials agreed with the network." is read as an update of an action's progress, not an action — one of 3 dated updates under row 3's action: grouped under it in the sheet's outline, opening with the date it was written ('Q1 (14/07/22):'), alone on its row in column C, and the plan keeps such a log for 4 of its rows — no heading over the next action`,
    );
  });

  it('reads the same log with no outline at all: plain visible lines, each opening with its date', () => {
    const { values } = withLogs(QUARTERLY);
    const report = read(values);
    expect(report.actions.map((a) => a.row)).toEqual([3, 7, 10, 13]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions[2].progress).toBe('Q3 (12/01/23): supplier delay – devices expected March.');
  });

  it("reads '14/07/22 –' lines merged across the table from its first column as updates, not headings", () => {
    const logs = [['14/07/22 – campaign materials agreed.', '13/10/22 – campaign ran in September.'], ['13/10/22 – coaching offer live.'], [], ['12/01/23 – passport drafted.']];
    const { values } = withLogs(logs, 0);
    const merges = values.flatMap((v, r) => (v[0] !== null && String(v[0]).includes(' – ') ? [{ top: r, left: 0, bottom: r, right: HEADER.length - 1 }] : []));
    const report = read(values, { merges });
    expect(report.actions.map((a) => a.row)).toEqual([3, 6, 8, 9]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.progress)).toEqual([logs[0][1], logs[1][0], '', logs[3][0]]);
  });

  it("reads dates written '12 Jan 2023 –', newest first, by their dates: the latest is the top line", () => {
    const logs = [
      ['12 Jan 2023 – declaration rate 6.8%, campaign closed.', '13 Oct 2022 – campaign ran in September.', '14 Jul 2022 – materials agreed.'],
      ['13 Oct 2022 – coaching offer live on the careers site.'],
      ['12 Jan 2023 – supplier delay, devices expected March.', '13 Oct 2022 – procurement under way.'],
    ];
    const report = read(withLogs(logs).values);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.progress)).toEqual([logs[0][0], logs[1][0], logs[2][0], '']);
    expect(report.actions[0].sources.progress?.why).toBe("Progress: latest of 3 dated updates written under the action (rows 4–6), row 4 '12 Jan 2023 –'");
  });

  it("reads 'Update Nov 2022:' and 'Jan 23:' lines in a Progress column under the action's own dated progress cell: the latest of all", () => {
    const values: CellValue[][] = [
      ['No.', 'Action', 'Owner', 'By when', 'Progress'],
      ['1', 'Publish the ethnicity pay gap with an action plan.', 'Director of People', 'March 2023', 'Update Sep 2022: data gathered.'],
      [null, null, null, null, 'Update Nov 2022: report drafted, goes to Board in December.'],
      [null, null, null, null, 'Jan 23: published on the website.'],
      ['2', 'Set up a race equality network with protected time for its chair.', 'EDI Lead', 'Q3 2022/23', 'Update Oct 2022: chair elected.'],
      [null, null, null, null, 'Jan 23: terms of reference agreed by the People Committee.'],
      ['3', 'Put a trained equality adviser on every Band 8a+ panel.', 'Head of Resourcing', 'Q4 2022/23', 'Update Dec 2022: 14 advisers trained.'],
    ];
    const report = read(values);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5, 7]);
    expect(report.actions.map((a) => a.progress)).toEqual(['Jan 23: published on the website.', 'Jan 23: terms of reference agreed by the People Committee.', 'Update Dec 2022: 14 advisers trained.']);
    expect(report.actions[0].sources.progress).toMatchObject({ kind: 'update log', cell: 'E4' });
    expect(report.actions[0].sources.progress?.why).toContain('with its own progress cell');
  });

  it("reads a log grouped OVER its action when the sheet puts each group's summary row below its detail", () => {
    const values: CellValue[][] = [HEADER];
    const levels = [0];
    ACTIONS.slice(0, 3).forEach((action, i) => {
      for (const line of QUARTERLY[i]) {
        const row: CellValue[] = new Array(HEADER.length).fill(null);
        row[2] = line;
        values.push(row);
        levels.push(1);
      }
      values.push(action);
      levels.push(0);
    });
    const report = read(values, { rowOutline: { levels, summaryBelow: true } });
    expect(report.actions.map((a) => a.row)).toEqual([5, 8, 11]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null]);
    expect(report.actions.map((a) => a.progress)).toEqual([QUARTERLY[0][2], QUARTERLY[1][1], QUARTERLY[2][1]]);
    expect(report.actions[1].sources.progress?.why).toBe("Progress: latest of 2 dated updates written over the action (rows 6–7), row 7 'Q2 (13/10/22):'");
  });

  it('reads undated sentences grouped under an action in the outline as its updates, the last written its progress', () => {
    const logs = [['Campaign materials agreed with the network.', 'Campaign ran in September and 312 records were updated.'], [], ['Procurement is under way with two suppliers.']];
    const { values, levels } = withLogs(logs);
    const report = read(values, { rowOutline: { levels } });
    expect(report.actions.map((a) => a.row)).toEqual([3, 6, 7, 9]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.progress)).toEqual([logs[0][1], '', logs[2][0], '']);
  });

  it("keeps the rest of the action's own sentence, wrapped onto the first row of its group, as the action's text", () => {
    const values: CellValue[][] = [
      HEADER,
      ['A1', 'M1', 'Run a declaration campaign through the staff app, led by the', 'Workforce Information Lead', 'Dec 2022', 'Complete'],
      [null, null, 'Disability Equality Network.'],
      [null, null, 'Q2 (13/10/22): campaign ran in September; 312 records updated.'],
      [null, null, 'Q3 (12/01/23): declaration rate 6.8% (from 4.9%). Closed.'],
      ACTIONS[1],
      [null, null, 'Q2 (13/10/22): coaching offer live on the careers site.'],
    ];
    const report = read(values, { rowOutline: { levels: [0, 0, 1, 1, 1, 0, 1], summaryBelow: false } });
    expect(report.actions.map((a) => a.row)).toEqual([2, 6]);
    expect(report.actions[0].action.replace(/\s+/g, ' ')).toBe('Run a declaration campaign through the staff app, led by the Disability Equality Network.');
    expect(report.actions.map((a) => a.progress)).toEqual(['Q3 (12/01/23): declaration rate 6.8% (from 4.9%). Closed.', 'Q2 (13/10/22): coaching offer live on the careers site.']);
  });

  it('reads an outline-grouped log from a workbook: levels and the summary-above setting come from the file, hidden rows too', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('WDES action log', { properties: { outlineProperties: { summaryBelow: false, summaryRight: true } } as never });
    const { values, levels } = withLogs(QUARTERLY);
    values.forEach((v, i) => {
      const row = ws.addRow(v);
      if (levels[i]) {
        row.outlineLevel = levels[i];
        row.hidden = i < 8; // the first two groups collapsed, the rest open
      }
    });
    const { sheets } = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets[0].rowOutline).toEqual({ levels, summaryBelow: false });
    const report = checkPlan(sheets[0], { asAt: AS_AT });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.progress)).toEqual([QUARTERLY[0][2], QUARTERLY[1][1], QUARTERLY[2][1], QUARTERLY[3][0]]);
  });
});

/**
 * A trust that lays such a plan out again (another column order, spacer rows, rows between actions, a key, a note under
 * it) keeps each action's updates grouped under it: Excel grows a group a row is put in, and no one parts an action from
 * its own log. The layout changes (`tests/support/vary-layout.ts`) carry the outline along so; the log is read the same.
 */
describe('an update log under the layout changes trusts make', () => {
  const plans = {
    'grouped under each action (summary above)': (() => {
      const { values, levels } = withLogs(QUARTERLY);
      return { values, rowOutline: { levels, summaryBelow: false } };
    })(),
    'grouped under each action, the summary side unsaid': (() => {
      const { values, levels } = withLogs(QUARTERLY);
      return { values, rowOutline: { levels } };
    })(),
    'grouped over each action (summary below)': (() => {
      const values: CellValue[][] = [['Trust WDES action plan 2022/23 with progress log'], HEADER];
      const levels = [0, 0];
      ACTIONS.slice(0, 3).forEach((action, i) => {
        for (const line of QUARTERLY[i]) values.push([null, null, line, null, null, null]);
        levels.push(...QUARTERLY[i].map(() => 1), 0);
        values.push(action);
      });
      return { values, rowOutline: { levels, summaryBelow: true } };
    })(),
  };

  it.each(Object.keys(plans) as (keyof typeof plans)[])('reads the same progress and themes, every update still grouped under its action: %s', (name) => {
    const grid: Grid = plans[name];
    const { levels: outline, summaryBelow } = plans[name].rowOutline as Grid['rowOutline'] & object;
    // An action's log: the grouped rows running on from its row, under it or (summary below) over it.
    const logOf = (row: number) => outline.flatMap((level, r) => {
      const [from, to] = summaryBelow ? [r, row] : [row + 1, r + 1];
      return level && r !== row && (summaryBelow ? r < row : r > row) && outline.slice(from, to).every(Boolean) ? [r] : [];
    });
    const before = checkPlan(grid, { asAt: AS_AT });
    const changes = Object.keys(CHANGES);
    const strays = ['addBareRow', 'addNotesBelow', 'addTotalLine', 'addSignOff'];
    fc.assert(
      fc.property(fc.shuffledSubarray(changes, { minLength: 1 }), fc.subarray(strays), fc.array(fc.nat(), { minLength: 32, maxLength: 32 }), (chosen, added, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(grid);
        for (const change of chosen) CHANGES[change](layout, before, pick);
        for (const change of added) STRAY_CHANGES[change](layout, before, pick);
        const changed = gridOf(layout);
        // Every update row sits in a group that runs up to its own action's row.
        const levels = changed.rowOutline!.levels;
        for (const a of before.actions) {
          const at = layout.rowOf[a.row - 1];
          for (const r of logOf(a.row - 1).map((x) => layout.rowOf[x])) {
            const between = summaryBelow ? levels.slice(r, at) : levels.slice(at + 1, r + 1);
            expect(between.every(Boolean), `update on row ${r + 1} after ${[...chosen, ...added].join(', ')}`).toBe(true);
          }
        }
        const after = checkPlan(changed, { asAt: AS_AT });
        for (const a of before.actions) {
          const moved = after.actions.find((x) => x.row === layout.rowOf[a.row - 1] + 1);
          expect({ progress: moved?.progress, theme: moved?.theme }, `row ${a.row} after ${[...chosen, ...added].join(', ')}`).toEqual({ progress: a.progress, theme: a.theme });
        }
        expect(after.actions).toHaveLength(before.actions.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('section headings above runs of actions stay themes', () => {
  /** Two sections, merged across the table, each over two actions with their logs under them. */
  function sectionsWithLogs(): { values: CellValue[][]; levels: number[]; merges: Grid['merges'] } {
    const values: CellValue[][] = [HEADER];
    const levels = [0];
    const merges: NonNullable<Grid['merges']> = [];
    ACTIONS.forEach((action, i) => {
      if (i % 2 === 0) {
        merges.push({ top: values.length, left: 0, bottom: values.length, right: HEADER.length - 1 });
        values.push([i === 0 ? 'Data and recruitment' : 'Safety at work']);
        levels.push(0);
      }
      values.push(action);
      levels.push(0);
      for (const line of QUARTERLY[i]) {
        values.push([null, null, line]);
        levels.push(1);
      }
    });
    return { values, levels, merges };
  }

  it.each([
    ['grouped in the outline', true],
    ['with no outline', false],
  ])('keeps section headings between actions with update logs as themes, %s', (_, grouped) => {
    const { values, levels, merges } = sectionsWithLogs();
    const report = read(values, { merges, ...(grouped ? { rowOutline: { levels, summaryBelow: false } } : {}) });
    expect(report.actions.map((a) => a.row)).toEqual([3, 7, 11, 14]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Data and recruitment', 'Data and recruitment', 'Safety at work', 'Safety at work']);
    expect(report.actions.map((a) => a.progress)).toEqual([QUARTERLY[0][2], QUARTERLY[1][1], QUARTERLY[2][1], QUARTERLY[3][0]]);
  });

  it("keeps quarter headings ('Q1: Data and declaration', 'Q2: Recruitment and retention') over several actions as themes", () => {
    const report = read([
      HEADER,
      ['Q1: Data and declaration'],
      ...ACTIONS.slice(0, 2),
      ['Q2: Recruitment and retention'],
      ...ACTIONS.slice(2, 4),
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 6, 7]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Q1: Data and declaration', 'Q1: Data and declaration', 'Q2: Recruitment and retention', 'Q2: Recruitment and retention']);
    expect(report.actions.every((a) => a.progress === '')).toBe(true);
  });

  it('keeps headings that are the summary rows of outline groups of actions as their themes', () => {
    const values: CellValue[][] = [HEADER, ['Data and recruitment'], ...ACTIONS.slice(0, 2), ['Safety at work'], ...ACTIONS.slice(2, 4)];
    const report = read(values, { rowOutline: { levels: [0, 0, 1, 1, 0, 1, 1], summaryBelow: false } });
    expect(report.actions.map((a) => a.theme)).toEqual(['Data and recruitment', 'Data and recruitment', 'Safety at work', 'Safety at work']);
  });

  it('keeps a dated heading over a run of actions, each in its own section, as a theme', () => {
    const report = read([
      HEADER,
      ['April 2022 – Data and recruitment'],
      ...ACTIONS.slice(0, 2),
      ['October 2022 – Safety and adjustments'],
      ...ACTIONS.slice(2, 4),
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual(['April 2022 – Data and recruitment', 'April 2022 – Data and recruitment', 'October 2022 – Safety and adjustments', 'October 2022 – Safety and adjustments']);
  });
});
