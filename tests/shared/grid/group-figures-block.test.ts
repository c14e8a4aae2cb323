/**
 * A small block of figures inside the action grid (holdout74 elderbeck): under a priority heading, a caption ('Where we
 * are (ESR, 31 March 2018) – headcount by pay band:') over rows giving a band and each staff group's figure written with
 * its group in one cell ('Bands 1–5' | 'White 1,412' | 'BME 498' | '26.1% BME'), typed into the lead and date columns.
 * The rows are figures, not actions, and the caption is no heading: the actions after them keep the priority's theme.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';
import { isGroupFigure } from '../../../shared/grid/read-figures-row';

const AS_AT = new Date(Date.UTC(2019, 0, 15));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe('a block of figures by staff group inside the action grid', () => {
  it('reads no action from the band rows and keeps the priority as the theme of the actions after them', () => {
    const r = read([
      ['Fenwick Hospitals NHS Trust – WRES action plan 2018/19'],
      ['Ref', 'Action', 'WRES ind.', 'Exec lead', 'Operational lead', 'By', 'Status'],
      ['Priority 1: A workforce that reflects our communities'],
      ['', 'Where we are (ESR, 31 March 2018) – headcount by pay band:'],
      ['', 'Bands 1–5', '', 'White 2,140', 'BME 611', '22.2% BME'],
      ['', 'Bands 6–7', '', 'White 1,203', 'BME 214', '15.1% BME'],
      ['', 'Band 8a and above', '', 'White 301', 'BME 22', '6.8% BME'],
      ['1.1', 'Set a trajectory with each division for BME staff at Band 6 and above.', '1', 'Director of Workforce', 'Workforce Planning Lead', 'Oct 2018', 'Complete'],
      ['1.2', 'Advertise Band 6 and 7 posts through community radio.', '1', 'Director of Workforce', 'Recruitment Manager', 'Jan 2019', 'On track'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([8, 9]);
    expect(r.actions.map((a) => a.theme)).toEqual(['Priority 1: A workforce that reflects our communities', 'Priority 1: A workforce that reflects our communities']);
  });

  it('reads a WDES figures block (group then figure, figure then group) under an indicator heading as no actions', () => {
    const r = read([
      ['No.', 'Metric', 'Action', 'Lead', 'Due', 'RAG'],
      ['Metric 1 – Representation'],
      ['', '', 'Our data:'],
      ['', '', 'Clinical staff', 'Disabled 212', 'Non-disabled 3,904', '5.1% disabled'],
      ['', '', 'Non-clinical staff', 'Disabled 96', 'Non-disabled 1,355', '6.6% disabled'],
      ['1', '1', 'Run a declaration campaign in every directorate.', 'Head of EDI', 'Mar 2022', 'Amber'],
      ['2', '1', 'Report representation by band to the People Committee twice a year.', 'Workforce Information Manager', 'Sep 2021', 'Green'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([[6, 'Metric 1 – Representation'], [7, 'Metric 1 – Representation']]);
  });

  it('tells a group written with its figure from a date or a step', () => {
    expect(['White 1,412', 'BME 498', '26.1% BME', 'Disabled staff 212'].map(isGroupFigure)).toEqual([true, true, true, true]);
    expect(['Mar 2019', 'Q3 2019', 'Phase 2', 'by 2021', 'Head of EDI', '2019 White'].map(isGroupFigure)).toEqual([false, false, false, false, false, false]);
  });
});
