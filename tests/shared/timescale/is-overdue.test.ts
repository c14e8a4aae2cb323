import { describe, expect, it } from 'vitest';
import { isOverdue, parseTimescale } from '../../../shared/timescale';

const jan20 = parseTimescale('Jan-20');

describe('isOverdue', () => {
  it('is not overdue on the last day of the window', () => {
    expect(isOverdue(jan20, 'amber', new Date(2020, 0 /* Jan */, 31, 17, 30))).toBe(false);
  });
  it('is overdue the day after the window ends when not complete', () => {
    expect(isOverdue(jan20, 'amber', new Date(2020, 1 /* Feb */, 1))).toBe(true);
    expect(isOverdue(jan20, null, new Date(2021, 2 /* Mar */, 15))).toBe(true);
  });
  it('never calls a green or blue (complete) action overdue', () => {
    expect(isOverdue(jan20, 'green', new Date(2024, 0 /* Jan */, 1))).toBe(false);
    expect(isOverdue(jan20, 'blue', new Date(2024, 0 /* Jan */, 1))).toBe(false);
  });
  it("never calls a window without an end overdue ('Ongoing', 'Sept 16 and on-going', 'TBC')", () => {
    const later = new Date(2030, 0 /* Jan */, 1);
    expect(isOverdue(parseTimescale('Ongoing'), 'amber', later)).toBe(false);
    expect(isOverdue(parseTimescale('Sept 16 and on-going'), 'red', later)).toBe(false);
    expect(isOverdue(parseTimescale('TBC'), 'red', later)).toBe(false);
  });
  it('does not treat an invalid as-at date as a reason to flag anything', () => {
    expect(isOverdue(jan20, 'red', new Date(Number.NaN))).toBe(false);
  });
});
