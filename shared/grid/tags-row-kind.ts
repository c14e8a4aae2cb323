import { collapse } from './cell-text';

/**
 * A word naming what kind of row a paper's row is, written where the plan's refs or indicators go: the data, a note, an
 * appendix, a comment, a recommendation, an assurance level. Board and committee papers tag the rows they interleave
 * with the actions so ('DATA' | 'Relative likelihood of …' | '1.41'; 'Data' | '29% of BME staff reported …'; 'NOTE' |
 * 'A3 is reported through the Temporary Staffing Board'; 'APPX' | 'Appendix D: comments from the network';
 * 'Recommendation' | 'The Board is asked to approve …'). A ref carries a number; an indicator is a number or a code; none
 * of them is such a word.
 */
const TAG = /^(?:data|our data|the data|figures|our figures|evidence|note|notes|nb|n\.b\.|appx|appendix|annex|comments?|committee comments?|recommendations?|assurance|assurance level|source|for information|info)\s*[:.–—-]?$/i;

/** The longest tag: a cell longer than this is no tag, and is not tidied to be tested. */
const MAX_TAG = 24;

/**
 * The kind a cell's word tags its row as ('data', 'note', 'recommendation' …), in lower case, or null when the cell is
 * no such tag (a ref, an indicator's number, anything longer than a few words).
 *
 * @example
 * tagsRowKind('DATA'); // 'data'
 * tagsRowKind('Recommendation'); // 'recommendation'
 * tagsRowKind('A3'); // null
 */
export function tagsRowKind(text: string): string | null {
  if (!text || text.length > MAX_TAG) return null;
  const t = collapse(text);
  return TAG.test(t) ? t.replace(/[\s:.–—-]+$/, '').toLowerCase() : null;
}
