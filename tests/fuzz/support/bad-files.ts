/**
 * Files that claim to be plans but are not: what users really upload (an encrypted workbook,
 * a download cut short, a PDF renamed .xlsx) plus random and bit-flipped bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export interface BadFile {
  /** What the file is, for the test name. */
  label: string;
  /** File name to save it under (the extension is what the user would have). */
  name: string;
  bytes: Buffer;
}

/**
 * A valid ZIP archive (stored, no compression) holding the given files: a real zip that is not a workbook.
 *
 * @example
 * makeZip({ 'hello.txt': 'hi' }); // PK\x03\x04…
 */
export function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

/**
 * An OLE compound file of the kind Excel writes for a password-protected workbook: the CFB magic
 * number, then a directory naming the `EncryptedPackage` stream.
 *
 * @example
 * makeEncryptedWorkbook().subarray(0, 4); // <Buffer d0 cf 11 e0>
 */
export function makeEncryptedWorkbook(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3
  bytes.writeUInt16LE(0xfffe, 28); // little-endian
  bytes.writeUInt16LE(9, 30); // 512-byte sectors
  Buffer.from('EncryptionInfo', 'utf16le').copy(bytes, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(bytes, 1152);
  return bytes;
}

/**
 * Every kind of bad file the reader and the CLI must refuse with a clear message.
 *
 * @example
 * for (const file of badFiles(samplePath)) await expect(readWorkbook(file.bytes)).rejects.toThrow();
 */
export function badFiles(samplePath = join(process.cwd(), 'samples', 'kmpt-wres-2020-22.xlsx')): BadFile[] {
  const sample = readFileSync(samplePath);
  const flipped = Buffer.from(sample);
  for (let i = Math.floor(flipped.length / 3); i < flipped.length * 0.66; i += 97) flipped[i] ^= 0xff;
  return [
    { label: 'an empty file', name: 'empty.xlsx', bytes: Buffer.alloc(0) },
    { label: 'plain text named .xlsx', name: 'notes.xlsx', bytes: Buffer.from('This is not a spreadsheet, just some notes.\n') },
    { label: 'an HTML page named .xlsx', name: 'download.xlsx', bytes: Buffer.from('<!doctype html><html><body>Sign in</body></html>') },
    { label: 'a PDF named .xlsx', name: 'plan.xlsx', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n') },
    { label: 'a PNG named .xlsx', name: 'image.xlsx', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
    { label: 'an encrypted (password-protected) workbook', name: 'protected.xlsx', bytes: makeEncryptedWorkbook() },
    { label: 'a zip that is not a workbook', name: 'archive.xlsx', bytes: makeZip({ 'hello.txt': 'hello', 'docs/readme.md': '# hi' }) },
    { label: 'a zip with a broken workbook part', name: 'broken-part.xlsx', bytes: makeZip({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<<<' }) },
    { label: 'a download cut at 10%', name: 'cut-10.xlsx', bytes: sample.subarray(0, Math.floor(sample.length * 0.1)) },
    { label: 'a download cut at 60%', name: 'cut-60.xlsx', bytes: sample.subarray(0, Math.floor(sample.length * 0.6)) },
    { label: 'a download missing its last 10 bytes', name: 'cut-end.xlsx', bytes: sample.subarray(0, sample.length - 10) },
    { label: 'a workbook with corrupted bytes in the middle', name: 'flipped.xlsx', bytes: flipped },
  ];
}
