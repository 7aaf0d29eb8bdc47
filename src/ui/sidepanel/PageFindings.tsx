import type { Settings } from '../../settings/settings';
import type { TabFindings } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { VerdictCounts } from '../components/VerdictCounts';
import { countByVerdict } from '../findings/finding-order';
import { FindingsByTopic } from './FindingsByTopic';
import './PageFindings.css';

interface Props {
  tabFindings: TabFindings | null;
  settings: Settings;
  catalog: ClaimCatalog;
  onShowOnPage: (key: string) => Promise<boolean>;
  /** Switches the user's sensitivity to every finding (Journalist mode). */
  onShowEveryFinding: () => void;
}

/** The current page's findings, grouped by topic. */
export function PageFindings({ tabFindings, settings, catalog, onShowOnPage, onShowEveryFinding }: Props) {
  const findings = tabFindings?.findings ?? [];
  return (
    <section className="cl-page-findings" aria-labelledby="cl-page-findings-title">
      <div className="cl-page-findings__head">
        <h2 id="cl-page-findings-title">
          {findings.length === 0
            ? 'No trend claims found on this page'
            : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} on this page`}
        </h2>
        <VerdictCounts counts={countByVerdict(findings)} />
        {settings.sensitivity === 'confident' && (
          <p className="cl-page-findings__mode">
            Shopper mode shows only claims made in the same sentence as the ingredient.{' '}
            <button type="button" className="cl-link-button" onClick={onShowEveryFinding}>
              Show every finding
            </button>
          </p>
        )}
      </div>
      {findings.length > 0 && (
        <FindingsByTopic
          findings={findings}
          catalog={catalog}
          jurisdiction={settings.jurisdiction}
          focusKey={tabFindings?.focusKey}
          onShowOnPage={onShowOnPage}
        />
      )}
    </section>
  );
}
