/// <reference types="office-js" />
import { createOfficeAdapter } from '../excel/office-adapter';
import { mountPane } from './pane';
import '../sync/sync-view';
import '../compare/compare-view';

/**
 * Entry point of the task pane. In Excel, the pane works on the workbook through Office.js; anywhere
 * else (`Office.onReady` gives no host) it opens in preview mode beside an in-page grid.
 */
async function start() {
  const root = document.getElementById('pane')!;
  const info = typeof Office !== 'undefined' ? await Office.onReady() : { host: null };
  if (info.host === Office?.HostType?.Excel) {
    document.body.classList.add('in-excel');
    await mountPane(root, createOfficeAdapter(Excel));
    return;
  }
  // Preview: loaded on demand so the Excel bundle never carries exceljs or the grid view.
  const { startPreview } = await import('../preview/start-preview');
  await startPreview(root);
}

void start();
