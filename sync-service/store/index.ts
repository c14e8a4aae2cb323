export type { PlanKey, PlanStore, PlanSummary, Who } from './types';
export { createTableStore, type TableStoreOptions } from './table-store';
