/**
 * The sync engine: pure functions from a plan's state and a push to the new state, its change log, the
 * client's answer, the receipt and the region summary. No I/O, no clock, no randomness: the service reads
 * and writes storage around it, and the pane replays the same log with it.
 */
export type { ActionSummary, Author, ConflictRef, EngineRow, LogEntry, LogRecord, PlanSummary, Receipt, Stamp } from './types';
export { createDict } from './dict';
export { mergeChange, type MergeResult } from './merge-change';
export { applyPush, type PushOutcome, type PushIds } from './apply-push';
export { replay, copyRow } from './replay';
export { changesOf } from './changes-of';
export { diffChanges } from './diff-changes';
export { toPlanRow } from './to-plan-row';
export { summariseAction, updateSummary } from './summarise-plan';
export { answerReplay, revisionsOfReceipt } from './answer-replay';
export { encodeCursor, decodeCursor, type Cursor } from './cursor';
export { canonicalPush } from './canonical-push';
