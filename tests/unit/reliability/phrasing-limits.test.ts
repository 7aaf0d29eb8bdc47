// Issue 5: user claims are written in the phrasing syntax, not as regular expressions. A phrasing
// that looks like a pattern is plain text; sizes are capped; and no phrasing the options form
// accepts can make matching run away. Checked by what matches, not by how long it takes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledDb } from '../../../src/claims/bundled';
import { createEngine } from '../../../src/claims/engine';
import { MAX_PHRASING_LENGTH, phrasingProblem } from '../../../src/claims/phrasing';
import { MAX_PHRASINGS_PER_LANGUAGE, userClaimSchema } from '../../../src/claims/schema';
import type { Claim } from '../../../src/claims/types';
import { ADVERSARIAL_USER_PHRASINGS } from './support/adversarial-text';

function userClaim(phrasings: string[], overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'my-pattern-claim',
    topic: 'skin-regeneration',
    trend: 'exosomes',
    claim: 'A claim written by a user',
    phrasings: { en: phrasings },
    denials: {},
    hashtags: [],
    evidence: 'none',
    verdict: 'unproven',
    summary: 'A user claim.',
    explanation: 'A user claim written for the phrasing tests.',
    sources: [{ id: 'U1', citation: 'Test note', year: 2026, kind: 'commentary' }],
    regulatory: [],
    safety: [],
    reviewed: '2026-01-01',
    origin: 'user',
    ...overrides,
  };
}

/** Quotes of the user claim's findings in `text` (the sentence names an exosome product). */
function matchesOf(phrasing: string, text: string): string[] {
  const engine = createEngine({ claims: [...bundledDb.claims, userClaim([phrasing])], trends: bundledDb.trends });
  return engine
    .scan(text)
    .filter((finding) => finding.claimId === 'my-pattern-claim')
    .map((finding) => finding.quote);
}

describe('phrasings that look like regular expressions are plain text', () => {
  it('"(a+)+$" matches only the literal characters "(a+)+$"', () => {
    expect(phrasingProblem('(a+)+$')).toBeNull();
    expect(matchesOf('(a+)+$', 'Our exosome serum says (a+)+$ on the label.')).toHaveLength(1);
    for (const text of [
      'Our exosome serum aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'Our exosome serum a',
      'Our exosome serum (a)',
      'Our exosome serum (aa)+',
      'Our exosome serum (a+)$',
    ]) {
      expect(matchesOf('(a+)+$', text), text).toEqual([]);
    }
  });

  it.each([
    ['x|y|z', 'Our exosome serum: x|y|z.', ['Our exosome serum: x, y or z.', 'Our exosome serum is x.']],
    ['[a-z]+ glow', 'Our exosome serum gives [a-z]+ glow.', ['Our exosome serum gives pearly glow.']],
    ['glow\\d{3}', 'Our exosome serum glow\\d{3} formula.', ['Our exosome serum glow123 formula.']],
    ['a?b+c glow', 'Our exosome serum a?b+c glow.', ['Our exosome serum bc glow.', 'Our exosome serum abbc glow.']],
    ['^glow$ serum', 'Our exosome ^glow$ serum.', ['Our exosome glow serum.']],
    ['(?:glow){2,}', 'Our exosome serum (?:glow){2,} now.', ['Our exosome serum glowglow now.']],
  ])('"%s" matches its literal text, not what the pattern would match', (phrasing, literal, others) => {
    expect(phrasingProblem(phrasing)).toBeNull();
    expect(matchesOf(phrasing, literal)).toHaveLength(1);
    for (const text of others) expect(matchesOf(phrasing, text), text).toEqual([]);
  });

  it('refuses phrasings with nothing but pattern characters', () => {
    for (const phrasing of ['.*', '*', '**', '$', '^', '...', '* ... *', '.']) {
      expect(phrasingProblem(phrasing), phrasing).not.toBeNull();
    }
  });

  it('keeps a gap ("...") to a few words inside one sentence', () => {
    const phrasing = 'glow* ... pearl';
    expect(matchesOf(phrasing, 'Our exosome serum glows like a pearl.')).toHaveLength(1);
    // More than 40 characters between the two words: no match.
    expect(matchesOf(phrasing, `Our exosome serum glows ${'and shines '.repeat(5)}like a pearl.`)).toEqual([]);
    // Across a sentence end: no match.
    expect(matchesOf(phrasing, 'Our exosome serum glows. A pearl.')).toEqual([]);
  });
});

