/// <reference types="office-js" />
import { createOfficeAdapter } from '../excel/office-adapter';
import { mountPane } from './pane';
import '../sync/sync-view';
import '../compare/compare-view';
import '../year-on-year/year-on-year-view';

/** The workbook's file name as Office knows it (a URL or a path), without folders. */
function fileNameOfDocument(): string | undefined {
  try {
    const url = Office.context.document?.url;
    return url ? decodeURIComponent(url.split(/[\\/]/).pop() ?? '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Entry point of the task pane. In Excel, the pane works on the workbook through Office.js; anywhere
 * else (`Office.onReady` gives no host) it opens in preview mode beside an in-page grid.
 */
async function start() {
  const root = document.getElementById('pane')!;
  const info = typeof Office !== 'undefined' ? await Office.onReady() : { host: null };
  if (info.host === Office?.HostType?.Excel) {
    document.body.classList.add('in-excel');
    const adapter = createOfficeAdapter(Excel);
    const service = new URLSearchParams(location.search).get('service') ?? undefined;
    await mountPane(root, adapter, { serviceUrl: service, workbook: async () => ({ ...(await adapter.readWorkbookInfo()), fileName: fileNameOfDocument() }) });
    return;
  }
  // Preview: loaded on demand so the Excel bundle never carries exceljs or the grid view.
  const { startPreview } = await import('../preview/start-preview');
  await startPreview(root);
}

void start();
