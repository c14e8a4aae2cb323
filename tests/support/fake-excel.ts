/**
 * A small in-memory Excel that behaves like the real one where it matters for the adapter:
 * - reading a property that was not loaded and synced throws (like PropertyNotLoaded);
 * - writes are queued and applied at `context.sync()`;
 * - `context.sync()` calls, proxy operations, format operations and cells read are counted;
 * - one sync's request payload over 5 MB throws (Excel on the web's limit), and with `responseLimitBytes` set, so does
 *   one whose response is (the web's other limit; desktop Excel has none).
 * It implements exactly the API surface addin/excel/office-adapter.ts uses, nothing more.
 */
import type { CellValue } from '../../shared/types';
import { columnLetter, parseA1 } from '../../addin/excel/a1';

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeCell {
  value: CellValue;
  fill: string | null;
  font: string | null;
  numberFormat: string;
  validation?: unknown;
  bold?: boolean;
  /** Indent level (Format Cells > Alignment > Indent); absent for none. */
  indent?: number;
  /** Text in italics; absent for upright. */
  italic?: boolean;
}

/** A chart as the adapter made it: type, data range (A1, sheet-relative), where it sits, series colours. */
export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  dataRange: string;
  seriesCount: number;
  title: string;
  legend: string | null;
  position: { start: string; end: string } | null;
  seriesColours: string[];
}

let sheetIds = 0;

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  hiddenColumns = new Set<number>();
  /** Rows hidden (0-based sheet rows), by the filter or by hand: Excel tells the two apart only by the filter's range. */
  hiddenRows = new Set<number>();
  /** The range of the sheet's AutoFilter (ExcelApi 1.9 `worksheet.autoFilter`), A1 ('A4:G15'), or null for none. */
  autoFilter: string | null = null;
  merges: string[] = [];
  charts: FakeChart[] = [];
  /** Columns autofitted, as the A1 ranges asked for. */
  autofitted: string[] = [];
  /** Column widths set (points), by 0-based column. */
  columnWidths = new Map<number, number>();
  /** Ranges whose text wraps (A1). */
  wrapped: string[] = [];
  /** The page set-up (ExcelApi 1.9 pageLayout). */
  pageLayout: { orientation?: string; paperSize?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number } } = {};
  /** The print header and footer used for every page (`pageLayout.headersFooters.defaultForAllPages`), each section as Excel keeps it ('Page &P of &N'). */
  headersFooters: Partial<Record<PrintSection, string>> = {};
  selected: string | null = null;
  /** Cells' notes (ExcelApi 1.18 `worksheet.notes`), by "row,column" (0-based): their text as Excel gives it. */
  notes = new Map<string, string>();
  /** Cells' threaded comments (ExcelApi 1.10 `worksheet.comments`), by "row,column": their text. */
  comments = new Map<string, string>();
  handlers: ((e: { address: string; triggerSource?: string }) => unknown)[] = [];
  /** Excel's sheet id: a GUID that stays when the sheet is renamed. */
  readonly id = `{${(++sheetIds).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000}`;
  constructor(public name: string) {}
  key(r: number, c: number) {
    return `${r},${c}`;
  }
  cell(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = { value: '', fill: null, font: null, numberFormat: 'General' }));
    return cell;
  }
  peek(r: number, c: number) {
    return this.cells.get(this.key(r, c));
  }
  setValues(rows: CellValue[][], top = 0, left = 0) {
    rows.forEach((row, r) => row.forEach((v, c) => (this.cell(top + r, left + c).value = v)));
  }
  usedBounds() {
    let bottom = -1;
    let right = -1;
    let top = Infinity;
    let left = Infinity;
    for (const [k, cell] of this.cells) {
      if ((cell.value === '' || cell.value === null) && !cell.fill) continue;
      const [r, c] = k.split(',').map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
      top = Math.min(top, r);
      left = Math.min(left, c);
    }
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = 0;
  settings = new Map<string, unknown>();
  /** Document properties (ExcelApi 1.7), as File → Info shows them. */
  properties: Record<string, string> = {};
  stats = { syncs: 0, operations: 0, formatOps: 0, runs: 0, maxPayloadBytes: 0, cellsRead: 0 };
  /**
   * Excel on the web refuses a sync whose response is over 5 MB (ResponsePayloadSizeLimitExceeded); desktop Excel has no
   * such cap. Null (the default) is desktop; PAYLOAD_LIMIT_BYTES is the web.
   */
  responseLimitBytes: number | null = null;
  /** The ExcelApi requirement set's minor version this Excel supports (18 = ExcelApi 1.18, which reads notes). */
  excelApi = 18;
  /** `Office.context.requirements.isSetSupported` of this Excel: ExcelApi up to `excelApi`. */
  readonly supports = (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= this.excelApi;
  constructor(names: string[] = ['Sheet1']) {
    this.sheets = names.map((n) => new FakeSheet(n));
  }
  get activeSheet() {
    return this.sheets[this.active];
  }
  resetStats() {
    this.stats = { syncs: 0, operations: 0, formatOps: 0, runs: 0, maxPayloadBytes: 0, cellsRead: 0 };
  }
  /** A stand-in for the `Excel` namespace: only `run`. */
  get excel() {
    // Excel.run(batch) or Excel.run(existingContext, batch): the second form reuses a context (e.g. to remove an event handler).
    return {
      run: (...args: unknown[]) => args.length > 1 && args[0] instanceof FakeContext
        ? (this.stats.runs++, (args[1] as (ctx: FakeContext) => Promise<unknown>)(args[0]))
        : this.run(args[args.length - 1] as (ctx: FakeContext) => Promise<unknown>),
    } as unknown as typeof Excel;
  }
  async run<T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
    this.stats.runs++;
    return batch(new FakeContext(this));
  }
  /** Handlers of `worksheets.onChanged` (ExcelApi 1.9): told of an edit on any sheet, with the sheet's id. */
  sheetsHandlers: ((e: { address: string; worksheetId: string; triggerSource?: string }) => unknown)[] = [];
  /** Simulates a user edit: changes the cell and fires onChanged like Excel does. */
  async userEdit(address: string, value: CellValue, triggerSource: string | null = 'Unknown') {
    await this.userEditOn(this.activeSheet.name, address, value, triggerSource);
  }
  /** Simulates a user edit on any sheet: the sheet's own handlers (if it is the one they were added on) and the workbook's. */
  async userEditOn(sheetName: string, address: string, value: CellValue, triggerSource: string | null = 'Unknown') {
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const a = parseA1(address);
    sheet.cell(a.top, a.left).value = value;
    // Excel before ExcelApi 1.14 says nothing of who made the change (null here): triggerSource is then absent.
    const source = triggerSource === null ? {} : { triggerSource };
    for (const h of sheet.handlers) await h({ address, ...source });
    for (const h of this.sheetsHandlers) await h({ address, worksheetId: sheet.id, ...source });
  }
}

