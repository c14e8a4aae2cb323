import { describe, expect, it } from 'vitest';
import { memoiseText } from '../../../shared/memoise-text';
import { collapse } from '../../../shared/grid/cell-text';

describe('memoiseText', () => {
  it('computes each distinct short text once and gives the same answer again', () => {
    let calls = 0;
    const upper = memoiseText((s: string) => {
      calls++;
      return s.toUpperCase();
    });
    expect([upper('in progress'), upper('in progress'), upper('complete'), upper('in progress')]).toEqual(['IN PROGRESS', 'IN PROGRESS', 'COMPLETE', 'IN PROGRESS']);
    expect(calls).toBe(2);
  });

  it('does not hold on to narrative: long texts are computed every time', () => {
    let calls = 0;
    const length = memoiseText((s: string) => {
      calls++;
      return s.length;
    });
    const narrative = 'A data campaign was launched. '.repeat(20);
    expect(length(narrative)).toBe(narrative.length);
    expect(length(narrative)).toBe(narrative.length);
    expect(calls).toBe(2);
  });

  it('keeps answering correctly past its size limit', () => {
    const double = memoiseText((s: string) => s + s);
    for (let i = 0; i < 12_000; i++) expect(double(String(i))).toBe(`${i}${i}`);
    expect(double('7')).toBe('77');
  });
});

describe('collapse', () => {
  it.each([
    ['  In\n progress ', 'In progress'],
    ['Not\tyet\u00a0begun', 'Not yet begun'],
    ['already tidy', 'already tidy'],
    ['a\r\n\r\nb', 'a b'],
    ['', ''],
  ])('collapses %j to %j', (input, expected) => {
    expect(collapse(input)).toBe(expected);
  });
});
