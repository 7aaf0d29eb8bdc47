// @vitest-environment node
// The default output, for a person: readable without colour, coloured only at a terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDb } from '../../../src/claims/bundled';
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../../../src/claims/verdict-display';
import { FIXTURES, jsonLines, runCli } from './run-cli';

const serumAd = join(FIXTURES, 'serum-ad.txt');
const pdrnNotes = join(FIXTURES, 'pdrn-notes.md');
const ANSI = /\x1b\[/;

/** The --json findings of one file, to compare the human output against. */
async function findingsOf(file: string) {
  return jsonLines((await runCli(['--json', file])).stdout)[0]!.findings;
}

describe('human output', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'claimlens-human-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('heads each input with its name and finding count, then describes every finding', async () => {
    const findings = await findingsOf(serumAd);
    const collagen = findings.find((finding) => finding.topic === 'collagen-elastin')!;
    expect(collagen).toBeDefined();
    const claim = bundledDb.claims.find((candidate) => candidate.id === collagen.claimId)!;
    const source = claim.sources[0]!;

    const run = await runCli([serumAd]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(ANSI);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${serumAd}: ${findings.length === 1 ? '1 finding' : `${findings.length} findings`}`);
    expect(run.stdout).toContain(
      `${VERDICT_LABEL[collagen.verdict as keyof typeof VERDICT_LABEL]} · ${EVIDENCE_LABEL[collagen.evidence as keyof typeof EVIDENCE_LABEL]}`,
    );
    expect(run.stdout).toContain('topic: collagen-elastin · trend: exosomes · stance: asserted');
    expect(run.stdout).toContain('"Our exosome serum boosts collagen production."');
    expect(run.stdout).toContain(`In short: ${claim.summary}`);
    const link = source.doi ? `https://doi.org/${source.doi}` : source.url;
    expect(run.stdout).toContain(`Source: ${source.citation}${link ? ` ${link}` : ''}`);
  });

  it('marks a claim raised only to dispute it', async () => {
    const run = await runCli([pdrnNotes]);
    expect(run.stdout).toMatch(/topic: regulatory-status · trend: exosomes · stance: refuted \(raised to dispute it\)/);
    expect(run.stdout).toMatch(/stance: asserted/);
  });

  it('says "no findings" for a clean file and totals a run of several inputs', async () => {
    const clean = join(scratch, 'clean.txt');
    writeFileSync(clean, 'A plain moisturiser with glycerin.\n');
    const missing = join(scratch, 'missing.md');
    const run = await runCli([clean, missing, serumAd]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${clean}: no findings\n`);
    expect(run.stdout).not.toContain(missing);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Checked 2 documents: \d+ findings?; 1 could not be read\.$/);
    expect(run.stderr).toBe(`claimlens: ${missing}: no such file or directory\n`);
  });

  it('colours verdicts only when stdout is a terminal and NO_COLOR is unset', async () => {
    expect((await runCli([serumAd], { isTTY: true, env: {} })).stdout).toMatch(ANSI);
    expect((await runCli([serumAd], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli([serumAd], { isTTY: false, env: {} })).stdout).not.toMatch(ANSI);
    expect((await runCli(['--json', serumAd], { isTTY: true, env: {} })).stdout).not.toMatch(ANSI);
  });
});
