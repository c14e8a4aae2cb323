import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../../shared/timescale';

/** Start, end and ongoing of a parsed timescale, for compact assertions. */
function windowOf(value: Parameters<typeof parseTimescale>[0], financialYear?: number) {
  const w = parseTimescale(value, financialYear === undefined ? {} : { financialYear });
  return { start: w.start, end: w.end, ongoing: w.ongoing, parsed: w.parsed };
}

describe('parseTimescale: month and year forms', () => {
  it("reads 'Jan-20' as the whole of January 2020", () => {
    expect(windowOf('Jan-20')).toEqual({ start: '2020-01-01', end: '2020-01-31', ongoing: false, parsed: true });
  });
  it("reads 'Sep-19' as the whole of September 2019", () => {
    expect(windowOf('Sep-19')).toEqual({ start: '2019-09-01', end: '2019-09-30', ongoing: false, parsed: true });
  });
  it("reads '2019' as the calendar year 2019", () => {
    expect(windowOf('2019')).toEqual({ start: '2019-01-01', end: '2019-12-31', ongoing: false, parsed: true });
  });
  it('reads a year typed as a number (2019) as that calendar year, not an Excel serial', () => {
    expect(windowOf(2019)).toEqual({ start: '2019-01-01', end: '2019-12-31', ongoing: false, parsed: true });
  });
  it("reads 'May 2020' as the whole of May 2020", () => {
    expect(windowOf('May 2020')).toEqual({ start: '2020-05-01', end: '2020-05-31', ongoing: false, parsed: true });
  });
  it("joins a month word split by a stray space: 'Decembe r 2021'", () => {
    expect(windowOf('Decembe r 2021')).toEqual({ start: '2021-12-01', end: '2021-12-31', ongoing: false, parsed: true });
  });
  it("reads '(Feb 22)' in brackets as February 2022, leap-year aware", () => {
    expect(windowOf('(Feb 22)')).toEqual({ start: '2022-02-01', end: '2022-02-28', ongoing: false, parsed: true });
    expect(windowOf('Feb 2024').end).toBe('2024-02-29');
  });
  it("reads 'Autumn 2021' as September to November 2021", () => {
    expect(windowOf('Autumn 2021')).toEqual({ start: '2021-09-01', end: '2021-11-30', ongoing: false, parsed: true });
  });
  it("reads 'By end October 2021' as a deadline: no start, ends 31 October 2021", () => {
    expect(windowOf('By end October 2021')).toEqual({ start: null, end: '2021-10-31', ongoing: false, parsed: true });
  });
  it("reads '3-year project up to 2025' as a deadline at the end of 2025", () => {
    expect(windowOf('3-year project up to 2025')).toEqual({ start: null, end: '2025-12-31', ongoing: false, parsed: true });
  });
  it('reads two dates written one after the other as the window they span', () => {
    expect(windowOf('January 2021 December 2021')).toEqual({ start: '2021-01-01', end: '2021-12-31', ongoing: false, parsed: true });
    expect(windowOf('March 2020 March 2020')).toEqual({ start: '2020-03-01', end: '2020-03-31', ongoing: false, parsed: true });
  });
  it("narrows 'late 2021' to September–December", () => {
    expect(windowOf('late 2021')).toEqual({ start: '2021-09-01', end: '2021-12-31', ongoing: false, parsed: true });
  });
});

describe('parseTimescale: exact days', () => {
  it("reads '31/03/2025' day first, as UK plans write it", () => {
    // new Date(2025, 2 /* Mar */, 31)
    expect(windowOf('31/03/2025')).toEqual({ start: '2025-03-31', end: '2025-03-31', ongoing: false, parsed: true });
  });
  it("flags '03/31/2025' (US order) rather than guessing", () => {
    expect(windowOf('03/31/2025').parsed).toBe(false);
  });
  it("reads '31st March 2022' and 'March 31st, 2022' as that day", () => {
    expect(windowOf('31st March 2022').end).toBe('2022-03-31');
    expect(windowOf('March 31st, 2022').start).toBe('2022-03-31');
  });
  it('reads an Excel serial date (44197) as 1 January 2021 and shows it as a UK date', () => {
    const w = parseTimescale(44197);
    expect(w).toEqual({ text: '01/01/2021', start: '2021-01-01', end: '2021-01-01', ongoing: false, parsed: true });
  });
  it('reads a JS Date at local midnight as that day', () => {
    const w = parseTimescale(new Date(2023, 9 /* Oct */, 31));
    expect(w).toMatchObject({ start: '2023-10-31', end: '2023-10-31', parsed: true });
  });
  it('reads a UTC-midnight Date from a spreadsheet reader as that day', () => {
    expect(parseTimescale(new Date(Date.UTC(2025, 2 /* Mar */, 31))).start).toBe('2025-03-31');
  });
});

