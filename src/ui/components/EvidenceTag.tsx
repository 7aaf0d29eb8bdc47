import { EVIDENCE_LABEL } from '../../claims/verdict-display';
import type { EvidenceLevel } from '../../claims/vocabulary';
import './EvidenceTag.css';

const FILLED_BARS: Record<EvidenceLevel, number> = { strong: 3, limited: 2, preclinical: 1, none: 0 };

/** Evidence level in words, with a three-bar gauge as a quick visual cue. */
export function EvidenceTag({ evidence }: { evidence: EvidenceLevel }) {
  return (
    <span className="cl-evidence" data-evidence={evidence}>
      <span className="cl-evidence__bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <span key={bar} className={bar <= FILLED_BARS[evidence] ? 'is-filled' : undefined} />
        ))}
      </span>
      {EVIDENCE_LABEL[evidence]}
    </span>
  );
}
