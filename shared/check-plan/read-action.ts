import { cellText, statesNothing, type RawAction } from '../grid';
import { indicatorNumber, indicatorOfWording, indicatorsOfWording, indicatorsMeasured, indicatorsMentioned, partOfCode, readNumbering } from '../indicators';
import { completionSaysDone, effectiveRag, findKeyEntry, isCompleteStatus, ragOfRagCell, ragOfStatusRun, ragOfTextColour, statusToRag, whyCodeColour, whyNoColour, whyPercentNoColour, whyShortStatus } from '../rag';
import { memoiseText } from '../memoise-text';
import { memoiseTexts } from '../memoise-texts';
import { dateBeforeWords, isOverdue, parseTimescale, strategyYearWindow, textSerial } from '../timescale';
import type { FieldSource, Rag, RagKey, RecognisedAction, Standard } from '../types';

const blank = (s: string) => (s.trim() ? s : '');

/** An indicator as the standard numbers it ('4a' stays '4a' in WDES; WRES has no parts), or null when out of range. */
function withinStandard(indicator: string | null, standard: Standard | null): string | null {
  if (!indicator) return null;
  // Every action asks this of each of its indicators, and a plan names a few: each distinct id is read once per standard.
  return (standard === 'WRES' ? WITHIN_WRES : standard === 'WDES' ? WITHIN_WDES : WITHIN_NONE)(indicator);
}

const readWithin = (standard: Standard | null) => (indicator: string): string | null => {
  const n = indicatorNumber(indicator);
  if (!n || n > (standard === 'WRES' ? 9 : 10)) return null;
  // A code the WDES does not define that plans use for a part of a metric ('4c', other colleagues) is that part (4a).
  return standard === 'WRES' ? String(n) : partOfCode(indicator, standard)?.id ?? indicator;
};
const WITHIN_WRES = memoiseText(readWithin('WRES'));
const WITHIN_WDES = memoiseText(readWithin('WDES'));
const WITHIN_NONE = memoiseText(readWithin(null));

/**
 * One action as the plan means it: its indicators (its own numbering "2a." first, then its block's
 * indicator cell — which may name several — then its wording), its timescale as a window, its RAG as
 * stated and as at `asAt`, and whether it is overdue.
 *
 * @example
 * readAction(raw, { standard: 'WRES', ragKey, asAt: new Date(2024, 2, 31) }).indicators; // ['1', '9']
 */