describe('parseTimescale: NHS financial years and quarters', () => {
  it("reads a quarter written beside the months it names by those months: 'Q1 Apr–Jun 2024', 'Q2 (Jul-Sep) 2023', 'Q3 Oct-Dec 23', a calendar 'Q1 Jan–Mar 2025'", () => {
    expect(windowOf('Q1 Apr–Jun 2024')).toEqual({ start: '2024-04-01', end: '2024-06-30', ongoing: false, parsed: true });
    expect(windowOf('Q2 (Jul-Sep) 2023')).toEqual({ start: '2023-07-01', end: '2023-09-30', ongoing: false, parsed: true });
    expect(windowOf('Q3 Oct-Dec 23')).toEqual({ start: '2023-10-01', end: '2023-12-31', ongoing: false, parsed: true });
    expect(windowOf('Q1 Jan–Mar 2025')).toEqual({ start: '2025-01-01', end: '2025-03-31', ongoing: false, parsed: true });
    // The plan's own year does not stretch the window: a 2024/25 plan's 'Q1 Apr–Jun 2025' is next year's first quarter.
    expect(windowOf('Q1 Apr–Jun 2025', 2024)).toEqual({ start: '2025-04-01', end: '2025-06-30', ongoing: false, parsed: true });
    expect(windowOf('By Q4 (Jan–Mar 2025)')).toEqual({ start: null, end: '2025-03-31', ongoing: false, parsed: true });
  });
  it("places a quarter whose months are not its own as any bare quarter: 'Q3 Apr–Jun 2024' is flagged without the plan's year", () => {
    expect(windowOf('Q3 Apr–Jun 2024').parsed).toBe(false);
    expect(windowOf('Q1 Apr–Sep 2024').parsed).toBe(false);
  });
  it("reads '2020/21' as the financial year April 2020 – March 2021", () => {
    expect(windowOf('2020/21')).toEqual({ start: '2020-04-01', end: '2021-03-31', ongoing: false, parsed: true });
    expect(windowOf('2020-21')).toEqual({ start: '2020-04-01', end: '2021-03-31', ongoing: false, parsed: true });
  });
  it("reads 'Q4 23/24' as January–March 2024 (Q4 is the following calendar year)", () => {
    expect(windowOf('Q4 23/24')).toEqual({ start: '2024-01-01', end: '2024-03-31', ongoing: false, parsed: true });
  });
  it("reads 'Q1 2020/21' as April–June 2020", () => {
    expect(windowOf('Q1 2020/21')).toEqual({ start: '2020-04-01', end: '2020-06-30', ongoing: false, parsed: true });
  });
  it("reads bare 'Q3/Q4' against the plan's financial year 2023/24: October 2023 – March 2024", () => {
    expect(windowOf('Q3/Q4', 2023)).toEqual({ start: '2023-10-01', end: '2024-03-31', ongoing: false, parsed: true });
  });
  it("flags bare 'Q3/Q4' when the plan's financial year is not known", () => {
    expect(parseTimescale('Q3/Q4')).toEqual({ text: 'Q3/Q4', start: null, end: null, ongoing: false, parsed: false });
  });
  it("reads 'During Q4 23/ Q1 24' as January – June 2024", () => {
    expect(windowOf('During Q4 23/ Q1 24')).toEqual({ start: '2024-01-01', end: '2024-06-30', ongoing: false, parsed: true });
  });
  it("reads 'First quarter 2020' as the calendar quarter January–March 2020 (a four-digit year is a calendar year)", () => {
    expect(windowOf('First quarter 2020')).toEqual({ start: '2020-01-01', end: '2020-03-31', ongoing: false, parsed: true });
  });
  it("reads a bare month against the plan's financial year: 'March' in 2023/24 is March 2024", () => {
    expect(windowOf('March', 2023)).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
    expect(windowOf('March').parsed).toBe(false);
  });
});

