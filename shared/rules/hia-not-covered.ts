import { HIA_CATALOGUE } from '../hia';
import { startYearOf } from '../identity/start-year-of';
import type { Rule } from '../types';
import { finding } from './finding';

/** The first financial year whose plans were written under the EDI Improvement Plan (published June 2023). */
const FIRST_HIA_YEAR = 2023;

/**
 * Since June 2023 boards track the EDI Improvement Plan's six high impact actions; a plan with no action toward one
 * leaves a gap in that assurance. A warning, not an error: a WRES- or WDES-only plan may rightly leave some HIAs to
 * other plans (pay gaps to the pay gap report, for instance). Only judged when the plan has actions at all. A plan whose
 * period starts before 2023-24 ('2019-20', '2021-24') was written before there were HIAs to map to: unless it maps its
 * actions to them itself (an HIA column added since), its gaps are one note, not warnings to add actions to a past plan.
 *
 * @example
 * hiaNotCovered.check(context) // [{ rule: 'hia-not-covered', severity: 'warning', row: null, column: null, message: 'No action in this plan works toward high impact action 3 (Pay gaps) of the EDI Improvement Plan — …' }]
 * // a 2020-22 plan with no HIA column: [{ …, severity: 'info', message: 'This plan is for 2020-22, before NHS England's EDI Improvement Plan (June 2023): … (1, 3, 4, 5) are not flagged' }]
 */
export const hiaNotCovered: Rule = {
  id: 'hia-not-covered',
  severity: 'warning',
  description: 'Every high impact action (1–6) of NHS England\'s EDI Improvement Plan has at least one action, or is knowingly left to another plan.',
  check({ actions, period }) {
    if (actions.length === 0) return [];
    const covered = new Set<unknown>();
    for (const a of actions) {
      const hias = a.hia ?? [];
      if (!Array.isArray(hias)) covered.add(hias);
      else for (const h of hias) covered.add(h);
    }
    const gaps = HIA_CATALOGUE.filter((h) => !covered.has(h.id));
    const start = startYearOf(period);
    if (gaps.length && start !== undefined && start < FIRST_HIA_YEAR && !actions.some((a) => a.cells?.hia)) {
      return [finding({ id: hiaNotCovered.id, severity: 'info' }, null, null, `This plan is for ${period}, before NHS England's EDI Improvement Plan (June 2023): its actions are mapped to the high impact actions for comparison, and those with no action (${gaps.map((h) => h.id).join(', ')}) are not flagged`)];
    }
    return gaps.map((h) =>
      finding(hiaNotCovered, null, null, `No action in this plan works toward high impact action ${h.id} (${h.short}) of the EDI Improvement Plan — add one, name it in an HIA column, or note which other plan covers it`),
    );
  },
};
