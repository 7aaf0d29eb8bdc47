import type { ReactNode } from 'react';
import type { Dispute } from '../../disputes/types';
import type { ExportFile, ExportFormat } from '../../exports';
import type { Settings } from '../../settings/settings';
import type { BlockFinding, TabFindings } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { ExportButtons } from '../components/ExportButtons';
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
  /** The page's findings as a file in an export format; without it, no export buttons. */
  exportFileFor?: (format: ExportFormat) => ExportFile;
  disputeFor?: (finding: BlockFinding) => Dispute | undefined;
  toolsFor?: (finding: BlockFinding) => ReactNode;
}

/** The current page's findings, grouped by topic. */
export function PageFindings({
  tabFindings,
  settings,
  catalog,
  onShowOnPage,
  onShowEveryFinding,
  exportFileFor,
  disputeFor,
  toolsFor,
}: Props) {
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
        {exportFileFor && findings.length > 0 && <ExportButtons label="Export this page" fileFor={exportFileFor} />}
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
          disputeFor={disputeFor}
          toolsFor={toolsFor}
        />
      )}
    </section>
  );
}
