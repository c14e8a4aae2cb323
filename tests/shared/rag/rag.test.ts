import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_KEY, effectiveRag, fillToRag, ragKeyFromHeader, readRagLegendRow, statusToRag } from '../../../shared/rag';
import type { RagKey } from '../../../shared/types';

/** The four-row legend at the top of a plan like KMPT's: colour word in A, meaning in B. */
const KMPT_STYLE_KEY: RagKey = {
  source: 'legend',
  entries: [
    ...readRagLegendRow(['Red', 'Not yet begun'], ['#FF0000', null]),
    ...readRagLegendRow(['Amber', 'Begun but not complete'], ['#FFC000', null]),
    ...readRagLegendRow(['Green', 'Complete'], ['#00B050', null]),
    ...readRagLegendRow(['Blue', 'New for 2020 onwards'], ['#0070C0', null]),
  ],
};

/** NHS 'BRAG': blue means complete, green only on track. */
const BRAG_KEY: RagKey = {
  source: 'legend',
  entries: readRagLegendRow(['RAG key:', 'Red = not started', 'Amber = in progress', 'Green = on track', 'Blue = complete'], [null, null, null, null, null]),
};

describe('readRagLegendRow', () => {
  it("reads 'Red | Not yet begun' as a red entry labelled 'Not yet begun'", () => {
    expect(readRagLegendRow(['Red', 'Not yet begun'], [null, null])).toEqual([{ rag: 'red', label: 'Not yet begun', aliases: [] }]);
  });
  it('reads a red-filled cell saying "Not yet begun" as a red entry', () => {
    expect(readRagLegendRow(['', 'Not yet begun'], [null, '#FF0000'])).toEqual([{ rag: 'red', label: 'Not yet begun', aliases: [] }]);
  });
  it("reads a key title saying in brackets whose key it is ('Status key (this year):', 'Key (2024/25)')", () => {
    expect(readRagLegendRow(['Status key (this year): Complete – blue; On track – green; Delayed – amber.'], [null]).map((e) => [e.label, e.rag])).toEqual([
      ['Complete', 'blue'],
      ['On track', 'green'],
      ['Delayed', 'amber'],
    ]);
    expect(readRagLegendRow(['Key (2024/25)', 'Complete', 'At risk'], [null, '#0070C0', '#FFC000']).map((e) => [e.label, e.rag])).toEqual([
      ['Complete', 'blue'],
      ['At risk', 'amber'],
    ]);
    // A bracket holding a key's own pair is no title's.
    expect(readRagLegendRow(['Key (Complete = blue) and more words about the plan'], [null])).toEqual([]);
  });
  it("reads 'Progress Key: On Track / Slippage Likely / Critical' in one cell with the default colours", () => {
    expect(readRagLegendRow(['Progress Key: On Track / Slippage Likely / Critical'], [null]).map((e) => [e.label, e.rag])).toEqual([
      ['On Track', 'green'],
      ['Slippage Likely', 'amber'],
      ['Critical', 'red'],
    ]);
  });
  it('reads a key title followed by coloured label cells, taking each colour from its fill', () => {
    const entries = readRagLegendRow(['Key', 'Behind plan', 'Going well', 'Stopped'], [null, '#FFC000', '#92D050', '#C00000']);
    expect(entries.map((e) => [e.label, e.rag])).toEqual([
      ['Behind plan', 'amber'],
      ['Going well', 'green'],
      ['Stopped', 'red'],
    ]);
  });
  it("reads 'Blue = complete' as a blue entry", () => {
    expect(readRagLegendRow(['Blue = complete'], [null])).toEqual([{ rag: 'blue', label: 'complete', aliases: [] }]);
  });
  it('reads several colour pairs written in one cell', () => {
    const entries = readRagLegendRow(['Key: Red = not started, Amber = in progress, Green = complete'], [null]);
    expect(entries.map((e) => e.rag)).toEqual(['red', 'amber', 'green']);
    expect(entries[1].label).toBe('in progress');
  });
  it("does not read an action row whose status says 'Red' as a legend", () => {
    expect(readRagLegendRow(['1a', 'Run a data campaign', 'HR lead', 'Jan-20', 'Red', 'Launched in May'], [null, null, null, null, '#FF0000', null])).toEqual([]);
  });
  it('does not read a coloured section heading or header row as a legend', () => {
    expect(readRagLegendRow(['Indicator 1'], ['#4472C4'])).toEqual([]);
    expect(readRagLegendRow(['Indicator', 'Action', 'Lead', 'Date'], ['#4472C4', '#4472C4', '#4472C4', '#4472C4'])).toEqual([]);
  });
  it('does not read a title row as a legend', () => {
    expect(readRagLegendRow(['WRES ACTION Plan 2020 -2022'], [null])).toEqual([]);
  });
});

describe('ragKeyFromHeader', () => {
  it("reads the key spelled out in 'Status (Red = yet to begin Amber = in progress Green = completed)'", () => {
    const key = ragKeyFromHeader('Status (Red = yet to begin Amber = in progress Green = completed)');
    expect(key?.source).toBe('header');
    expect(key?.entries.map((e) => [e.rag, e.label])).toEqual([
      ['red', 'yet to begin'],
      ['amber', 'in progress'],
      ['green', 'completed'],
    ]);
  });
  it('gives null for a plain header such as "RAG Rating"', () => {
    expect(ragKeyFromHeader('RAG Rating')).toBeNull();
    expect(ragKeyFromHeader('Status')).toBeNull();
  });
});

