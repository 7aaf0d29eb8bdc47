import type { Jurisdiction } from '../../claims/vocabulary';
import type { SelectionCheck } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { excerpt } from '../components/QuoteExcerpt';
import { CheckedTextResult } from './CheckedTextResult';
import './SelectionCheckCard.css';

interface Props {
  check: SelectionCheck;
  catalog: ClaimCatalog;
  jurisdiction: Jurisdiction;
  onDismiss: () => void;
}

function timeOfDay(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** The result of "Fact-check selection" from the page's context menu. */
export function SelectionCheckCard({ check, catalog, jurisdiction, onDismiss }: Props) {
  return (
    <section className="cl-selection-check" aria-labelledby="cl-selection-check-title">
      <header className="cl-selection-check__header">
        <div>
          <h2 id="cl-selection-check-title">Your selection</h2>
          <p className="cl-muted cl-selection-check__time">Checked at {timeOfDay(check.at)}</p>
        </div>
        <button type="button" className="cl-button cl-button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </header>
      <p className="cl-selection-check__text">“{excerpt(check.text, 280)}”</p>
      <CheckedTextResult result={check.result} catalog={catalog} jurisdiction={jurisdiction} />
    </section>
  );
}
