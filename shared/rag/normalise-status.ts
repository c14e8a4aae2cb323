/**
 * Status text reduced to comparable words: lower case, markup and punctuation gone, each word lightly stemmed
 * so 'Completed', 'complete' and 'COMPLETE.' compare equal. A leading 'Status:' / 'RAG:' label is dropped.
 *
 * @example
 * normaliseStatus('RAG: Completed - see minutes') // ['complet', 'see', 'minut']
 */
export function normaliseStatus(text: string): string[] {
  const words = String(text ?? '')
    .slice(0, 2000)
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && STATUS_PREFIX.has(words[0])) words.shift();
  return words.map(stem);
}

const STATUS_PREFIX = new Set(['status', 'rag', 'brag', 'rating', 'progress', 'current']);

function stem(word: string): string {
  if (word.length <= 3) return word;
  return word.replace(/(ing|ed|es|e|s)$/, '');
}
