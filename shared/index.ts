/**
 * The domain core's public surface, for addin/ and sync-service/. File formats stay at the edges:
 * reading .xlsx/.csv lives in `shared/xlsx`, imported only by what reads files (the CLI, the preview).
 */
export * from './types';
export { checkPlan } from './check-plan';
export { recognisePlan } from './grid';
export { parseTimescale, isOverdue } from './timescale';
export { DEFAULT_RAG_KEY, statusToRag, effectiveRag, fillToRag } from './rag';
export { RULES, validatePlan } from './rules';
export { INDICATOR_CATALOGUE, detectStandard } from './indicators';
