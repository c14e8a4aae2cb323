/**
 * Header scoring rules a long cell out by its words before any key is looked for in it (`namesNoField`): a cell that
 * can hold no key keeps its words, and a sentence of sixteen words names no column. The shortcut must never rule out a
 * cell that names one — a status header with its key spelt out, a tagged header, a header with a long aside.
 */
import { describe, expect, it } from 'vitest';
import { collapse } from '../../../shared/grid/cell-text';
import { namesNoField, scoreHeaderWords } from '../../../shared/grid/header-words';

/** Pieces a cell is made of: words, header words, asides, tags, odd spaces and letters outside ASCII… */
const PIECES = [
  'Improve', 'the', 'overall', 'experience', 'of', 'Disabled', 'staff', 'by', 'creating', 'a', 'safe', 'culture', 'Lead',
  'Status', 'Timescale', 'Progress', 'update', 'Action', 'Key', 'Legend', 'Key:', '(see the notes in column H for each action)',
  '(Q2)', '(', ')', '<', '>', '<p>', '</p>', '<span style="font-size: 11pt">', '</span>', '<br/>', ':', '=', '-', '–', ';', '.',
  '\u00a0', '\n', '  ', 'café', '\u212a', 'İ', 'AssignedTo', 'DueDate', '5.2', '2021/22', '100%', 'who', 'when', '>)', '(<',
];
/** …and, now and then, a key's pieces or a list export's code. */
const KEY_PIECES = ['reduction', 'blue', 'Red =', 'Amber = in progress', 'Green = completed', 'C = complete (green)', 'IP = in progress (amber)', 'R:', '🔴', 'Due_x0020_Date'];

/** A deterministic stream of pseudo-random numbers (so a failure names its seed). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function cellOf(next: () => number): string {
  const n = 10 + Math.floor(next() * 50);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = next() < 0.02 ? KEY_PIECES : PIECES;
    parts.push(pool[Math.floor(next() * pool.length)]);
  }
  return parts.join(next() < 0.8 ? ' ' : '');
}

describe('a long cell ruled out by its words (namesNoField)', () => {
  it('never rules out a cell that names a field, as the sheet holds it or tidied', () => {
    const next = random(20261203);
    let ruledOut = 0;
    for (let i = 0; i < 3000; i++) {
      const text = cellOf(next);
      if (!namesNoField(text)) continue;
      ruledOut++;
      expect(scoreHeaderWords(text), text).toEqual([]);
      expect(scoreHeaderWords(collapse(text)), text).toEqual([]);
    }
    // The shortcut is taken often enough for the check above to mean something.
    expect(ruledOut).toBeGreaterThan(200);
  });

  it("rules out a plan's long sentences, tagged or not", () => {
    expect(namesNoField('<ul style="list-style-type: none"> Listen up live session to take place at the end of October to hear the voices of Disabled staff and understand what further engagement can take place to improve staff experience. ')).toBe(true);
    expect(namesNoField('7. Percentage of the BME staff believing that the trust provides equal opportunities for career progression or promotions Summary: BAME colleagues are less likely to believe that the trust provides equal opportunities (12-18% less likely).')).toBe(true);
  });

  it.each([
    ['a closing "Key" past fourteen words', 'Status of the action as agreed by the lead with the network and board Key'],
    ['letters outside ASCII that join words once lower-cased', 'Status x\u212ay x\u212ay x\u212ay x\u212ay x\u212ay x\u212ay x\u212ay x\u212ay'],
    ['a tag that runs on once an aside holding its ">" is set aside', '<b (an aside of well over twenty-five characters > here) one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen > Status'],
  ])('does not rule out a header with %s', (_, text) => {
    expect(namesNoField(text)).toBe(false);
    expect(scoreHeaderWords(text).map((w) => w.field)).toContain('status');
  });

  it('keeps a header whose key or aside makes it long, and a tagged header', () => {
    const keyed = 'Status Red = yet to begin, not started or stalled Amber = in progress and on track for the date Green = completed and signed off';
    expect(namesNoField(keyed)).toBe(false);
    expect(scoreHeaderWords(keyed)[0]).toMatchObject({ field: 'status' });
    const aside = 'Lead (the named manager who answers for this action to the EDI steering group each quarter, not the sponsor)';
    expect(namesNoField(aside)).toBe(false);
    expect(scoreHeaderWords(aside)[0]).toMatchObject({ field: 'lead' });
    const tagged = '<p><span style="font-family:Arial;font-size:11pt;color:#1F3864;background-color:#FFFFFF;font-weight:bold">Responsible</span> <span style="font-family:Arial;font-size:11pt">lead</span></p>';
    expect(namesNoField(tagged)).toBe(false);
  });
});
