import { periodOfText } from '../identity/period-of-text';
import { trustOfText } from '../identity/trust-of-text';
import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { STANDARD_WORDING } from './describes-block';
import { numbersBlock } from './numbers-block';
import { PLAN_WORDS } from './names-a-plan';
import { shortenHeading } from './shorten-heading';
import { statesFinding } from './states-finding';
import { VERSION_TITLE } from './starts-other-table';

/** A line labelled as the block's starting point or measure ('Baseline measure: …', 'Current position –', 'Target: …', 'Aim: …'). */
const MEASURE_LABEL = /^(?:baseline(?:\s+(?:measure|position|data|figures?))?|current\s+position|where\s+we\s+are(?:\s+now)?|measures?(?:\s+of\s+success)?|how\s+we\s+will\s+measure(?:\s+success)?|targets?|aims?|goals?|success\s+(?:metrics?|measures?|criteria|indicators?)|what\s+(?:good|success)\s+looks\s+like)\s*[:–—-]\s*\S/i;

/** A heading naming only the standard or the staff it is for ('Race', 'Race equality', 'WRES', 'Disability'): the whole plan's subject, no block's. */
const STANDARD_ONLY = /^(?:(?:workforce\s+)?(?:race|ethnicity|disability)(?:\s+equality)?(?:\s+standard)?|wres|wdes|equality(?:,?\s+diversity\s+(?:and|&)\s+inclusion)?|edi)\s*:?$/i;

/**
 * A line giving the document's version or draft state ('Version 3 — draft for discussion', 'v1.2', 'DRAFT – not for
 * circulation'), like the title over its version history ('Document control', `VERSION_TITLE`): a record of the
 * document, as a title is, never a block's subject.
 */
const DOCUMENT_STATE = /^(?:(?:version|v)\s?\d{1,3}(?:\.\d{1,3})*|draft(?:\s+v?\d{1,3}(?:\.\d{1,3})*)?)(?=\s*(?:[-–—:,(]|$))/i;

/** How a line between describes the block (the why's words), or null when it is something else (an item, a paragraph, a table). */
function describesItsBlock(text: string): string | null {
  if (MEASURE_LABEL.test(text)) return "gives the block's baseline or measure";
  if (statesFinding(text)) return "gives the block's figures";
  if (STANDARD_WORDING.test(text)) return 'words what the block measures';
  return null;
}

/** More words than this and a line is a sentence, not a heading. */
const SENTENCE_WORDS = 12;

/** A sentence: more than twelve words, or ending with a full stop (a numbered block's wording: 'Develop and implement an improvement plan to eliminate pay gaps.'). */
function isSentence(text: string): boolean {
  return /\.$/.test(text) || text.split(/\s+/).length > SENTENCE_WORDS;
}

/**
 * Why a heading names no block's subject — a title, the organisation, the standard — or null when it may.
 *
 * @example
 * namesNoSubject('Disability equality – actions for 2024/25'); // "names the plan or its year: it is the document's title"
 * namesNoSubject('Recruitment - indicators 1 and 2'); // null
 * namesNoSubject('Version 3 — draft for discussion'); // "gives the document's version or draft, not a subject"
 */
export function namesNoSubject(text: string): string | null {
  if (PLAN_WORDS.test(text) || periodOfText(text)) return "names the plan or its year: it is the document's title";
  if (trustOfText(text)) return 'names the organisation';
  if (STANDARD_ONLY.test(text)) return 'names the standard, not a subject';
  if (DOCUMENT_STATE.test(text) || VERSION_TITLE.test(text)) return "gives the document's version or draft, not a subject";
  return null;
}

/**
 * The subject a heading ABOVE a list's introducing heading gives the list's items, when the lines between are the
 * block's describing lines — 'Indicator 2: relative likelihood …' / 'Baseline measure: … (a ratio of 1.37) …' /
 * 'Actions' / bullets: the indicator's block holds its baseline and its actions, so the heading is each action's theme
 * (and its indicator, when it names one). `above` gives the lines over the introducing heading, nearest first, blank
 * rows left out, each saying whether it has a heading's shape. At least one describing line must stand between (a
 * baseline, figures, the standard's wording of what is measured, an 'Aim:' or 'Target:'): that is what shows the heading
 * heads a block of its own, not a page ('About this workbook' straight over 'Next steps'); a small table of the block's
 * figures under the heading ('' | '2023' | '2024' | 'Change' over a row per group) describes it as a line of figures does. A paragraph, a table or other
 * items between part them: null. A heading that names the plan or its year, the organisation or only the standard
 * ('Race' over 'Key next steps') names no block's subject: theme '' and the reason says why.
 *
 * @example
 * subjectOverList([{ row: 6, text: 'Baseline measure: BME staff are 2.41 times more likely …', heads: false }, { row: 5, text: 'Indicator 3: formal disciplinary process', heads: true }]);
 * // { theme: 'Indicator 3: formal disciplinary process', why: "its subject is 'Indicator 3: formal disciplinary process' (row 5), the heading of its block (row 6 gives the block's baseline or measure)" }
 * subjectOverList([{ row: 2, text: 'Our data: 34% of BME staff …', heads: false }, { row: 1, text: 'Race', heads: true }]); // { theme: '', why: "'Race' (row 1) above it names the standard, not a subject: no theme" }
 */
export function subjectOverList(above: Iterable<{ row: number; text: string; heads: boolean; figures?: boolean; labels?: boolean }>): { theme: string; why: string } | null {
  const described: string[] = [];
  // A sentence between ('Chief executives, chairs and board members have specific and measurable EDI objectives …') is
  // the wording of the block only under a heading that numbers its block ('High impact action 1', 'Indicator 2'): under
  // any other it is a paragraph of the document, which parts the heading from the list.
  let worded = false;
  // Whether the line below (read before) was a row of figures: short labels over it are its table's header.
  let figures = false;
  for (const line of above) {
    const text = line.text.trim();
    // A row of a small table of the block's figures ('Disabled colleagues (ESR)' | '5.2%' | '6.4%' | '+1.2'), or its
    // header over such rows ('Year' | 'BME' | 'White'), gives them too.
    const tabled = line.figures === true || (figures && line.labels === true);
    const how = tabled ? "gives the block's figures" : describesItsBlock(text);
    figures = line.figures === true;
    if (how || (isSentence(text) && !worded && !NAMES_INDICATOR.test(text) && !numbersBlock(text))) {
      described.unshift(`row ${line.row} ${how ?? 'words what the block is about'}`);
      worded ||= !how || tabled;
      continue;
    }
    if (!line.heads || described.length === 0) return null;
    // A sentence or a table between is the block's only under a heading numbering its block ('Metric 2: …'): under any
    // other ('Key findings' over a table of the year's measures) it is the document's own, which parts heading and list.
    if (worded && !NAMES_INDICATOR.test(text) && !numbersBlock(text)) return null;
    const none = namesNoSubject(line.text.trim());
    if (none) return { theme: '', why: `'${shortenHeading(line.text)}' (row ${line.row}) above it ${none}: no theme` };
    return { theme: line.text, why: `its subject is '${shortenHeading(line.text)}' (row ${line.row}), the heading of its block (${described.join('; ')})` };
  }
  return null;
}
