/**
 * A local stand-in for the news web: one Node server on 127.0.0.1 that
 * answers for many hosts, so saved pages and feeds appear under their real
 * news domains (the extension's match patterns and host permissions only
 * apply there).
 *
 * How browsers reach it:
 *  - Chromium: `--host-resolver-rules=MAP <host> 127.0.0.1:<port>` sends both
 *    http and https for that host to this one port; the first byte of each
 *    connection tells TLS (0x16) from plain HTTP.
 *  - Firefox: the server is also an HTTP proxy: absolute-URI requests
 *    (`GET http://host/path`) and `CONNECT host:443` tunnels (TLS inside).
 *
 * TLS uses a throwaway self-signed certificate (./tls/); browsers are
 * launched to ignore certificate errors. Never use it for anything else.
 *
 * Files live at `<root>/<host>/<path>`; `/x` also finds `x.html`, `x.xml`
 * and `x/index.html`. Special routes (broken feeds) are data passed in.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a special route does instead of serving a file. */
export type Behaviour =
  /** An empty answer with this status (404, 500 …). */
  | { kind: 'status'; status: number }
  /** A fixed body. */
  | { kind: 'body'; body: string; contentType: string; status?: number }
  /** Headers and a first chunk, then nothing, ever (until the server closes). */
  | { kind: 'hang'; contentType?: string }
  /** A huge body streamed in chunks, without Content-Length. */
  | { kind: 'huge'; bytes: number; contentType: string }
  /** Redirects to itself forever (alternating query so no cache short-cuts it). */
  | { kind: 'redirect-loop' }
  /** Redirects once to `location` (absolute or relative), 301 unless told. */
  | { kind: 'redirect'; location: string; status?: number }
  /** Serves this file (path relative to root) instead of the host's own. */
  | { kind: 'file'; file: string; contentType?: string };

export interface FixtureServerOptions {
  /** Folder holding one subfolder per host. */
  root: string;
  /** Special routes keyed `host/path` (no scheme, no query), checked before files. */
  routes?: Readonly<Record<string, Behaviour>>;
  /** Hosts to answer for besides the folders under root (they get 404s). */
  extraHosts?: readonly string[];
}

export interface RequestRecord {
  host: string;
  path: string;
  method: string;
  secure: boolean;
  status: number;
  at: number;
}

export interface FixtureServer {
  port: number;
  /** Every host this server answers for (folders under root and route hosts). */
  hosts: string[];
  /** Requests served so far, oldest first. */
  requests: RequestRecord[];
  close(): Promise<void>;
}

const TLS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tls');

const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
});

/** Chunk size of `huge` bodies: large enough to be quick, small enough to respect backpressure. */
const HUGE_CHUNK = 64 * 1024;

/** Folder names under root that look like host names. */
export function hostsUnder(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('.'))
    .map((d) => d.name);
}