describe('parseTimescale: ongoing and ranges', () => {
  it("reads 'Ongoing' as ongoing with no dates", () => {
    expect(windowOf('Ongoing')).toEqual({ start: null, end: null, ongoing: true, parsed: true });
  });
  it("reads 'Ongoing during 23/24' as ongoing within the financial year 2023/24", () => {
    expect(windowOf('Ongoing during 23/24')).toEqual({ start: '2023-04-01', end: '2024-03-31', ongoing: true, parsed: true });
  });
  it("reads 'Sept 16 and on-going' as ongoing from September 2016 with no end", () => {
    expect(windowOf('Sept 16 and on-going')).toEqual({ start: '2016-09-01', end: null, ongoing: true, parsed: true });
  });
  it("reads 'March 2021 - ongoing' as ongoing from March 2021 with no end", () => {
    expect(windowOf('March 2021 - ongoing')).toEqual({ start: '2021-03-01', end: null, ongoing: true, parsed: true });
  });
  it("keeps a review date: 'Ongoing, review March 2024' ends 31 March 2024", () => {
    expect(windowOf('Ongoing, review March 2024')).toEqual({ start: '2024-03-01', end: '2024-03-31', ongoing: true, parsed: true });
  });
  it.each(['Sep 2020 - Mar 2021', 'Sep 2020 to Mar 2021', 'Sep 2020 – Mar 2021', 'Sep 2020 — Mar 2021'])("reads the range '%s' as September 2020 – March 2021", (text) => {
    expect(windowOf(text)).toEqual({ start: '2020-09-01', end: '2021-03-31', ongoing: false, parsed: true });
  });
  it("gives a bare month in a range the year of its partner: 'Sep - Dec 2020'", () => {
    expect(windowOf('Sep - Dec 2020')).toEqual({ start: '2020-09-01', end: '2020-12-31', ongoing: false, parsed: true });
  });
  it("reads '2019 - 2021' as the calendar years 2019 to 2021", () => {
    expect(windowOf('2019 - 2021')).toEqual({ start: '2019-01-01', end: '2021-12-31', ongoing: false, parsed: true });
  });
});

describe('parseTimescale: less common forms', () => {
  it("gives a bare quarter the financial year of its partner: 'Q1-Q2 2021/22' is April–September 2021", () => {
    expect(windowOf('Q1-Q2 2021/22')).toEqual({ start: '2021-04-01', end: '2021-09-30', ongoing: false, parsed: true });
  });
  it("reads 'From April 2021' with no end as ongoing from April 2021", () => {
    expect(windowOf('From April 2021')).toEqual({ start: '2021-04-01', end: null, ongoing: true, parsed: true });
  });
  it("covers both dates of a revised timescale: 'March 2022 (revised to June 2022)'", () => {
    expect(windowOf('March 2022 (revised to June 2022)')).toEqual({ start: '2022-03-01', end: '2022-06-30', ongoing: false, parsed: true });
  });
  it("covers both dates when the earlier one is noted after the current: 'March 2024 (was Dec 2023)', 'Sept 2024, previously June 2024'", () => {
    expect(windowOf('March 2024 (was Dec 2023)')).toEqual({ start: '2023-12-01', end: '2024-03-31', ongoing: false, parsed: true });
    expect(windowOf('Sept 2024, previously June 2024')).toEqual({ start: '2024-06-01', end: '2024-09-30', ongoing: false, parsed: true });
    // A sentence that only uses the word is not read: 'March 2024 was agreed' says more than when.
    expect(windowOf('March 2024 was agreed').parsed).toBe(false);
  });
  it("reads 'Winter 2021' as December 2021 – February 2022", () => {
    expect(windowOf('Winter 2021')).toEqual({ start: '2021-12-01', end: '2022-02-28', ongoing: false, parsed: true });
  });
});

