export { readIdentity } from './read-identity';
export { periodOfText } from './period-of-text';
export { trustOfText } from './trust-of-text';
export { readPeriodClue } from './read-period-clue';
export { readSheetTitles } from './read-sheet-titles';
export { readPrintLines } from './read-print-lines';
export { readHeaderFooter } from './read-header-footer';
export { startYearOf } from './start-year-of';