/** A queued operation: its request size, what it does at sync, and (a read) the size of what it sends back. */
type Pending = { bytes: number; apply: () => void; response?: () => number };

type PrintSection = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';

class Loadable {
  protected loaded = new Set<string>();
  protected requested = new Set<string>();
  constructor(protected ctx: FakeContext) {}
  load(props?: string | string[]) {
    this.ctx.op();
    const list = Array.isArray(props) ? props : (props ?? '').split(',');
    for (const p of list.map((s) => s.trim()).filter(Boolean)) this.requested.add(p);
    this.ctx.queue({ bytes: 64, apply: () => this.requested.forEach((p) => this.loaded.add(p)), response: this.responseOf(list) });
    return this;
  }
  /** The size of what loading these properties sends back, where it can be large (a range's values). */
  protected responseOf(_props: string[]): (() => number) | undefined {
    return undefined;
  }
  /** As if `prop` had been loaded and synced (a collection's items come back with what was loaded on them). */
  withLoaded(prop: string) {
    this.loaded.add(prop);
    return this;
  }
  protected read<T>(prop: string, get: () => T): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return get();
  }
}

export class FakeContext {
  private pending: Pending[] = [];
  constructor(public book: FakeWorkbook) {}
  op() {
    this.book.stats.operations++;
  }
  queue(p: Pending) {
    this.pending.push(p);
  }
  get workbook() {
    const ctx = this;
    return {
      worksheets: {
        getActiveWorksheet: () => (ctx.op(), new FakeWorksheetProxy(ctx, () => ctx.book.activeSheet)),
        onChanged: {
          add: (handler: FakeWorkbook['sheetsHandlers'][number]) => {
            ctx.op();
            ctx.queue({ bytes: 64, apply: () => ctx.book.sheetsHandlers.push(handler) });
            return { context: ctx, remove: () => ctx.queue({ bytes: 32, apply: () => (ctx.book.sheetsHandlers = ctx.book.sheetsHandlers.filter((h) => h !== handler)) }) };
          },
        },
        /** 'items/name' loads the sheets, each with its name (a worksheet proxy: getUsedRange works on it). */
        load(props: string) {
          ctx.op();
          let ready = false;
          ctx.queue({ bytes: 32, apply: () => (ready = props === 'items/name') });
          Object.defineProperty(this, 'items', { configurable: true, get: () => {
            if (!ready) throw new Error("PropertyNotLoaded: The property 'items' is not available.");
            return ctx.book.sheets.map((s) => new FakeWorksheetProxy(ctx, () => s).withLoaded('name'));
          } });
        },
        getItemOrNullObject: (name: string) => {
          ctx.op();
          const proxy = new FakeWorksheetProxy(ctx, () => ctx.book.sheets.find((s) => s.name === name) ?? null);
          ctx.queue({ bytes: 32, apply: () => proxy.markSynced() });
          return proxy;
        },
        add: (name: string) => {
          ctx.op();
          const sheet = new FakeSheet(name);
          ctx.queue({ bytes: 64 + name.length, apply: () => ctx.book.sheets.push(sheet) });
          return new FakeWorksheetProxy(ctx, () => sheet);
        },
      },
      get properties() {
        ctx.op();
        let ready = false;
        const book = ctx.book;
        return new Proxy({}, {
          get(_t, prop: string) {
            if (prop === 'load') return () => (ctx.op(), ctx.queue({ bytes: 32, apply: () => (ready = true) }));
            if (!ready) throw new Error(`PropertyNotLoaded: The property '${prop}' is not available.`);
            return book.properties[prop] ?? '';
          },
        });
      },
      settings: {
        getItemOrNullObject: (key: string) => (ctx.op(), new FakeSettingProxy(ctx, key)),
        add: (key: string, value: unknown) => {
          ctx.op();
          const json = JSON.stringify(value);
          ctx.queue({ bytes: 64 + (json?.length ?? 0) * 2, apply: () => ctx.book.settings.set(key, JSON.parse(json)) });
        },
      },
    };
  }
  async sync() {
    this.book.stats.syncs++;
    const bytes = this.pending.reduce((n, p) => n + p.bytes, 0);
    this.book.stats.maxPayloadBytes = Math.max(this.book.stats.maxPayloadBytes, bytes);
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      this.pending = [];
      throw new Error(`RequestPayloadSizeLimitExceeded: the request is ${bytes} bytes; Excel on the web accepts at most ${PAYLOAD_LIMIT_BYTES}.`);
    }
    const work = this.pending;
    this.pending = [];
    for (const p of work) p.apply();
    const limit = this.book.responseLimitBytes;
    if (limit !== null) {
      const response = work.reduce((n, p) => n + (p.response?.() ?? 0), 0);
      if (response > limit) throw Object.assign(new Error(`ResponsePayloadSizeLimitExceeded: the response is ${response} bytes; Excel on the web sends at most ${limit}.`), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
  }
}

class FakeSettingProxy extends Loadable {
  constructor(ctx: FakeContext, private key: string) {
    super(ctx);
  }
  get isNullObject() {
    return this.read('value', () => !this.ctx.book.settings.has(this.key));
  }
  get value() {
    return this.read('value', () => this.ctx.book.settings.get(this.key));
  }
}

class FakeWorksheetProxy extends Loadable {
  constructor(ctx: FakeContext, private resolve: () => FakeSheet | null) {
    super(ctx);
  }
  private get sheet() {
    const s = this.resolve();
    if (!s) throw new Error('ItemNotFound: the worksheet does not exist.');
    return s;
  }
  get isNullObject() {
    // Like Excel, null-ness is known only after a sync.
    if (!this.synced) throw new Error('PropertyNotLoaded: isNullObject is known only after context.sync().');
    return this.resolve() === null;
  }
  private synced = false;
  markSynced() {
    this.synced = true;
  }
  get name() {
    return this.read('name', () => this.sheet.name);
  }
  get id() {
    return this.read('id', () => this.sheet.id);
  }
  get onChanged() {
    return {
      add: (handler: (e: { address: string; triggerSource?: string }) => unknown) => {
        this.ctx.op();
        this.ctx.queue({ bytes: 64, apply: () => this.sheet.handlers.push(handler) });
        const sheet = () => this.sheet;
        return { context: this.ctx, remove: () => this.ctx.queue({ bytes: 32, apply: () => (sheet().handlers = sheet().handlers.filter((h) => h !== handler)) }) };
      },
    };
  }
  getUsedRange() {
    this.ctx.op();
    const s = () => this.sheet;
    return new FakeRangeProxy(this.ctx, () => {
      const b = s().usedBounds();
      return { sheet: s(), ...b };
    });
  }
  getRange(address?: string) {
    this.ctx.op();
    // No address: the whole sheet (1,048,576 rows × 16,384 columns), as in Excel.
    const a = address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseA1(address);
    return new FakeRangeProxy(this.ctx, () => ({ sheet: this.sheet, ...a }));
  }
  /** RangeAreas (ExcelApi 1.9): only the format setters the adapter uses; each counts as a format operation. */
  getRanges(address: string) {
    this.ctx.op();
    const ctx = this.ctx;
    const sheet = () => this.sheet;
    const areas = address.split(/[,;]/).map((part) => parseA1(part));
    const each = (f: (cell: FakeCell) => void) => () => {
      for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) f(sheet().cell(r, c));
    };
    const set = (bytes: number, f: (cell: FakeCell) => void) => {
      ctx.op();
      ctx.book.stats.formatOps++;
      ctx.queue({ bytes: bytes + address.length, apply: each(f) });
    };
    return {
      format: {
        fill: {
          set color(color: string) {
            set(32, (cell) => (cell.fill = color.toUpperCase() === '#FFFFFF' ? null : color.toUpperCase()));
          },
          clear: () => set(16, (cell) => (cell.fill = null)),
        },
        font: {
          set color(color: string) {
            set(32, (cell) => (cell.font = color.toUpperCase()));
          },
          set bold(bold: boolean) {
            set(16, (cell) => (cell.bold = bold));
          },
        },
      },
    };
  }
  /** Like Office.js, a navigation property returns the same proxy every time (load on it, read items from it). */
  private chartsProxy?: unknown;
  /** The sheet's charts (ExcelApi 1.1): add, load items, delete. */
  get charts() {
    if (this.chartsProxy) return this.chartsProxy as ReturnType<FakeWorksheetProxy['makeCharts']>;
    this.chartsProxy = this.makeCharts();
    return this.chartsProxy as ReturnType<FakeWorksheetProxy['makeCharts']>;
  }
  private makeCharts() {
    this.ctx.op();
    const ctx = this.ctx;
    const sheet = () => this.sheet;
    const proxyOf = (chart: FakeChart) => ({
      get name() {
        return chart.name;
      },
      delete: () => {
        ctx.op();
        ctx.queue({ bytes: 32, apply: () => (sheet().charts = sheet().charts.filter((c) => c !== chart)) });
      },
    });
    const collection = new (class extends Loadable {
      /** 'items/name' loads the items (with their names), as in Office.js. */
      override load(props?: string | string[]) {
        const list = Array.isArray(props) ? props : (props ?? '').split(',');
        return super.load(list.map((p) => p.trim().split('/')[0]));
      }
      get items() {
        return this.read('items', () => sheet().charts.map(proxyOf));
      }
      add(type: string, source: FakeRangeProxy, seriesBy = 'Auto') {
        ctx.op();
        const a = source.areaOf();
        const chart: FakeChart = {
          name: `Chart ${sheet().charts.length + 1}`, type, seriesBy, title: '', legend: null, position: null, seriesColours: [],
          dataRange: `${columnLetter(a.left)}${a.top + 1}:${columnLetter(a.right)}${a.bottom + 1}`,
          // Series by columns: one series per column after the category column.
          seriesCount: seriesBy === 'Rows' ? a.bottom - a.top : a.right - a.left,
        };
        ctx.queue({ bytes: 128, apply: () => sheet().charts.push(chart) });
        const queueSet = (f: () => void) => {
          ctx.op();
          ctx.queue({ bytes: 64, apply: f });
        };
        return {
          set name(name: string) {
            queueSet(() => (chart.name = name));
          },
          title: {
            set text(text: string) {
              queueSet(() => (chart.title = text));
            },
          },
          legend: {
            set position(position: string) {
              queueSet(() => (chart.legend = position));
            },
          },
          setPosition: (start: string, end?: string) => queueSet(() => (chart.position = { start, end: end ?? start })),
          series: {
            getItemAt: (i: number) => ({
              format: {
                fill: {
                  setSolidColor: (color: string) => queueSet(() => {
                    // Like Excel: asking for a series the chart does not have fails the whole request.
                    if (i >= chart.seriesCount) throw new Error(`ItemNotFound: the chart has ${chart.seriesCount} series; there is no series ${i}.`);
                    chart.seriesColours[i] = color.toUpperCase();
                  }),
                },
              },
            }),
          },
        };
      }
    })(ctx);
    return collection;
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number) {
    this.ctx.op();
    return new FakeRangeProxy(this.ctx, () => ({ sheet: this.sheet, top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 }));
  }
  delete() {
    this.ctx.op();
    this.ctx.queue({ bytes: 32, apply: () => (this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== this.resolve())) });
  }
  activate() {
    this.ctx.op();
    this.ctx.queue({ bytes: 32, apply: () => (this.ctx.book.active = this.ctx.book.sheets.indexOf(this.sheet)) });
  }
  private notesProxy?: FakeNotes;
  private commentsProxy?: FakeNotes;
  /** The sheet's notes (ExcelApi 1.18): the same proxy every time, as a navigation property is. */
  get notes() {
    return (this.notesProxy ??= this.makeNotes('notes', 18));
  }
  /** The sheet's threaded comments (ExcelApi 1.10). */
  get comments() {
    return (this.commentsProxy ??= this.makeNotes('comments', 10));
  }
  /**
   * A collection of notes or comments: `load('items/content')`, then each item's `content` and `getLocation()` (a
   * range whose rowIndex and columnIndex are loaded and synced like any other). In an Excel without the requirement set,
   * the request fails at sync, as Office.js's does (ApiNotFound).
   */
  private makeNotes(kind: 'notes' | 'comments', minor: number): FakeNotes {
    this.ctx.op();
    const ctx = this.ctx;
    const sheet = () => this.sheet;
    if (ctx.book.excelApi < minor) ctx.queue({ bytes: 16, apply: () => { throw new Error(`ApiNotFound: worksheet.${kind} needs ExcelApi 1.${minor}; this Excel supports 1.${ctx.book.excelApi}.`); } });
    return new (class extends Loadable {
      private paths = new Set<string>();
      override load(props?: string | string[]) {
        const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim());
        list.forEach((p) => this.paths.add(p));
        return super.load(list.map((p) => p.split('/')[0]));
      }
      get items() {
        return this.read('items', () => [...sheet()[kind]].map(([key, text]) => {
          const [r, c] = key.split(',').map(Number);
          const paths = this.paths;
          return {
            get content() {
              if (!paths.has('items/content')) throw new Error("PropertyNotLoaded: The property 'content' is not available.");
              return text;
            },
            getLocation: () => (ctx.op(), new FakeRangeProxy(ctx, () => ({ sheet: sheet(), top: r, left: c, bottom: r, right: c }))),
          };
        }));
      }
    })(ctx);
  }
  /** The sheet's AutoFilter (ExcelApi 1.9): its range, a null object when the sheet has no filter; an older Excel fails the sync. */
  get autoFilter() {
    const ctx = this.ctx;
    const sheet = () => this.sheet;
    return {
      getRangeOrNullObject: () => {
        ctx.op();
        if (ctx.book.excelApi < 9) ctx.queue({ bytes: 16, apply: () => { throw new Error(`ApiNotFound: worksheet.autoFilter needs ExcelApi 1.9; this Excel supports 1.${ctx.book.excelApi}.`); } });
        return new (class extends Loadable {
          get isNullObject() {
            return this.read('address', () => sheet().autoFilter === null);
          }
          get address() {
            return this.read('address', () => (sheet().autoFilter === null ? '' : `${sheet().name}!${sheet().autoFilter}`));
          }
        })(ctx);
      },
    };
  }
  /** PageLayout (ExcelApi 1.9): the settable properties the adapter uses. */
  get pageLayout() {
    const ctx = this.ctx;
    const sheet = () => this.sheet;
    const set = (k: 'orientation' | 'paperSize' | 'zoom') => (v: unknown) => {
      ctx.op();
      ctx.queue({ bytes: 32, apply: () => ((sheet().pageLayout as Record<string, unknown>)[k] = v) });
    };
    // headersFooters.defaultForAllPages (ExcelApi 1.9): each section readable only once loaded and synced; an older Excel fails the sync.
    const headersFooters = {
      get defaultForAllPages() {
        ctx.op();
        if (ctx.book.excelApi < 9) ctx.queue({ bytes: 16, apply: () => { throw new Error(`ApiNotFound: pageLayout.headersFooters needs ExcelApi 1.9; this Excel supports 1.${ctx.book.excelApi}.`); } });
        return new (class extends Loadable {
          private section(k: PrintSection) {
            return this.read(k, () => sheet().headersFooters[k] ?? '');
          }
          get leftHeader() { return this.section('leftHeader'); }
          get centerHeader() { return this.section('centerHeader'); }
          get rightHeader() { return this.section('rightHeader'); }
          get leftFooter() { return this.section('leftFooter'); }
          get centerFooter() { return this.section('centerFooter'); }
          get rightFooter() { return this.section('rightFooter'); }
        })(ctx);
      },
    };
    return {
      headersFooters,
      set orientation(v: string) { set('orientation')(v); },
      set paperSize(v: string) { set('paperSize')(v); },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) { set('zoom')(v); },
    };
  }
  override load(props?: string | string[]) {
    super.load(props);
    this.ctx.queue({ bytes: 0, apply: () => this.markSynced() });
    return this;
  }
}