export function readAction(
  a: RawAction,
  x: { standard: Standard | null; ragKey: RagKey; asAt: Date; financialYear?: number; strategyStart?: number | null; readings?: StatusReadings; block?: LastBlock },
): RecognisedAction {
  const { standard, ragKey } = x;
  const written = dueAsWritten(a, x.financialYear, x.strategyStart ?? null);
  const none = writtenAsNone(a.fields.lead, written.text);
  const due = none?.due ? parseTimescale('') : written;
  // With no status column, a column whose header carries the key ("Date achieved/progress Red = …") may
  // still state a status when its text starts with one ("Completed - August 2016").
  const keyed = !a.fields.status && a.keyedText && findKeyEntry(a.keyedText, ragKey) ? a.keyedText : '';
  // (keyedText is at most the cell's first 80 characters: enough for any status a key names.)
  // A status band ('R | A | G' with a '✓' under one): the marked column's header is the status, read through the key.
  const stated = a.fields.status || keyed || (a.markedStatus ?? '');
  const { statusRag, why, complete } = readStatus(a, stated, ragKey, x.readings);
  // A completion cell filled in ('Date completed: 14/02/2025', 'Completed? Y') says the work is done, whatever the status says.
  const overdue = isOverdue(due, complete || completionSaysDone(a.fields.completed, x.asAt), x.asAt);
  const { indicators, byNumber, code, measured } = indicatorsOf(a, standard, x.block);
  // One literal, so every action shares one shape (every rule reads every action); the rarer status whose colour needs
  // saying (none, a light, a code) says why in a copy with that field in its place.
  const read: RecognisedAction = {
    row: a.row,
    id: a.id,
    ref: a.fields.ref.trim() || refInText(a) || null,
    indicator: indicators[0] ?? null,
    indicators,
    // Indicators read from the action's number say so, and why (a note of the plan may give its prefix's meaning).
    sources: withoutStaleWording(sourcesOf(a, byNumber, code, measured), indicators),
    // Filled in by mapHia once every action is read (shared/hia).
    hia: [],
    hiaText: a.fields.hia,
    theme: a.fields.theme.trim() ? a.fields.theme : null,
    objective: a.fields.objective,
    action: a.fields.action,
    lead: none?.lead ? '' : blank(a.fields.lead),
    due,
    status: a.fields.status,
    statusRag,
    rag: effectiveRag(statusRag, overdue),
    overdue,
    progress: a.fields.progress,
    outcome: a.fields.outcome,
    completed: a.fields.completed,
    blockIndicator: withinStandard(a.blockIndicator, standard),
    cells: a.cells,
  };
  // The rarer fields are set after the literal, in the order the report shows them (a spread in the literal built
  // every action through the engine's slow path, and an empty object for each field it did not add).
  if (a.cellRows && hasAnyKey(a.cellRows)) read.cellRows = a.cellRows;
  if (a.dueParts) read.dueParts = a.dueParts;
  const out = why ? withStatusRagWhy(read, why) : read;
  // (Set on the action just built, where it comes last as in a copy with it added: the copy of every field was the cost.)
  if (none) out.writtenAsNone = none;
  return out;
}

/** The number the action's text opens with: as the walk read it, unless its text has grown since (a continuation row). */
function refInText(a: RawAction): string | null | undefined {
  return a.refFrom === a.fields.action ? a.refInText : readNumbering(a.fields.action)?.ref;
}

/** Whether an object has an own enumerable key (as `Object.keys(o).length > 0`, with no list built). */
function hasAnyKey(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return true;
  return false;
}

/** How an action's status reads: its RAG, why it has or has no colour where that needs saying, whether it is complete. */
interface StatusReading {
  statusRag: Rag | null;
  why: string | null;
  complete: boolean;
}

/**
 * One check's statuses read so far, by the status cell's fill, then its text (`readAction`'s `readings`): a plan repeats a
 * few statuses over all its rows, and each is read through the key once. Made afresh for each check (the key may change).
 */
export type StatusReadings = Map<string | null, Map<string, StatusReading>>;

/**
 * The action's status read through the key. A status coloured by its own cell and words alone (no RAG cell, no coloured
 * words, no icon light: the usual case) reads the same wherever it is written with the same fill, so it is read once
 * per check when the check keeps `readings`.
 */
function readStatus(a: RawAction, stated: string, ragKey: RagKey, readings: StatusReadings | undefined): StatusReading {
  // A status read from the words its update opens with ('ON TRACK – …' in green) has the colour they are written in.
  // With no status written, a plan whose key says it colours each action's text by its status: the colour is the RAG.
  // A colour-only RAG cell beside the status word: the colour painted there is the RAG, the word stays the status.
  const run = a.ragCell ? ragOfRagCell(stated, a.statusFill, ragKey, { row: a.row, ...a.ragCell, statusCell: a.sources.status?.cell ?? `${a.cells.status ?? ''}${a.row}` }) : a.statusRun && stated ? ragOfStatusRun(stated, a.statusRun, ragKey) : !stated && a.textStatus ? ragOfTextColour(a.textStatus) : null;
  const statusLight = a.statusLight ?? null;
  if (run || statusLight || !readings || stated.length > 200) return statusReadingOf(stated, a.statusFill, ragKey, run, statusLight);
  let byText = readings.get(a.statusFill);
  if (!byText) readings.set(a.statusFill, (byText = new Map()));
  let reading = byText.get(stated);
  if (!reading) byText.set(stated, (reading = statusReadingOf(stated, a.statusFill, ragKey, null, null)));
  return reading;
}

