// @vitest-environment node
// --json on files and directories: exact record shape, offsets into the extracted text, and
// which files a directory contributes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatJsonLine } from '../../../src/cli/format-json';
import { htmlToText } from '../../../src/cli/html-to-text';
import { FINDING_KEYS, FIXTURES, jsonLines, runCli, type JsonRecord } from './run-cli';

const serumAd = join(FIXTURES, 'serum-ad.txt');
const pdrnNotes = join(FIXTURES, 'pdrn-notes.md');
const productPage = join(FIXTURES, 'product-page.html');

function expectExactShape(record: JsonRecord, file: string): void {
  expect(Object.keys(record)).toEqual(['file', 'findings']);
  expect(record.file).toBe(file);
  for (const finding of record.findings) {
    expect(Object.keys(finding)).toEqual(FINDING_KEYS);
    expect(finding).toEqual({
      claimId: expect.any(String),
      topic: expect.any(String),
      trend: expect.any(String),
      evidence: expect.stringMatching(/^(strong|limited|preclinical|none)$/),
      verdict: expect.stringMatching(/^(accurate|overstated|unproven|misleading|false)$/),
      stance: expect.stringMatching(/^(asserted|refuted)$/),
      quote: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
    });
  }
}

function expectOffsetsInto(text: string, record: JsonRecord): void {
  for (const finding of record.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.quote);
}

describe('check --json', () => {
  it('reports a plain-text claim with its exact quote and offsets', async () => {
    const run = await runCli(['--json', serumAd]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [record, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expectExactShape(record!, serumAd);
    expectOffsetsInto(readFileSync(serumAd, 'utf8'), record!);
    expect(record!.findings).toContainEqual(
      expect.objectContaining({
        topic: 'collagen-elastin',
        trend: 'exosomes',
        stance: 'asserted',
        quote: 'Our exosome serum boosts collagen production.',
      }),
    );
  });

  it('reads Markdown as it is and marks a disputed claim as refuted', async () => {
    const run = await runCli(['--json', pdrnNotes]);
    expect(run.code).toBe(0);
    const [record] = jsonLines(run.stdout);
    expectExactShape(record!, pdrnNotes);
    expectOffsetsInto(readFileSync(pdrnNotes, 'utf8'), record!);
    expect(record!.findings).toContainEqual(
      expect.objectContaining({ topic: 'anti-ageing', trend: 'pdrn-polynucleotides', stance: 'asserted' }),
    );
    expect(record!.findings).toContainEqual(
      expect.objectContaining({ topic: 'regulatory-status', trend: 'exosomes', stance: 'refuted' }),
    );
  });

  it('checks only the visible text of an HTML page, alt text included', async () => {
    const run = await runCli(['--json', productPage]);
    expect(run.code).toBe(0);
    const [record] = jsonLines(run.stdout);
    expectExactShape(record!, productPage);
    expectOffsetsInto(htmlToText(readFileSync(productPage, 'utf8')), record!);
    const topics = record!.findings.map((finding) => finding.topic);
    // The claim split by <b> tags is found as one sentence.
    expect(record!.findings).toContainEqual(
      expect.objectContaining({ topic: 'collagen-elastin', quote: 'Our exosome ampoule boosts collagen production.' }),
    );
    expect(record!.findings).toContainEqual(
      expect.objectContaining({ topic: 'pigmentation', quote: 'Exosome toner fades dark spots' }),
    );
    // Claims in the title, a style, a script, hidden elements, noscript and a template are not on the page.
    for (const unseen of ['hair-growth', 'wound-healing', 'acne', 'scars']) expect(topics).not.toContain(unseen);
  });

  it('writes one line per file of a directory, in path order, skipping other file types', async () => {
    const batch = join(FIXTURES, 'batch');
    const run = await runCli(['--json', batch]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.file)).toEqual([
      join(batch, 'a-serum.txt'),
      join(batch, 'nested', 'b-page.html'),
    ]);
    records.forEach((record) => expectExactShape(record, record.file));
    expect(records[0]!.findings).toContainEqual(expect.objectContaining({ topic: 'collagen-elastin' }));
    expect(records[1]!.findings).toContainEqual(
      expect.objectContaining({ topic: 'anti-ageing', trend: 'pdrn-polynucleotides' }),
    );
  });

  it('checks inputs in the order they were given', async () => {
    const run = await runCli(['--json', join(FIXTURES, 'batch', 'nested', 'b-page.html'), serumAd]);
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual([
      join(FIXTURES, 'batch', 'nested', 'b-page.html'),
      serumAd,
    ]);
  });
});

describe('directory walking', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimlens-walk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('recurses, sorts, and skips node_modules, dot-folders and unsupported extensions', async () => {
    const plain = 'Nothing to see here.\n';
    for (const folder of ['b', 'node_modules/pkg', '.cache', 'a/deeper']) mkdirSync(join(root, folder), { recursive: true });
    const files = ['z.md', 'b/page.HTM', 'a/deeper/one.txt', 'a/two.html', 'image.png', 'node_modules/pkg/readme.md', '.cache/c.txt'];
    for (const file of files) writeFileSync(join(root, file), plain);
    const run = await runCli(['--json', root]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual(
      ['a/deeper/one.txt', 'a/two.html', 'b/page.HTM', 'z.md'].map((file) => ({ file: join(root, file), findings: [] })),
    );
  });

  it('reports a directory with nothing to check instead of silently passing', async () => {
    const empty = join(root, 'empty');
    mkdirSync(join(empty, 'node_modules'), { recursive: true });
    writeFileSync(join(empty, 'node_modules', 'skipped.txt'), 'skipped');
    const run = await runCli(['--json', empty]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`claimlens: ${empty}: directory holds no .txt, .md, .html or .htm files\n`);
  });
});

describe('formatJsonLine', () => {
  it('keeps a record on one line even when a quote holds Unicode line separators', () => {
    const quote = 'Exosome serum\u2028boosts collagen\u2029production';
    const line = formatJsonLine('page.txt', [
      {
        claimId: 'x',
        topic: 'collagen-elastin',
        trend: 'exosomes',
        evidence: 'limited',
        verdict: 'overstated',
        stance: 'asserted',
        quote,
        start: 0,
        end: quote.length,
        confidence: 'high',
      },
    ]);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\u2028\u2029]/);
    expect((JSON.parse(line) as JsonRecord).findings[0]!.quote).toBe(quote);
  });
});
