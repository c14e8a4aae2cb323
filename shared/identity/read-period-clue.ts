import { MAX_YEAR, MIN_YEAR } from '../timescale/calendar';

/** A period a text names, and how plainly it names the plan's own year. */
export interface PeriodClue {
  /** "2020-21" (one financial year) or "2020-22" (a plan over several). */
  value: string;
  /**
   * 4: one financial year written as such ("2023/24"); 3: a span of years ("2025–2028"); 2: a year alone ("Action
   * Plan 2023"); 1: a year that is part of a date ("Board meeting – 7 March 2024"), which dates a meeting or a paper
   * more often than it names the plan's year.
   */
  weight: 1 | 2 | 3 | 4;
  /**
   * The plan's name gives the year ('Our WRES action plan 2021/22', 'Action plan for 2023/24'): of two years written as
   * plainly in different places, this one is the plan's, not a figures table's column ('2019/20 PVH') above it or a
   * report's year. Not where the words say the plan named is an earlier one ('carried over from our action plan 2019/20').
   */
  forPlan?: true;
  /**
   * Words around the year say the work or actions are for it ('the race equality work for 2018/19', 'areas of focus
   * for 2019/20'; `FOR_THIS`): of two years written as plainly in different places, this one beats a report's year.
   */
  forWork?: true;
  /**
   * The year is a report's ('Annual Report and Accounts 2017/18', 'WDES 2024/25 Annual Report'): the year reported on.
   * A plan laid out in a report is for the year its words give its work ('the work for 2018/19'), where one does.
   */
  ofReport?: true;
}

const SPAN = /(?<!\d)((?:19|20)\d{2})\s*(?:[/\-–]|to)\s*(?:[a-z]+\s+)?((?:19|20)?\d{2})(?!\d)/gi;
const SINGLE = /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/g;
/**
 * A financial year in two-digit years, as finance teams write it: 'FY24/25', 'FY 2024/25' is a span already, 'WRES
 * action plan 23/24', '24-25'. Only two consecutive years are one (a day and month, '31/03', or a page, '3/12', are not).
 */
const SHORT_SPAN = /(?<![\d/.:-])(?:FY\s?)?(\d{2})\s?[/\-–]\s?(\d{2})(?![\d/.:-])/gi;
/**
 * Words that say the year after them is the one the plan's actions are for: 'areas of focus for 2019/20', 'priorities for
 * the coming year, 2022/23', 'actions during 2024/25', 'what we will do in 2024-25' (a 'you said, we did' grid's title
 * naming last year's work first, holdout46 coldharrow) — not 'Metrics for 2021/22', a data year. A report comparing years
 * ('compares 2018/19 with 2017/18 … sets out our areas of focus for 2019/20') names its data's years first.
 */
const FOR_THIS = /(?:\b(?:actions?|priorities|focus|plans?|objectives|commitments|steps|work|programme)\s+(?:for|during|over)(?:\s+the)?(?:\s+(?:coming|next|new|financial))*(?:\s+years?)?|\b(?:coming|next)\s+(?:financial\s+)?year|\b(?:will|plan\s+to|are\s+going\s+to)\s+do\s+(?:in|during|over|for)(?:\s+the)?)[\s,:]*$/i;
/**
 * Words after a year that say it is the plan's own: 'WDES 2025/26 Action Plan', '2023/24 plan' — beside 'WDES 2024/25
 * Annual Report', whose year is the data's. One title may name both ('WDES 2024/25 Annual Report & WDES 2025/26 Action Plan').
 */
const PLAN_AFTER = /^[\s)]*(?:(?:wres|wdes|edi|ed&i|equality|race|disability|improvement|delivery)\s+)*(?:action\s+)?plans?\b/i;
/** Words before a year that say it is the plan's own: 'Our WRES action plan 2021/22', 'Action Plan for 2023/24'. */
const PLAN_BEFORE = /\b(?:action\s+)?plan\s*(?:for\s+(?:the\s+year\s+)?)?[:–-]?\s*$/i;
/** Words before a year naming a report ('Annual Report and Accounts 2017/18', 'WRES Report –'). */
const REPORT_BEFORE = /\breport(?:\s+(?:and|&)\s+accounts)?\s*(?:for\s+(?:the\s+year\s+)?)?[:–-]?\s*$/i;
/** Words after a year naming a report ('2024/25 Annual Report'). */
const REPORT_AFTER = /^[\s)]*(?:(?:wres|wdes|edi|equality|race|disability|annual|data|progress)\s+)*report\b/i;
/** Words saying the plan named is an earlier one ('carried over from our action plan 2019/20', 'the previous plan'). */
const PRIOR = /\b(?:from|previous|last|earlier|prior|since|replaces?|replacing|superseded?)\b/i;
/** A month written just after two numbers ('12/13 June'): they are days, not years. */
const MONTH_AFTER = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** The WRES began in 2015: two-digit years before it name no plan's year ('12/13' is more likely days or pages). */
const FIRST_WRES_YEAR = 2015;
/** A month (with its day) written just before a year: the year is a date's. */
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*$/i;

