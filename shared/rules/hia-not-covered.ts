import { HIA_CATALOGUE } from '../hia';
import type { Rule } from '../types';
import { finding } from './finding';

/**
 * Since June 2023 boards track the EDI Improvement Plan's six high impact actions; a plan with no action toward one
 * leaves a gap in that assurance. A warning, not an error: a WRES- or WDES-only plan may rightly leave some HIAs to
 * other plans (pay gaps to the pay gap report, for instance). Only judged when the plan has actions at all.
 *
 * @example
 * hiaNotCovered.check(context) // [{ rule: 'hia-not-covered', severity: 'warning', row: null, column: null, message: 'No action in this plan works toward high impact action 3 (Pay gaps) of the EDI Improvement Plan — …' }]
 */
export const hiaNotCovered: Rule = {
  id: 'hia-not-covered',
  severity: 'warning',
  description: 'Every high impact action (1–6) of NHS England\'s EDI Improvement Plan has at least one action, or is knowingly left to another plan.',
  check({ actions }) {
    if (actions.length === 0) return [];
    const covered = new Set<unknown>();
    for (const a of actions) {
      const hias = a.hia ?? [];
      if (!Array.isArray(hias)) covered.add(hias);
      else for (const h of hias) covered.add(h);
    }
    return HIA_CATALOGUE.filter((h) => !covered.has(h.id)).map((h) =>
      finding(hiaNotCovered, null, null, `No action in this plan works toward high impact action ${h.id} (${h.short}) of the EDI Improvement Plan — add one, name it in an HIA column, or note which other plan covers it`),
    );
  },
};
