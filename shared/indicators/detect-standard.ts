import type { Standard } from '../types';

const WRES = /\bwres\b|workforce race|\brace\b|\bbame\b|\bbme\b|ethnic|black and minority/gi;
const WDES = /\bwdes\b|workforce disability|disab|neurodiver/gi;

/**
 * Detects the plan's standard from its title (decisive when it names one) and, failing that, its wording.
 *
 * @example
 * detectStandard(['WDES ACTION PLAN 2020/2021'], []); // 'WDES'
 */
export function detectStandard(titleTexts: string[], bodyTexts: string[]): Standard | null {
  const count = (texts: string[], re: RegExp) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
  const title = titleTexts.join(' ');
  const tr = count([title], WRES);
  const td = count([title], WDES);
  if (tr !== td) return tr > td ? 'WRES' : 'WDES';
  const br = count(bodyTexts, WRES);
  const bd = count(bodyTexts, WDES);
  if (br === bd) return null;
  return br > bd ? 'WRES' : 'WDES';
}
