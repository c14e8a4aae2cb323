import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The timescale, RAG and rules parts of the core: pure, clock-free, no host APIs. */
const DIRS = ['shared/timescale', 'shared/rag', 'shared/rules'];

function sources(): { file: string; text: string }[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(process.cwd(), dir))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(process.cwd(), dir, f), 'utf8') })),
  );
}

describe('timescale, RAG and rules stay pure', () => {
  it('never read the clock (no argument-less new Date(), no Date.now())', () => {
    const offenders = sources().filter(({ text }) => /new Date\(\s*\)|Date\.now\(/.test(text.replace(/\/\*\*[\s\S]*?\*\//g, '')));
    expect(offenders.map((o) => o.file)).toEqual([]);
  });
  it('import nothing from Office.js, Hono or Azure', () => {
    const offenders = sources().filter(({ text }) => /from\s+['"](?:hono|@hono\/|@azure\/|@microsoft\/office-js|office-js)/.test(text) || /\bOffice\.|\bExcel\.run/.test(text));
    expect(offenders.map((o) => o.file)).toEqual([]);
  });
});
