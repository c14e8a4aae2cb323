/**
 * Finding 8: one malformed URL (`/%E0%A4%A`, which any web page can make a browser send) killed the preview
 * server, and under `npm start` the whole system, leaving Azurite running with nobody to stop it.
 */
import { spawn, execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { servePreview } from '../../addin/preview/serve';

const BAD = '/%E0%A4%A';

/** A raw GET: fetch() would refuse or rewrite the malformed path before sending it. */
function rawGet(base: string, path: string): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const childrenOf = (pid: number) => {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map((s) => Number(s.trim())).filter(Boolean);
  } catch {
    return [];
  }
};

describe('8. a malformed URL', () => {
  it('gets a 400 from the preview server, which keeps serving', async () => {
    const preview = await servePreview({ port: 0 });
    try {
      expect(await rawGet(preview.url, BAD)).toBe(400);
      expect(await rawGet(preview.url, '/preview.html')).toBe(200);
    } finally {
      await preview.close();
    }
  }, 60_000);

  it('leaves npm start running, and a killed npm start leaves no Azurite behind', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--port', '0', '--preview-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not get going:\n${out}`)), 100_000);
        child.stdout.on('data', () => /Press Ctrl-C to stop/.test(out) && (clearTimeout(timer), resolve()));
        child.once('exit', () => reject(new Error(`npm start exited:\n${out}`)));
      });
      const previewUrl = /Task pane \(preview\): +(http\S+)/.exec(out)![1];
      const serviceUrl = /Sync service: +(http\S+)/.exec(out)![1];
      expect(await rawGet(previewUrl, BAD)).toBe(400);
      expect(await rawGet(serviceUrl, BAD)).toBeLessThan(500);
      await new Promise((r) => setTimeout(r, 300));
      expect(child.exitCode, out).toBeNull();
      expect(await rawGet(serviceUrl, '/v1/health')).toBe(200);

      const helpers = childrenOf(child.pid!);
      expect(helpers.length).toBeGreaterThan(0);
      child.kill('SIGKILL');
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && helpers.some(alive)) await new Promise((r) => setTimeout(r, 200));
      expect(helpers.filter(alive), 'processes left behind by a killed npm start').toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      for (const pid of childrenOf(child.pid!)) process.kill(pid, 'SIGKILL');
    }
  }, 150_000);
});