describe('parseTimescale: text it must not guess', () => {
  it.each(['TBC', 'TBA', 'tbc', 'r 2019', 'next year', 'When funding allows', '#REF!', '#N/A', 'March 2021 🎉'])("flags '%s' as unparsed and keeps it verbatim", (text) => {
    expect(parseTimescale(text)).toEqual({ text, start: null, end: null, ongoing: false, parsed: false });
  });
  it.each([
    ['Ongoing – every cohort', { start: null, end: null, ongoing: true, parsed: true }],
    ['Q3 (subject to funding)', { start: '2023-10-01', end: '2023-12-31', ongoing: false, parsed: true }],
    ['March 2024, pending recruitment', { start: '2024-03-01', end: '2024-03-31', ongoing: false, parsed: true }],
  ])("reads '%s' by the words before its note: the note says something about the work, not when", (text, window) => {
    expect(windowOf(text, 2023)).toEqual(window);
    expect(parseTimescale(text, { financialYear: 2023 }).text).toBe(text);
  });
  it.each(['TBC - awaiting national results', 'Every cohort', 'When funding allows, 2024'])("keeps '%s' unparsed: no timescale before the note, or a date in it", (text) => {
    expect(windowOf(text, 2023).parsed).toBe(false);
  });
  it.each([
    ['Short term – by 31 March 2019', { start: null, end: '2019-03-31', ongoing: false, parsed: true }],
    ['Medium term – during 2019/20', { start: '2019-04-01', end: '2020-03-31', ongoing: false, parsed: true }],
    ['Year 1 (2021/22)', { start: '2021-04-01', end: '2022-03-31', ongoing: false, parsed: true }],
    ['Phase 2: April–June 2022', { start: '2022-04-01', end: '2022-06-30', ongoing: false, parsed: true }],
  ])("reads '%s' by the words after its horizon: the horizon names the step, the words after it say when", (text, window) => {
    expect(windowOf(text, 2023)).toEqual(window);
    expect(parseTimescale(text).text).toBe(text);
  });
  it.each(['Short term', 'Year 2', 'Phase 1 – listening to staff', 'Long term (2 years)'])("keeps '%s' unparsed: a horizon with no date after it names no window", (text) => {
    expect(windowOf(text, 2023).parsed).toBe(false);
  });
  it('gives an empty cell empty text, unparsed', () => {
    expect(parseTimescale('')).toEqual({ text: '', start: null, end: null, ongoing: false, parsed: false });
    expect(parseTimescale(null)).toEqual({ text: '', start: null, end: null, ongoing: false, parsed: false });
  });
  it('flags an impossible day (31/02/2024) instead of rolling it into March', () => {
    expect(windowOf('31/02/2024').parsed).toBe(false);
  });
});

describe('financial-year quarters and halves written the other way round', () => {
  it.each([
    ['FY20/21 Q3', '2020-10-01', '2020-12-31'],
    ['FY24/25 Q1', '2024-04-01', '2024-06-30'],
    ['2023/24 Q4', '2024-01-01', '2024-03-31'],
    ['H2 2020/21', '2020-10-01', '2021-03-31'],
    ['H1 23/24', '2023-04-01', '2023-09-30'],
    ['H1 2024', '2024-01-01', '2024-06-30'],
  ])('%s is %s to %s', (text, start, end) => {
    expect(parseTimescale(text)).toMatchObject({ start, end, parsed: true });
  });

  it('a bare half takes the plan\'s financial year; "Immediate" is ongoing', () => {
    expect(parseTimescale('H2', { financialYear: 2022 })).toMatchObject({ start: '2022-10-01', end: '2023-03-31' });
    expect(parseTimescale('Immediate')).toMatchObject({ ongoing: true, parsed: true, end: null });
  });
});

/**
 * Timescales trusts write that the parser flagged as "not a date we can track" over the corpus (41 of 100 such findings):
 * a recurrence in words, a season of a financial year and an event named before its date.
 */
