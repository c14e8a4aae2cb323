import type { Standard } from '../types';
import { INDICATOR_CATALOGUE, indicatorIds } from './catalogue';
import { metricPartNamed } from './metric-part-named';
import { namesBothSources } from './names-both-sources';

/** What a piece of wording names: the indicators, in the order written, and why, in words a user can check. */
export interface NamedInWords {
  ids: readonly string[];
  /** '' when the wording names none. */
  why: string;
}

/** How far the wording may go: in a cell the plan gives to naming indicators, its team's shorthand counts too. */
export interface WordingOptions {
  /** The text is an indicator cell's ('Progression', 'Discrimination', 'Workforce by band'), not a heading or sentence. */
  shorthand?: boolean;
  /**
   * Read as one title a line ('Recruitment and promotion' is metric 2's title in words, as a short heading gives it): only
   * a new line or ';' parts statements, never 'and'.
   */
  byLine?: boolean;
}

const NONE: NamedInWords = Object.freeze({ ids: Object.freeze([]) as readonly string[], why: '' });

/**
 * Where one statement of an indicator ends and the next begins in a phrase naming two: 'appointment from shortlisting
 * and belief in equal opportunities', 'Recruitment & disciplinary', 'equal chances of progression, or that their work
 * is valued', one per line. A list inside one indicator's wording ('harassment, bullying or abuse') has no 'and' or
 * ', or' between its items, so it stays whole.
 */
const CLAUSE = /\r?\n|;|\s+and\s+|\s*&\s*|,\s*or\s+|\s+plus\s+/i;

/** A statement of its own on each line (or after ';'). */
const LINE = /\r?\n|;/;

/** The plan saying its own measure is none of the standard's: 'Ethnicity pay gap (not a WRES measure)'. */
const NOT_THE_STANDARDS = /\bnot\s+(?:an?\s+|one\s+of\s+the\s+)?(?:wres|wdes)\b/i;

/** Every indicator at once, in words: 'Across all nine indicators', 'all WDES metrics', 'all the measures'. */
const EVERY = /\ball\s+(?:(?:of\s+)?(?:the|our)\s+)?(?:(?:nine|ten|9|10)\s+)?(?:(?:wres|wdes)\s+)?(?:indicators|metrics|measures)\b/i;

/** The Board a plan or paper is approved by, taken or reported to: 'approved by the Board', 'report it to the Trust Board'. */
export const GOVERNING_BOARD = /\b(?:approved|agreed|signed off|ratified|endorsed|considered|reported|report(?:ing)?|presented|taken|submitted|escalated)\s+(?:\w+\s+)?(?:by|to)\s+(?:the\s+)?(?:trust\s+)?board\b/g;

/**
 * The indicators a piece of wording names with no number, by the catalogue's phrases (the official titles, the staff
 * survey's questions and, in an indicator cell, the team's shorthand) scored against it: the indicator whose phrases
 * cover most of the text is the one it names ("harassment … from patients, relatives or the public" is 5, not 6). A
 * phrase joining two statements ('… from shortlisting and belief in equal opportunities …') names each statement's
 * indicator, in the order written; a metric's whole beside one of its parts names the other part ('Harassment and
 * reporting it' is 4a and 4b). Asides in brackets qualify rather than name, and are left out. None when no phrase
 * matches, or the plan says its measure is none of the standard's.
 *
 * @example
 * indicatorsNamedInWords('Relative likelihood of appointment from shortlisting and belief in equal opportunities for career progression', 'WRES').ids; // ['2', '7']
 * indicatorsNamedInWords('Harassment and reporting it', 'WDES').ids; // ['4a', '4b']
 * indicatorsNamedInWords('Progression', 'WRES', { shorthand: true }).ids; // ['7']
 * indicatorsNamedInWords('PROGRESSION', 'WRES').ids; // [] — a heading's topic, not an indicator
 */
