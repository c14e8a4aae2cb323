import { cellKind } from './cell-kind';

/** A dash setting off a part of a line: ' – ', ' — ', ' - ', spaced ('well-led' and '2023-24' are single words). */
const DASH = /\s+[–—-]\s+/;
/** A bracket closing the line ('… (Head of Resourcing, March 2024).'), its words. */
const CLOSING_BRACKET = /\(([^()]{4,80})\)[.;]?\s*$/;
/** What parts a bracket's words: a comma, a semicolon or a spaced dash. */
const BRACKET_PARTS = /\s*[,;]\s*|\s+[–—-]\s+/;

/** Who and when an action's line closes on, and how it sets them off. */
export interface TrailingLead {
  lead: string;
  due: string;
  /** 'a dash' or 'a bracket', for the reason the user reads. */
  by: string;
}

/**
 * Who leads and by when, written after the action's words, as a list typed in Word writes each item: set off by dashes
 * ('Review the shortlisting process – Head of Resourcing – March 2024', or the date first) or in a closing bracket
 * ('Launch reverse mentoring (Director of People, June 2024)'). The two parts must be a role or a person and a
 * timescale, each as the cell of its own column would be read (`cellKind`): a dash inside the action's sentence
 * ('Culture – a zero-tolerance approach to racism') or a bracket of other words ('(see appendix 2)') gives nothing. The
 * action's words are kept whole, as a label's value is ('Lead: …' stays in the action's text).
 *
 * @example
 * readTrailingLead('Launch reverse mentoring – Director of People – June 2024'); // { lead: 'Director of People', due: 'June 2024', by: 'a dash' }
 * readTrailingLead('Publish the data (EDI Lead, Q3 2023/24)'); // { lead: 'EDI Lead', due: 'Q3 2023/24', by: 'a bracket' }
 * readTrailingLead('Culture – a zero-tolerance approach to racism'); // null
 */
export function readTrailingLead(text: string): TrailingLead | null {
  const bracket = text.endsWith(')') || text.endsWith(').') ? CLOSING_BRACKET.exec(text) : null;
  if (bracket) {
    const parts = bracket[1].split(BRACKET_PARTS);
    const read = parts.length === 2 ? roleAndDate(parts[0], parts[1]) : null;
    if (read) return { ...read, by: 'a bracket' };
  }
  // Most actions have no spaced dash at all: one search rules them out before any split.
  if (!DASH.test(text)) return null;
  const parts = text.split(DASH);
  const read = parts.length >= 3 ? roleAndDate(parts[parts.length - 2], parts[parts.length - 1]) : null;
  return read ? { ...read, by: 'a dash' } : null;
}

/** Two parts, in either order, that are a role or a person and a dated timescale ('March 2024', 'Q3 2023/24'). */
function roleAndDate(a: string, b: string): { lead: string; due: string } | null {
  const first = tidy(a);
  const second = tidy(b);
  if (cellKind(second) === 'timescale' && cellKind(first) === 'role') return { lead: first, due: second };
  if (cellKind(first) === 'timescale' && cellKind(second) === 'role') return { lead: second, due: first };
  return null;
}

/** A part without the full stop or semicolon that closes the line. */
const tidy = (part: string) => part.trim().replace(/[.;]$/, '');
