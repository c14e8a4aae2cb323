import { detectStandard } from '../indicators';
import type { IdentityClue, PlanIdentity, PrintLines, Standard, WorkbookContext } from '../types';
import { healthBodyOfLine } from './health-body-of-line';
import { organisationFields } from './organisation-fields';
import { readPeriodClue, type PeriodClue } from './read-period-clue';
import { trustInUsualCase } from './trust-in-usual-case';
import { trustNamedByFile } from './trust-named-by-file';
import { trustOfText } from './trust-of-text';

/** Where the plan's identity may be written, most telling first. */
interface Place {
  source: string;
  text: string;
}

/**
 * Who the plan is: its standard, its period and its trust, each with where it was read. A template's field labelled for
 * the organisation filling it in ('Trust name', 'Organisation', 'A1 Provider') names the trust first: the template's
 * title names whoever designed it (`organisationFields`). The title rows
 * come first (the plan names itself there) — a project plan's own summary task, over every task, is its title row too —
 * then the sheet's name, the file's name and the document's
 * properties; the trust may also be named only in a footer line under the plan, or on another sheet (a cover
 * or read-me), read after the plan's own title rows and sheet name; the sheet's print header and footer are read after
 * the cells it shows and before another sheet's lines and the file's name (a plan may be named only there, `readPrintLines`); a name written all in capitals is shown in the case
 * the workbook writes it elsewhere, else in title case ('RIVELSBY TEACHING HOSPITALS NHS TRUST' is 'Rivelsby Teaching
 * Hospitals NHS Trust', see `trustInUsualCase`). The period is the one most plainly the plan's own wherever it is written (a year alone or a
 * meeting's date in the title rows gives way to "2023/24" below it or in the file name; see `readPeriodClue`).
 * Nothing is guessed: a part no place names is null, and the pane asks.
 *
 * @example
 * readIdentity({ titleTexts: ['Northamptonshire Healthcare NHS Foundation Trust WRES Action Plan 2016-17'], sheet: 'Plan', standard: 'WRES' });
 * // { standard: { value: 'WRES', source: 'title row' }, period: { value: '2016-17', source: 'title row' },
 * //   trust: { value: 'Northamptonshire Healthcare NHS Foundation Trust', source: 'title row' } }
 */
export function readIdentity(input: { titleTexts: string[]; currentYear?: { row: number; text: string } | null; titleTasks?: { row: number; text: string }[]; boardName?: { column: string; header: string; text: string; what?: string } | null; footerTexts?: string[]; printLines?: PrintLines; sheet: string; standard: Standard | null; workbook?: WorkbookContext }): PlanIdentity {
  const own: Place[] = [
    // A rolling plan's band calling itself the current year says which year the plan is now, over the year its title says it began.
    ...(input.currentYear ? [{ source: `row ${input.currentYear.row}'s band '${input.currentYear.text}', the current year of this rolling plan`, text: input.currentYear.text }] : []),
    ...titleLines(input.titleTexts).map((text) => ({ source: 'the title rows', text })),
    // A project plan's own summary task over every task is its title, written as the task list's first row.
    ...(input.titleTasks ?? []).slice(0, 3).map((t) => ({ source: `the project's summary task (row ${t.row})`, text: t.text })),
    // A board's export names its board on every item's row ('Board Name'), where the sheet may have no title row.
    ...(input.boardName ? [{ source: `the '${input.boardName.header}' column (column ${input.boardName.column}), naming ${input.boardName.what ?? 'the board every item sits on'}`, text: input.boardName.text }] : []),
    { source: `the sheet's name "${input.sheet}"`, text: input.sheet },
  ];
  const file: Place[] = [
    ...(input.workbook?.fileName ? [{ source: `the file name "${input.workbook.fileName}"`, text: input.workbook.fileName.replace(/\.[a-z]{3,4}$/i, '').replace(/[_]+/g, ' ') }] : []),
    ...propertyPlaces(input.workbook),
  ];
  const print = printPlaces(input.printLines);
  const places = [...own, ...print, ...file];
  // A template's field for the organisation filling it in ('Trust name', 'A1 Provider') says whose plan it is, before a
  // title naming the template's designer (a region of NHS England, an ICB's return).
  const fields = organisationFields(input.titleTexts).map((f) => ({ source: `the '${f.label}' field above the plan`, text: f.value }));
  const trustPlaces = [...fields, ...own, ...footerPlaces(input.footerTexts), ...print, ...otherSheetPlaces(input.workbook), ...file];
  const named = first(trustPlaces, trustOfText);
  // With no trust's ending anywhere, the title's organisation the file's short name opens ('…-avonmead.xlsx': 'Avonmead Health and Care').
  const titles = input.titleTexts.slice(0, 12);
  const byTitle = named.value ? null : trustNamedByFile(input.workbook?.fileName, titles);
  const byBoard = named.value || byTitle || !input.boardName ? null : trustNamedByFile(input.workbook?.fileName, [input.boardName.text]);
  const shortened = `the name the file name "${input.workbook?.fileName}" shortens`;
  // With no trust named anywhere, a national health body's name on a title line of its own ('… Standards Agency').
  const body = named.value || byTitle || byBoard ? null : first(titleLines(input.titleTexts).map((text) => ({ source: "the title rows (a national health body's name on a line of its own)", text })), healthBodyOfLine);
  const trust = byTitle ? { value: byTitle, source: `the title rows (${shortened})` } : byBoard ? { value: byBoard, source: `the '${input.boardName!.header}' column (column ${input.boardName!.column}), naming ${input.boardName!.what ?? 'the board every item sits on'} (${shortened})` } : body?.value ? body : named;
  return {
    standard: standardOf(places, input.standard),
    period: plainestPeriod(places),
    // A name in a title bar's capitals is shown as the workbook writes it elsewhere, else in title case.
    trust: trust.value ? { ...trust, value: trustInUsualCase(trust.value, trustPlaces.map((p) => p.text)) } : trust,
  };
}

