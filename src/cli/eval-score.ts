// Scoring for the evaluation: pure, so it is unit-tested apart from any data set.

export interface LabelledRow {
  id: string;
  kind: string;
  lang: string;
  text: string;
  topics: string[];
  refuted: string[];
}

export type RowPrediction = Map<string, 'asserted' | 'refuted'>;

const NEGATIVE_KINDS = new Set(['science-negative', 'unrelated-negative']);

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

export function scoreRows(rows: LabelledRow[], predictions: RowPrediction[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let refutedGold = 0;
  let refutedCorrect = 0;
  let falseRefutations = 0;
  let flaggedRows = 0;
  let negativeRows = 0;
  let negativeFindings = 0;
  const byTopic = new Map<string, { gold: number; tp: number; fp: number; fn: number }>();
  const topicCounts = (topic: string) => {
    const counts = byTopic.get(topic) ?? { gold: 0, tp: 0, fp: 0, fn: 0 };
    byTopic.set(topic, counts);
    return counts;
  };
  const rowErrors: string[][] = [];

  rows.forEach((row, index) => {
    const predicted = predictions[index]!;
    const errors: string[] = [];
    const goldRefuted = new Set(row.refuted);
    const goldAsserted = new Set(row.topics.filter((topic) => !goldRefuted.has(topic)));
    const predictedAsserted = new Set([...predicted].filter(([, s]) => s === 'asserted').map(([t]) => t));

    for (const topic of goldAsserted) {
      topicCounts(topic).gold++;
      if (predictedAsserted.has(topic)) {
        tp++;
        topicCounts(topic).tp++;
      } else {
        fn++;
        topicCounts(topic).fn++;
        errors.push(predicted.get(topic) === 'refuted' ? `-${topic}(marked refuted)` : `-${topic}`);
      }
    }
    for (const topic of predictedAsserted) {
      if (goldAsserted.has(topic)) continue;
      fp++;
      topicCounts(topic).fp++;
      errors.push(goldRefuted.has(topic) ? `+${topic}(gold refuted)` : `+${topic}`);
    }
    for (const topic of goldRefuted) {
      refutedGold++;
      if (predicted.get(topic) === 'refuted') refutedCorrect++;
      else if (!predicted.has(topic)) errors.push(`-${topic}(refuted)`);
    }
    for (const [topic, stance] of predicted) {
      if (stance === 'refuted' && !goldRefuted.has(topic)) {
        if (goldAsserted.has(topic)) falseRefutations++;
        else errors.push(`+${topic}(refuted)`);
      }
    }
    if (NEGATIVE_KINDS.has(row.kind)) {
      negativeRows++;
      if (predicted.size > 0) flaggedRows++;
      negativeFindings += predicted.size;
    }
    rowErrors.push(errors);
  });

  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    asserted: { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    refuted: { gold: refutedGold, correct: refutedCorrect, accuracy: ratio(refutedCorrect, refutedGold), falseRefutations },
    negatives: { rows: negativeRows, flaggedRows, findings: negativeFindings },
    byTopic,
    rowErrors,
  };
}
