import type { RagKey } from '../types';
import { keySheetsNamed } from './key-sheets-named';

/** Where each kind of key came from, in the words the CLI and the pane show after "Key read from". */
const SOURCE_WORDS: Record<RagKey['source'], string> = {
  legend: "the plan's key",
  header: 'the key in the status header',
  'conditional format': "the status column's conditional formatting (the colours Excel gives each status word)",
  settings: 'your settings',
  default: 'assumed: the plan has no key of its own',
};

/**
 * Where the plan's RAG key came from, for the user: the sheets it was kept on, or the kind of key ("the plan's key",
 * "the status column's conditional formatting …", "your settings").
 *
 * @example
 * describeKeySource({ source: 'conditional format', entries: [] }); // "the status column's conditional formatting (…)"
 */
export function describeKeySource(key: RagKey): string {
  return keySheetsNamed(key) ?? (Object.hasOwn(SOURCE_WORDS, key.source) ? SOURCE_WORDS[key.source] : "the plan's key");
}