describe('size limits on user claims', () => {
  const parse = (claim: Record<string, unknown>) => userClaimSchema.safeParse(claim);
  const input = (overrides: Record<string, unknown>) => {
    const { origin: _origin, ...claim } = userClaim(['pearl glow']);
    return { ...claim, ...overrides };
  };

  it(`caps a phrasing at ${MAX_PHRASING_LENGTH} characters and two gaps`, () => {
    const longest = `pearl ${'g'.repeat(MAX_PHRASING_LENGTH - 6)}`;
    expect(phrasingProblem(longest)).toBeNull();
    expect(phrasingProblem(`${longest}g`)).toMatch(/longer than/);
    expect(phrasingProblem('glow ... pearl ... shine ... light')).toMatch(/two \.\.\. gaps/);
    expect(parse(input({ phrasings: { en: [`${longest}g`] } })).success).toBe(false);
  });

  it(`caps phrasings at ${MAX_PHRASINGS_PER_LANGUAGE} per language`, () => {
    const many = Array.from({ length: MAX_PHRASINGS_PER_LANGUAGE + 1 }, (_, i) => `pearl glow ${i}`);
    expect(parse(input({ phrasings: { en: many.slice(0, -1) } })).success).toBe(true);
    expect(parse(input({ phrasings: { en: many } })).success).toBe(false);
  });

  it('caps the text fields', () => {
    expect(parse(input({ claim: 'c'.repeat(301) })).success).toBe(false);
    expect(parse(input({ summary: 's'.repeat(201) })).success).toBe(false);
    expect(parse(input({ explanation: 'e'.repeat(2_001) })).success).toBe(false);
    expect(parse(input({ id: 'x'.repeat(81) })).success).toBe(false);
    expect(parse(input({ hashtags: ['#a'.padEnd(62, 'b')] })).success).toBe(false);
    expect(parse(input({ sources: Array.from({ length: 31 }, (_, i) => ({ id: `S${i}`, citation: 'c', kind: 'review' })) })).success).toBe(false);
  });
});

describe('no phrasing the form accepts can make matching run away', () => {
  // Each case runs in a child process: a phrasing that makes a backtracking matcher explore every
  // way of splitting a run of letters could block a test worker for hours. The child is stopped
  // after WATCHDOG_MS; that is a guard against a hang, not a speed requirement — a scan of this
  // text takes about a millisecond, and the cases below need ~10^12 steps or more when they hang.
  const WATCHDOG_MS = 30_000;
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'scan-once.ts');

  function scanInChild(phrasing: string, text: string) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, JSON.stringify({ phrasing, text })], {
      cwd: path.resolve(path.dirname(script), '../../../..'),
      encoding: 'utf8',
      timeout: WATCHDOG_MS,
    });
    if (child.error && (child.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw child.error;
    return { finished: child.status === 0, killed: child.signal !== null, stdout: child.stdout, stderr: child.stderr };
  }

  it.each([
    // The harness itself: an ordinary phrasing, found.
    ['plain words', 'pearl glow', 'Our exosome serum gives a pearl glow.', 1],
    ['words ending in *', ADVERSARIAL_USER_PHRASINGS.starWords, `Our exosome serum ${'a'.repeat(64)} works.`, 0],
    ['numbers next to numbers', ADVERSARIAL_USER_PHRASINGS.numbers, `Our exosome serum ${'1'.repeat(64)} works.`, 0],
  ])('%s: "%s" finishes', { timeout: WATCHDOG_MS + 15_000 }, (_label, phrasing, text, findings) => {
    expect(phrasingProblem(phrasing)).toBeNull();
    const result = scanInChild(phrasing, text);
    expect(result.killed, `the scan was still running after ${WATCHDOG_MS / 1000} s (catastrophic backtracking)`).toBe(false);
    expect(result.finished, result.stderr).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual({ findings });
  });
});
