import { mountPane } from '../taskpane/pane';
import { button } from '../taskpane/controls';
import { el } from '../taskpane/dom';
import { useFluent } from '../taskpane/fluent';
import { createPreviewAdapter, type SavedPreview } from './preview-adapter';
import { loadSheets } from './load-sheets';
import { workbookBytes } from './workbook-bytes';

/** One kept workbook per preview user (`?user=`), so two tabs of one browser are two editors' workbooks. */
const SAVED_KEY = `equality-plans:preview-workbook:${new URLSearchParams(globalThis.location?.search ?? '').get('user') ?? ''}`;

/** Reads the workbook an earlier page load kept (dates revived), or null. */
function readSaved(): SavedPreview | null {
  try {
    const text = localStorage.getItem(SAVED_KEY);
    return text ? (JSON.parse(text, (_, v) => (v && typeof v === 'object' && typeof v.$date === 'string' ? new Date(v.$date) : v)) as SavedPreview) : null;
  } catch {
    return null;
  }
}

/** Keeps the workbook in this browser, as Excel keeps it in the file. A full quota only loses the keeping, never the page. */
function writeSaved(saved: SavedPreview) {
  if (!saved.name) return;
  try {
    // Date.prototype.toJSON runs before a replacer sees the value, so dates are tagged from the holder.
    localStorage.setItem(SAVED_KEY, JSON.stringify(saved, function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : v;
    }));
  } catch {
    /* quota exceeded or storage off: the preview still works, it just will not survive a reload */
  }
}

/** Samples the preview server offers (the bundled real plans). */
async function listSamples(): Promise<string[]> {
  try {
    const res = await fetch('samples/index.json');
    return res.ok ? ((await res.json()) as string[]) : [];
  } catch {
    return [];
  }
}

/** Saves bytes as a file the browser downloads. */
function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Preview mode: open a plan (.xlsx or .csv, or a bundled sample), edit it in the grid, insert and delete rows,
 * download it as .xlsx with its colours — with the real pane beside it.
 *
 * @example
 * await startPreview(document.getElementById('pane')!);
 */
export async function startPreview(paneRoot: HTMLElement) {
  useFluent();
  document.body.classList.add('preview');
  const gridHost = document.getElementById('grid')!;
  const bar = document.getElementById('preview-bar')!;
  const saved = readSaved();
  const adapter = createPreviewAdapter(gridHost, [{ name: 'Sheet1', values: [['Open a plan (.xlsx or .csv) above, drop one here, or pick a sample.']], fills: [], fonts: [], merges: [], validations: [] }], {
    restore: saved ?? undefined,
    persist: writeSaved,
  });
  (window as unknown as { previewAdapter: typeof adapter }).previewAdapter = adapter;

  const status = el('span', { id: 'load-status', role: 'status' });
  const load = async (data: ArrayBuffer, name: string) => {
    try {
      adapter.load(await loadSheets(data, name), name);
      status.textContent = `Loaded ${name}`;
    } catch (error) {
      status.textContent = `Could not open ${name}: ${(error as Error).message}`;
    }
  };
  const file = el('input', { type: 'file', id: 'file', accept: '.xlsx,.csv', class: 'sr-only' });
  const fileLabel = el('label', { for: 'file', class: 'file-button' }, 'Open a plan (.xlsx, .csv)…');
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) await load(await f.arrayBuffer(), f.name);
    file.value = '';
  });
  const samples = el('select', { id: 'sample', 'aria-label': 'Bundled sample plans', class: 'fluent-select' }, el('option', { value: '' }, 'Pick a sample plan…'));
  const names = await listSamples();
  for (const name of names) samples.append(el('option', { value: name }, name));
  samples.addEventListener('change', async () => {
    if (!samples.value) return;
    const res = await fetch(`samples/${encodeURIComponent(samples.value)}`);
    await load(await res.arrayBuffer(), samples.value);
  });
  const rowOfSelection = () => Number(/\d+$/.exec(adapter.selected() ?? '')?.[0] ?? 0);
  const insert = button('insert-row', 'Insert row above');
  insert.addEventListener('click', async () => {
    const row = rowOfSelection();
    if (!row) return void (status.textContent = 'Select a cell first: the row goes above it.');
    await adapter.insertRows(row, 1);
    adapter.notifyChanged(`A${row}`);
    status.textContent = `Row ${row} inserted.`;
  });
  const remove = button('delete-row', 'Delete row');
  remove.addEventListener('click', async () => {
    const row = rowOfSelection();
    if (!row) return void (status.textContent = 'Select a cell of the row to delete first.');
    await adapter.deleteRows([row]);
    adapter.notifyChanged(`A${row}`);
    status.textContent = `Row ${row} deleted.`;
  });
  const save = button('download', 'Download .xlsx');
  save.addEventListener('click', async () => {
    const base = (adapter.workbookName() || 'plan').replace(/\.(xlsx|csv)$/i, '');
    download(await workbookBytes(adapter.sheets()), `${base}.xlsx`);
    status.textContent = `Downloaded ${base}.xlsx`;
  });
  if (saved) status.textContent = `Restored ${saved.name} from this browser`;
  // A demo link names a sample to open (`?sample=`), unless this browser already keeps that workbook.
  const wanted = new URLSearchParams(location.search).get('sample');
  if (wanted && saved?.name !== wanted && names.includes(wanted)) {
    const res = await fetch(`samples/${encodeURIComponent(wanted)}`);
    await load(await res.arrayBuffer(), wanted);
  }
  bar.replaceChildren(el('strong', {}, 'Preview (outside Excel)'), file, fileLabel, samples, insert, remove, save, status);
  gridHost.addEventListener('dragover', (e) => e.preventDefault());
  gridHost.addEventListener('drop', async (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f) await load(await f.arrayBuffer(), f.name);
  });
  const service = new URLSearchParams(location.search).get('service') ?? 'http://127.0.0.1:7071';
  await mountPane(paneRoot, adapter, { serviceUrl: service, workbook: () => adapter.readWorkbookInfo() });
}