const two = (n: number) => String(n % 100).padStart(2, '0');
const valid = (year: number) => year >= Math.max(MIN_YEAR, 2010) && year <= MAX_YEAR;

/**
 * The period a text names most plainly, with its weight: a title may name a strategy's span and this year of it
 * ("Delivery Plan 2025–2028 … Year 1 (2025/26)"), or the date of the meeting it went to beside the plan's own year
 * ("Public Board meeting – 7 March 2024" over "action plan 2023/24"); the plan's own year is the one financial year
 * written as such. A single year alone ("Action Plan 2023") is the financial year starting then. Null when none.
 *
 * @example
 * readPeriodClue('Race Equality Delivery Plan 2025–2028: Year 1 (2025/26)'); // { value: '2025-26', weight: 4 }
 * readPeriodClue('WRES ACTION Plan 2020 -2022'); // { value: '2020-22', weight: 3 }
 * readPeriodClue('Public Board meeting – 7 March 2024'); // { value: '2024-25', weight: 1 }
 * readPeriodClue('This report compares 2018/19 with 2017/18 and sets out our areas of focus for 2019/20.'); // { value: '2019-20', weight: 4 }
 * readPeriodClue('WDES 2024/25 Annual Report & WDES 2025/26 Action Plan'); // { value: '2025-26', weight: 4 }
 */
export function readPeriodClue(text: string): PeriodClue | null {
  const s = String(text ?? '').slice(0, 2000);
  const spans: PeriodClue[] = [];
  const forThis = new Set<PeriodClue>();
  // Years a plan's name gives ('action plan 2021/22'): the plan's own wherever else a year is written as plainly.
  const named = new Set<PeriodClue>();
  const reports = new Set<PeriodClue>();
  const works = new Set<PeriodClue>();
  for (const m of s.matchAll(SPAN)) {
    const start = Number(m[1]);
    const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (valid(start) && end > start && end - start <= 5) spans.push({ value: `${start}-${two(end)}`, weight: end - start === 1 ? 4 : 3 });
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    const titled = spans.length > 0 && PLAN_BEFORE.test(before) && !PRIOR.test(before);
    if (titled) named.add(spans[spans.length - 1]);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (spans.length && (titled || FOR_THIS.test(before) || PLAN_AFTER.test(after))) forThis.add(spans[spans.length - 1]);
    if (spans.length && FOR_THIS.test(before)) works.add(spans[spans.length - 1]);
    if (spans.length && (REPORT_BEFORE.test(before) || REPORT_AFTER.test(after))) reports.add(spans[spans.length - 1]);
  }
  if (spans.length) {
    const best = strongest(spans, forThis);
    return { ...best, ...(named.has(best) ? { forPlan: true as const } : {}), ...(works.has(best) ? { forWork: true as const } : {}), ...(reports.has(best) && !forThis.has(best) ? { ofReport: true as const } : {}) };
  }
  for (const m of s.matchAll(SHORT_SPAN)) {
    const start = 2000 + Number(m[1]);
    const dayOfMonth = MONTH_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (Number(m[2]) === (Number(m[1]) + 1) % 100 && start >= FIRST_WRES_YEAR && !dayOfMonth) spans.push({ value: `${start}-${m[2]}`, weight: 4 });
  }
  if (spans.length) return strongest(spans);
  const years: PeriodClue[] = [];
  for (const m of s.matchAll(SINGLE)) {
    const year = Number(m[1]);
    if (valid(year)) years.push({ value: `${year}-${two(year + 1)}`, weight: MONTH_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index)) ? 1 : 2 });
  }
  return years.length ? strongest(years) : null;
}

/** The heaviest clue; of equals, one the text says the plan is for, else the first written. */
function strongest(clues: PeriodClue[], forThis: ReadonlySet<PeriodClue> = new Set()): PeriodClue {
  return clues.reduce((best, c) => (c.weight > best.weight || (c.weight === best.weight && forThis.has(c) && !forThis.has(best)) ? c : best));
}
