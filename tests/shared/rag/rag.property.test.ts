import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_KEY, fillToRag, readRagLegendRow, statusToRag } from '../../../shared/rag';

const RAGS = [null, 'red', 'amber', 'green', 'blue'];
const hexColour = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`);

describe('RAG properties', () => {
  it('statusToRag never throws and always answers a RAG colour or null', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.option(hexColour, { nil: null }), (status, fill) => {
      expect(RAGS).toContain(statusToRag(status, fill, DEFAULT_RAG_KEY));
    }), { numRuns: 1000 });
  });

  it('reads every grey (equal red, green and blue) as no RAG colour', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 255 }), (v) => {
      const h = v.toString(16).padStart(2, '0');
      expect(fillToRag(`#${h}${h}${h}`)).toBeNull();
    }));
  });

  it('readRagLegendRow never throws and only returns entries with a label and a RAG colour (or none, beside two coloured or more)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Red', 'Amber', 'Key:', 'Blue = complete', 'Not yet begun', '')), { maxLength: 8 }),
      fc.array(fc.option(hexColour, { nil: null }), { maxLength: 8 }),
      (texts, fills) => {
        const entries = readRagLegendRow(texts, fills);
        for (const entry of entries) {
          expect(['red', 'amber', 'green', 'blue', null]).toContain(entry.rag);
          expect(entry.label.trim().length).toBeGreaterThan(0);
        }
        // A status the key names with no colour is only ever part of a key that colours others.
        if (entries.some((e) => e.rag === null)) expect(entries.filter((e) => e.rag !== null).length).toBeGreaterThanOrEqual(2);
      },
    ), { numRuns: 1000 });
  });
});
