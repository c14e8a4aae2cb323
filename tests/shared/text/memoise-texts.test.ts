import { describe, expect, it } from 'vitest';
import { memoiseTexts } from '../../../shared/memoise-texts';

describe('memoiseTexts', () => {
  it('computes each distinct triple once, and never mixes up triples whose texts join alike', () => {
    let calls = 0;
    const show = memoiseTexts((a, b, c) => {
      calls++;
      return `${a}|${b}|${c}`;
    });
    expect([show('ab', 'c', ''), show('a', 'bc', ''), show('a', 'b', 'c'), show('ab', 'c', '')]).toEqual(['ab|c|', 'a|bc|', 'a|b|c', 'ab|c|']);
    expect(calls).toBe(3);
  });

  it('computes triples longer than its limit every time, and keeps answering past its size limit', () => {
    let calls = 0;
    const length = memoiseTexts((a, b, c) => {
      calls++;
      return a.length + b.length + c.length;
    }, 100);
    const narrative = 'x'.repeat(80);
    expect([length(narrative, narrative, ''), length(narrative, narrative, '')]).toEqual([160, 160]);
    expect(calls).toBe(2);
    const join = memoiseTexts((a, b, c) => a + b + c);
    for (let i = 0; i < 12_000; i++) expect(join(String(i), '-', String(i % 7))).toBe(`${i}-${i % 7}`);
    expect(join('7', '-', '0')).toBe('7-0');
  });
});
