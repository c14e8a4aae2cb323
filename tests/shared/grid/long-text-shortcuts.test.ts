/**
 * Shortcuts that rule a long text out on the text as written, before (or instead of) tidying a copy of it: a cell's
 * kind past 200 characters (`cellKind`), and a key's title alone on a row (`readRagLegendRow`). Each must answer as the
 * tidied text would: leading and repeated whitespace, a digit or a tag after spaces, a short text padded long.
 */
import { describe, expect, it } from 'vitest';
import { cellKind } from '../../../shared/grid';
import { readRagLegendRow } from '../../../shared/rag';

const PARAGRAPH = 'Develop a programme of reverse mentoring for senior leaders, working with the staff networks to recruit mentors and evaluate the experience of both mentors and mentees over the year, reporting to the People Committee quarterly.';

describe('cellKind on long texts', () => {
  it('reads a paragraph opening with a word as narrative, however it is spaced', () => {
    expect(PARAGRAPH.length).toBeGreaterThan(200);
    expect(cellKind(PARAGRAPH)).toBe('narrative');
    expect(cellKind(`  \n\u00a0${PARAGRAPH.replace(/ /g, '  ')}`)).toBe('narrative');
  });

  it("still reads a long numbered metric's title as an indicator, after spaces or a tag", () => {
    const title = `2. Relative likelihood of White staff being appointed from shortlisting compared to BME staff across all posts. ${PARAGRAPH}`;
    expect(cellKind(title)).toBe('indicator');
    expect(cellKind(`   \n${title}`)).toBe('indicator');
    expect(cellKind(`<p>${title}</p>`)).toBe('indicator');
  });

  it('reads a short text padded past 200 characters by what it says', () => {
    expect(cellKind(`Q3 2024/25${' '.repeat(300)}`)).toBe('timescale');
    expect(cellKind(`${' \n'.repeat(150)}Head of EDI`)).toBe('role');
  });
});

describe('readRagLegendRow beside long texts', () => {
  it("reads a key's title alone, with its labels, whatever the other cells hold", () => {
    expect(readRagLegendRow(['  Progress   key: ', 'Complete', 'On track'], [null, '#00B050', '#FFC000']).map((e) => e.label)).toEqual(['Complete', 'On track']);
  });

  it('never reads an action row with a long text as a key', () => {
    expect(readRagLegendRow(['1.1', PARAGRAPH, 'Red'], [null, null, '#FF0000'])).toEqual([]);
    expect(readRagLegendRow([PARAGRAPH, 'Key'], [null, null])).toEqual([]);
  });
});
