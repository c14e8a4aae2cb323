export { createPlanStore, type PlanStore, type PlanStoreOptions } from './plan-store';
export { PushIdReused, PUSH_DEADLINE_MS } from './push-plan';
export { BadCursor } from './read-changes';
