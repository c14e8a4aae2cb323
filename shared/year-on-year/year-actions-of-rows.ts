import { DEFAULT_RAG_KEY, isCompleteStatus, statusToRag } from '../rag';
import type { PlanRow } from '../sync';
import type { YearAction } from './year-action';

/**
 * A synced plan's live rows (one period from the sync service) for the year-on-year comparison. The service
 * keeps status words, not the plan's key or colours: completion is read with the default vocabulary.
 *
 * @example
 * yearActionsOfRows(planResponse.rows)[0]; // { id: 'r7', where: 'Ref 1a', action: '…', complete: true, … }
 */
export function yearActionsOfRows(rows: PlanRow[]): YearAction[] {
  return rows.filter((r) => !r.deleted && (r.fields.action ?? '').trim()).map((r) => {
    const status = r.fields.status ?? '';
    const ref = (r.fields.ref ?? '').trim() || null;
    return {
      id: r.id,
      where: ref ? `Ref ${ref}` : '',
      ref,
      indicator: (r.fields.indicator ?? '').trim() || null,
      action: r.fields.action ?? '',
      status,
      progress: r.fields.progress ?? '',
      complete: isCompleteStatus(status, statusToRag(status, null, DEFAULT_RAG_KEY), DEFAULT_RAG_KEY),
    };
  });
}
