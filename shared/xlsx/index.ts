export { readWorkbook, WorkbookError, type WorkbookGrids } from './read-workbook';
export { readCsv } from './read-csv';
