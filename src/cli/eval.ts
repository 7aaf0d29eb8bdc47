// `npm run eval -- FILE.jsonl [--errors]`: measures the engine on a labelled set (one JSON object
// per line: id, kind, text, topics, refuted). Prints topic-level precision, recall and F1 for
// asserted claims, stance accuracy for refuted ones, and what it flags on negative kinds.
import { readFileSync } from 'node:fs';
import { createEngine } from '../claims/engine';
import { bundledDb } from '../claims/bundled';
import { predictTopics } from './eval-predict';
import { scoreRows, type LabelledRow } from './eval-score';

function readRows(path: string): LabelledRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as LabelledRow;
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

function main(argv: string[]) {
  const path = argv.find((arg) => !arg.startsWith('--'));
  if (!path) {
    console.error('usage: npm run eval -- FILE.jsonl [--errors]');
    process.exit(2);
  }
  const rows = readRows(path);
  const engine = createEngine(bundledDb);
  const started = performance.now();
  const predictions = rows.map((row) => predictTopics(engine.scan(row.text)));
  const elapsed = performance.now() - started;
  const report = scoreRows(rows, predictions);

  if (argv.includes('--errors')) {
    rows.forEach((row, index) => {
      const errors = report.rowErrors[index]!;
      if (errors.length > 0) console.log(`${row.id} [${row.kind}/${row.lang}] ${errors.join(' ')}`);
    });
    console.log('');
  }
  console.log('topic            gold  tp  fp  fn');
  for (const [topic, counts] of [...report.byTopic].sort()) {
    console.log(`${topic.padEnd(24)} ${String(counts.gold).padStart(4)} ${String(counts.tp).padStart(3)} ${String(counts.fp).padStart(3)} ${String(counts.fn).padStart(3)}`);
  }
  console.log('');
  console.log(`${rows.length} snippets, ${engine.claims.length} claims (db ${bundledDb.version}), ${elapsed.toFixed(0)} ms`);
  const { asserted, refuted, negatives } = report;
  console.log(
    `asserted: precision ${asserted.precision.toFixed(3)}  recall ${asserted.recall.toFixed(3)}  F1 ${asserted.f1.toFixed(3)}  (tp ${asserted.tp}, fp ${asserted.fp}, fn ${asserted.fn})`,
  );
  console.log(
    `refuted: stance accuracy ${refuted.accuracy.toFixed(3)} (${refuted.correct} of ${refuted.gold} refuted topics found as refuted; ${refuted.falseRefutations} asserted topics wrongly marked refuted)`,
  );
  console.log(
    `negatives: ${negatives.flaggedRows} of ${negatives.rows} science/unrelated snippets flagged (${negatives.findings} topics)`,
  );
}

main(process.argv.slice(2));