/**
 * The title rows read: the first twelve lines above the header, and the last two when there are more — a web page's
 * preamble (paragraphs, a list of the metrics) may run long above the plan's own title line, written right over its
 * header ('Copperdale Orthopaedic Hospital NHS Foundation Trust – WDES Action Plan 2020/21').
 */
function titleLines(texts: readonly string[]): string[] {
  return texts.length <= 12 ? texts.slice() : [...texts.slice(0, 12), ...texts.slice(Math.max(12, texts.length - 2))];
}

function propertyPlaces(workbook: WorkbookContext | undefined): Place[] {
  const p = workbook?.properties;
  if (!p) return [];
  return (['title', 'subject', 'company', 'keywords', 'category', 'comments'] as const)
    .filter((k) => typeof p[k] === 'string' && p[k]!.trim())
    .map((k) => ({ source: `the document's ${k}`, text: p[k]! }));
}

/** The lines under the plan (a footer: 'Orrington Healthcare NHS Trust · WDES action plan 2021/22'). */
function footerPlaces(texts: string[] | undefined): Place[] {
  return (texts ?? []).map((text) => ({ source: 'the lines under the plan', text }));
}

/**
 * The sheet's print header and footer (Page Layout > Header & Footer): printed on every page, yet not in a cell the sheet
 * shows, so after the plan's own cells (title rows, lines under the plan) and before another sheet's and the file's name.
 */
function printPlaces(lines: PrintLines | undefined): Place[] {
  return [
    ...(lines?.header ?? []).map((text) => ({ source: 'the print header', text })),
    ...(lines?.footer ?? []).map((text) => ({ source: 'the print footer', text })),
  ];
}

/** Another sheet's first lines, after the plan's own title rows and sheet name: a cover names the workbook's trust. */
function otherSheetPlaces(workbook: WorkbookContext | undefined): Place[] {
  return (workbook?.sheetTitles ?? []).flatMap((s) => s.texts.map((text) => ({ source: `the sheet "${s.sheet}"`, text })));
}

/**
 * The period named most plainly; of equals, one a text says is the plan's ('Our WRES action plan 2021/22' over a figures
 * table's '2019/20 PVH' column above it), else the first place's.
 */
function plainestPeriod(places: Place[]): IdentityClue<string> {
  let best: (PeriodClue & { source: string }) | null = null;
  for (const place of places) {
    const clue = readPeriodClue(place.text);
    if (clue && (!best || clue.weight > best.weight || (clue.weight === best.weight && outranks(clue, best)))) best = { ...clue, source: place.source };
  }
  return best ? { value: best.value, source: best.source } : { value: null, source: null };
}

/**
 * Of two years written as plainly, whether the later place's outranks the first's: a plan's name gives it ('Our WRES
 * action plan 2021/22') where the first's does not; or the first is a report's year ('Annual Report and Accounts
 * 2017/18') and the later's words say the work is for it ('the race equality work for 2018/19').
 */
function outranks(clue: PeriodClue, best: PeriodClue): boolean {
  if (clue.forPlan && !best.forPlan) return true;
  return !!best.ofReport && !best.forPlan && !clue.ofReport && !!(clue.forWork || clue.forPlan);
}

function first(places: Place[], read: (text: string) => string | null): IdentityClue<string> {
  for (const place of places) {
    const value = read(place.text);
    if (value) return { value, source: place.source };
  }
  return { value: null, source: null };
}

function standardOf(places: Place[], detected: Standard | null): IdentityClue<Standard> {
  for (const place of places) {
    const value = detectStandard([place.text], []);
    if (value) return { value, source: place.source };
  }
  return detected ? { value: detected, source: "the plan's wording (race or disability)" } : { value: null, source: null };
}
