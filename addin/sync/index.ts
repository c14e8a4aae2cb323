export { diffRows, type SyncRow } from './diff-rows';
export { SyncClient, SyncError, type SyncState, type SyncStateStore, type TokenProvider, type PullResult, type Deletion } from './sync-client';
export { rowsOfReport } from './rows-of-report';
export { linkRows } from './link-rows';
export { addressOf } from './address-of';
export { applyPull, planPullWrites } from './apply-pull';