describe('statusToRag', () => {
  it("matches the plan's key despite case, punctuation and extra words", () => {
    expect(statusToRag('not yet BEGUN.', null, KMPT_STYLE_KEY)).toBe('red');
    expect(statusToRag('Completed - see minutes', null, KMPT_STYLE_KEY)).toBe('green');
    expect(statusToRag('Completed, although delivery of programme on hold.', null, KMPT_STYLE_KEY)).toBe('green');
  });
  it("prefers the longer label: 'Begun but not complete' is amber, not green", () => {
    expect(statusToRag('Begun but not complete', null, KMPT_STYLE_KEY)).toBe('amber');
  });
  it('does not read narrative that merely mentions a status word', () => {
    expect(statusToRag('A recruitment review has been carried out and completed', null, KMPT_STYLE_KEY)).toBeNull();
    // Colour words as written, whatever stemming does to them ('Orange' → 'orang', 'Blue' → 'blu').
    for (const [word, rag] of [['Orange', 'amber'], ['Blue', 'blue'], ['Yellow', 'amber'], ['GREEN', 'green']]) expect(statusToRag(word, null, KMPT_STYLE_KEY)).toBe(rag);
  });
  it("reads colour words: 'Red', 'RAG: Amber', 'G'", () => {
    expect(statusToRag('Red', null, DEFAULT_RAG_KEY)).toBe('red');
    expect(statusToRag('RAG: Amber', null, DEFAULT_RAG_KEY)).toBe('amber');
    expect(statusToRag('G', null, DEFAULT_RAG_KEY)).toBe('green');
    expect(statusToRag('A review is planned', null, DEFAULT_RAG_KEY)).toBeNull();
  });
  it('reads the default vocabulary when the plan has no key', () => {
    expect(statusToRag('Not Started', null, DEFAULT_RAG_KEY)).toBe('red');
    expect(statusToRag('In progress', null, DEFAULT_RAG_KEY)).toBe('amber');
    expect(statusToRag('Achieved', null, DEFAULT_RAG_KEY)).toBe('green');
    expect(statusToRag('Slippage Likely', null, DEFAULT_RAG_KEY)).toBe('amber');
    expect(statusToRag('Critical', null, DEFAULT_RAG_KEY)).toBe('red');
  });
  it('lets one plan say Blue = complete and another Green = completed', () => {
    expect(statusToRag('Complete', null, BRAG_KEY)).toBe('blue');
    expect(statusToRag('On track', null, BRAG_KEY)).toBe('green');
    expect(statusToRag('Completed', null, DEFAULT_RAG_KEY)).toBe('green');
    // A completion word outside the BRAG key still takes the key's completion colour.
    expect(statusToRag('Done', null, BRAG_KEY)).toBe('blue');
  });
  it('reads a status cell that carries only a fill colour', () => {
    expect(statusToRag('', '#FF0000', DEFAULT_RAG_KEY)).toBe('red');
    expect(statusToRag('  ', '#FFC000', DEFAULT_RAG_KEY)).toBe('amber');
    expect(statusToRag('', '#FFFFFF', DEFAULT_RAG_KEY)).toBeNull();
  });
  it('gives null when neither words nor fill say anything', () => {
    expect(statusToRag('', null, DEFAULT_RAG_KEY)).toBeNull();
    expect(statusToRag('Awaiting board sign-off', null, DEFAULT_RAG_KEY)).toBeNull();
  });
});

describe('fillToRag', () => {
  it.each([
    ['#FF0000', 'red'], ['#C00000', 'red'], ['#FFC7CE', 'red'],
    ['#FFC000', 'amber'], ['#FFFF00', 'amber'], ['#FFEB9C', 'amber'], ['#FFA500', 'amber'],
    ['#00B050', 'green'], ['#92D050', 'green'], ['#C6EFCE', 'green'],
    ['#0070C0', 'blue'], ['#00B0F0', 'blue'], ['FF0070C0', 'blue'],
  ] as const)('reads %s as %s', (fill, rag) => {
    expect(fillToRag(fill)).toBe(rag);
  });
  it.each(['#FFFFFF', '#D9D9D9', '#DCE6F1', '#000000', '#7030A0', 'not a colour', ''])('reads %s as no RAG colour', (fill) => {
    expect(fillToRag(fill)).toBeNull();
  });
  it('reads no fill as no RAG colour', () => {
    expect(fillToRag(null)).toBeNull();
  });
});

describe('effectiveRag', () => {
  it('turns an overdue action that is not complete red', () => {
    expect(effectiveRag('amber', true)).toBe('red');
    expect(effectiveRag(null, true)).toBe('red');
  });
  it('keeps actions that are not overdue as stated (a complete action is never overdue), and shows overdue ones red', () => {
    expect(effectiveRag('green', false)).toBe('green');
    expect(effectiveRag('blue', false)).toBe('blue');
    expect(effectiveRag('green', true)).toBe('red');
    expect(effectiveRag('amber', false)).toBe('amber');
    expect(effectiveRag(null, false)).toBeNull();
  });
});

describe('statusToRag after the plan key is edited', () => {
  it('follows a key edited in place (the pane edits the key the plan was checked with)', () => {
    const key: RagKey = { source: 'legend', entries: [{ rag: 'amber', label: 'Slippage likely', aliases: [] }, { rag: 'green', label: 'On track', aliases: [] }] };
    expect(statusToRag('Slippage likely', null, key)).toBe('amber');
    key.entries[0].rag = 'red'; // the lead decides slippage is red this year
    expect(statusToRag('Slippage likely', null, key)).toBe('red');
    key.entries.push({ rag: 'blue', label: 'Embedded', aliases: [] });
    expect(statusToRag('Embedded', null, key)).toBe('blue');
    key.entries[1].aliases = ['fine'];
    expect(statusToRag('Fine', null, key)).toBe('green');
    expect(statusToRag('Stuck', null, key)).toBe(null);
    key.entries[0].label = 'Stuck';
    expect(statusToRag('Stuck', null, key)).toBe('red');
  });
});
