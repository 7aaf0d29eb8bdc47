// Aftercare and side-effect notes ("mild redness may occur and will subside") name symptoms, but
// they are not claims that the ingredient treats them.
import type { TopicId } from './vocabulary';

export const SYMPTOM_TOPICS: ReadonlySet<TopicId> = new Set(['rosacea-redness', 'inflammation']);

const SIDE_EFFECT_CUES = new RegExp(
  [
    String.raw`\b(?:side effects?|may experience|might experience|can experience|subsides?|resolves?|temporary|aftercare|after ?care|medications?|bruising|tenderness|discomfort)\b`,
    String.raw`\b(?:efectos secundarios|efectos adversos|puede(?:s|n)? experimentar|desaparece)\b`,
    '부작용|일시적|가라앉|副作用|一時的|ダウンタイム中',
  ].join('|'),
  'u',
);

export function describesSideEffects(foldedSentence: string): boolean {
  return SIDE_EFFECT_CUES.test(foldedSentence);
}
