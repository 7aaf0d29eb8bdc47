// Does the engine's time grow linearly with its input, whatever the input looks like? Each
// adversarial generator (tests/unit/reliability/support/adversarial-text.ts) is timed at n, 2n,
// 4n and 8n; the ratio per doubling should stay near 2 (≈4 means quadratic, more means worse).
//
//   import { fuzzLinearity } from './fuzz-linearity';   // from tests/bench/run.ts
//   NODE_OPTIONS=--expose-gc npx tsx tests/bench/fuzz-linearity.ts   // prints the table on its own
//
// A generator whose next size would take longer than the budget is stopped there (its time would
// only grow), and the row says so: a quadratic or exponential case cannot stall the benchmark.
import { pathToFileURL } from 'node:url';
import { bundledDb } from '../../src/claims/bundled';
import { createEngine, type Engine } from '../../src/claims/engine';
import type { Claim } from '../../src/claims/types';
import { ADVERSARIAL_GENERATORS, ADVERSARIAL_USER_PHRASINGS, type AdversarialGenerator } from '../unit/reliability/support/adversarial-text';

export interface LinearityRow {
  generator: string;
  /** Input sizes in UTF-16 units: n, 2n, 4n, 8n. */
  sizes: number[];
  /** Median milliseconds per size; null where the size was not run (over budget). */
  ms: (number | null)[];
  /** Time ratio per doubling (ms[i+1] / ms[i]), for the sizes that ran. */
  ratios: number[];
  /** The largest ratio; ≈2 is linear. */
  worstRatio: number;
  /** Why the larger sizes were skipped, if they were. */
  note?: string;
}

export interface LinearityOptions {
  /** The smallest size (default 20,000 UTF-16 units, the longest block a page may send; 8n = 160,000). */
  baseSize?: number;
  /** Skip a size whose predicted time exceeds this (default 8 s). */
  budgetMs?: number;
  /** Runs per size; the median is kept (default 5). */
  runs?: number;
}

/** Ratio per doubling above which a row counts as superlinear. 2 is linear; noise adds a little. */
export const LINEAR_RATIO_LIMIT = 2.8;
/** Times below this are read as this when taking ratios (noise, not growth). */
const NOISE_MS = 5;

function userClaim(id: string, phrasing: string): Claim {
  return {
    id,
    topic: 'skin-regeneration',
    trend: 'exosomes',
    claim: `A user claim written as "${phrasing}"`,
    phrasings: { en: [phrasing] },
    denials: {},
    hashtags: [],
    evidence: 'none',
    verdict: 'unproven',
    summary: 'Written for the linearity benchmark.',
    explanation: 'A phrasing that passes validation and stresses a backtracking matcher.',
    sources: [{ id: 'B1', citation: 'Benchmark note', year: 2026, kind: 'commentary' }],
    regulatory: [],
    safety: [],
    reviewed: '2026-01-01',
    origin: 'user',
  };
}

interface Case {
  engine: Engine;
  generator: AdversarialGenerator;
  baseSize?: number;
}

function cases(): Case[] {
  const bundled = createEngine({ claims: bundledDb.claims, trends: bundledDb.trends });
  const withUserClaims = createEngine({
    claims: [
      ...bundledDb.claims,
      userClaim('bench-star-words', ADVERSARIAL_USER_PHRASINGS.starWords),
      userClaim('bench-numbers', ADVERSARIAL_USER_PHRASINGS.numbers),
    ],
    trends: bundledDb.trends,
  });
  return [
    ...ADVERSARIAL_GENERATORS.map((generator) => ({ engine: bundled, generator })),
    // User claims are compiled into the same matcher; these inputs are small because any
    // superlinear growth shows from the first doublings.
    {
      engine: withUserClaims,
      generator: { name: `user phrasing "${ADVERSARIAL_USER_PHRASINGS.starWords}" on "exosome aaaa…"`, make: (n: number) => `exosome ${'a'.repeat(n)}` },
      baseSize: 16,
    },
    {
      engine: withUserClaims,
      generator: { name: `user phrasing "${ADVERSARIAL_USER_PHRASINGS.numbers}" on "exosome 1111…"`, make: (n: number) => `exosome ${'1'.repeat(n)}` },
      baseSize: 16,
    },
  ];
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

function timeOnce(engine: Engine, text: string): number {
  collectGarbage?.();
  const start = performance.now();
  engine.scan(text);
  return performance.now() - start;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function fuzzLinearity(options: LinearityOptions = {}): LinearityRow[] {
  const budgetMs = options.budgetMs ?? 8_000;
  const runs = options.runs ?? 5;
  const rows: LinearityRow[] = [];
  for (const { engine, generator, baseSize } of cases()) {
    const base = baseSize ?? options.baseSize ?? 20_000;
    const sizes = [base, base * 2, base * 4, base * 8];
    const ms: (number | null)[] = [];
    let note: string | undefined;
    // A warm-up at the smallest size (compiles the patterns, warms the JIT); it also says whether
    // repeated runs fit the budget.
    const warmUp = timeOnce(engine, generator.make(base));
    for (const size of sizes) {
      const previous = ms.at(-1);
      const before = ms.at(-2);
      // Predict this size's time from the last doubling (at least linear growth).
      const growth = previous != null && before != null && before > 0 ? Math.max(2, previous / before) : 2;
      const predicted = previous != null ? previous * growth : warmUp;
      if (previous != null && predicted > budgetMs) {
        note = `stopped before ${size.toLocaleString('en')}: predicted ${(predicted / 1000).toFixed(0)} s`;
        break;
      }
      const text = generator.make(size);
      const repeat = predicted * runs > budgetMs ? 1 : runs;
      const times: number[] = [];
      for (let run = 0; run < repeat; run++) times.push(timeOnce(engine, text));
      ms.push(medianOf(times));
    }
    while (ms.length < sizes.length) ms.push(null);
    const measured = ms.filter((value): value is number => value !== null);
    // Below a few milliseconds, garbage collection and the clock, not the engine, set the ratio.
    const ratios = measured.slice(1).map((value, index) => Math.max(value, NOISE_MS) / Math.max(measured[index]!, NOISE_MS));
    rows.push({ generator: generator.name, sizes, ms, ratios, worstRatio: Math.max(0, ...ratios), ...(note && { note }) });
  }
  return rows;
}

export function printLinearity(rows: readonly LinearityRow[]): void {
  console.table(
    rows.map((row) => ({
      generator: row.generator.length > 70 ? `${row.generator.slice(0, 69)}…` : row.generator,
      n: row.sizes[0],
      ...Object.fromEntries(row.ms.map((value, index) => [`${2 ** index}n ms`, value === null ? '—' : value.toFixed(1)])),
      'ratio per doubling': row.ratios.map((ratio) => ratio.toFixed(2)).join(' / '),
      note: row.note ?? '',
    })),
  );
  const superlinear = rows.filter((row) => row.worstRatio > LINEAR_RATIO_LIMIT || row.note);
  console.log(
    superlinear.length === 0
      ? `every generator grows linearly (ratio per doubling ≤ ${LINEAR_RATIO_LIMIT}): meets target`
      : `superlinear (ratio per doubling > ${LINEAR_RATIO_LIMIT}, or stopped over budget): ${superlinear.map((row) => row.generator).join('; ')}: MISSES target`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printLinearity(fuzzLinearity());
}
