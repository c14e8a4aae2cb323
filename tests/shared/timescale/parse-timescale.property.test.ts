import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../../shared/timescale';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const anyCell = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.date(),
  fc.constant(null),
  fc.boolean(),
  // Shapes near real timescales, so the interesting branches are reached.
  fc.tuple(fc.constantFrom('Q1', 'Q4', 'Sep', 'March', 'By end', 'Ongoing', 'Autumn', '31/03/', 'during'), fc.constantFrom(' ', '-', '/', ' 20'), fc.integer({ min: -5, max: 3000 })).map(([a, b, c]) => `${a}${b}${c}`),
);

describe('parseTimescale properties', () => {
  it('never throws, whatever the cell holds', () => {
    fc.assert(fc.property(anyCell, fc.option(fc.integer({ min: -10, max: 3000 }), { nil: undefined }), (value, financialYear) => {
      parseTimescale(value, { financialYear });
    }), { numRuns: 2000 });
  });

  it('never gives a start after the end', () => {
    fc.assert(fc.property(anyCell, (value) => {
      const w = parseTimescale(value);
      if (w.start && w.end) expect(w.start <= w.end).toBe(true);
    }), { numRuns: 2000 });
  });

  it('gives no dates and no ongoing flag when it could not parse', () => {
    fc.assert(fc.property(anyCell, (value) => {
      const w = parseTimescale(value);
      if (!w.parsed) {
        expect(w.start).toBeNull();
        expect(w.end).toBeNull();
      }
    }), { numRuns: 2000 });
  });

  it('always keeps the text exactly as written', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      expect(parseTimescale(text).text).toBe(text);
    }), { numRuns: 2000 });
  });

  it("reads '<Month> <YYYY>' as that month's first and last day, for every month and year", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1900, max: 2199 }), (month, year) => {
      const w = parseTimescale(`${MONTHS[month]} ${year}`);
      const lastDay = new Date(Date.UTC(2000, month + 1, 0));
      lastDay.setUTCFullYear(year, month + 1, 0);
      const mm = String(month + 1).padStart(2, '0');
      expect(w.start).toBe(`${year}-${mm}-01`);
      expect(w.end).toBe(`${year}-${mm}-${String(lastDay.getUTCDate()).padStart(2, '0')}`);
      expect(w.parsed).toBe(true);
    }), { numRuns: 1000 });
  });
});
