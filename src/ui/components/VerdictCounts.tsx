import { VERDICT_SEVERITY } from '../../claims/verdict-display';
import type { VerdictCounts as Counts } from '../findings/finding-order';
import { VerdictChip } from './VerdictChip';
import './VerdictCounts.css';

/** One chip per verdict present on the page, worst first. */
export function VerdictCounts({ counts }: { counts: Counts }) {
  const present = VERDICT_SEVERITY.filter((verdict) => counts[verdict] > 0);
  if (present.length === 0) return null;
  return (
    <ul className="cl-verdict-counts" aria-label="Findings by verdict">
      {present.map((verdict) => (
        <li key={verdict}>
          <VerdictChip verdict={verdict} count={counts[verdict]} />
        </li>
      ))}
    </ul>
  );
}
