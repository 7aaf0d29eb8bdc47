import type { Finding } from '../claims/types';
import type { RowPrediction } from './eval-score';

/** A snippet's topics: refuted when any finding of the topic disputes it, otherwise asserted. */
export function predictTopics(findings: Finding[]): RowPrediction {
  const stanceByTopic: RowPrediction = new Map();
  for (const finding of findings) {
    if (stanceByTopic.get(finding.topic) !== 'refuted') stanceByTopic.set(finding.topic, finding.stance);
  }
  return stanceByTopic;
}
