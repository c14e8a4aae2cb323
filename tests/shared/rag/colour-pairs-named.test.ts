import { describe, expect, it } from 'vitest';
import { readColourPairs } from '../../../shared/rag/read-colour-pairs';

/**
 * readColourPairs rules out text that names no colour before reading it closely (header scoring and the legend check
 * ask about every long narrative cell). Every way of writing a key must still be read, however it names its colours.
 */
describe('readColourPairs: a key is read however it names its colours, narrative is not', () => {
  const keys: [string, string, string[]][] = [
    ['colour words first', 'Red = yet to begin Amber = in progress Green = completed', ['red', 'amber', 'green']],
    ['RAG letters before a colon', 'R: not started, A: in progress, G: done', ['red', 'amber', 'green']],
    ['upper-case letters before =', 'B=Complete G=On track', ['blue', 'green']],
    ['emoji', '🔵 complete · 🟢 on track', ['blue', 'green']],
    ['labels first, colours after', 'Complete = Blue; Delayed = Amber', ['blue', 'amber']],
    ['colours in brackets, orange and yellow only', 'Status: Slipping (orange) – At risk (yellow)', ['amber', 'amber']],
  ];
  for (const [how, text, rags] of keys) {
    it(`reads a key written with ${how}`, () => {
      expect(readColourPairs(text).entries.map((e) => e.rag)).toEqual(rags);
    });
  }

  it('finds no key in narrative that names no colour, and leaves its text whole', () => {
    const text = 'Deliver reverse mentoring: 12 senior leaders paired with staff from the BAME network; review at board (Q3) = done';
    expect(readColourPairs(text)).toEqual({ entries: [], rest: text });
  });

  it('leaves a long narrative cut where a key reader stops reading (1,000 characters)', () => {
    const text = 'Improve the recruitment process: '.repeat(60);
    expect(readColourPairs(text).rest).toBe(text.slice(0, 1000));
  });
});