export function indicatorsNamedInWords(text: string, standard: Standard | null, options: WordingOptions = {}): NamedInWords {
  const raw = String(text ?? '');
  if (!standard || !raw.trim() || NOT_THE_STANDARDS.test(raw)) return NONE;
  if (EVERY.test(raw)) return { ids: indicatorIds(standard), why: `'${EVERY.exec(raw)![0]}' names every ${standard} ${standard === 'WRES' ? 'indicator' : 'metric'}` };
  const shorthand = options.shorthand === true;
  const found: Match[] = [];
  for (const clause of raw.split(options.byLine ? LINE : CLAUSE)) for (const m of matchesOf(clause, standard, shorthand)) if (!found.some((f) => f.id === m.id)) found.push(m);
  // One indicator (or none) across the statements: the whole text is read at once, its phrases weighed together.
  const matches = found.length >= 2 ? wholeBesideItsPart(found, standard) : matchesOf(raw, standard, shorthand);
  if (!matches.length) return NONE;
  return { ids: Object.freeze(matches.map((m) => m.id)), why: matches.map((m) => `'${m.phrase}' → ${m.id}`).join('; ') };
}

interface Match {
  id: string;
  /** The longest of its phrases the text holds: what the user can find in the cell. */
  phrase: string;
}

/** The best indicator one statement names (two when a WRES harassment wording names both sources), or none. */
function matchesOf(text: string, standard: Standard, shorthand: boolean): Match[] {
  // The Board as the body a plan goes to ('approved by the Board') governs the plan: its words name no Board metric.
  const lower = text.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(GOVERNING_BOARD, ' ');
  let best: { id: string; weight: number; phrase: string } | null = null;
  const entries = INDICATOR_CATALOGUE[standard];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    let weight = 0;
    let phrase = '';
    // (Loops, not a closure made per entry: this runs for every statement of every cell and heading read.)
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? entry.keywords : shorthand ? entry.shorthand : undefined;
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const k = list[i];
        if (!lower.includes(k)) continue;
        weight += k.length;
        if (k.length > phrase.length) phrase = k;
      }
    }
    if (weight > (best?.weight ?? 0)) best = { id: entry.id, weight, phrase };
  }
  if (!best) return [];
  if (standard === 'WRES' && (best.id === '5' || best.id === '6') && namesBothSources(text)) return [{ id: '5', phrase: best.phrase }, { id: '6', phrase: best.phrase }];
  // A metric with parts is the part its words name ("Disabled staff voices" is 9b), else the whole metric; the part's
  // own phrase is shown beside the metric's ('harassment' … 'report').
  const id = metricPartNamed(best.id, lower, standard);
  const part = id === best.id ? undefined : INDICATOR_CATALOGUE[standard].find((e) => e.id === best!.id)?.parts?.find((p) => p.id === id);
  const own = part?.keywords.find((k) => lower.includes(k));
  return [{ id, phrase: own && own !== best.phrase ? `${best.phrase}' … '${own}` : best.phrase }];
}

/**
 * A metric's whole named beside one of its parts ('Harassment' and 'reporting it'): the whole stands for the part not
 * otherwise named, 4a beside 4b. Named by a part's subject that alone names the whole metric ('Engagement and staff
 * voice': engagement is metric 9's subject), it is the whole metric, as the catalogue's `topic` says: 9, its part beside
 * it adding nothing.
 */
function wholeBesideItsPart(found: Match[], standard: Standard): Match[] {
  const out: Match[] = [];
  for (const m of found) {
    const parts = INDICATOR_CATALOGUE[standard].find((e) => e.id === m.id)?.parts;
    const others = parts?.filter((p) => !found.some((f) => f.id === p.id)) ?? [];
    const bySubject = parts?.some((p) => p.topic?.some((t) => m.phrase.includes(t)));
    const id = parts && !bySubject && others.length === 1 && others.length < parts.length ? others[0].id : m.id;
    if (!out.some((x) => x.id === id)) out.push({ id, phrase: m.phrase });
  }
  // The whole metric named by its subject covers its parts named beside it.
  return out.filter((m) => !out.some((w) => w !== m && /^\d+$/.test(w.id) && m.id.startsWith(w.id) && m.id !== w.id));
}