describe('parseTimescale: recurrences, seasons of a financial year and events', () => {
  it("reads a recurrence written in words as ongoing work: 'Six-monthly', 'Twice a year', 'Every six months', 'Each quarter', 'Throughout the year'", () => {
    for (const text of ['Six-monthly', 'Six monthly', '6-monthly', 'Twice a year', 'Twice yearly', 'Every six months', 'Every quarter', 'Each quarter', 'Every month', 'Throughout the year']) {
      expect(windowOf(text), text).toEqual({ start: null, end: null, ongoing: true, parsed: true });
    }
  });
  it("reads a feast of a named year as its day: 'By Christmas 2021' is due by 25 December, Easter's day is worked out", () => {
    expect(windowOf('By Christmas 2021')).toEqual({ start: null, end: '2021-12-25', ongoing: false, parsed: true });
    expect(windowOf('Xmas 22')).toEqual({ start: '2022-12-25', end: '2022-12-25', ongoing: false, parsed: true });
    // Easter moves: 9 April in 2023, 31 March in 2024, 21 April in 2019.
    expect(windowOf('Easter 2023')).toEqual({ start: '2023-04-09', end: '2023-04-09', ongoing: false, parsed: true });
    expect(windowOf('Before Easter 2024').end).toBe('2024-03-31');
    expect(windowOf('Christmas 2018 - Easter 2019')).toEqual({ start: '2018-12-25', end: '2019-04-21', ongoing: false, parsed: true });
    // With no year the day is not known: asked for, never guessed.
    expect(windowOf('Before Christmas').parsed).toBe(false);
  });
  it("reads a season of a financial year: 'Winter 2019/20' straddles the turn of the year, 'Spring 2023/24' ends it", () => {
    expect(windowOf('Winter 2019/20')).toEqual({ start: '2019-12-01', end: '2020-02-29', ongoing: false, parsed: true });
    expect(windowOf('Spring 2023/24')).toEqual({ start: '2024-03-01', end: '2024-05-31', ongoing: false, parsed: true });
    expect(windowOf('Autumn 2022/23')).toEqual({ start: '2022-09-01', end: '2022-11-30', ongoing: false, parsed: true });
  });
  it("keeps the plan's own years ('Year 1', 'Years 2–3') unparsed: which year a plan counts from is not in the cell", () => {
    // A 2023/24 plan may be year 2 of a strategy begun in 2022: counting from the plan's own year could give a false
    // overdue, so the user is asked for a date instead.
    for (const text of ['Year 1', 'Years 2–3']) expect(windowOf(text, 2023).parsed, text).toBe(false);
    expect(windowOf('Year 2019', 2021)).toEqual({ start: '2019-01-01', end: '2019-12-31', ongoing: false, parsed: true });
  });
  it("reads an event named before its date by its date: 'Staff awards (June 2022)', 'Board seminar – Jan 2026', 'People Committee: March 2024'", () => {
    expect(windowOf('Staff awards (June 2022)')).toEqual({ start: '2022-06-01', end: '2022-06-30', ongoing: false, parsed: true });
    expect(windowOf('Board seminar – Jan 2026')).toEqual({ start: '2026-01-01', end: '2026-01-31', ongoing: false, parsed: true });
    expect(windowOf('People Committee: March 2024')).toEqual({ start: '2024-03-01', end: '2024-03-31', ongoing: false, parsed: true });
    expect(parseTimescale('Board seminar – Jan 2026').text).toBe('Board seminar – Jan 2026');
  });
  it('still flags what gives no date: event-driven and relative timescales, and a date inside a longer sentence', () => {
    for (const text of ['As vacancies arise', 'Within 6 months', 'TBC', 'Each cohort', 'By next WRES submission', 'Q3 with recommendations in Q4 23/24']) {
      expect(windowOf(text, 2023).parsed, text).toBe(false);
    }
  });
  it("reads the end of the year as the end of the plan's NHS year, 31 March: 'Year end', 'by year-end', 'End of the financial year'", () => {
    expect(windowOf('Year end', 2025)).toEqual({ start: '2026-01-01', end: '2026-03-31', ongoing: false, parsed: true });
    expect(windowOf('By year-end', 2023)).toEqual({ start: null, end: '2024-03-31', ongoing: false, parsed: true });
    expect(windowOf('End of the financial year', 2024).end).toBe('2025-03-31');
    expect(windowOf('Year end 2022/23').end).toBe('2023-03-31');
    // With no year of the plan to place it in, it names no date; nor does a strategy's numbered year.
    expect(windowOf('Year end').parsed).toBe(false);
    expect(windowOf('End of year 2', 2023).parsed).toBe(false);
  });
});
