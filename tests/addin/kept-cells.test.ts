import { describe, expect, it } from 'vitest';
import { cellsOfPlace, openKeptCells, packKeptCells } from '../../addin/colour/kept-cells';
import { keptColoursOf } from '../../addin/colour/kept-colours';
import { idRowsOf } from '../../addin/row-ids';
import { ROW_ID_HEADER } from '../../shared/types';

/**
 * What the add-in keeps of its colours is written into the workbook and read back by the next version of the add-in
 * too: every cell it keeps must come back as the same cell, in the form it has kept since (by row id) and the one a
 * workbook coloured earlier holds (by address); and a row's id must be found wherever the row is now.
 */
describe('the kept colours as the workbook holds them', () => {
  it('a sheet coloured by status cells, whole rows and a form\'s RAG rows packs small and opens to the same cells and looks', () => {
    const cells = {
      captured: new Set(['2,4', '3,4', '4,4', '9,0', '9,1', '9,3', 'a1/0,0', 'a1/0,1', 'a1/0,2', 'a1/0,4', 'b2/0,0', 'b2/0,1', 'b2/0,2', 'b2/0,4', 'c3/3,1']),
      coloured: new Set(['2,4', '3,4', 'a1/0,4', 'b2/0,4', 'c3/3,1']),
      looks: new Map([['3,4', { fill: '#FFFF00', font: '#000000' }], ['a1/0,1', { fill: null, font: '#1F4E79' }], ['c3/3,1', { fill: '#F2F2F2', font: '#000000' }]]),
    };
    const packed = packKeptCells(cells);
    expect(packed.captured.sort()).toEqual(['A10:B10', 'D10', 'E3:E5']);
    expect(packed.capturedRows).toEqual([['A:C,E', 0, ['a1', 'b2']], ['B', 3, ['c3']]]);
    expect(packed.colouredRows).toEqual([['E', 0, ['a1', 'b2']], ['B', 3, ['c3']]]);
    // Through the setting as Excel keeps it (JSON), back to the very same cells.
    const opened = openKeptCells(keptColoursOf(JSON.parse(JSON.stringify({ sheets: [['Plan', packed]] })), 'Plan'));
    expect([...opened.captured].sort()).toEqual([...cells.captured].sort());
    expect([...opened.coloured].sort()).toEqual([...cells.coloured].sort());
    expect(opened.looks.get('a1/0,1')).toEqual({ fill: null, font: '#1F4E79' });
    expect(opened.looks.get('3,4')).toEqual({ fill: '#FFFF00', font: '#000000' });
  });

  it('a setting written before looks were kept by row id opens as the cells it named by address', () => {
    const opened = openKeptCells(keptColoursOf({ sheets: [['Plan', { captured: ['E3:E5'], originals: [['3,4', '#FFFF00', '#000000']], coloured: ['E3:E5'] }]] }, 'Plan'));
    expect([...opened.coloured]).toEqual(['2,4', '3,4', '4,4']);
    expect(opened.looks.get('3,4')?.fill).toBe('#FFFF00');
    expect(cellsOfPlace('3,4', new Map())).toEqual([[3, 4]]);
  });

  it('a malformed kept-by-id part reads as nothing kept, never as wrong cells', () => {
    expect(keptColoursOf({ sheets: [['Plan', { captured: [], originals: [], coloured: [], colouredRows: [['E', 'zero', 'a1']] }]] }, 'Plan').coloured).toEqual([]);
    expect(keptColoursOf({ sheets: [['Plan', { captured: [], originals: [], coloured: [], colouredRows: [['E', 'zero', 'a1']] }]] }, 'Plan').colouredRows).toBeUndefined();
  });
});

describe("finding a row by its id where it is now", () => {
  it('reads every column headed as the id column, lists a copy beside its original, and skips what is no id', () => {
    const grid = {
      origin: { row: 3, column: 1 },
      values: [
        ['Action', 'Status', ROW_ID_HEADER],
        ['Reverse mentoring', 'On track', 'a1'],
        ['Section 2', '', ''],
        ['Shortlisting audit', 'Late', 'b2'],
        ['Reverse mentoring', 'On track', 'a1'], // pasted with its original's id
        ['Listening events', 'Done', 'not an id!'],
      ],
    };
    expect(idRowsOf(grid)).toEqual(new Map([['a1', [4, 7]], ['b2', [6]]]));
    expect(cellsOfPlace('a1/0,4', idRowsOf(grid))).toEqual([[4, 4], [7, 4]]);
    expect(cellsOfPlace('gone/0,4', idRowsOf(grid))).toEqual([]);
  });
});
