import type { YearAction, YearOnYear } from './year-action';

const flat = (s: string, n = 90) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const place = (a: YearAction) => `${a.where || 'Action'}${a.indicator ? ` [${a.indicator}]` : ''}`;
const moved = (l: YearAction, t: YearAction | null) => (t && t.where && t.where !== l.where ? `${l.where} → ${t.where}` : place(l));

/**
 * The year-on-year comparison in words, one line each, most telling first: a count line, then last year's actions
 * dropped without a word, completed, closed with a reason, carried over, and this year's new ones.
 *
 * @example
 * describeYearOnYear(result)[0]; // '10 carried over (1 reworded), 6 completed, 1 closed with a reason, 3 dropped without a word, 1 new'
 */
export function describeYearOnYear(r: YearOnYear): string[] {
  const reworded = r.carriedOver.filter((c) => c.reworded).length;
  const out = [`${r.carriedOver.length} carried over${reworded ? ` (${reworded} reworded)` : ''}, ${r.completed.length} completed, ${r.closed.length} closed with a reason, ${r.dropped.length} dropped without a word, ${r.new.length} new`];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  section('DROPPED WITHOUT A WORD — last year\'s open actions missing from this year\'s plan', r.dropped.map((a) =>
    `${place(a)} "${flat(a.action)}"${a.status.trim() ? ` — last status "${flat(a.status, 40)}"` : ''}`));
  section('COMPLETED', r.completed.map((c) =>
    `${moved(c.last, c.this)} "${flat(c.last.action)}" — ${!c.this ? 'complete last year, not carried on' : c.last.complete ? 'complete last year, still listed' : 'marked complete this year'}`));
  section('CLOSED WITH A REASON', r.closed.map((c) => `${moved(c.last, c.this)} "${flat(c.last.action)}" — "${flat(c.reason, 60)}"`));
  section('CARRIED OVER', r.carriedOver.map((c) =>
    `${moved(c.last, c.this)} "${flat(c.this.action)}"${c.reworded ? ` (reworded from "${flat(c.last.action, 50)}")` : ''}`));
  section('NEW THIS YEAR', r.new.map((a) => `${place(a)} "${flat(a.action)}"`));
  return out;
}
