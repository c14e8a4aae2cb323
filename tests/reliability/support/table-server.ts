/**
 * A real Azurite table server in a child process, for tests that must stop and restart storage
 * under the service (the shared `startAzurite()` runs in-process and cannot be killed mid-request).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's published development account: not a secret, it is the same on every machine. */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface TableServer {
  port: number;
  /** Folder the data lives in: it survives `stop()`/`start()` so a restart keeps the tables. */
  location: string;
  connectionString: string;
  /**
   * Stops the server (SIGINT: Azurite closes its sockets and flushes its data file, as an
   * operator's restart would; SIGKILL after 20 s if it hangs).
   */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder. */
  restart(): Promise<void>;
  /** Stops it and removes its data folder. */
  dispose(): Promise<void>;
}

/**
 * Finds a free loopback port by letting the OS pick one.
 *
 * @example
 * const port = await findFreePort(); // e.g. 41873
 */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port. */
async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`Azurite did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts Azurite's table server as a child process on a random loopback port with a temp-dir
 * `--location`, so data survives a kill + restart (in-memory Azurite would lose it).
 *
 * @example
 * const server = await startTableServer();
 * await server.stop(); await server.restart();
 * await server.dispose();
 */
export async function startTableServer(options: { persist?: boolean } = {}): Promise<TableServer> {
  const persist = options.persist ?? true;
  const port = await findFreePort();
  const location = mkdtempSync(join(tmpdir(), 'azurite-rel-'));
  const bin = join(process.cwd(), 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
  let child: ChildProcess | null = null;

  const start = async () => {
    const args = [
      bin,
      '--tableHost', '127.0.0.1',
      '--tablePort', String(port),
      ...(persist ? ['--location', location] : ['--inMemoryPersistence']),
      // Short keep-alive: a graceful stop waits for idle client sockets to close before it saves.
      '--tableKeepAliveTimeout', '1',
      '--silent',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
    ];
    const started = spawn(process.execPath, args, { stdio: 'ignore' });
    child = started;
    // If the test process dies without cleaning up, do not leave Azurite running behind it.
    const reap = () => started.kill('SIGKILL');
    process.once('exit', reap);
    started.once('exit', () => process.removeListener('exit', reap));
    await waitForPort(port);
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const hard = setTimeout(() => running.kill('SIGKILL'), 20_000);
      running.once('exit', () => {
        clearTimeout(hard);
        resolve();
      });
      running.kill('SIGINT');
    });
  };

  await start();
  return {
    port,
    location,
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
      `TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    stop,
    restart: start,
    async dispose() {
      await stop();
      rmSync(location, { recursive: true, force: true });
    },
  };
}
