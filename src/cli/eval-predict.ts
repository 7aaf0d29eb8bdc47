import type { Finding } from '../claims/types';
import type { RowPrediction } from './eval-score';

/**
 * A snippet's topics, each with the stance most of its findings take (refuted on a tie: a
 * claim raised and then disputed is a disputed claim).
 */
export function predictTopics(findings: Finding[]): RowPrediction {
  const balance = new Map<string, number>();
  for (const finding of findings) {
    balance.set(finding.topic, (balance.get(finding.topic) ?? 0) + (finding.stance === 'asserted' ? 1 : -1));
  }
  return new Map([...balance].map(([topic, score]) => [topic, score > 0 ? 'asserted' : 'refuted']));
}
