#!/usr/bin/env node
// Runs before `npm test`: the browser tests need Debian's Chromium and the manifest test needs xmllint.
// Install them with apt-get when missing (the project's own files must install what they need).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const wanted = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'libxml2-utils', present: () => spawnSync('sh', ['-c', 'command -v xmllint']).status === 0 },
];
const missing = wanted.filter((w) => !w.present()).map((w) => w.pkg);
if (missing.length === 0) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`The tests need these Debian packages: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', '--no-install-recommends', ...missing])) {
  console.error(`apt-get could not install ${missing.join(' ')}.`);
  process.exit(1);
}
