import { readFileSync } from 'node:fs';
import { readWorkbook } from './shared/xlsx';
const f = process.argv[2];
const { sheets } = await readWorkbook(readFileSync(f));
for (const s of sheets) {
  console.log('== sheet', s.sheetName, 'merges', JSON.stringify(s.merges?.slice(0,20)));
  s.values.forEach((row, i) => console.log(i + 1, JSON.stringify(row.map((v) => typeof v === 'string' && v.length > 70 ? v.slice(0, 70) + '…' : v)), s.fills?.[i]?.some(Boolean) ? 'FILLS ' + JSON.stringify(s.fills[i]) : ''));
}
