import { describe, expect, it } from 'vitest';
import { describeTrust } from '../../addin/compare/describe-trust';
import { sampleComparison, trust } from '../support/compare-fixture';

describe("a trust's line in the pane's comparison summary", () => {
  const data = sampleComparison();

  it('says a trust has shared no plan, rather than listing every indicator as uncovered', () => {
    const none = trust('RXY', 'Kent', {}, { revision: 0, lastUpdate: null });
    expect(describeTrust(data, none)).toBe(`Kent: no ${data.standard} ${data.period} plan shared yet.`);
  });

  it("gives a shared plan's actions, overdue and the indicators it leaves uncovered", () => {
    const rxt = data.trusts.find((t) => t.trust === 'RXT')!;
    const line = describeTrust(data, rxt);
    expect(line).toMatch(new RegExp(`^${rxt.name}: ${rxt.actionCount} action\\(s\\), ${rxt.overdue} overdue`));
    expect(line).toContain(`none for WRES ${rxt.indicatorsWithNoAction.join(', ')}`);
  });
});
