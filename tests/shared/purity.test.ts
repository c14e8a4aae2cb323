import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

describe('shared/ stays the pure domain core', () => {
  it('imports nothing from Office.js, Hono or the Azure SDK', () => {
    const offenders = files('shared').filter((f) => /from ['"](hono|@hono\/|@azure\/|office-js|@microsoft\/office-js)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('never reads the clock outside the CLI', () => {
    const offenders = files('shared').filter((f) => !f.startsWith(join('shared', 'cli')) && /new Date\(\s*\)|Date\.now\(\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
