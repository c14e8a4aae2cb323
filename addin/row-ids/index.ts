export { assignRowIds, isRowId, randomRowId } from './assign-row-ids';
export { ensureRowIds } from './ensure-row-ids';
export { idRowsOf } from './id-rows-of';
