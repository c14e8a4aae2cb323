export * from './port';
export { createMemoryStorage, type MemoryStorageOptions } from './memory-storage';
export { createTableStorage, type TableStorageOptions } from './table-storage';
export { withRetry, type RetryOptions } from './retry';
