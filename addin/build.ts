/**
 * Builds the task pane into dist/addin: taskpane.html (Microsoft's CDN office.js, for Excel) and
 * preview.html (office.js served locally from @microsoft/office-js, for preview and tests on this machine).
 * Prints the gzipped size of the JS Excel loads.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/addin');

/**
 * Bundles the pane and returns the gzipped bytes of the entry chunk (what the pane loads in Excel).
 *
 * @example
 * const { entryGzipBytes } = await buildAddin();
 */
export async function buildAddin(): Promise<{ outDir: string; entryGzipBytes: number }> {
  mkdirSync(join(out, 'samples'), { recursive: true });
  mkdirSync(join(out, 'assets'), { recursive: true });
  await build({
    entryPoints: { taskpane: join(root, 'addin/taskpane/main.ts') },
    bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, sourcemap: false,
    outdir: out, logLevel: 'warning', chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  const html = readFileSync(join(root, 'addin/taskpane/taskpane.html'), 'utf8');
  writeFileSync(join(out, 'taskpane.html'), html);
  writeFileSync(join(out, 'preview.html'), html.replace('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'office/office.js'));
  copyFileSync(join(root, 'addin/taskpane/taskpane.css'), join(out, 'taskpane.css'));
  const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx'));
  for (const s of samples) copyFileSync(join(root, 'samples', s), join(out, 'samples', s));
  writeFileSync(join(out, 'samples/index.json'), JSON.stringify(samples));
  // What Excel loads: the entry and the chunks it imports statically (preview code is a dynamic import).
  const entry = readFileSync(join(out, 'taskpane.js'), 'utf8');
  const statics = [...entry.matchAll(/from\s*"\.\/(chunks\/[^"]+)"|import\s*"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const bytes = [entry, ...statics.map((f) => readFileSync(join(out, f), 'utf8'))].reduce((n, text) => n + gzipSync(text).length, 0);
  return { outDir: out, entryGzipBytes: bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outDir, entryGzipBytes } = await buildAddin();
  console.log(`Built ${outDir} — pane JS ${(entryGzipBytes / 1024).toFixed(1)} KB gzipped`);
}
