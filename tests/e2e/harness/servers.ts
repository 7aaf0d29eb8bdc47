// Local servers on 127.0.0.1 only: plain HTTP for the fixture pages, HTTPS with a certificate made
// at test time for the Instagram-like feed served as https://www.instagram.com/ (Chromium maps the
// hostname to this server with --host-resolver-rules; instagram.com is HSTS-preloaded, so it must
// be HTTPS).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fixturePagesDir } from './paths';

export interface FixtureServer {
  origin: string;
  port: number;
  url(pathname: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Directory served as the site root (default: tests/fixtures/pages). */
  root?: string;
  /** Served for paths that match no file (a single-page app's deep links), relative to root. */
  fallback?: string;
  /** Path prefixes answered with `fallback` (only these; anything else unknown is a 404). */
  fallbackPrefixes?: string[];
  /** Served for "/" (relative to root). */
  index?: string;
  tls?: { key: string; cert: string };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(root: string, pathname: string): string | null {
  const file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export async function startFixtureServer(options: ServeOptions = {}): Promise<FixtureServer> {
  const root = path.resolve(options.root ?? fixturePagesDir);
  const handler: http.RequestListener = (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://fixture.invalid');
    let file = pathname === '/' && options.index ? path.join(root, options.index) : resolveFile(root, pathname);
    if (!file && options.fallback && (options.fallbackPrefixes ?? []).some((prefix) => pathname.startsWith(prefix))) {
      file = path.join(root, options.fallback);
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (pathname) => new URL(pathname, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A throwaway self-signed certificate for `hostname`, valid one day, made with openssl. */
export function selfSignedCertificate(hostname: string): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    const result = spawnSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
        '-subj', `/CN=${hostname}`,
        '-addext', `subjectAltName=DNS:${hostname}`,
        '-keyout', keyFile, '-out', certFile,
      ],
      { encoding: 'utf8' },
    );
    if (result.error || result.status !== 0) {
      throw new Error(`openssl could not make a certificate: ${result.error?.message ?? result.stderr}`);
    }
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Instagram-like feed at https://www.instagram.com/ (any /p/… or /reel/… path serves the app too). */
export async function startInstagramServer(): Promise<FixtureServer> {
  return startFixtureServer({
    root: path.join(fixturePagesDir, 'instagram'),
    index: 'feed.html',
    fallback: 'feed.html',
    fallbackPrefixes: ['/p/', '/reel/', '/explore/'],
    tls: selfSignedCertificate('www.instagram.com'),
  });
}