function statusReadingOf(stated: string, fill: string | null, ragKey: RagKey, run: { rag: Rag | null; why: string | null } | null, statusLight: RawAction['statusLight']): StatusReading {
  // The status read through the key once: the colour, why it has none, whether it is complete all start from its entry.
  const entry = findKeyEntry(stated, ragKey);
  const said = run ? run.rag : statusToRag(stated, fill, ragKey, entry);
  // A status shown only as an icon set's light (3/2/1 drawn as green/amber/red): the light is the RAG a user sees.
  const light = said === null && !run ? statusLight ?? null : null;
  const statusRag: Rag | null = light ? light.rag : said;
  // A status the key names with no colour ('Not yet due (no rating)') says so, so the blank RAG is not taken for a misreading;
  // so does a percentage complete ('50%') the key gives no colour: it says how far the action is, and no colour is made up.
  const noColour = run ? run.why : light ? light.why : statusRag === null && stated ? whyNoColour(stated, ragKey, entry) ?? whyPercentNoColour(stated, ragKey) : null;
  // A status written as a code of the key ('3', 'IP') says what the key says it means: the code alone tells a reader nothing.
  // So does a status written shorter than the key's label it was read as ('Started' for 'Started but not complete').
  const why = noColour ?? (statusRag !== null && stated ? whyCodeColour(stated, ragKey) ?? whyShortStatus(stated, ragKey, entry) : null);
  return { statusRag, why, complete: isCompleteStatus(stated, statusRag, ragKey, entry) };
}

/** The action's timescale as a window, its text exactly as the cell shows it: typed text as typed, a date as its format shows it ('Jan-20'); a plan's own 'Year 2' and a date with words after it read as their dates. */
function dueAsWritten(a: RawAction, financialYear: number | undefined, strategyStart: number | null) {
  const due = parseTimescale(a.dueValue ?? a.fields.due, { financialYear });
  // Typed text stays as typed, but for a date serial typed as text ('45565'): it is shown as the day it stands for.
  if (typeof a.dueValue === 'string' && textSerial(a.dueValue) === null) due.text = a.dueValue;
  else if (a.dueValue !== null && a.fields.due && (a.dueShown || a.fields.due !== cellText(a.dueValue))) due.text = a.fields.due;
  if (due.parsed || !due.text) return due;
  // 'Year 2' of a strategy whose first year the plan's title gives (`strategyStartOf`) is that financial year; a date
  // with words after it ('Jan 2023 cohort') is its date, in a cell known to be the timescale.
  return (strategyStart ? strategyYearWindow(due.text, strategyStart) : null) ?? dateBeforeWords(due.text, { financialYear }) ?? due;
}

/**
 * A lead or timescale cell that states there is none ('N/A', '–', 'None'; `statesNothing`) names none: the action reads
 * with no lead or no timescale, as with an empty cell, and what the cell says is kept for the finding to quote. Null
 * when neither does (the usual case).
 */
function writtenAsNone(lead: string, due: string): RecognisedAction['writtenAsNone'] | null {
  const noLead = lead.trim() !== '' && statesNothing(lead);
  const noDue = due.trim() !== '' && statesNothing(due);
  if (!noLead && !noDue) return null;
  return { ...(noLead ? { lead: lead.trim() } : {}), ...(noDue ? { due: due.trim() } : {}) };
}

/**
 * Where the action's values were read: its fields' cells; its indicators' when its own number gave them, or a code the
 * standard does not define read as a part ('M4c' read as 4a), with why; its RAG's when a RAG cell (painted, or naming
 * its colour) gave it.
 */
