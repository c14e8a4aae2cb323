import { mountPane } from '../taskpane/pane';
import { el } from '../taskpane/dom';
import { createPreviewAdapter, type SavedPreview } from './preview-adapter';

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
import { loadSheets } from './load-sheets';

/** Samples the preview server offers (the bundled real plans). */
async function listSamples(): Promise<string[]> {
  try {
    const res = await fetch('samples/index.json');
    return res.ok ? ((await res.json()) as string[]) : [];
  } catch {
    return [];
  }
}

/**
 * Preview mode: a file picker / drop zone and the bundled samples above a grid, the real pane beside it.
 *
 * @example
 * await startPreview(document.getElementById('pane')!);
 */
export async function startPreview(paneRoot: HTMLElement) {
  document.body.classList.add('preview');
  const gridHost = document.getElementById('grid')!;
  const bar = document.getElementById('preview-bar')!;
  const saved = readSaved();
  const adapter = createPreviewAdapter(gridHost, [{ name: 'Sheet1', values: [['Drop a plan (.xlsx) here, or pick a sample above.']], fills: [], fonts: [], merges: [], validations: [] }], {
    restore: saved ?? undefined,
    persist: writeSaved,
  });
  (window as unknown as { previewAdapter: typeof adapter }).previewAdapter = adapter;

  const status = el('span', { id: 'load-status', role: 'status' });
  const load = async (data: ArrayBuffer, name: string) => {
    try {
      adapter.load(await loadSheets(data), name);
      status.textContent = `Loaded ${name}`;
    } catch (error) {
      status.textContent = `Could not open ${name}: ${(error as Error).message}`;
    }
  };
  const file = el('input', { type: 'file', id: 'file', accept: '.xlsx', 'aria-label': 'Open an .xlsx plan' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) await load(await f.arrayBuffer(), f.name);
  });
  const samples = el('select', { id: 'sample', 'aria-label': 'Bundled sample plans' }, el('option', { value: '' }, 'Pick a sample plan…'));
  for (const name of await listSamples()) samples.append(el('option', { value: name }, name));
  samples.addEventListener('change', async () => {
    if (!samples.value) return;
    const res = await fetch(`samples/${encodeURIComponent(samples.value)}`);
    await load(await res.arrayBuffer(), samples.value);
  });
  if (saved) status.textContent = `Restored ${saved.name} from this browser`;
  // A demo link names a sample to open (`?sample=`), unless this browser already keeps that workbook.
  const wanted = new URLSearchParams(location.search).get('sample');
  if (wanted && saved?.name !== wanted && (await listSamples()).includes(wanted)) {
    const res = await fetch(`samples/${encodeURIComponent(wanted)}`);
    await load(await res.arrayBuffer(), wanted);
  }
  bar.replaceChildren(el('strong', {}, 'Preview (outside Excel)'), file, samples, status);
  gridHost.addEventListener('dragover', (e) => e.preventDefault());
  gridHost.addEventListener('drop', async (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f) await load(await f.arrayBuffer(), f.name);
  });
  await mountPane(paneRoot, adapter);
}
