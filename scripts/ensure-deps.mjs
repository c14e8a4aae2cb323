#!/usr/bin/env node
// Runs before `npm start` and `npm test`: on a fresh clone there is no node_modules yet, so install
// exactly what package-lock.json pins. Plain Node on purpose — nothing from node_modules is available here.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Could not install dependencies: `npm ci` failed (see above).');
    process.exit(r.status ?? 1);
  }
}