function sourcesOf(a: RawAction, byNumber: boolean, code: string | null, measured: string | null): RecognisedAction['sources'] {
  // A RAG cell painted, or naming its colour in words ('Yellow'), is where the RAG was read.
  const painted = a.ragCell && (a.ragCell.fill || a.ragCell.word) ? a.ragCell.cell : null;
  if (!(byNumber && a.numbered) && !code && !painted && !measured) return a.sources;
  return {
    ...a.sources,
    ...(byNumber && a.numbered ? { indicators: a.numbered.source } : code ? { indicators: codeSource(a, code) } : measured ? { indicators: measureSource(a, measured) } : {}),
    ...(painted ? { rag: { kind: 'column' as const, cell: painted } } : {}),
  };
}

/**
 * The sources, less a reading in words of the block's indicators ("Indicators 4a, 4b: its indicator cell names them in
 * words — …") that the action's own reading has since replaced (its number, a measure, the standard's range): the why
 * must say what the action shows.
 */
const WORDED = /^Indicators? [^:]*: (?:its indicator cell|the heading on \S+) names (?:it|them) in words/;
function withoutStaleWording(sources: RecognisedAction['sources'], indicators: readonly string[]): RecognisedAction['sources'] {
  const why = sources.indicators?.why;
  if (!why || !WORDED.test(why) || why.startsWith(`${indicators.length > 1 ? 'Indicators' : 'Indicator'} ${indicators.join(', ')}:`)) return sources;
  const { indicators: _stale, ...rest } = sources;
  return rest;
}

/** The action with why its status has no colour, right after its statusRag (where reports and their JSON show it). */
function withStatusRagWhy(action: RecognisedAction, why: string): RecognisedAction {
  const out: Record<string, unknown> = {};
  // (The action is a plain literal: its keys, in order, are its own enumerable ones. No list of pairs is built.)
  const fields = action as unknown as Record<string, unknown>;
  for (const k in fields) {
    out[k] = fields[k];
    if (k === 'statusRag') out.statusRagWhy = why;
  }
  return out as unknown as RecognisedAction;
}

/**
 * An action's indicators: those its indicator cell, block or numbering name, then those it marks or lists in further
 * columns (a tick matrix, an "Also contributes to" column), in the plan's order.
 */
function indicatorsOf(a: RawAction, standard: Standard | null, last?: LastBlock): { indicators: string[]; byNumber: boolean; code: string | null; measured: string | null } {
  // Most plans mark no indicator in columns of their own: no list is built for them.
  const more = a.moreIndicators.length ? withinStandardAll(a.moreIndicators, standard) : NO_MORE;
  const { named: read, byNumber, raw, measured = null } = namedIndicators(a, standard, more.length > 0, last);
  // The block's list is shared by its actions (`blockWithin`): the marked ones are added to a copy of it.
  const named = more.length ? read.slice() : read;
  // Each list holds an indicator once; only adding the marked ones can repeat one.
  for (let k = 0; k < more.length; k++) if (!named.includes(more[k])) named.push(more[k]);
  // Kept with the action for as long as the report lives: a list grown by pushing has room for 17, so a copy of its length
  // (and the action's own, never the block's shared list).
  return { indicators: named.length ? named.slice() : named, byNumber, code: standard === 'WDES' ? partCodeIn(raw, a.moreIndicators) : null, measured };
}

/**
 * The last block whose indicators were read within the standard, in one check (`readAction`'s `block`): the walk gives
 * every action of a block the same list (`RawAction.blockIndicators`, never changed once made), so the actions after
 * the first read it by its identity instead of again indicator by indicator. Made afresh for each check (one standard).
 */
export interface LastBlock {
  list: readonly (string | null)[] | null;
  within: string[];
}

/** The block's indicators within the standard (`withinStandardAll`), read once for a run of actions sharing the list. */
function blockWithin(list: readonly (string | null)[], standard: Standard | null, last: LastBlock | undefined): string[] {
  if (!last) return withinStandardAll(list, standard);
  if (last.list !== list) {
    last.within = withinStandardAll(list, standard);
    last.list = list;
  }
  return last.within;
}

