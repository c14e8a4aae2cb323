import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan with no lead column that writes each action in the colour of the team leading it, as a key line says
 * ('Key: red writing = HR team, blue = Learning & OD, green = EDI lead (Priya), purple = Chief Exec's office': holdout30
 * kestlebury): the lead is the key's label for the action text's colour, and the key is no RAG key. A key of statuses
 * in colours stays the status's (`findTextColourStatus`); a plan with a lead column keeps its column.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 15));
const RED = '#FF0000';
const BLUE = '#0070C0';
const GREEN = '#00B050';
const PURPLE = '#7030A0';
const ORANGE = '#ED7D31';
const fontsOf = (values: CellValue[][], colours: Record<string, string>) => values.map((row, r) => row.map((_, c) => colours[`${r},${c}`] ?? null));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });

describe('each action written in its lead team’s colour, the key under the plan', () => {
  const values: CellValue[][] = [
    ['Kenbury Community NHS Trust'],
    ['Race equality (WRES) plan 2020-21'],
    ['No', 'What', 'WRES no.', 'When', 'Progress'],
    ['1', 'Publish our WRES figures with a plain-English summary for support workers in the houses', '1', 'Sept 20', 'on the intranet'],
    ['2', 'Ethnically diverse shortlisting and interview panels for all team leader posts', '2', 'Oct 20', ''],
    ['3', 'Check every disciplinary for BME staff at the investigation stage with a second manager', '3', 'Nov 20', 'started'],
    ['4', 'Reverse mentoring for the executive team with BME support workers', '7', 'Mar 21', 'on hold'],
    [],
    [null, "Key: red writing = HR team,  blue = Learning & OD,  green = EDI lead (Priya),  purple = Chief Exec's office"],
  ];
  const g: Grid = { values, fonts: fontsOf(values, { '3,1': GREEN, '4,1': RED, '5,1': RED, '6,1': PURPLE }) };

  it("reads each action's lead from its colour, with why", () => {
    const report = read(g);
    expect(report.actions.map((a) => a.lead)).toEqual(['EDI lead (Priya)', 'HR team', 'HR team', "Chief Exec's office"]);
    expect(report.actions[1].sources.lead?.why).toBe("Lead: B5 is written in red, which the key on B9 says is 'HR team'");
    expect(report.columnEvidence.find((e) => e.field === 'lead')?.reason).toMatch(/^Lead: no column names it — each action's text colour is its lead, as the key on B9 says/);
  });

  it('reads no RAG from the colours, and asks for a Lead column the board can read', () => {
    const report = read(g);
    expect(report.actions.map((a) => a.statusRag)).toEqual([null, null, null, null]);
    expect(report.issues.filter((i) => i.rule === 'lead-missing').map((i) => i.message)).toEqual([
      "The plan has no Lead column: 4 of 4 leads were given only by the colour of each action's text, as the plan's key says — add a \"Lead\" column",
    ]);
  });
});

describe('a colour key above the header, written as "colour: team"', () => {
  const values: CellValue[][] = [
    ['Marsh Vale Hospice – WDES actions 2022/23'],
    ['Colour key – blue: People team; orange: Estates; green: Disability network'],
    ['Action', 'Metric', 'Target date'],
    ['Check the new office against the access audit', '7', 'Feb 2023'],
    ['Add disability status reminders to the payslip', '1', 'Nov 2022'],
    ['Hold a listening session on presenteeism', '6', 'Jan 2023'],
  ];
  const g: Grid = { values, fonts: fontsOf(values, { '3,0': ORANGE, '4,0': BLUE, '5,0': GREEN }) };

  it('reads the lead of each colour', () => {
    expect(read(g).actions.map((a) => a.lead)).toEqual(['Estates', 'People team', 'Disability network']);
  });
});

describe('negatives', () => {
  it('a key of statuses in colours stays a status key', () => {
    const values: CellValue[][] = [
      ['Holme NHS Trust – WRES plan 2020/21'],
      ['Action', 'Indicator', 'Lead', 'Due'],
      ['Publish the WRES data', '1', 'EDI Lead', 'Sep 2020'],
      ['Audit shortlisting', '2', 'Head of Resourcing', 'Dec 2020'],
      [],
      ['Key: green = complete, red = not started'],
    ];
    const g: Grid = { values, fonts: fontsOf(values, { '2,0': GREEN, '3,0': RED }) };
    expect(read(g).actions.map((a) => a.lead)).toEqual(['EDI Lead', 'Head of Resourcing']);
  });

  it('a plan with a lead column keeps its column, whatever its key', () => {
    const values: CellValue[][] = [
      ['Holme NHS Trust – WRES plan 2020/21'],
      ['Action', 'Indicator', 'Owner', 'Due'],
      ['Publish the WRES data', '1', 'EDI Lead', 'Sep 2020'],
      ['Audit shortlisting', '2', 'Head of Resourcing', 'Dec 2020'],
      [],
      ['Key: red writing = HR team, blue = Learning & OD'],
    ];
    const g: Grid = { values, fonts: fontsOf(values, { '2,0': RED, '3,0': BLUE }) };
    expect(read(g).actions.map((a) => a.lead)).toEqual(['EDI Lead', 'Head of Resourcing']);
  });

  it('one colour only is no key of leads', () => {
    const values: CellValue[][] = [
      ['Holme NHS Trust – WRES plan 2020/21'],
      ['No', 'What', 'When'],
      ['1', 'Publish the WRES data', 'Sep 2020'],
      ['2', 'Audit shortlisting', 'Dec 2020'],
      [],
      ['Key: red writing = HR team, blue = Learning & OD'],
    ];
    const g: Grid = { values, fonts: fontsOf(values, { '2,1': RED, '3,1': RED }) };
    expect(read(g).actions.map((a) => a.lead)).toEqual(['', '']);
  });
});
