import { describe, expect, it } from 'vitest';
import { finding, onRow, saidOnce } from '../../../shared/rules/finding';

const rule = { id: 'lead-missing', severity: 'error' as const };

describe('onRow', () => {
  it('reads as the finding built whole', () => {
    expect(onRow(rule, 12, 'C', 'no lead named for this action')).toEqual(finding(rule, 12, 'C', 'Row 12: no lead named for this action'));
    expect(JSON.stringify(onRow(rule, 5, null, 'the cell says — "<p>"', 'fixed'))).toBe(JSON.stringify(finding(rule, 5, null, 'Row 5: the cell says — "<p>"', 'fixed')));
  });

  it('words each value once, and each value as its own', () => {
    let worded = 0;
    const said = saidOnce((status: string) => {
      worded++;
      return `status "${status}" is not in the plan's key`;
    });
    expect(said('On hold')).toBe(said('On hold'));
    expect(said('Paused')).toBe('status "Paused" is not in the plan\'s key');
    expect(worded).toBe(2);
  });
});
