import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, collapsedLongerThan, isBlankText } from '../../../shared/grid/cell-text';

// Stages that want only short texts ask how long a text is once collapsed without tidying it: the answer must be the
// collapsed text's, whatever whitespace the cell holds (line breaks, tabs, non-breaking and wide spaces, a BOM).
describe('collapsedLongerThan', () => {
  const whitespace = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\v', '\f', '\u1680', '\u202f'];
  const notWhitespace = ['a', 'Z', 'é', '1', '-', '\u200b', '\u0085', '\u180e', '😀'];

  it('answers as the collapsed text does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...whitespace, ...notWhitespace), { maxLength: 40 }), fc.nat(30), (pieces, n) => {
        const text = pieces.join('');
        expect(collapsedLongerThan(text, n)).toBe(collapse(text).length > n);
      }),
      { numRuns: 5000 },
    );
  });

  it('tells a label from a sentence', () => {
    expect(collapsedLongerThan('  Progress\n   RAG key ', 16)).toBe(false);
    expect(collapsedLongerThan('Develop a programme of reverse mentoring for senior leaders', 32)).toBe(true);
  });
});

// A blank test on an action's long text stops at its first letter instead of trimming a copy: it must say what trim says,
// for every character.
describe('isBlankText', () => {
  it('is blank exactly where trim leaves nothing, for every UTF-16 code unit', () => {
    for (let ch = 0; ch <= 0xffff; ch++) {
      const s = String.fromCharCode(ch);
      expect(isBlankText(s)).toBe(s.trim() === '');
    }
  });

  it('tells whitespace from text around it', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText(' \n\u00a0\u3000\ufeff')).toBe(true);
    expect(isBlankText('  \u200b ')).toBe(false);
    expect(isBlankText('\n  Run listening events  ')).toBe(false);
  });
});
