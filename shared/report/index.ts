/** What a checked plan tells people: the severity words, grouped findings, the Issues and Board summary sheets. */
export { SEVERITY_LABEL } from './severity-label';
export { groupIssues, type IssueGroup } from './group-issues';
export { issuesSheet } from './issues-sheet';
export { boardSummary, BOARD_SHEET, type BoardSummaryOptions, type ChangeSinceApproval } from './board-summary';
export type { SheetLayout, SheetFill } from './sheet-layout';
