import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Azurite's published development account: the same on every machine, not a secret. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface EmbeddedAzurite {
  port: number;
  connectionString: string;
  stop(): Promise<void>;
}

export interface StartAzuriteOptions {
  port?: number;
  /** A folder to keep data in; in memory when absent. */
  location?: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const s = connect({ host: '127.0.0.1', port }, () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (up) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Starts Azurite's table server (the pinned npm package) as a child process on 127.0.0.1, telemetry off.
 * `require('azurite')` has no usable entry, so its table CLI is run directly.
 *
 * @example
 * const azurite = await startAzurite();
 * const store = await createTableStore({ connectionString: azurite.connectionString });
 * await azurite.stop();
 */
export async function startAzurite(options: StartAzuriteOptions = {}): Promise<EmbeddedAzurite> {
  const require = createRequire(import.meta.url);
  const main = join(dirname(require.resolve('azurite/package.json')), 'dist/src/table/main.js');
  const port = options.port ?? (await freePort());
  const args = [main, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--disableTelemetry', '--skipApiVersionCheck', '--loose', '--silent'];
  if (options.location) args.push('--location', options.location);
  else args.push('--inMemoryPersistence');
  // Through a small wrapper with an IPC channel: if this process dies, even by SIGKILL, Azurite stops too.
  const wrapper = join(dirname(fileURLToPath(import.meta.url)), 'azurite-child.mjs');
  const child = spawn(process.execPath, [wrapper, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (!(await Promise.race([waitForPort(port, 20_000), exited.then(() => false)]))) {
    child.kill('SIGKILL');
    throw new Error(`Azurite's table server did not start on port ${port}. ${stderr.trim()}`);
  }
  return {
    port,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
