// @vitest-environment node
// URLs, served by a local server on 127.0.0.1 (never the network).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/cli/html-to-text';
import { FINDING_KEYS, FIXTURES, jsonLines, runCli, stderrLines } from './run-cli';

const productPage = readFileSync(join(FIXTURES, 'product-page.html'));
const serumAd = readFileSync(join(FIXTURES, 'serum-ad.txt'));

function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    switch (request.url) {
      case '/product':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(productPage);
        break;
      case '/ad.txt':
        response.writeHead(200, { 'content-type': 'text/plain' }).end(serumAd);
        break;
      case '/ad.md':
        response.writeHead(200, { 'content-type': 'text/markdown; charset=UTF-8' }).end(serumAd);
        break;
      case '/latin1':
        response.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from('Cr\xe8me', 'latin1'));
        break;
      case '/moved':
        response.writeHead(302, { location: '/ad.txt' }).end();
        break;
      case '/photo.png':
        response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        break;
      case '/untyped':
        // Set an empty header so Node does not add a default content type.
        response.writeHead(200, { 'content-type': '' }).end('Exosome serum');
        break;
      case '/big':
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2_000 }).end('a'.repeat(2_000));
        break;
      case '/big-chunked':
        // No content-length: the cap has to be enforced while reading.
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('a'.repeat(800));
        response.end('a'.repeat(800));
        break;
      case '/never':
        break; // Never answers: only the timeout ends the request.
      default:
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('URL inputs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('checks the visible text of an HTML page, with offsets into that text', async () => {
    const url = `${base}/product`;
    const run = await runCli(['--json', url]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [record, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(record!.file).toBe(url);
    const text = htmlToText(productPage.toString('utf8'));
    for (const finding of record!.findings) {
      expect(Object.keys(finding)).toEqual(FINDING_KEYS);
      expect(text.slice(finding.start, finding.end)).toBe(finding.quote);
    }
    expect(record!.findings).toContainEqual(
      expect.objectContaining({ topic: 'collagen-elastin', quote: 'Our exosome ampoule boosts collagen production.' }),
    );
    expect(record!.findings.map((finding) => finding.topic)).not.toContain('hair-growth');
  });

  it('checks plain text and Markdown as they are, and follows redirects', async () => {
    const urls = [`${base}/ad.txt`, `${base}/ad.md`, `${base}/moved`];
    const run = await runCli(['--json', ...urls]);
    expect(run.code).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.file)).toEqual(urls);
    for (const record of records) {
      expect(record.findings).toContainEqual(
        expect.objectContaining({ topic: 'collagen-elastin', quote: 'Our exosome serum boosts collagen production.' }),
      );
    }
  });

  it('reports a 404 and a non-text content type, and still checks the other inputs', async () => {
    const inputs = [`${base}/gone`, `${base}/ad.txt`, `${base}/photo.png`, `${base}/untyped`, join(FIXTURES, 'serum-ad.txt')];
    const run = await runCli(['--json', ...inputs]);
    expect(run.code).toBe(1);
    expect(stderrLines(run.stderr)).toEqual([
      `claimlens: ${base}/gone: HTTP 404 Not Found`,
      `claimlens: ${base}/photo.png: unsupported content type "image/png"; expected text/html, text/plain or text/markdown`,
      `claimlens: ${base}/untyped: unsupported content type (none given); expected text/html, text/plain or text/markdown`,
    ]);
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual([inputs[1], inputs[4]]);
  });

  it('decodes the charset the server declares', async () => {
    const run = await runCli(['--json', `${base}/latin1`]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([{ file: `${base}/latin1`, findings: [] }]);
  });

  it('refuses responses over the size cap, whether or not their length is declared', async () => {
    const run = await runCli(['--json', `${base}/big`, `${base}/big-chunked`], { limits: { maxBytes: 1_000 } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run.stderr)).toEqual([
      `claimlens: ${base}/big: response is larger than 1000 bytes`,
      `claimlens: ${base}/big-chunked: response is larger than 1000 bytes`,
    ]);
  });

  it('gives up on a server that never answers', async () => {
    const run = await runCli(['--json', `${base}/never`, `${base}/ad.txt`], { limits: { fetchTimeoutMs: 300 } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`claimlens: ${base}/never: no complete response within 0.3 s\n`);
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual([`${base}/ad.txt`]);
  });

  it('reports a refused connection', async () => {
    const closed = await startServer();
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}/`;
    const run = await runCli(['--json', url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`claimlens: ${url}: could not connect (connection refused)\n`);
  });
});
