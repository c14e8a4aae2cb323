/**
 * `npm run start:desktop` / `npm run start:web`: sideloads manifest.xml into Excel with office-addin-debugging.
 *
 * office-addin-debugging is an optional dependency: it brings keytar, which on Linux builds only against
 * libsecret-1-dev, and a plain `npm ci` must work without it. So it is installed here, when someone actually
 * sideloads — with libsecret-1-dev first on Linux — or this script says plainly what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface SideloadMachine {
  platform: NodeJS.Platform;
  /** office-addin-debugging resolves from node_modules. */
  hasDebugging: boolean;
  /** libsecret's development files are installed (Linux only). */
  hasLibsecret: boolean;
  isRoot: boolean;
}

/** One step of the sideload: a command to run, or words to print and stop with. */
export type SideloadStep = { run: string[]; why: string } | { explain: string; exitCode: number };

/**
 * What `start:desktop` / `start:web` must do on this machine, in order.
 *
 * @example
 * sideloadSteps('web', { platform: 'linux', hasDebugging: false, hasLibsecret: false, isRoot: true }, '7.0.0');
 * // [{ run: ['apt-get', 'install', …, 'libsecret-1-dev'] }, { run: ['npm', 'install', …] }, { run: ['npx', 'office-addin-debugging', …] }]
 */
export function sideloadSteps(target: 'desktop' | 'web', machine: SideloadMachine, version: string): SideloadStep[] {
  const steps: SideloadStep[] = [];
  if (target === 'desktop' && machine.platform !== 'win32' && machine.platform !== 'darwin') {
    return [{ exitCode: 1, explain: 'Excel desktop runs on Windows and Mac only. On this machine use `npm run start:web` (Excel on the web), or in Excel on the web: Home → Add-ins → My Add-ins → Upload My Add-in → manifest.xml.' }];
  }
  if (!machine.hasDebugging) {
    if (machine.platform === 'linux' && !machine.hasLibsecret) {
      if (!machine.isRoot) {
        return [{ exitCode: 1, explain: 'Sideloading needs office-addin-debugging, whose keytar builds against libsecret. Install it first: sudo apt-get install -y libsecret-1-dev — then run this again.' }];
      }
      steps.push({ run: ['apt-get', 'update', '-qq'], why: 'Refreshing the Debian package list…' });
      steps.push({ run: ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'libsecret-1-dev'], why: 'Installing libsecret-1-dev (keytar, used by office-addin-debugging, builds against it)…' });
    }
    steps.push({ run: ['npm', 'install', '--no-save', '--no-audit', '--no-fund', `office-addin-debugging@${version}`], why: `Installing office-addin-debugging ${version} (only needed to sideload)…` });
  }
  steps.push({ run: ['npx', '--no-install', 'office-addin-debugging', 'start', 'manifest.xml', target], why: `Sideloading manifest.xml into Excel ${target === 'web' ? 'on the web' : 'desktop'}…` });
  return steps;
}

function machineNow(): SideloadMachine {
  const require = createRequire(import.meta.url);
  let hasDebugging = true;
  try {
    require.resolve('office-addin-debugging/package.json');
  } catch {
    hasDebugging = false;
  }
  const pkgConfig = spawnSync('pkg-config', ['--exists', 'libsecret-1']);
  const hasLibsecret = pkgConfig.status === 0 || existsSync('/usr/include/libsecret-1/libsecret/secret.h');
  return { platform: process.platform, hasDebugging, hasLibsecret, isRoot: process.getuid?.() === 0 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2] === 'desktop' ? 'desktop' : process.argv[2] === 'web' ? 'web' : null;
  if (!target) {
    console.error('Usage: npm run start:desktop | npm run start:web');
    process.exit(2);
  }
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { optionalDependencies?: Record<string, string> }).optionalDependencies?.['office-addin-debugging'] ?? 'latest';
  for (const step of sideloadSteps(target, machineNow(), version)) {
    if ('explain' in step) {
      console.error(step.explain);
      process.exit(step.exitCode);
    }
    console.log(step.why);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const r = spawnSync(step.run[0], step.run.slice(1), { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`Could not sideload: \`${step.run.join(' ')}\` failed (see above). Instead, upload manifest.xml by hand in Excel: Home → Add-ins → My Add-ins → Upload My Add-in.`);
      process.exit(r.status ?? 1);
    }
  }
}
