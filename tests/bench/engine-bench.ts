// Benchmark sections 1 and 2: the engine in Node against the floor (one pass of the trigger
// pattern) and the naive Fuse.js baseline; then a database with 10,000 user claims.
import { existsSync, readFileSync } from 'node:fs';
import { bundledDb } from '../../src/claims/bundled';
import { createEngine } from '../../src/claims/engine';
import { phrasingSource } from '../../src/claims/phrasing';
import type { Claim } from '../../src/claims/types';
import { TOPIC_IDS } from '../../src/claims/vocabulary';
import { predictTopics } from '../../src/cli/eval-predict';
import { scoreRows, type LabelledRow } from '../../src/cli/eval-score';
import { createNaiveChecker } from './naive-fuse';
import { generateText, instagramPost } from './text';
import { medianMs, runsFor } from './timing';

const SIZES = [10_000, 1_000_000, 10_000_000];
/** The naive baseline is timed on this many sentences and scaled to the whole text. */
const NAIVE_SAMPLE_SENTENCES = 200;

export function floorPattern(): RegExp {
  const sources = bundledDb.trends.flatMap((trend) => Object.values(trend.triggers).flat().map((p) => phrasingSource(p!)));
  return new RegExp(sources.join('|'), 'giu');
}

export function benchEngine() {
  const engine = createEngine(bundledDb);
  const naive = createNaiveChecker(bundledDb.claims);
  const floor = floorPattern();
  const rows = [];
  for (const bytes of SIZES) {
    for (const withClaims of [false, true]) {
      const text = generateText(bytes, withClaims);
      const runs = runsFor(bytes);
      const findings = engine.scan(text).length;
      const floorMs = medianMs(runs, () => {
        let count = 0;
        for (const _ of text.matchAll(floor)) count++;
        return count;
      });
      const engineMs = medianMs(runs, () => engine.scan(text));
      const sentences = naive.sentenceCount(text);
      const sample = Math.min(sentences, NAIVE_SAMPLE_SENTENCES);
      const naiveMs = medianMs(bytes <= 20_000 ? 5 : 1, () => naive.scanFirstSentences(text, sample)) * (sentences / sample);
      rows.push({
        text: `${formatBytes(bytes)} ${withClaims ? 'with claims' : 'claim-free'}`,
        findings,
        floorMs,
        engineMs,
        naiveMs,
        naiveScaledFrom: sample < sentences ? `${sample} of ${sentences} sentences` : 'all sentences',
        engineVsFloor: engineMs / floorMs,
        naiveVsEngine: naiveMs / engineMs,
      });
    }
  }
  return rows;
}

export function evalF1(evalPath: string) {
  if (!existsSync(evalPath)) return null;
  const labelled = readFileSync(evalPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LabelledRow);
  const engine = createEngine(bundledDb);
  const naive = createNaiveChecker(bundledDb.claims);
  const score = (scan: (text: string) => Parameters<typeof predictTopics>[0]) =>
    scoreRows(labelled, labelled.map((row) => predictTopics(scan(row.text)))).asserted;
  return { engine: score((text) => engine.scan(text)), naive: score((text) => naive.scan(text)) };
}

/** Pseudo-words so the synthetic claims spread over the index like real ones. */
function syntheticClaims(count: number): Claim[] {
  const syllables = ['ka', 'lu', 'mi', 'so', 're', 'vi', 'to', 'na', 'el', 'pha', 'qui', 'dra', 'ben', 'cor', 'zen', 'wo'];
  let state = 7;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const word = () => Array.from({ length: 3 }, () => syllables[next() % syllables.length]).join('');
  const template = bundledDb.claims[0]!;
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `user-synthetic-${i}`,
    topic: TOPIC_IDS[i % TOPIC_IDS.length]!,
    phrasings: { en: [`${word()} ${word()}`, `${word()} ${word()} ${word()}`] },
    denials: {},
    hashtags: [],
    origin: 'user' as const,
  }));
}

export function benchScale(userClaims = 10_000) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const claims = [...bundledDb.claims, ...syntheticClaims(userClaims)];
  let engine = createEngine({ claims, trends: bundledDb.trends });
  gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const posts = Array.from({ length: 1_000 }, (_, i) => instagramPost(i));
  let index = 0;
  const postMs = medianMs(1_000, () => engine.scan(posts[index++ % posts.length]!));
  const rebuildMs = medianMs(5, () => {
    engine = createEngine({ claims, trends: bundledDb.trends });
  });
  return { userClaims, postMs, rebuildMs, heapMB: gc ? heapMB : null, findingsPerPost: engine.scan(posts[0]!).length };
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1_000} KB`;
}
