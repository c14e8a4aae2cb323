import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A key line that defines the plan's status abbreviations ('C = complete (green)  IP = in progress (amber)  NS = not
 * started (red)  D = deferred'): the status cells hold the codes, and the key says what each stands for and its colour
 * — in brackets, or by its meaning's usual colour when the line names none. A code whose meaning has no colour
 * ('deferred') colours nothing. Shown in two plans, the key above the plan and under it, with and without colours.
 */
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });

describe('a key line defining status abbreviations', () => {
  it('reads codes with their colours in brackets above the plan; a code with no colour colours nothing', () => {
    const report = read([
      ['Westmoor NHS Trust – WRES action plan 2018/19'],
      ['Status: C = complete (green)   IP = in progress (amber)   NS = not started (red)   D = deferred to 2019/20'],
      [],
      ['No.', 'Action', 'Lead', 'When', 'Status'],
      [1, 'Publish the workforce profile by band for each care group.', 'Workforce Information Manager', 'Q1', 'C'],
      [2, 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Recruitment', 'Q2–Q3', 'IP'],
      [3, 'Record non-mandatory training on the learning system.', 'Head of L&D', 'By March 2019', 'NS'],
      [4, 'Run a development programme for BME staff at Bands 5 to 7.', 'Head of OD', 'Q4 2018/19', 'D'],
    ]);
    expect(report.ragKey.source).toBe('legend');
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['C', 'green'], ['IP', 'amber'], ['NS', 'red'], ['D', null]]);
    // The key line is no action, nor its title a theme.
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 7, 8]);
    expect(report.actions.every((a) => a.theme === null)).toBe(true);
  });

  it('reads codes defined by status words alone, under the plan, each the colour its meaning usually has', () => {
    const report = read([
      ['Ref', 'Action', 'Owner', 'Due', 'RAG'],
      ['A1', 'Reverse mentoring for BME staff and executive directors.', 'Director of People', 'Mar 2019', 'OT'],
      ['A2', 'Check shortlisting outcomes by ethnicity every quarter.', 'Head of Resourcing', 'Dec 2018', 'CO'],
      ['A3', 'Zero tolerance campaign on abuse of staff by patients.', 'Director of Nursing', 'Jan 2019', 'AR'],
      [],
      ['Key: CO = completed; OT = on track; AR = at risk; NS = not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['OT', 'green'], ['CO', 'green'], ['AR', 'amber']]);
  });

  it('reads codes after a title or a separator, and no codes that start after other text', () => {
    const labels = (text: string) => readColourPairs(text).entries.map((e) => `${e.aliases?.[0]}=${e.label}`);
    expect(labels('· C = complete  ·  IP = in progress')).toEqual(['c=complete', 'ip=in progress']);
    expect(labels('Status codes:\nC=complete; NS=not started')).toEqual(['c=complete', 'ns=not started']);
    expect(labels('See below. C = complete  IP = in progress')).toEqual([]);
    expect(labels('<p style="margin:0">C = complete IP = in progress</p>')).toEqual([]);
  });

  it('is no key when the codes are a glossary, or a pair is no status', () => {
    expect(readColourPairs('EDI = equality, diversity and inclusion; BME = black and minority ethnic').entries).toEqual([]);
    expect(readColourPairs('C = complete (green)  Note = figures are from ESR').entries).toEqual([]);
    expect(readColourPairs('C = complete').entries).toEqual([]);
  });
});
