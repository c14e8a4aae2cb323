/** The domain core's public surface, for addin/ and sync-service/. */
export * from './types';
export { checkPlan } from './check-plan';
export { recognisePlan } from './grid';
export { readWorkbook, readCsv, WorkbookError } from './xlsx';
export { parseTimescale, isOverdue } from './timescale';
export { DEFAULT_RAG_KEY, statusToRag, effectiveRag, fillToRag } from './rag';
export { RULES, validatePlan } from './rules';
export { INDICATOR_CATALOGUE, detectStandard } from './indicators';
