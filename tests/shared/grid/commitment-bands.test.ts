/**
 * A plan kept as COMMITMENTS on filled heading bands, each with a line naming the group that oversees it and a small
 * header repeated under it over the commitment's objectives for each year ('Year | Annual objective'): holdout33
 * highburrow, laid out like a mental health trust's published 'Belonging in the NHS road map'. The objectives are the
 * actions (the only column of sentences), the Year their timescale; each band is its objectives' theme however it is
 * worded (a commitment is worded as what to do: 'Give our people a voice, …'); the governance line is context — it names
 * who oversees the commitment, neither its theme nor any action's lead.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Road map', ...more }, { asAt: AS_AT });
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
/** A fill on the cells of the listed rows (0-based), the rest none. */
const filled = (height: number, width: number, rows: Record<number, { c: number; fill: string }>) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => (rows[r]?.c === c ? rows[r].fill : null)));

describe('commitments on filled bands over small yearly tables', () => {
  it("reads 'Year | Annual objective' under each band, the band (worded as what to do) the theme, 'Governance Group:' context", () => {
    const values: CellValue[][] = [
      ['Harwood Partnership NHS Foundation Trust – Workforce Race Equality Standard road map'],
      ['Each commitment below lists the objectives through which we will deliver it; WRES indicators are given in brackets.'],
      [],
      ['Give our people a voice, listen and act on what they tell us every single time'],
      ['Governance Group: People Experience Group'],
      ['Year', 'Annual objective'],
      ['2022/23', 'Report pulse survey results by ethnicity to the People Experience Group each quarter (WRES 5 and 6).'],
      ['2023/24', 'Give the Race Equality Network a standing seat on the People Experience Group.'],
      [],
      ['Grow and keep a workforce that reflects our communities'],
      ['Governance Group: People Employment Group'],
      ['Year', 'Annual objective'],
      ['2022/23', 'Add a trained minority ethnic panel member to every interview for Band 7 and above (WRES 2).'],
      ['2023/24', 'Set a trajectory for minority ethnic representation at Band 8a and above.'],
    ];
    const report = read(values, { fills: filled(values.length, 2, { 3: { c: 0, fill: '#00A499' }, 9: { c: 0, fill: '#00A499' } }) });
    expect(report.actions.map((a) => [a.row, a.theme, a.due.text, a.lead, a.indicators])).toEqual([
      [7, 'Give our people a voice, listen and act on what they tell us every single time', '2022/23', '', ['5', '6']],
      [8, 'Give our people a voice, listen and act on what they tell us every single time', '2023/24', '', []],
      [13, 'Grow and keep a workforce that reflects our communities', '2022/23', '', ['2']],
      [14, 'Grow and keep a workforce that reflects our communities', '2023/24', '', []],
    ]);
    expect(report.headerRows).toEqual([6, 12]);
    expect(notes(report)).toContain(
      "Row 11: \"Governance Group: People Employment Group\" is read as a note, not an action — it is labelled 'Governance Group': it names who oversees the block, not its heading nor an action's lead under the heading on row 10 ('Grow and keep a workforce that reflects our communities'): context, not the block's heading",
    );
  });

  it("reads the other way round — 'Yearly objective | Year' in columns B and C, the band in B, 'Oversight:' and 'Reports to:' lines", () => {
    const values: CellValue[][] = [
      ['', 'Ashdown Community Health NHS Trust'],
      ['', 'Our race equality commitments 2022–2024'],
      [],
      ['', 'Make every appointment fair and open to all'],
      ['', 'Oversight: Workforce Committee'],
      ['', 'Yearly objective', 'Year'],
      ['', 'Publish shortlisting-to-appointment ratios by ethnicity every six months.', '2022/23'],
      ['', 'Run de-biasing training for every recruiting manager at Band 8a and above.', '2023/24'],
      [],
      ['', 'Build leaders who champion race equality'],
      ['', 'Reports to: Trust Board'],
      ['', 'Yearly objective', 'Year'],
      ['', 'Give every executive an objective on race equality in their appraisal.', '2022/23'],
      ['', 'Pair each executive with a reverse mentor from the Race Equality Network.', '2023/24'],
    ];
    const report = read(values, { fills: filled(values.length, 3, { 3: { c: 1, fill: '#1F4E79' }, 9: { c: 1, fill: '#1F4E79' } }) });
    expect(report.actions.map((a) => [a.row, a.theme, a.due.text, a.lead])).toEqual([
      [7, 'Make every appointment fair and open to all', '2022/23', ''],
      [8, 'Make every appointment fair and open to all', '2023/24', ''],
      [13, 'Build leaders who champion race equality', '2022/23', ''],
      [14, 'Build leaders who champion race equality', '2023/24', ''],
    ]);
    expect(notes(report).some((m) => m.startsWith("Row 11: \"Reports to: Trust Board\" is read as a note, not an action — it is labelled 'Reports to'"))).toBe(true);
  });
});

describe('not a commitment band', () => {
  it('a filled sentence closing on a full stop is no band: neither it nor the governance line is the theme', () => {
    const values: CellValue[][] = [
      ['Harwood Partnership NHS Foundation Trust – WRES road map'],
      [],
      ['Voice'],
      ['We will give our people a voice, listen to them and act on what they tell us every single time.'],
      ['Governance Group: People Experience Group'],
      ['Year', 'Annual objective'],
      ['2022/23', 'Report pulse survey results by ethnicity to the People Experience Group each quarter.'],
      ['2023/24', 'Give the Race Equality Network a standing seat on the People Experience Group.'],
    ];
    const report = read(values, { fills: filled(values.length, 2, { 3: { c: 0, fill: '#00A499' } }) });
    // The sentence describes the block; 'Voice' over it, the only block's heading above the first header, could be
    // the plan's title, so no theme is taken (as before) — and never the sentence or the governance group.
    expect(report.actions.map((a) => [a.row, a.theme, a.lead])).toEqual([
      [7, null, ''],
      [8, null, ''],
    ]);
  });
});
