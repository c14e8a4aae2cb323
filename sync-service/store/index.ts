/**
 * The service's store: the plan operations (plans/) over a storage backend (storage/). Two ready-made ones:
 * Table Storage (production, Azurite locally) and memory (unit tests and dev).
 */
import { createPlanStore, type PlanStore, type PlanStoreOptions } from '../plans';
import { createMemoryStorage, createTableStorage, type MemoryStorageOptions, type TableStorageOptions } from '../storage';

export type { PlanStore } from '../plans';
export type { PlanKey } from '../storage';
export type { PlanSummary, Author as Who } from '../../shared/sync-engine';

/**
 * The store on Azure Table Storage / Cosmos DB for Table (Azurite locally).
 *
 * @example
 * const store = createTableStore({ connectionString, seedTrusts: SEED_TRUSTS });
 */
export function createTableStore(options: TableStorageOptions & PlanStoreOptions): PlanStore {
  return createPlanStore(createTableStorage(options), options);
}

/**
 * The store in memory: tests and local development only.
 *
 * @example
 * const store = createMemoryStore({ seedTrusts: SEED_TRUSTS });
 */
export function createMemoryStore(options: MemoryStorageOptions & PlanStoreOptions = {}): PlanStore {
  return createPlanStore(createMemoryStorage(options), options);
}
