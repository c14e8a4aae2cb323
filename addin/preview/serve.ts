/**
 * Serves the built pane for preview on http://127.0.0.1:3000 (office.js from node_modules, never the CDN).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAddin } from '../build';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.png': 'image/png' };

/**
 * Builds the pane and serves it; resolves with the server and its URL.
 *
 * @example
 * const preview = await servePreview({ port: 0 }); // port 0: any free port
 * console.log(preview.url); // http://127.0.0.1:41234/preview.html
 */
export async function servePreview(options: { port?: number; host?: string } = {}): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const { outDir } = await buildAddin();
  const officeDir = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape (any web page can send one) is the request's fault, never a reason to stop serving.
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const [base, rel] = path.startsWith('/office/') ? [officeDir, path.slice('/office/'.length)] : [outDir, path === '/' ? 'preview.html' : path.slice(1)];
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 3000, host, resolve));
  const port = (server.address() as { port: number }).port;
  return {
    server,
    url: `http://${host}:${port}/preview.html`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const preview = await servePreview({ port: Number(process.env.PREVIEW_PORT ?? 3000) });
  console.log(`Task pane preview: ${preview.url}`);
  process.on('SIGINT', () => void preview.close().then(() => process.exit(0)));
}
