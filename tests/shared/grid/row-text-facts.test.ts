/**
 * The bits `classifyRow` gates its per-text detectors on (`rowTextFacts`): each bit is set exactly when one text of the
 * row answers its detector's own test, so a row with the bit unset is one the detector could not have fired on (a row
 * with no figure cell is none of a table of figures; one with a short text that is no running head, no page's furniture).
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_TEXT, KEY_TITLE_TEXT, NOT_BARE_TEXT, PAGE_NUMBER_TEXT, PRINTED_MARK_TEXT, rowTextFacts, SHORT_NOT_HEAD_TEXT, TEMPLATE_TEXT } from '../../../shared/grid/row-text-facts';

const row = (...texts: string[]) => texts.map((text, c) => ({ c, text }));

describe('rowTextFacts', () => {
  it('sets none of the furniture and key bits for an action row', () => {
    // Its number is a figure cell and its lead a short text that is no running head: those bits say so, and gate nothing it needs.
    expect(rowTextFacts(row('1.2', 'Run listening events with BME staff', 'Head of EDI', 'March 2022', 'On track'))).toBe(NOT_BARE_TEXT | FIGURE_TEXT | SHORT_NOT_HEAD_TEXT);
    expect(rowTextFacts(row('Run listening events with BME staff', 'Head of EDI', 'March 2022', 'On track')) & FIGURE_TEXT).toBe(0);
  });
  it('sets SHORT_NOT_HEAD_TEXT only for a short text that is no running head', () => {
    expect(rowTextFacts(row('WRES Action Plan 2020/21', 'Page 1 of 2')) & SHORT_NOT_HEAD_TEXT).toBe(0);
    expect(rowTextFacts(row('Run listening events with BME staff across every site and team')) & SHORT_NOT_HEAD_TEXT).toBe(0);
    expect(rowTextFacts(row('Head of EDI')) & SHORT_NOT_HEAD_TEXT).toBe(SHORT_NOT_HEAD_TEXT);
  });
  it('sets each bit for the text that answers its test', () => {
    expect(rowTextFacts(row('Status key:')) & KEY_TITLE_TEXT).toBe(KEY_TITLE_TEXT);
    expect(rowTextFacts(row('RAG:')) & KEY_TITLE_TEXT).toBe(KEY_TITLE_TEXT);
    expect(rowTextFacts(row(' 7 '))).toBe(PAGE_NUMBER_TEXT | FIGURE_TEXT);
    expect(rowTextFacts(row('White 1,412')) & FIGURE_TEXT).toBe(FIGURE_TEXT);
    expect(rowTextFacts(row('Page 1 of 2')) & (PAGE_NUMBER_TEXT | PRINTED_MARK_TEXT)).toBe(PAGE_NUMBER_TEXT | PRINTED_MARK_TEXT);
    expect(rowTextFacts(row('OFFICIAL')) & PRINTED_MARK_TEXT).toBe(PRINTED_MARK_TEXT);
    expect(rowTextFacts(row('dd/mm/yyyy')) & TEMPLATE_TEXT).toBe(TEMPLATE_TEXT);
    expect(rowTextFacts(row('Please delete this row before publishing')) & TEMPLATE_TEXT).toBe(TEMPLATE_TEXT);
  });
  it('is 0 for a row with no texts', () => {
    expect(rowTextFacts([])).toBe(0);
  });
});
