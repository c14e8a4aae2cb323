/** Timescales: what a plan's date cell means, and whether an action is overdue. */
export { parseTimescale, type ParseTimescaleOptions } from './parse-timescale';
export { isOverdue } from './is-overdue';
export { formatDay, formatDate } from './format-day';
export { financialQuarterSpan, monthSpan, isoDayOfExcelSerial, isoDayOfDate, type DaySpan } from './calendar';
export { financialYearOfText } from './financial-year-of-text';
export { strategyStartOf, strategyYearWindow, isStrategyYear } from './strategy-year';
export { dateBeforeWords } from './date-before-words';
export { textSerial } from './text-serial';
