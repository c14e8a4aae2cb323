import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { describesBlock } from '../../../shared/grid/describes-block';
import { numbersBlock } from '../../../shared/grid/numbers-block';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Between a block's heading and its table sit lines that describe or EVIDENCE the block: a rating line ('Evidence:
 * Developing', 'Rating: Achieving'), bullets of the work already in place or of the evidence. The heading over them is
 * the block's theme; a bullet is never a theme, and the rating rates the block, never an action's status. Seen in
 * holdout26 dearnefield (an ICB's Equality Delivery System page: per outcome 'Outcome 3A: Board members, system leaders
 * …', 'Evidence: Developing', evidence bullets, then 'Next steps for 2023/24 | Lead | By').
 */
const AS_AT = new Date(Date.UTC(2023, 5, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators, a.status]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const note = (report: ReturnType<typeof read>, row: number) => notes(report).find((m) => m.startsWith(`Row ${row}:`)) ?? '';

describe('a heading over a rating line and bullets of evidence, then the block’s header', () => {
  it('an Equality Delivery System page: long coded outcome headings, a grade line, evidence bullets', () => {
    const header = ['Next steps for 2024/25', 'Lead', 'By'];
    const o2a = 'Outcome 2A: Staff are free from abuse, harassment, bullying and physical violence from any source, and the organisation acts on it';
    const o2b = 'Outcome 2B: Staff have access to independent support and advice when suffering from stress, abuse, bullying or harassment';
    const values: CellValue[][] = [
      ['NHS Harwick Moor Integrated Care Board'],
      ['Equality Delivery System 2022 – Domain 2: Workforce health and well-being, 2024/25'],
      [],
      [o2a],
      ['Evidence: Achieving'],
      ['• Freedom to Speak Up guardians in every directorate'],
      ['• Violence reduction standard adopted in 2023'],
      ['• Quarterly reports on incidents by protected characteristic'],
      ['• Zero tolerance posters in every waiting area'],
      header,
      ['Add the race of staff reporting abuse to the incident form and report it quarterly (WRES 5).', 'Head of Health and Safety', 'Sep 2024'],
      ['Run a bystander training session for every ward manager.', 'Head of OD', 'Dec 2024'],
      [],
      [o2b],
      ['Evidence: Developing'],
      ['• An employee assistance programme'],
      ['• Mental health first aiders, 40 trained'],
      header,
      ['Publish how many ethnic minority staff use the employee assistance programme each year.', 'Head of Wellbeing', 'Mar 2025'],
    ];
    const report = read({ values, merges: values.flatMap((r, i) => (r.length === 1 ? [{ top: i, left: 0, bottom: i, right: 2 }] : [])) });
    expect(rows(report)).toEqual([
      [11, o2a, ['5'], ''],
      [12, o2a, [], ''],
      [19, o2b, [], ''],
    ]);
    // 'Outcome 2A' is the EDS's code, not WRES indicator 2; the grade is no status.
    expect(report.actions.map((a) => a.rag)).toEqual([null, null, null]);
    expect(note(report, 5)).toBe(
      `Row 5: "Evidence: Achieving" is read as a note, not an action — it is labelled 'Evidence': it rates the block or gives the work already in place (not an action's status) under the heading on row 4 ('${o2a}'): context, not the block's heading`,
    );
    expect(note(report, 9)).toMatch(/^Row 9: "• Zero tolerance posters in every waiting area" is read as a note, not an action — it opens with a bullet: an item of a list said of the block under the heading on row 4 \('Outcome 2A: /);
    expect(note(report, 17)).toMatch(/it opens with a bullet: an item of a list said of the block under the heading on row 14 \('Outcome 2B: /);
  });

  it('a short heading, work already done as dash bullets and a rating after them, a header in another order', () => {
    const header = ['Owner', 'Action', 'Deadline', 'Status'];
    const report = read({
      values: [
        ['Kestrel Valley NHS Trust – WDES action plan 2022/23'],
        [],
        ['Reasonable adjustments'],
        ['- Adjustments passport launched in 2021'],
        ['- Central equipment budget agreed'],
        ['Rating: Amber'],
        header,
        ['Occupational Health Manager', 'Cut the wait for an adjustment to under six weeks.', 'Dec 2022', 'On track'],
        ['Head of HR', 'Train every manager on the passport.', 'Mar 2023', 'Not started'],
        [],
        ['Disabled staff voice'],
        ['- Disability Network formed, 60 members'],
        header,
        ['Chief People Officer', 'Give the network chair a seat on the People Committee.', 'Sep 2022', 'Complete'],
      ],
    });
    expect(rows(report)).toEqual([
      // The heading's subject is WDES metric 8's (adjustments), read from its wording as before.
      [8, 'Reasonable adjustments', ['8'], 'On track'],
      [9, 'Reasonable adjustments', ['8'], 'Not started'],
      // 'Disabled staff voice' names WDES metric 9b (the voices of disabled staff heard), as the catalogue learnt in
      // session 19 (metric-short-names.test.ts): read from its wording as metric 8's is.
      [14, 'Disabled staff voice', ['9b'], 'Complete'],
    ]);
    expect(note(report, 6)).toContain("it is labelled 'Rating': it rates the block or gives the work already in place (not an action's status) under the heading on row 3 ('Reasonable adjustments')");
    expect(note(report, 4)).toContain("it opens with a bullet: an item of a list said of the block under the heading on row 3 ('Reasonable adjustments')");
    expect(note(report, 12)).toContain("under the heading on row 11 ('Disabled staff voice')");
  });

  it('names each describing line, and a coded heading heads its block however long', () => {
    expect(describesBlock('Evidence: Developing')).toMatch(/^it is labelled 'Evidence'/);
    expect(describesBlock('Progress to date: the network meets monthly')).toMatch(/^it is labelled 'Progress to date'/);
    expect(describesBlock('▪ Gender pay gap reporting')).toBe('it opens with a bullet: an item of a list said of the block');
    // A mark followed by '=' is a key's entry, not a bullet.
    expect(describesBlock('● = activity planned')).toBeNull();
    expect(describesBlock('Objective 2 – Disabled colleagues are supported to stay in work and to progress as far as their talents take them')).toBeNull();
    expect(numbersBlock('Outcome 3A: Board members, system leaders (Band 9 and VSM) …')).toBe(true);
    expect(numbersBlock('Band 5: 34% of BME staff')).toBe(false);
    expect(numbersBlock('Action 1: Review the policy')).toBe(false);
  });
});

describe('negatives: what stays read as before', () => {
  it('bulleted actions under the header stay actions, under the coded heading above it', () => {
    const header = ['Action', 'Lead', 'Due'];
    const report = read({
      values: [
        ['Outcome 1A: Fair recruitment'],
        header,
        ['• Use diverse panels for every Band 8a post.', 'Head of Resourcing', 'Sep 2023'],
        ['• Audit shortlisting by ethnicity each quarter.', 'Head of Resourcing', 'Dec 2023'],
        [],
        ['Outcome 1B: Development'],
        header,
        ['• Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Mar 2024'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.action.slice(0, 20), a.theme])).toEqual([
      [3, '• Use diverse panels', 'Outcome 1A: Fair recruitment'],
      [4, '• Audit shortlisting', 'Outcome 1A: Fair recruitment'],
      [8, '• Sponsor ten BME st', 'Outcome 1B: Development'],
    ]);
  });

  it('a bullet alone between two tables, with no heading over it, gives no theme: it is a note', () => {
    const header = ['Action', 'Lead', 'Due'];
    const report = read({
      values: [
        ['Fenby NHS Trust – WRES action plan 2023/24'],
        header,
        ['Publish the race pay gap.', 'Head of Reward', 'Sep 2023'],
        [],
        ['• Carried over from 2022/23'],
        header,
        ['Run reverse mentoring for the executive team.', 'Head of OD', 'Dec 2023'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, null],
      [7, null],
    ]);
    expect(note(report, 5)).toBe('Row 5: "• Carried over from 2022/23" is read as a note, not an action — it opens with a bullet: an item of a list, never a heading, so the actions below keep the theme they had');
  });

  it("a figures line 'Band 5: …' is no coded heading: the short heading over it stays the theme", () => {
    const header = ['Action', 'Lead', 'Due'];
    const report = read({
      values: [
        ['Marlow Fen NHS Trust – WRES action plan 2023/24'],
        [],
        ['Representation'],
        ['Band 5: 34% of BME staff against 21% of the workforce'],
        header,
        ['Set a representation goal for each division.', 'Director of Workforce', 'Sep 2023'],
        [],
        ['Indicator 5 – Harassment from the public'],
        header,
        ['Add the race of staff reporting abuse to the incident form.', 'Head of Security', 'Dec 2023'],
      ],
    });
    expect(rows(report)).toEqual([
      [6, 'Representation', ['1'], ''],
      [10, 'Indicator 5 – Harassment from the public', ['5'], ''],
    ]);
    expect(note(report, 4)).toContain("it gives the figures of the block under the heading on row 3 ('Representation')");
  });

  it('an update row labelled as progress under an action stays that action’s, not a describing line of the next block', () => {
    const header = ['Action', 'Lead', 'Due'];
    const report = read({
      values: [
        ['Outcome 1A: Fair recruitment'],
        header,
        ['Publish every Band 7 vacancy internally first.', 'Head of Resourcing', 'Sep 2023'],
        ['Progress to date: 14 of 20 posts advertised internally'],
        [],
        ['Outcome 1B: Development'],
        header,
        ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Dec 2023'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.theme, a.progress])).toEqual([
      [3, 'Outcome 1A: Fair recruitment', 'Progress to date: 14 of 20 posts advertised internally'],
      [8, 'Outcome 1B: Development', ''],
    ]);
  });
});
