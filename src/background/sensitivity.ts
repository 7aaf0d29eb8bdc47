// Shoppers see only confident findings (the ingredient is named in the same sentence);
// journalists can ask for every finding.
import type { Finding } from '../claims/types';
import type { Settings } from '../settings/settings';

export function filterBySensitivity<T extends Finding>(findings: readonly T[], sensitivity: Settings['sensitivity']): T[] {
  return sensitivity === 'all' ? [...findings] : findings.filter((finding) => finding.confidence === 'high');
}
