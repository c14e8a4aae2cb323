/**
 * hiasOfWording reads all six HIAs' key phrases in one pass over the words. It must say exactly what reading each HIA's
 * phrases on its own, as whole words, would say, whatever the wording: phrases that overlap, share words, or sit inside others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIA_CATALOGUE } from '../../../shared/hia/catalogue';
import { hiasOfWording } from '../../../shared/hia/hias-of-wording';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Reference: each HIA's phrases as whole words, with any marks between words read as a space ('&' kept).
const words0 = (s: string) => ` ${(s.toLowerCase().match(/[a-z0-9]+|&/g) ?? []).join(' ')} `;
const oneByOne = (text: string) => {
  const lower = words0(text);
  return HIA_CATALOGUE.filter((h) =>
    new RegExp(`(?:${[...h.keywords, h.short].map((p) => escape(words0(p))).join('|')})`).test(lower)).map((h) => h.id);
};

const words = [...new Set(HIA_CATALOGUE.flatMap((h) => [...h.keywords, h.short.toLowerCase()]).flatMap((p) => [p, ...p.split(' ')]))];

describe('hiasOfWording', () => {
  it('names the same HIAs as each HIA\'s phrases read one by one, for any wording built from their words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('and', 'the', 'staff', 'x', '-', 'Board', 'PAY')), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        expect(hiasOfWording(text)).toEqual(oneByOne(text));
      }),
      { numRuns: 2000 },
    );
  });
});
