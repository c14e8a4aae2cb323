import { detectStandard } from '../indicators';
import type { IdentityClue, PlanIdentity, Standard, WorkbookContext } from '../types';
import { periodOfText } from './period-of-text';
import { trustOfText } from './trust-of-text';

/** Where the plan's identity may be written, most telling first. */
interface Place {
  source: string;
  text: string;
}

/**
 * Who the plan is: its standard, its period and its trust, each with where it was read. The title rows
 * come first (the plan names itself there), then the sheet's name, the file's name and the document's
 * properties. Nothing is guessed: a part no place names is null, and the pane asks.
 *
 * @example
 * readIdentity({ titleTexts: ['Northamptonshire Healthcare NHS Foundation Trust WRES Action Plan 2016-17'], sheet: 'Plan', standard: 'WRES' });
 * // { standard: { value: 'WRES', source: 'title row' }, period: { value: '2016-17', source: 'title row' },
 * //   trust: { value: 'Northamptonshire Healthcare NHS Foundation Trust', source: 'title row' } }
 */
export function readIdentity(input: { titleTexts: string[]; sheet: string; standard: Standard | null; workbook?: WorkbookContext }): PlanIdentity {
  const places: Place[] = [
    ...input.titleTexts.slice(0, 12).map((text) => ({ source: 'the title rows', text })),
    { source: `the sheet's name "${input.sheet}"`, text: input.sheet },
    ...(input.workbook?.fileName ? [{ source: `the file name "${input.workbook.fileName}"`, text: input.workbook.fileName.replace(/\.[a-z]{3,4}$/i, '').replace(/[_]+/g, ' ') }] : []),
    ...propertyPlaces(input.workbook),
  ];
  return {
    standard: standardOf(places, input.standard),
    period: first(places, periodOfText),
    trust: first(places, trustOfText),
  };
}

function propertyPlaces(workbook: WorkbookContext | undefined): Place[] {
  const p = workbook?.properties;
  if (!p) return [];
  return (['title', 'subject', 'company', 'keywords', 'category', 'comments'] as const)
    .filter((k) => typeof p[k] === 'string' && p[k]!.trim())
    .map((k) => ({ source: `the document's ${k}`, text: p[k]! }));
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
