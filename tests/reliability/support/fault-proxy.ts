/**
 * A tiny TCP proxy that sits between the service and Azurite and can be told to misbehave:
 * pass traffic through, answer every request with HTTP 503, or drop connections — at once, or
 * after letting a number of requests through (so a push can fail half-way).
 * It is how the tests make "storage is unavailable" happen for real, below the SDK.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type FaultMode = 'pass' | 'http503' | 'drop';

export interface FaultProxy {
  port: number;
  /** What happens to the next request (applies to open keep-alive connections too). */
  mode: FaultMode;
  /**
   * When a number, that many more requests pass through; after that `failMode` applies.
   * Null: no budget, `mode` decides.
   */
  passBudget: number | null;
  failMode: Exclude<FaultMode, 'pass'>;
  /** HTTP requests seen (first chunks that start with a method). */
  requests: number;
  /** Cuts every open connection now (requests in flight lose their answers) and drops new ones. */
  cut(): void;
  close(): Promise<void>;
}

const BUSY_BODY = '{"odata.error":{"code":"ServerBusy","message":{"value":"Server busy"}}}';
const SERVICE_UNAVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json;odata=minimalmetadata\r\n' +
  `Content-Length: ${Buffer.byteLength(BUSY_BODY)}\r\nConnection: close\r\n\r\n${BUSY_BODY}`;
const REQUEST_START = /^(GET|POST|PUT|PATCH|DELETE|HEAD|MERGE|OPTIONS) /;

/**
 * Starts a proxy on a random loopback port forwarding to `targetPort`.
 *
 * @example
 * const proxy = await startFaultProxy(azurite.port);
 * proxy.mode = 'http503'; // storage now answers 503 to everything
 * proxy.passBudget = 2;   // or: two more requests get through, then failMode
 */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const state: FaultProxy = {
    port: 0,
    mode: 'pass',
    passBudget: null,
    failMode: 'http503',
    requests: 0,
    cut: () => {
      state.passBudget = null;
      state.mode = 'drop';
      for (const socket of sockets) socket.destroy();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  /** Decides the fate of a request that is just starting. */
  const fate = (): FaultMode => {
    state.requests += 1;
    if (state.passBudget !== null) {
      if (state.passBudget > 0) {
        state.passBudget -= 1;
        return 'pass';
      }
      return state.failMode;
    }
    return state.mode;
  };

  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let upstream: Socket | null = null;
    client.on('data', (chunk: Buffer) => {
      if (REQUEST_START.test(chunk.subarray(0, 8).toString('latin1'))) {
        const verdict = fate();
        if (verdict === 'drop') {
          client.destroy();
          upstream?.destroy();
          return;
        }
        if (verdict === 'http503') {
          upstream?.destroy();
          client.end(SERVICE_UNAVAILABLE);
          return;
        }
      }
      if (!upstream) {
        upstream = connect({ host: '127.0.0.1', port: targetPort });
        sockets.add(upstream);
        upstream.on('close', () => {
          sockets.delete(upstream!);
          client.destroy();
        });
        upstream.on('error', () => client.destroy());
        upstream.on('data', (data: Buffer) => client.write(data));
        client.on('close', () => upstream?.destroy());
      }
      upstream.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  state.port = typeof address === 'object' && address ? address.port : 0;
  return state;
}
