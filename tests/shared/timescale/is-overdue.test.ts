import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_KEY, isCompleteStatus, statusToRag } from '../../../shared/rag';
import { isOverdue, parseTimescale } from '../../../shared/timescale';
import type { RagKey } from '../../../shared/types';

const jan20 = parseTimescale('Jan-20');

describe('isOverdue', () => {
  it('is not overdue on the last day of the window', () => {
    expect(isOverdue(jan20, false, new Date(2020, 0 /* Jan */, 31, 17, 30))).toBe(false);
  });
  it('is overdue the day after the window ends when not complete', () => {
    expect(isOverdue(jan20, false, new Date(2020, 1 /* Feb */, 1))).toBe(true);
    expect(isOverdue(jan20, false, new Date(2021, 2 /* Mar */, 15))).toBe(true);
  });
  it('never calls a complete action overdue', () => {
    expect(isOverdue(jan20, true, new Date(2024, 0 /* Jan */, 1))).toBe(false);
  });
  it('takes green as complete only when the plan\'s key says so (BRAG: Blue = complete, Green = on track)', () => {
    const brag: RagKey = { source: 'legend', entries: [{ rag: 'blue', label: 'Complete' }, { rag: 'green', label: 'On track' }, { rag: 'amber', label: 'At risk' }, { rag: 'red', label: 'Off track' }] };
    const rag = (key: RagKey, status: string, fill: string | null = null) => isCompleteStatus(status, statusToRag(status, fill, key), key);
    const later = new Date(2024, 0 /* Jan */, 1);
    expect(isOverdue(jan20, rag(brag, 'G'), later)).toBe(true);
    expect(isOverdue(jan20, rag(brag, '', '#00B050'), later)).toBe(true);
    expect(isOverdue(jan20, rag(brag, 'B'), later)).toBe(false);
    expect(isOverdue(jan20, rag(brag, '', '#0070C0'), later)).toBe(false);
    // The default key has "On Track" in green as well as "Completed": a bare green is not complete…
    expect(isOverdue(jan20, rag(DEFAULT_RAG_KEY, 'Green'), later)).toBe(true);
    // …but a status that says so is, whatever its colour.
    expect(isOverdue(jan20, rag(DEFAULT_RAG_KEY, 'Completed'), later)).toBe(false);
    const rag3: RagKey = { source: 'legend', entries: [{ rag: 'red', label: 'Not yet begun' }, { rag: 'amber', label: 'Begun but not complete' }, { rag: 'green', label: 'Complete' }] };
    expect(isOverdue(jan20, rag(rag3, '', '#00B050'), later)).toBe(false);
  });
  it("never calls a window without an end overdue ('Ongoing', 'Sept 16 and on-going', 'TBC')", () => {
    const later = new Date(2030, 0 /* Jan */, 1);
    expect(isOverdue(parseTimescale('Ongoing'), false, later)).toBe(false);
    expect(isOverdue(parseTimescale('Sept 16 and on-going'), false, later)).toBe(false);
    expect(isOverdue(parseTimescale('TBC'), false, later)).toBe(false);
  });
  it('does not treat an invalid as-at date as a reason to flag anything', () => {
    expect(isOverdue(jan20, false, new Date(Number.NaN))).toBe(false);
  });
});
