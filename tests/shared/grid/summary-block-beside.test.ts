import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A 'plan on a page' (holdout27 brackwater): a status summary ('Status | Count': 'Not started | 2' …) beside the action
 * table on the same header row and the same rows, both headed 'Status'. The plan's status is the column filled on every
 * action's row, not the summary's five labels. And a key written as labels each followed by its colour word ('Status
 * colour: Complete blue · On track green · Behind red · Not started black.') is the plan's key.
 */
const AS_AT = new Date(Date.UTC(2019, 11, 15));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const RED = '#FF0000';
const fontsOf = (values: CellValue[][], colours: Record<string, string>) => values.map((row, r) => row.map((_, c) => colours[`${r},${c}`] ?? null));

describe('a status summary beside the plan on the same rows', () => {
  const values: CellValue[][] = [
    ['Brackenhurst NHS Trust – WDES plan on a page 2019/20'],
    [],
    ['Status', 'Count', null, 'No.', 'Metric', 'Action', 'Lead', 'Due', 'Status'],
    ['Not started', 1, null, '1', 'Metric 1', 'Run an ESR self-service campaign so more staff record a disability.', 'Head of Workforce Systems', 'Nov-19', 'Complete'],
    ['Behind', 1, null, '2', 'Metric 2', 'Sign up to Disability Confident level 2.', 'Head of Recruitment', 'Mar-20', 'On track'],
    ['On track', 2, null, '3', 'Metric 3', 'Record disability on every capability case.', 'Head of Employee Relations', 'Dec-19', 'Behind'],
    [null, null, null, '4', 'Metric 4', 'Add disability to the harassment reporting form.', 'FTSU Guardian', 'Jan-20', 'On track'],
    [null, null, null, '5', 'Metric 5', 'Look at why disabled staff doubt equal chances for promotion.', 'Head of OD', 'Feb-20', 'Not started'],
    [],
    [null, null, null, 'Status colour: Complete blue · On track green · Behind red · Not started black.'],
  ];
  const g: Grid = { values, fonts: fontsOf(values, { '3,8': BLUE, '4,8': GREEN, '5,8': RED, '6,8': GREEN }) };

  it("reads each action's status from the plan's column, its colour by the key", () => {
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'blue'], ['On track', 'green'], ['Behind', 'red'], ['On track', 'green'], ['Not started', null]]);
    expect(report.columns.status).toBe('I');
  });
});

describe("a key of labels each followed by its colour", () => {
  it('titled, two entries or more', () => {
    expect(readColourPairs('Key: Done blue; Late red').entries.map((e) => [e.label, e.rag])).toEqual([['Done', 'blue'], ['Late', 'red']]);
    expect(readColourPairs('Complete green | At risk amber | Off track red').entries.map((e) => [e.label, e.rag])).toEqual([['Complete', 'green'], ['At risk', 'amber'], ['Off track', 'red']]);
  });

  it('negative: a sentence naming colours is no key', () => {
    expect(readColourPairs('We painted the wall light blue, then the door red').entries).toEqual([]);
    expect(readColourPairs('Staff chose blue, green').entries).toEqual([]);
  });
});