function contentTypeOf(file: string): string {
  // "home.rss.xml" → the inner extension says which kind of XML it is.
  const inner = path.extname(path.basename(file, path.extname(file)));
  return CONTENT_TYPES[inner] ?? CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/** The file for a path under a host folder, or null. Refuses to leave the folder. */
export function resolveFile(root: string, host: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const base = path.resolve(root, host);
  const target = path.resolve(base, '.' + decoded);
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  const candidates = [target, `${target}.html`, `${target}.xml`, path.join(target, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Try the next form.
    }
  }
  return null;
}

/**
 * Starts the server on 127.0.0.1 and a free port.
 *
 * @example
 * const server = await startFixtureServer({ root: 'tests/e2e/fixtures/sites' });
 * // browse http://www.dawn.com/news/… with host-resolver-rules to server.port
 */
export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const routes = options.routes ?? {};
  const hosts = [
    ...new Set([
      ...hostsUnder(options.root),
      ...Object.keys(routes).map((key) => key.split('/')[0]!),
      ...(options.extraHosts ?? []),
    ]),
  ].sort();
  const requests: RequestRecord[] = [];
  const sockets = new Set<net.Socket>();

  function handle(req: http.IncomingMessage, res: http.ServerResponse, secure: boolean) {
    // A proxy request carries an absolute URI; a direct one only a path and a Host header.
    const absolute = /^https?:\/\//i.test(req.url ?? '');
    const url = absolute
      ? new URL(req.url!)
      : new URL(
          req.url ?? '/',
          `${secure ? 'https' : 'http'}://${req.headers.host ?? 'unknown.invalid'}`,
        );
    const host = url.hostname.toLowerCase();
    const record: RequestRecord = {
      host,
      path: url.pathname + url.search,
      method: req.method ?? 'GET',
      secure,
      status: 200,
      at: Date.now(),
    };
    requests.push(record);
    const send = (status: number, body: string, contentType = 'text/plain; charset=utf-8') => {
      record.status = status;
      res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    const behaviour = routes[`${host}${url.pathname}`];
    if (behaviour) {
      serveBehaviour(behaviour, url, record, req, res, send);
      return;
    }
    if (!hosts.includes(host)) {
      send(502, `No fixture host ${host}`);
      return;
    }
    const file = resolveFile(options.root, host, url.pathname);
    if (!file) {
      send(404, `No fixture for ${host}${url.pathname}`);
      return;
    }
    record.status = 200;
    res.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  function serveBehaviour(
    behaviour: Behaviour,
    url: URL,
    record: RequestRecord,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    send: (status: number, body: string, contentType?: string) => void,
  ) {
    switch (behaviour.kind) {
      case 'status':
        send(behaviour.status, `Status ${behaviour.status}`);
        return;
      case 'body':
        send(behaviour.status ?? 200, behaviour.body, behaviour.contentType);
        return;
      case 'file': {
        const file = path.resolve(options.root, behaviour.file);
        send(200, readFileSync(file, 'utf8'), behaviour.contentType ?? contentTypeOf(file));
        return;
      }
      case 'redirect-loop': {
        record.status = 302;
        const next = url.searchParams.get('loop') === '1' ? '0' : '1';
        res.writeHead(302, {
          location: `${url.pathname}?loop=${next}`,
          'cache-control': 'no-store',
        });
        res.end();
        return;
      }
      case 'redirect': {
        record.status = behaviour.status ?? 301;
        res.writeHead(record.status, { location: behaviour.location, 'cache-control': 'no-store' });
        res.end();
        return;
      }
      case 'hang':
        res.writeHead(200, { 'content-type': behaviour.contentType ?? 'application/rss+xml' });
        res.write('<?xml version="1.0"?>\n<rss version="2.0"><channel>');
        // Never ends: the client's timeout must give up. close() destroys the socket.
        return;
      case 'huge': {
        res.writeHead(200, { 'content-type': behaviour.contentType });
        const filler = Buffer.alloc(HUGE_CHUNK, '<!-- padding padding padding padding -->\n');
        let sent = 0;
        const pump = () => {
          while (sent < behaviour.bytes) {
            sent += filler.length;
            if (!res.write(filler)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        req.socket.on('close', () => res.destroy());
        res.write('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Huge</title>\n');
        pump();
        return;
      }
    }
  }

  const tls = {
    key: readFileSync(path.join(TLS_DIR, 'key.pem')),
    cert: readFileSync(path.join(TLS_DIR, 'cert.pem')),
  };
  const plain = http.createServer((req, res) => handle(req, res, false));
  const secure = https.createServer(tls, (req, res) => handle(req, res, true));
  secure.on('tlsClientError', () => undefined);

  // Firefox's proxy tunnels https through CONNECT; the tunnel carries TLS to us.
  plain.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    secure.emit('connection', socket);
  });

  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => resolve());
  });
  const address = front.address();
  if (typeof address !== 'object' || address === null)
    throw new Error('fixture server has no port');

  return {
    port: address.port,
    hosts,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        front.close(() => resolve());
      }),
  };
}
