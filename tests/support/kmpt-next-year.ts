import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** The bundled plan taken as last year's: KMPT's WRES action plan 2020-22. */
export const LAST_YEAR = 'samples/kmpt-wres-2020-22.xlsx';

/** What the edits below make of last year's actions (sheet rows), as a reviewer would say it. */
export const EXPECTED = {
  completed: [10, 15, 28, 32, 36, 39], // 10 marked Complete this year; 15 complete last year and gone; the rest complete in both
  closed: [33], // this year's status says it was withdrawn
  dropped: [13, 14, 22], // open last year, gone this year with nothing said
  reworded: [11], // carried over with new wording
  carriedOver: [11, 12, 18, 20, 21, 23, 26, 29, 37, 41],
  newActions: ['Launch a reciprocal mentoring programme for BAME staff and the executive team'],
};

/**
 * KMPT's plan edited into "this year's": retitled 2022-23, one action marked complete, one reworded, one withdrawn,
 * three removed (one of them already complete), one replaced by a new action. Everything else is carried over as is.
 *
 * @example
 * const bytes = await kmptNextYear(); // an .xlsx Buffer
 */
export async function kmptNextYear(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(LAST_YEAR) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.actualRowCount > 20)!;
  const set = (address: string, value: string | null) => {
    ws.getCell(address).value = value;
  };
  set('A1', 'WRES ACTION Plan 2022 -2023');
  set('F10', 'Complete');
  set('C11', 'Deliver the agreed recommendations of the recruitment review by March 2023.');
  for (const row of [13, 15, 22]) for (const col of ['C', 'D', 'E', 'F', 'G']) set(`${col}${row}`, null);
  set('C14', EXPECTED.newActions[0]);
  set('F14', 'Not yet begun');
  set('G33', 'Withdrawn – superseded by the Freedom to Speak Up strategy');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
