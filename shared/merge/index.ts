export { mergeChange, type StoredRow, type MergeResult } from './merge-change';
