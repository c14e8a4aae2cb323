/// <reference types="office-js" />
import type { RagKeyEntry } from '../../shared/types';

/**
 * Remembers what was read from a workbook's other sheets (the RAG key on a "Key" sheet, a cover's title naming the
 * trust) until one of those sheets
 * changes, so that each check of the plan costs one sync instead of three. Excel tells us of any edit on any
 * sheet (`worksheets.onChanged`, ExcelApi 1.9); sheets added, removed, renamed or a different plan sheet show in
 * the signature (the sheet names and the plan's). Until the watch is in place, nothing is remembered.
 *
 * @example
 * const cache = createKeySheetCache();
 * cache.watch(context); // in the batch that reads the sheet names, before its sync
 * await context.sync();
 * cache.keysFor(signature, planSheet.id) ?? cache.remember(signature, readKeySheets(...));
 */
export function createKeySheetCache<T = RagKeyEntry[]>() {
  let remembered: { signature: string; keys: T } | null = null;
  let watching = false;
  let planSheetId = '';
  return {
    /** Asks Excel (once) to say when any sheet changes; an edit on the plan sheet itself leaves the key as it was. */
    watch(context: Excel.RequestContext) {
      if (watching) return;
      watching = true;
      context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.worksheetId !== planSheetId) remembered = null;
      });
    },
    /** The keys read last time, if no other sheet has changed since and the workbook has the same sheets. */
    keysFor(signature: string, planId: string): T | null {
      planSheetId = planId;
      return watching && remembered?.signature === signature ? remembered.keys : null;
    },
    remember(signature: string, keys: T): T {
      if (watching) remembered = { signature, keys };
      return keys;
    },
  };
}
