/**
 * A tiny TCP proxy that sits between the service and Azurite and can be told to misbehave:
 * pass traffic through, answer every request with HTTP 503, or drop connections.
 * It is how the tests make "storage is unavailable" happen for real, below the SDK.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type FaultMode = 'pass' | 'http503' | 'drop';

export interface FaultProxy {
  port: number;
  mode: FaultMode;
  /** Connections accepted since start, whatever the mode. */
  connections: number;
  /** Closes the listener and every open socket. */
  close(): Promise<void>;
}

const BUSY_BODY = '{"odata.error":{"code":"ServerBusy","message":{"value":"Server busy"}}}';
const SERVICE_UNAVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json;odata=minimalmetadata\r\n' +
  `Content-Length: ${Buffer.byteLength(BUSY_BODY)}\r\nConnection: close\r\n\r\n${BUSY_BODY}`;

/**
 * Starts a proxy on a random loopback port forwarding to `targetPort`.
 *
 * @example
 * const proxy = await startFaultProxy(azurite.port);
 * proxy.mode = 'http503'; // storage now answers 503 to everything
 */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const state: FaultProxy = {
    port: 0,
    mode: 'pass',
    connections: 0,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((client) => {
    state.connections += 1;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (state.mode === 'drop') {
      client.destroy();
      return;
    }
    if (state.mode === 'http503') {
      // Answer once the request has started arriving, like a busy front end would.
      client.once('data', () => client.end(SERVICE_UNAVAILABLE));
      return;
    }
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  state.port = typeof address === 'object' && address ? address.port : 0;
  return state;
}
