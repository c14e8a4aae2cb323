/** A formula cell exceljs read with no result: 0-based row and column, its A1 address, its formula. */
export interface FormulaWithoutResult {
  row: number;
  column: number;
  address: string;
  formula: string;
}

/**
 * Of the formula cells exceljs read with no result, those whose sheet XML holds no value at all (`<c><f>…</f></c>`):
 * a workbook written by a program that never calculated it. exceljs reads a formula whose saved result is an empty
 * text (`<v></v>`, as Excel saves '=IF(…,"",…)') the same way, and that cell is rightly blank, so the file itself
 * decides. Sheets are matched by name through the workbook's own parts. Only called when there are such cells, so a
 * workbook Excel saved pays nothing; the zip library is exceljs's own (installed with it), loaded on demand.
 *
 * @example
 * await findUnsavedFormulas(bytes, new Map([['Plan', [{ row: 11, column: 5, address: 'F12', formula: 'IF(G12>=1,"Complete","")' }]]]));
 * // Map { 'Plan' => [{ row: 11, column: 5, address: 'F12', formula: 'IF(G12>=1,"Complete","")' }] } when F12 has no <v>
 */
export async function findUnsavedFormulas(bytes: Uint8Array, candidates: Map<string, FormulaWithoutResult[]>): Promise<Map<string, FormulaWithoutResult[]>> {
  const found = new Map<string, FormulaWithoutResult[]>();
  if (candidates.size === 0) return found;
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  for (const [sheetName, cells] of candidates) {
    const path = paths.get(sheetName);
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    if (xml === undefined) continue;
    const valueless = valuelessFormulaCells(xml);
    const unsaved = cells.filter((c) => valueless.has(c.address));
    if (unsaved.length) found.set(sheetName, unsaved);
  }
  return found;
}

/** Sheet name → its part's path in the zip, from xl/workbook.xml and its relationships. */
async function sheetPaths(zip: import('jszip')): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const id = attribute(m[0], 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) paths.set(decodeXml(name), target);
  }
  return paths;
}

/** Addresses of the cells holding a formula and no value element. */
function valuelessFormulaCells(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const inner = m[2] ?? '';
    if (!/<(?:\w+:)?f\b/.test(inner) || /<(?:\w+:)?v\b/.test(inner)) continue;
    const address = attribute(m[1], 'r');
    if (address) out.add(address.toUpperCase());
  }
  return out;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
