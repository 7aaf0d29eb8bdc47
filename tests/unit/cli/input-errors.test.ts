// @vitest-environment node
// Inputs that cannot be checked: each gets one clear line on stderr, the rest are still checked,
// and stdout stays valid JSON lines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, jsonLines, runCli, stderrLines } from './run-cli';

const serumAd = join(FIXTURES, 'serum-ad.txt');
const TEN_MB = 10 * 1024 * 1024;

describe('unreadable inputs', () => {
  let scratch: string;
  let binary: string;
  let latin1: string;
  let unsupported: string;
  let oversized: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'claimlens-errors-'));
    binary = join(scratch, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    latin1 = join(scratch, 'legacy.md');
    writeFileSync(latin1, Buffer.from('Cr\xe8me aux exosomes', 'latin1'));
    unsupported = join(scratch, 'brochure.pdf');
    writeFileSync(unsupported, 'Our exosome serum boosts collagen production.');
    oversized = join(scratch, 'huge.txt');
    writeFileSync(oversized, Buffer.alloc(TEN_MB + 1, 'a'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('names a missing file, and still checks the inputs around it', async () => {
    const missing = join(FIXTURES, 'no-such-file.txt');
    const run = await runCli(['--json', missing, serumAd]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`claimlens: ${missing}: no such file or directory\n`);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.file)).toEqual([serumAd]);
    expect(records[0]!.findings).toContainEqual(expect.objectContaining({ topic: 'collagen-elastin' }));
  });

  it('refuses binary files, invalid UTF-8, unsupported extensions and files over 10 MB', async () => {
    const run = await runCli(['--json', binary, latin1, serumAd, unsupported, oversized]);
    expect(run.code).toBe(1);
    expect(stderrLines(run.stderr)).toEqual([
      `claimlens: ${binary}: binary file (contains NUL bytes), not text`,
      `claimlens: ${latin1}: binary file or not UTF-8 text (invalid byte sequence)`,
      `claimlens: ${unsupported}: unsupported file type ".pdf"; expected .txt, .md, .html or .htm`,
      `claimlens: ${oversized}: file is larger than 10 MB (${TEN_MB + 1} bytes)`,
    ]);
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual([serumAd]);
  });

  it('reports a bad file inside a directory by its own path and checks its neighbours', async () => {
    const folder = mkdtempSync(join(scratch, 'mixed-'));
    writeFileSync(join(folder, 'a-binary.html'), Buffer.from([0x3c, 0x00, 0x3e]));
    writeFileSync(join(folder, 'b-claim.txt'), 'Our exosome serum boosts collagen production.');
    const run = await runCli(['--json', folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`claimlens: ${join(folder, 'a-binary.html')}: binary file (contains NUL bytes), not text\n`);
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual([join(folder, 'b-claim.txt')]);
  });

  it('says why a non-http address cannot be checked', async () => {
    const run = await runCli(['ftp://example.test/page.html']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('claimlens: ftp://example.test/page.html: only http and https addresses can be fetched\n');
  });
});

describe('usage', () => {
  it('exits 2 with the usage when no input is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claimlens: no inputs given\nUsage: /);
  });

  it('exits 2 on an unknown flag without checking anything', async () => {
    const run = await runCli(['--colour', serumAd]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claimlens: unknown option --colour\n/);
  });

  it('prints the usage on --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: npm run --silent check -- \[--json\] PATH_OR_URL\.\.\./);
  });
});
