// Readable names for the topic ids (the ids are a public contract; these names are only for people).
import type { TopicId } from '../../claims/vocabulary';

export const TOPIC_NAME: Record<TopicId, string> = {
  'cell-signalling': 'Cell signalling',
  'collagen-elastin': 'Collagen and elastin',
  'anti-ageing': 'Anti-ageing',
  'skin-regeneration': 'Skin regeneration',
  'wound-healing': 'Wound healing',
  'post-procedure-recovery': 'Recovery after procedures',
  scars: 'Scars',
  pigmentation: 'Pigmentation and dark spots',
  'rosacea-redness': 'Rosacea and redness',
  inflammation: 'Inflammation',
  'texture-hydration': 'Texture and hydration',
  'hair-growth': 'Hair growth',
  'deep-penetration': 'Deep penetration',
  safety: 'Safety',
  'regulatory-status': 'Regulatory status',
  'source-origin': 'Where it comes from',
  'clinical-proof': 'Clinical proof',
  'celebrity-use': 'Celebrity use',
  superiority: 'Better than other treatments',
  acne: 'Acne',
  'skin-disease': 'Skin diseases',
  'dose-concentration': 'Dose and concentration',
};

export function topicName(topic: string): string {
  return (TOPIC_NAME as Record<string, string>)[topic] ?? topic;
}
