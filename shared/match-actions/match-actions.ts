import { indicatorNumber } from '../indicators/indicator-number';

/** What content matching reads of a row: its action text and indicator. */
export interface ContentRow {
  id: string;
  fields: { action?: string; indicator?: string };
}

export interface MatchOptions {
  /**
   * Also pair rows left over by the exact passes whose wording is alike (0–1, share of their words in common,
   * e.g. 0.6), under the same indicator when both name one. Off by default: linking rows on first sync must be sure.
   */
  similar?: number;
}

const norm = (text: string | undefined) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

// Words that carry no meaning of their own in an action ("the", "to", "all"), and list numbering ("8c.").
const STOP = new Set('a an and are as at be by for from in into is it of on or our the their this to we will with all'.split(' '));
function words(text: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of norm(text).replace(/<[^>]*>/g, ' ').split(/[^a-z0-9]+/)) {
    if (w.length < 2 || STOP.has(w) || /^\d{1,2}[a-z]?$/.test(w)) continue;
    out.add(w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
function likeness(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Pairs left-over rows by alike wording, best pairs first; each row is used once. */
function matchSimilar(from: ContentRow[], to: ContentRow[], links: Map<string, string>, used: Set<string>, threshold: number) {
  const left = from.filter((r) => !links.has(r.id)).map((r) => ({ r, w: words(r.fields.action), n: indicatorNumber(r.fields.indicator) }));
  const right = to.filter((r) => !used.has(r.id)).map((r) => ({ r, w: words(r.fields.action), n: indicatorNumber(r.fields.indicator) }));
  // Bounded: two plans of a few hundred actions each; beyond that only exact matches are worth the time.
  if (left.length * right.length > 250_000) return;
  const pairs: { a: string; b: string; score: number }[] = [];
  for (const l of left) {
    for (const r of right) {
      if (l.n !== null && r.n !== null && l.n !== r.n) continue;
      const score = likeness(l.w, r.w);
      if (score >= threshold) pairs.push({ a: l.r.id, b: r.r.id, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  for (const p of pairs) {
    if (links.has(p.a) || used.has(p.b)) continue;
    links.set(p.a, p.b);
    used.add(p.b);
  }
}

/**
 * Pairs two sets of plan rows by their content: same action and indicator first, then same action alone
 * (case and spacing ignored), and — with `similar` — alike wording. Each row is used once, in `from` order.
 * Used to link a workbook's rows to a shared plan on first sync, and last year's actions to this year's.
 *
 * @example
 * matchActions([{ id: 'local1', fields: { action: 'Reverse mentoring' } }], [{ id: 'r7', fields: { action: 'Reverse  mentoring' } }]);
 * // Map { 'local1' => 'r7' }
 */
export function matchActions(from: ContentRow[], to: ContentRow[], options: MatchOptions = {}): Map<string, string> {
  const links = new Map<string, string>();
  const used = new Set<string>();
  const live = to.filter((r) => norm(r.fields.action));
  const passes: ((f: ContentRow['fields']) => string)[] = [
    (f) => `${norm(f.action)}\u0000${norm(f.indicator)}`,
    (f) => norm(f.action),
  ];
  for (const key of passes) {
    const queues = new Map<string, string[]>();
    for (const r of live) if (!used.has(r.id)) queues.set(key(r.fields), [...(queues.get(key(r.fields)) ?? []), r.id]);
    for (const row of from) {
      if (links.has(row.id) || !norm(row.fields.action)) continue;
      const match = queues.get(key(row.fields))?.shift();
      if (match === undefined) continue;
      links.set(row.id, match);
      used.add(match);
    }
  }
  if (options.similar !== undefined) matchSimilar(from.filter((r) => norm(r.fields.action)), live, links, used, options.similar);
  return links;
}