/** A sheet's notes or comments as the adapter sees them. */
interface FakeNotes {
  load(props?: string | string[]): unknown;
  readonly items: { readonly content: string; getLocation(): FakeRangeProxy }[];
}

interface Area {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

class FakeRangeProxy extends Loadable {
  constructor(ctx: FakeContext, private area: () => Area) {
    super(ctx);
  }
  /** The rectangle this range stands for (used by charts.add). */
  areaOf(): Area {
    return this.area();
  }
  /** Range.clear (ExcelApi 1.1): 'All' removes values and formats, 'Contents' values, 'Formats' formats. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All') {
    this.ctx.op();
    this.ctx.queue({ bytes: 32, apply: () => {
      const a = this.area();
      for (const [k, cell] of [...a.sheet.cells]) {
        const [r, c] = k.split(',').map(Number);
        if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
        if (applyTo === 'All') a.sheet.cells.delete(k);
        else if (applyTo === 'Contents') cell.value = '';
        else Object.assign(cell, { fill: null, font: null, numberFormat: 'General', bold: undefined });
      }
    } });
  }
  get format() {
    const ctx = this.ctx;
    const area = this.area;
    const a1 = (a: Area) => `${columnLetter(a.left)}${a.top + 1}:${columnLetter(a.right)}${a.bottom + 1}`;
    return {
      autofitColumns: () => {
        ctx.op();
        ctx.queue({ bytes: 32, apply: () => {
          const a = area();
          a.sheet.autofitted.push(a1(a));
        } });
      },
      set columnWidth(points: number) {
        ctx.op();
        ctx.queue({ bytes: 32, apply: () => {
          const a = area();
          for (let c = a.left; c <= a.right; c++) a.sheet.columnWidths.set(c, points);
        } });
      },
      set wrapText(wrap: boolean) {
        ctx.op();
        ctx.queue({ bytes: 32, apply: () => wrap && area().sheet.wrapped.push(a1(area())) });
      },
      set verticalAlignment(_v: string) {
        ctx.op();
      },
    };
  }
  private cellsOf<T>(f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const a = this.area();
    // What a read costs in Excel: every cell whose value or format comes back.
    this.ctx.book.stats.cellsRead += (a.bottom - a.top + 1) * (a.right - a.left + 1);
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(a.sheet.peek(r, c), r, c));
      out.push(row);
    }
    return out;
  }
  protected override responseOf(props: string[]) {
    return props.some((p) => p.trim() === 'values') ? () => JSON.stringify(this.cellsOf((cell) => cell?.value ?? '')).length : undefined;
  }
  get values() {
    return this.read('values', () => this.cellsOf((cell) => cell?.value ?? ''));
  }
  set values(rows: CellValue[][]) {
    this.ctx.op();
    const json = JSON.stringify(rows).length;
    this.ctx.queue({
      bytes: json,
      apply: () => {
        const a = this.area();
        rows.forEach((row, r) => row.forEach((v, c) => {
          const cell = a.sheet.cell(a.top + r, a.left + c);
          // Excel evaluates '=…' unless the cell is formatted as text.
          cell.value = typeof v === 'string' && /^[=+\-@]/.test(v) && cell.numberFormat !== '@' ? `#FORMULA(${v})` : v;
        }));
      },
    });
  }
  getEntireRow() {
    this.ctx.op();
    const a = this.area;
    return new FakeRangeProxy(this.ctx, () => ({ ...a(), left: 0, right: 16_383 }));
  }
  /** Range.insert / delete on whole rows (ExcelApi 1.1): cells, fills and formats below move with their rows. */
  insert(shift: string) {
    this.shiftRows(shift, 'insert');
  }
  delete(shift: string) {
    this.shiftRows(shift, 'delete');
  }
  private shiftRows(shift: string, kind: 'insert' | 'delete') {
    this.ctx.op();
    this.ctx.queue({ bytes: 64, apply: () => {
      const a = this.area();
      if (a.left !== 0 || a.right !== 16_383) throw new Error('The fake supports inserting and deleting whole rows only.');
      if (shift !== (kind === 'insert' ? 'Down' : 'Up')) throw new Error(`InvalidArgument: shift ${shift}`);
      const count = a.bottom - a.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [k, cell] of a.sheet.cells) {
        const [r, c] = k.split(',').map(Number);
        if (r < a.top) moved.set(k, cell);
        else if (kind === 'insert') moved.set(a.sheet.key(r + count, c), cell);
        else if (r > a.bottom) moved.set(a.sheet.key(r - count, c), cell);
      }
      a.sheet.cells = moved;
    } });
    return this;
  }
  getEntireColumn() {
    this.ctx.op();
    const a = this.area;
    return new FakeRangeProxy(this.ctx, () => ({ ...a(), top: 0, bottom: 1_048_575 }));
  }
  set columnHidden(hidden: boolean) {
    this.ctx.op();
    this.ctx.queue({ bytes: 32, apply: () => {
      const a = this.area();
      for (let c = a.left; c <= a.right; c++) (hidden ? a.sheet.hiddenColumns.add(c) : a.sheet.hiddenColumns.delete(c));
    } });
  }
  set numberFormat(rows: string[][]) {
    this.ctx.op();
    this.ctx.queue({ bytes: JSON.stringify(rows).length, apply: () => {
      const a = this.area();
      rows.forEach((row, r) => row.forEach((f, c) => (a.sheet.cell(a.top + r, a.left + c).numberFormat = f)));
    } });
  }
  get rowCount() {
    return this.read('rowCount', () => this.area().bottom - this.area().top + 1);
  }
  get columnCount() {
    return this.read('columnCount', () => this.area().right - this.area().left + 1);
  }
  get rowIndex() {
    return this.read('rowIndex', () => this.area().top);
  }
  get columnIndex() {
    return this.read('columnIndex', () => this.area().left);
  }
  get address() {
    return this.read('address', () => {
      const a = this.area();
      return `${a.sheet.name}!${columnLetter(a.left)}${a.top + 1}:${columnLetter(a.right)}${a.bottom + 1}`;
    });
  }
  getCellProperties(_spec: unknown) {
    this.ctx.op();
    let value: unknown = undefined;
    let ready = false;
    this.ctx.queue({ bytes: 128, apply: () => {
      // Excel reports an unfilled cell as white and automatic text as black.
      value = this.cellsOf((cell) => ({ format: { fill: { color: cell?.fill ?? '#FFFFFF' }, font: { color: cell?.font ?? '#000000', italic: cell?.italic ?? false }, indentLevel: cell?.indent ?? 0 } }));
      ready = true;
    }, response: () => JSON.stringify(value).length });
    return {
      get value() {
        if (!ready) throw new Error('PropertyNotLoaded: the ClientResult value is available only after context.sync().');
        return value as { format: { fill: { color: string } } }[][];
      },
    };
  }
  /** Range.getRowProperties (ExcelApi 1.9): one entry a row of the range, here only whether it is hidden; an older Excel fails the sync. */
  getRowProperties(spec: { rowHidden?: boolean }) {
    this.ctx.op();
    let value: { rowHidden?: boolean }[] | undefined;
    const book = this.ctx.book;
    this.ctx.queue({ bytes: 64, apply: () => {
      if (book.excelApi < 9) throw new Error(`ApiNotFound: Range.getRowProperties needs ExcelApi 1.9; this Excel supports 1.${book.excelApi}.`);
      const a = this.area();
      value = Array.from({ length: a.bottom - a.top + 1 }, (_, i) => (spec.rowHidden ? { rowHidden: a.sheet.hiddenRows.has(a.top + i) } : {}));
    } });
    return {
      get value() {
        if (!value) throw new Error('PropertyNotLoaded: the ClientResult value is available only after context.sync().');
        return value;
      },
    };
  }
  setCellProperties(props: { format?: { fill?: { color?: string; pattern?: string }; font?: { color?: string } } }[][]) {
    this.ctx.op();
    this.ctx.book.stats.formatOps++;
    this.ctx.queue({ bytes: JSON.stringify(props).length, apply: () => {
      const a = this.area();
      props.forEach((row, r) => row.forEach((p, c) => {
        if (!p.format) return;
        const cell = a.sheet.cell(a.top + r, a.left + c);
        if (p.format.fill?.color) cell.fill = p.format.fill.color.toUpperCase() === '#FFFFFF' ? null : p.format.fill.color.toUpperCase();
        if (p.format.fill?.pattern === 'None') cell.fill = null;
        if (p.format.font?.color) cell.font = p.format.font.color.toUpperCase();
      }));
    } });
  }
  setRowProperties(props: { format?: { fill?: { color?: string; pattern?: string }; font?: { color?: string } } }[]) {
    this.ctx.op();
    this.ctx.book.stats.formatOps++;
    this.ctx.queue({ bytes: JSON.stringify(props).length, apply: () => {
      const a = this.area();
      props.forEach((p, r) => {
        if (!p.format) return;
        for (let c = a.left; c <= a.right; c++) {
          const cell = a.sheet.cell(a.top + r, c);
          if (p.format.fill?.color) cell.fill = p.format.fill.color.toUpperCase() === '#FFFFFF' ? null : p.format.fill.color.toUpperCase();
          if (p.format.fill?.pattern === 'None') cell.fill = null;
          if (p.format.font?.color) cell.font = p.format.font.color.toUpperCase();
        }
      });
    } });
  }
  getMergedAreasOrNullObject() {
    this.ctx.op();
    const sheet = () => this.area().sheet;
    const proxy = new (class extends Loadable {
      get isNullObject() {
        return this.read('address', () => sheet().merges.length === 0);
      }
      get address() {
        return this.read('address', () => sheet().merges.map((m) => `${sheet().name}!${m}`).join(','));
      }
    })(this.ctx);
    return proxy;
  }
  select() {
    this.ctx.op();
    this.ctx.queue({ bytes: 32, apply: () => {
      const a = this.area();
      a.sheet.selected = `${columnLetter(a.left)}${a.top + 1}`;
    } });
  }
  get dataValidation() {
    const ctx = this.ctx;
    const area = this.area;
    return {
      clear: () => ctx.op(),
      set rule(rule: unknown) {
        ctx.op();
        ctx.queue({ bytes: JSON.stringify(rule).length * 2, apply: () => {
          const a = area();
          for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) a.sheet.cell(r, c).validation = rule;
        } });
      },
      set errorAlert(_alert: unknown) {
        ctx.op();
      },
    };
  }
}
