export { compareYears, REWORDED_LIKENESS } from './compare-years';
export { describeYearOnYear } from './describe-year-on-year';
export type { CarriedOver, YearAction, YearOnYear } from './year-action';
export { yearActionsOfReport } from './year-actions-of-report';
export { yearActionsOfRows } from './year-actions-of-rows';
