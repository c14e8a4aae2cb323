import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sideloadSteps, type SideloadMachine } from '../../scripts/sideload';

const linux: SideloadMachine = { platform: 'linux', hasDebugging: false, hasLibsecret: false, isRoot: true };
const commands = (steps: ReturnType<typeof sideloadSteps>) => steps.map((s) => ('run' in s ? s.run.join(' ') : `explain: ${s.explain}`));

describe('npm run start:web / start:desktop install the sideloading tools only when used', () => {
  it('on a fresh Linux machine as root: libsecret-1-dev first, then office-addin-debugging at the pinned version, then the sideload', () => {
    const steps = commands(sideloadSteps('web', linux, '7.0.0'));
    expect(steps[1]).toMatch(/^apt-get install .*libsecret-1-dev$/);
    expect(steps[2]).toBe('npm install --no-save --no-audit --no-fund office-addin-debugging@7.0.0');
    expect(steps.at(-1)).toBe('npx --no-install office-addin-debugging start manifest.xml web');
  });

  it('without root on Linux it says which package to install instead of failing half-way', () => {
    const [step] = sideloadSteps('web', { ...linux, isRoot: false }, '7.0.0');
    expect(step).toMatchObject({ exitCode: 1 });
    expect(commands([step])[0]).toContain('sudo apt-get install -y libsecret-1-dev');
  });

  it('installs nothing when the tools are there, and explains that Excel desktop does not run on Linux', () => {
    expect(commands(sideloadSteps('desktop', { platform: 'win32', hasDebugging: true, hasLibsecret: false, isRoot: false }, '7.0.0'))).toEqual(['npx --no-install office-addin-debugging start manifest.xml desktop']);
    expect(commands(sideloadSteps('web', { ...linux, hasLibsecret: true }, '7.0.0'))).toHaveLength(2);
    expect(commands(sideloadSteps('desktop', linux, '7.0.0'))[0]).toMatch(/Windows and Mac only.*start:web/);
  });

  it('the npm scripts run it', () => {
    const r = spawnSync('npm', ['run', '--silent', 'start:desktop'], { encoding: 'utf8', timeout: 60_000 });
    if (process.platform === 'linux') {
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Excel desktop runs on Windows and Mac only/);
    }
  });
});
