import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_KEY, readRagLegendRow, statusToRag } from '../../../shared/rag';
import { hasMarkup, stripMarkup, validatePlan } from '../../../shared/rules';
import { checkPlan } from '../../../shared/check-plan';
import { parseTimescale } from '../../../shared/timescale';
import type { CellValue, RecognisedAction } from '../../../shared/types';
import { makeAction, makeContext } from './make-action';

/** Cell contents real workbooks and careless callers produce. None may make the core throw. */
const BAD_INPUTS: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['empty text', ''],
  ['#REF!', '#REF!'],
  ['#N/A', '#N/A'],
  ['a 40,000-character string', 'March 2021 '.repeat(3637)],
  ['40,000 tags', '<p>'.repeat(13334)],
  ['emoji', '🚀📅 Q3 🎯'],
  ['right-to-left text', 'مارس 2021 ‏הושלם'],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['a negative serial', -44197],
  ['a huge serial', 9e15],
  ['an invalid Date', new Date(Number.NaN)],
  ['a Date far in the past', new Date(-8.64e15)],
  ['a Date far in the future', new Date(8.64e15)],
  ['true', true],
  ['an object', { toString: () => 'odd' }],
  ['control characters', '\u0000\u0007\u001b[31m'],
];

describe('bad inputs never make the core throw', () => {
  it.each(BAD_INPUTS)('parseTimescale copes with %s and flags what it cannot read', (_, value) => {
    const w = parseTimescale(value as CellValue);
    expect(typeof w.text).toBe('string');
    if (!w.parsed) expect([w.start, w.end]).toEqual([null, null]);
    if (typeof value !== 'string') expect(w.text).not.toMatch(/NaN|Infinity|Invalid Date/);
  });

  it.each(BAD_INPUTS)('statusToRag copes with %s as status and as fill', (_, value) => {
    const rag = statusToRag(value as string, value as string, DEFAULT_RAG_KEY);
    expect([null, 'red', 'amber', 'green', 'blue']).toContain(rag);
  });

  it.each(BAD_INPUTS)('readRagLegendRow copes with %s in a row', (_, value) => {
    expect(Array.isArray(readRagLegendRow([value as string, 'Red', value as string], [value as string, null]))).toBe(true);
  });

  it('readRagLegendRow copes with rows that are not arrays', () => {
    expect(readRagLegendRow(null as unknown as string[], null as unknown as string[])).toEqual([]);
  });

  it.each(BAD_INPUTS)('validatePlan copes with %s in every field of an action', (_, value) => {
    const broken = {
      ...makeAction(5),
      ref: value, indicator: value, blockIndicator: value, action: value, lead: value, status: value,
      progress: value, outcome: value, completed: value, due: parseTimescale(value as CellValue),
    } as unknown as RecognisedAction;
    const issues = validatePlan(makeContext([broken], { unmappedHeaders: [{ row: 1, column: 'A', text: value as string }] }));
    expect(Array.isArray(issues)).toBe(true);
    for (const issue of issues) {
      expect(typeof issue.message).toBe('string');
      // What a user would see as broken: internals leaking into a message.
      expect(issue.message).not.toMatch(/\bundefined\b|\bNaN\b|\bInfinity\b|\[object Object\]|Invalid Date/);
    }
  });

  it('validatePlan copes with a missing context and an invalid as-at date', () => {
    expect(() => validatePlan(undefined as never)).not.toThrow();
    const issues = validatePlan(makeContext([makeAction(5, { due: 'Jan-20' })], { asAt: new Date(Number.NaN), ragKey: null as never }));
    expect(issues.filter((i) => i.rule === 'overdue')).toEqual([]);
  });
});

/** Words a plain JavaScript object answers for by itself: a cell saying one of them is just unknown text. */
const BUILT_IN_WORDS = ['constructor', 'Constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'isPrototypeOf'];

describe('cells that say the name of a JavaScript built-in', () => {
  it.each(BUILT_IN_WORDS)('reads a status of %j as no RAG, not as a colour', (word) => {
    expect(statusToRag(word, null, DEFAULT_RAG_KEY)).toBeNull();
    expect(statusToRag(word, '#FF0000', DEFAULT_RAG_KEY)).toBe('red'); // the fill still speaks
    expect(readRagLegendRow([word, 'Not yet begun'], [null, null])).toEqual([]);
  });

  it.each(BUILT_IN_WORDS)('flags a timescale of %j as not understood, keeping the text', (word) => {
    for (const text of [word, `${word} 2021`, `early ${word} 2021`]) {
      const due = parseTimescale(text, { financialYear: 2021 });
      expect(due.text).toBe(text);
      expect(due.start === null || typeof due.start === 'string').toBe(true);
      expect(due.end === null || typeof due.end === 'string').toBe(true);
    }
    expect(parseTimescale(word).parsed).toBe(false);
  });

  it.each(BUILT_IN_WORDS)('counts a plan whose status says %j under "no status", and its summary keeps only RAG names', (word) => {
    const report = checkPlan({ values: [['Action', 'Lead', 'Timescale', 'Status'], ['Run a listening event', 'EDI lead', 'March 2030', word]] }, { asAt: new Date(2023, 9 /* Oct */, 31) });
    expect(report.actions[0].statusRag).toBeNull();
    expect(report.summary.byRag).toEqual({ red: 0, amber: 0, green: 0, blue: 0, none: 1 });
  });

  it('leaves an entity-like word that is not an HTML entity alone', () => {
    expect(hasMarkup('HR &constructor; OD')).toBe(false);
    expect(stripMarkup('HR &valueOf; OD')).toBe('HR &valueOf; OD');
  });
});