/** Where indicators read from the action's measure were read, and why not from the objective over it. */
function measureSource(a: RawAction, line: string): FieldSource {
  return {
    kind: 'column',
    cell: `${a.cells.outcome ?? ''}${a.row}`,
    why: `from the action's own measure ('${line}'): the metric it is expected to move${a.fields.objective.trim() ? ', not those its objective names' : ''}`,
  };
}

/** The first code of the lists the action's indicators were read from that the standard reads as a part ('4c'), or null. */
function partCodeIn(raw: readonly (string | null)[], more: readonly (string | null)[]): string | null {
  for (const list of [raw, more]) for (let k = 0; k < list.length; k++) if (list[k] && partOfCode(list[k]!, 'WDES')) return list[k];
  return null;
}

/**
 * Where an action's code read as a part ('M4c' read as 4a) is, and why it is read so, in the plan's own writing of the
 * code: "M4c is read as metric 4a (harassment, bullying or abuse from other colleagues): the WDES has no metric 4c; …".
 */
function codeSource(a: RawAction, code: string): FieldSource {
  const part = partOfCode(code, 'WDES')!;
  const [, n, letter] = /^(\d+)([a-z])$/i.exec(code) ?? [, code, ''];
  const written = new RegExp(`(?:\\b(?:m|metric|wdes)\\s*[-.]?\\s*)?${n}\\s*${letter}(?![a-z])`, 'i').exec(a.fields.indicator)?.[0] ?? code;
  const column = a.cells.indicator;
  return {
    kind: 'code',
    cell: column ? `${column}${a.row}` : `${a.cells.action ?? ''}${a.row}`,
    why: `${written} is read as metric ${part.id} (${part.title}): ${part.why}`,
  };
}

const NO_MORE: readonly string[] = Object.freeze([]);

