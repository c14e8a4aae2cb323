export { assignRowIds, randomRowId } from './assign-row-ids';
export { ensureRowIds } from './ensure-row-ids';
