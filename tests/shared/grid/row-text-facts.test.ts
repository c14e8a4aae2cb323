/**
 * The bits `classifyRow` gates its per-text detectors on (`rowTextFacts`): each bit is set exactly when one text of the
 * row answers its detector's own test, so a row with the bit unset is one the detector could not have fired on.
 */
import { describe, expect, it } from 'vitest';
import { KEY_TITLE_TEXT, NOT_BARE_TEXT, PAGE_NUMBER_TEXT, PRINTED_MARK_TEXT, rowTextFacts, TEMPLATE_TEXT } from '../../../shared/grid/row-text-facts';

const row = (...texts: string[]) => texts.map((text, c) => ({ c, text }));

describe('rowTextFacts', () => {
  it('sets no bit but NOT_BARE_TEXT for an action row', () => {
    expect(rowTextFacts(row('1.2', 'Run listening events with BME staff', 'Head of EDI', 'March 2022', 'On track'))).toBe(NOT_BARE_TEXT);
  });
  it('sets each bit for the text that answers its test', () => {
    expect(rowTextFacts(row('Status key:')) & KEY_TITLE_TEXT).toBe(KEY_TITLE_TEXT);
    expect(rowTextFacts(row('RAG:')) & KEY_TITLE_TEXT).toBe(KEY_TITLE_TEXT);
    expect(rowTextFacts(row(' 7 '))).toBe(PAGE_NUMBER_TEXT);
    expect(rowTextFacts(row('Page 1 of 2')) & (PAGE_NUMBER_TEXT | PRINTED_MARK_TEXT)).toBe(PAGE_NUMBER_TEXT | PRINTED_MARK_TEXT);
    expect(rowTextFacts(row('OFFICIAL')) & PRINTED_MARK_TEXT).toBe(PRINTED_MARK_TEXT);
    expect(rowTextFacts(row('dd/mm/yyyy')) & TEMPLATE_TEXT).toBe(TEMPLATE_TEXT);
    expect(rowTextFacts(row('Please delete this row before publishing')) & TEMPLATE_TEXT).toBe(TEMPLATE_TEXT);
  });
  it('is 0 for a row with no texts', () => {
    expect(rowTextFacts([])).toBe(0);
  });
});
