import type { RagKey } from '../types';
import { keySheetsNamed } from './key-sheets-named';

/** Where each kind of key came from, in the words the CLI and the pane show after "Key read from". */
const SOURCE_WORDS: Record<RagKey['source'], string> = {
  legend: "the plan's key",
  header: 'the key in the status header',
  note: 'the key in a note on a cell',
  'conditional format': "the status column's conditional formatting (the colours Excel gives each status word)",
  settings: 'your settings',
  default: 'assumed: the plan has no key of its own',
};

/**
 * Where the plan's RAG key came from, for the user: the sheets it was kept on, the note it was kept in ("the note on F5
 * ('Complete – blue / On track – green / …')"), or the kind of key ("the plan's key", "the status column's conditional
 * formatting …", "your settings").
 *
 * @example
 * describeKeySource({ source: 'conditional format', entries: [] }); // "the status column's conditional formatting (…)"
 * describeKeySource({ source: 'note', entries: [], note: { cell: 'F5', text: 'Complete – blue / On track – green' } }); // "the note on F5 ('Complete – blue / On track – green')"
 */
export function describeKeySource(key: RagKey): string {
  if (key.source === 'note' && key.note) return `the note on ${key.note.cell} ('${key.note.text}')`;
  return keySheetsNamed(key) ?? (Object.hasOwn(SOURCE_WORDS, key.source) ? SOURCE_WORDS[key.source] : "the plan's key");
}
