import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('starts Azurite, the service and the pane, seeds the demo region, prints the URLs and stops cleanly', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--smoke'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/Task pane \(preview\): +http:\/\/127\.0\.0\.1:\d+\/preview\.html/);
    expect(r.stdout).toMatch(/Sync service: +http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/RXY 20 actions/);
    expect(r.stdout).toMatch(/RH5 29 actions/);
    expect(r.stdout.trim().endsWith('Stopped.')).toBe(true);
    expect(r.status).toBe(0);
  }, 130_000);
});
