// The cheap first pass every block goes through: does it name a trend ingredient at all? Built from
// the generated trigger list (a few KB), not the full claims bundle.
import triggers from '../../claims-db/compiled/triggers.json';
import { compileTriggers, type TrendTriggers } from '../claims/triggers';

export function createTrendPrefilter(trends: readonly TrendTriggers[] = triggers as TrendTriggers[]): (text: string) => boolean {
  const matcher = compileTriggers([...trends]);
  return (text) => matcher.test(text);
}
