import fs from 'node:fs';
const only = process.argv[2];
const files = fs.readdirSync(new URL('.', import.meta.url)).filter((f) => /^p\d\d\.js$/.test(f)).sort();
for (const f of files) { if (only && !f.startsWith(only)) continue; const m = await import(`./${f}`); await m.build(); console.log('built', f); }
