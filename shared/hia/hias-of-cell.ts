import { HIA_IDS } from './catalogue';
import { hiasOfWording } from './hias-of-wording';

const TAG = /<[^>]*>/g;
// "N/A", "None", "-", "Not applicable", "No HIA"
const NONE = /^(?:n\/?a|none|nil|no hias?|not applicable|not mapped|-+|–|—)\.?$/i;
// "All", "All HIAs", "All six", "All high impact actions", "1-6 (all)"
const ALL = /^all\b(?:\s+(?:six|6))?(?:\s+(?:hias?|high impact actions?))?\.?$|\(\s*all\s*\)/i;
const SEP = String.raw`\s*(?:,|&|/|\+|;|\band\b|\bor\b|-|–|\bto\b)\s*`;
const LIST = String.raw`(?<!\d)\d(?:${SEP}\d)*(?!\d)`;
// Numbers after "HIA"/"high impact action(s)": "HIA 2", "HIA1, HIA3", "High impact actions 2 & 6", "HIA no. 4"
const TAGGED = new RegExp(String.raw`\b(?:hias?|high\s+impact\s+actions?)\s*(?:no\.?\s*|number\s*)?[:#]?\s*(${LIST})`, 'gi');
// A cell that is only a list: "2", "2 & 6", "1, 3", "2-4"
const BARE = new RegExp(String.raw`^\s*(${LIST})\s*[.:)]?(?:\s|$)`);

/** "2 & 6" → ['2', '6']; "2-4" → ['2', '3', '4']; numbers outside 1–6 are dropped. */
function readList(list: string, into: Set<string>) {
  const tokens = list.toLowerCase().match(/\d|-|–|\bto\b/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const n = Number(tokens[i]);
    if (Number.isNaN(n)) continue;
    const dash = i >= 2 && ['-', '–', 'to'].includes(tokens[i - 1]);
    const from = dash ? Number(tokens[i - 2]) : n;
    for (let k = Math.min(from, n); k <= n; k++) if (k >= 1 && k <= 6) into.add(String(k));
  }
}

/**
 * Reads a plan's HIA cell: "HIA 2", "High impact action 6", "2 & 6", "HIA1, HIA3", "All", or the HIA's
 * name ("Pay gaps"). "N/A" says the action serves none (`[]`); a blank or unreadable cell says nothing (`null`),
 * so the action's indicator and wording decide.
 *
 * @example
 * hiasOfCell('HIA 2 & HIA 6'); // ['2', '6']
 * hiasOfCell('N/A'); // []
 * hiasOfCell(''); // null
 */
export function hiasOfCell(text: string): string[] | null {
  const clean = String(text ?? '').replace(TAG, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  if (NONE.test(clean)) return [];
  if (ALL.test(clean)) return [...HIA_IDS];
  const found = new Set<string>();
  for (const m of clean.matchAll(TAGGED)) readList(m[1], found);
  if (!found.size) {
    const bare = BARE.exec(clean);
    if (bare) readList(bare[1], found);
  }
  if (found.size) return HIA_IDS.filter((id) => found.has(id));
  const named = hiasOfWording(clean);
  return named.length ? named : null;
}
