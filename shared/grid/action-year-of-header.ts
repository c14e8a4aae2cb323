import { collapse } from './cell-text';
import type { RowTexts } from './profile-rows';
import { periodOfText } from '../identity/period-of-text';
import { scoreHeaderWords } from './header-words';
import { WORD } from './score-header-row';

/** A year as written ('2022/23'): most header cells have none, and are passed over unread. */
const YEAR = /(?:19|20)\d\d/;

/**
 * The period a header band's action column names ('2022/23 action' → '2022-23'), with its text: the cell its words
 * name the action most strongly ('Action' beside 'Next steps 2018/19' is the action, and names no year). Null when that
 * cell names no year, or when the `other` band (the plan's own header) has the same cell (the header printed again).
 *
 * @example
 * actionYearOfHeader(texts, [18], [25]); // { period: '2017-18', text: '2017-18 action' }
 */
export function actionYearOfHeader(texts: RowTexts, band: readonly number[], other: readonly number[]): { period: string; text: string } | null {
  let best: { text: string; score: number } | null = null;
  for (const r of band) {
    for (const t of texts[r]) {
      const top = scoreHeaderWords(t.text)[0];
      if (top?.field === 'action' && top.score >= WORD && top.score > (best?.score ?? 0)) best = { text: collapse(t.text), score: top.score };
    }
  }
  if (!best || !YEAR.test(best.text) || other.some((r) => texts[r].some((t) => collapse(t.text) === best!.text))) return null;
  const p = periodOfText(best.text);
  return p ? { period: p, text: best.text } : null;
}
