export { diffRows, type SyncRow } from './diff-rows';
export { SyncClient, SyncError, type SyncState, type SyncStateStore, type TokenProvider, type PullResult } from './sync-client';
