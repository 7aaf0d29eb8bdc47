import type { CSSProperties } from 'react';
import { VERDICT_COLOR, VERDICT_LABEL } from '../../claims/verdict-display';
import type { Verdict } from '../../claims/vocabulary';
import './VerdictChip.css';

interface Props {
  verdict: Verdict;
  /** Shown after the label, e.g. how many findings have this verdict. */
  count?: number;
  size?: 'small' | 'normal';
}

/** The verdict word in its colour; the same colour the page highlight uses. */
export function VerdictChip({ verdict, count, size = 'normal' }: Props) {
  const style = { '--verdict': VERDICT_COLOR[verdict] } as CSSProperties;
  return (
    <span className={`cl-verdict cl-verdict--${size}`} style={style} data-verdict={verdict}>
      <span className="cl-verdict__dot" aria-hidden="true" />
      {VERDICT_LABEL[verdict]}
      {count !== undefined && <span className="cl-verdict__count">{count}</span>}
    </span>
  );
}