/** The indicators of a list within the standard, each once, in the list's order. */
function withinStandardAll(indicators: readonly (string | null)[], standard: Standard | null): string[] {
  const out: string[] = [];
  for (let k = 0; k < indicators.length; k++) {
    const id = withinStandard(indicators[k], standard);
    if (id !== null && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * An action's own numbering ("2a.", ref "4.2", or 'G1' where a note says actions numbered G serve every indicator) names
 * its indicators — unless its block names them more fully ("Metrics 4a and 4b", "Metrics 8, 9a and 9b"): then the
 * block's list is the reading. Numbering that contradicts its block (a "2a." under metric 1) wins: the action sits in
 * the wrong block. An indicator cell in the action's own row ("Metric 2" beside "1.1") beats its numbering, which then
 * counts objectives. `byNumber` says the numbering gave the reading.
 */
function namedIndicators(a: RawAction, standard: Standard | null, marked: boolean, last?: LastBlock): { named: string[]; byNumber: boolean; raw: readonly (string | null)[]; measured?: string } {
  // Indicators marked in columns of their own are the row's statement: its numbering then counts something else.
  // (Most actions carry no number naming an indicator: no list is built for them.)
  const own = marked || !a.numbered?.indicators.length ? NO_MORE : withinStandardAll(a.numbered.indicators, standard);
  const block = blockWithin(a.blockIndicators, standard, last);
  // (A code in the indicator cell that the plan's note reads, 'WX.1', is that cell's own statement: the block above says nothing.)
  const ownCell = a.numbered?.inIndicatorCell === true;
  if (own.length && (ownCell || !(a.indicatorInRow && block.length)) && !blockNamesAll(block, own)) return { named: own as string[], byNumber: true, raw: a.numbered!.indicators };
  // A heading naming a metric by its title's wording alone ('Tackle bullying, harassment and discrimination') yields to the
  // action's own measure naming metrics by number ('… (indicators 6 and 8)'): the number is the plan's own statement.
  if (block.length && a.indicatorsWorded && !marked && a.fields.outcome) {
    const stated = indicatorsMeasured(a.fields.outcome, standard);
    if (stated.ids.length) return { named: withinStandardAll(stated.ids, standard), byNumber: false, raw: stated.ids, measured: stated.line };
  }
  if (block.length) return { named: block, byNumber: false, raw: a.blockIndicators };
  const single = withinStandard(a.blockIndicator, standard);
  if (single) return { named: [single], byNumber: false, raw: [a.blockIndicator] };
  if (marked) return { named: [], byNumber: false, raw: NO_MORE };
  // With no indicator column, the action's own measure naming a metric ('Outcome: WDES metric 8') says which it moves:
  // an objective or aim merged down over many actions names the goal they share, not each one's metric.
  const measured = a.fields.outcome ? indicatorsMeasured(a.fields.outcome, standard) : null;
  if (measured?.ids.length) return { named: withinStandardAll(measured.ids, standard), byNumber: false, raw: measured.ids, measured: measured.line };
  const worded = indicatorsInWording(a.fields.indicator, a.fields.objective, a.fields.theme, standard, a.fields.action);
  return { named: withinStandardAll(worded, standard), byNumber: false, raw: worded };
}

/** Whether the block names every indicator the numbering does (by number: the block's '4a' and '4b' name the numbering's 4). */
function blockNamesAll(block: readonly string[], own: readonly string[]): boolean {
  for (let i = 0; i < own.length; i++) {
    const n = indicatorNumber(own[i]);
    let named = false;
    for (let k = 0; k < block.length && !named; k++) named = indicatorNumber(block[k]) === n;
    if (!named) return false;
  }
  return true;
}

/**
 * No indicator column: an objective or theme may name them ("Representation at senior levels (indicators 1 and 9)"),
 * else the action itself, in its own words ("WRES 2 – Put a BME panel member…", "…(indicators 5 & 6).", "(all
 * indicators)"), else the wording of the indicator cell and objective. Objectives and themes are merged down over
 * their actions, so each distinct set of texts is read once per standard.
 */
function indicatorsInWording(indicator: string, objective: string, theme: string, standard: Standard | null, action: string): readonly string[] {
  let read = WORDING.get(standard);
  if (!read) WORDING.set(standard, (read = wordingOf(standard)));
  const { mentioned, worded } = read(indicator, objective, theme);
  // A heading naming several ('metrics 7, 8 and 9a') over an action naming one of them in its own words ('… (metric 8)')
  // names the group's; the action says which of them it moves.
  if (mentioned.length > 1) {
    const own = indicatorsMentioned(action, standard);
    return own.length && own.every((i) => mentioned.includes(i)) && own.length < mentioned.length ? own : mentioned;
  }
  // An objective naming one ('No check that the metric 1 figures agree with ESR') over an action naming it by number and
  // more ('Reconcile the metric 1 and metric 10 figures …'): the action says all it moves.
  if (mentioned.length === 1 && /\d/.test(action)) {
    const own = indicatorsMentioned(action, standard);
    return own.length > 1 && own.includes(mentioned[0]) ? own : mentioned;
  }
  if (mentioned.length) return mentioned;
  const own = indicatorsMentioned(action, standard);
  if (own.length) return own;
  return worded;
}

const NO_WORDS: readonly string[] = Object.freeze([]);
const wordingOf = (standard: Standard | null) => memoiseTexts((indicator, objective, theme): { mentioned: readonly string[]; worded: readonly string[] } => {
  const mentioned = indicatorsMentioned(`${indicator}\n${objective}\n${theme}`, standard);
  if (mentioned.length) return { mentioned: Object.freeze(mentioned), worded: NO_WORDS };
  // Only inferred from wording: an indicator the action names in its own text comes before it.
  // An objective alone may state two measures in one finding ('… more likely to be bullied by managers and colleagues,
  // and to feel pressed to come to work when unwell'): each, in the order written.
  if (!indicator.trim()) return { mentioned: [], worded: Object.freeze(indicatorsOfWording(objective, standard)) };
  const one = indicatorOfWording(`${indicator} ${objective}`, standard);
  return { mentioned: [], worded: one ? Object.freeze([one]) : NO_WORDS };
});
const WORDING = new Map<Standard | null, ReturnType<typeof wordingOf>>();
