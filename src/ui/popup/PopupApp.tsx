import { useState } from 'react';
import { useClaimCatalog } from '../catalog/use-claim-catalog';
import { countByVerdict, topFindings } from '../findings/finding-order';
import { pageAddress, webHostname } from '../findings/page-address';
import { useActiveTab } from '../findings/use-active-tab';
import { useSettings } from '../findings/use-settings';
import { useTabFindings } from '../findings/use-tab-findings';
import { useServices } from '../services/ServicesContext';
import { EmptyFindings } from './EmptyFindings';
import { PageVerdictSummary } from './PageVerdictSummary';
import { PausedNotice } from '../components/PausedNotice';
import { PopupHeader } from './PopupHeader';
import { PopupFooter } from './PopupFooter';
import './PopupApp.css';

const TOP_FINDINGS_SHOWN = 3;

interface Props {
  /** Called after the side panel opened (the popup closes itself so the panel has the stage). */
  onPanelOpened?: () => void;
}

/** The current tab at a glance: a plain verdict for shoppers. */
export function PopupApp({ onPanelOpened }: Props) {
  const services = useServices();
  const tab = useActiveTab();
  const { settings, replace: replaceSettings } = useSettings();
  const findingsState = useTabFindings(tab?.id, tab?.url);
  const catalog = useClaimCatalog();
  const [pausing, setPausing] = useState(false);

  const tabFindings = findingsState.status === 'ready' ? findingsState.findings : null;
  const address = pageAddress(tab?.url ?? tabFindings?.url);
  const hostname = webHostname(address);
  const paused = !!hostname && !!settings?.pausedSites.includes(hostname);
  const findings = tabFindings?.findings ?? [];
  const loading = tab === undefined || !settings || findingsState.status === 'loading';

  const setPaused = async (next: boolean) => {
    if (!hostname) return;
    setPausing(true);
    try {
      replaceSettings(await services.backend.setSitePaused({ hostname, paused: next }));
    } finally {
      setPausing(false);
    }
  };

  const openPanel = () => {
    if (tab) services.openSidePanel(tab.id).then(onPanelOpened, (error: unknown) => {
      console.warn('[ClaimLens] could not open the side panel', error);
    });
  };

  return (
    <div className="cl-popup">
      <PopupHeader hostname={hostname} onOpenOptions={() => services.openOptionsPage()} />
      <main className="cl-popup__body" aria-live="polite" aria-busy={loading}>
        {loading ? (
          <p className="cl-muted">Checking this page…</p>
        ) : address.kind === 'not-web' ? (
          <p className="cl-muted">ClaimLens checks web pages. Open a shop, an article or a post to see its claims.</p>
        ) : paused ? (
          <PausedNotice hostname={hostname} onResume={() => setPaused(false)} busy={pausing} />
        ) : findingsState.status === 'error' ? (
          <p className="cl-muted">ClaimLens could not read this page's results. Reload the page to try again.</p>
        ) : findings.length === 0 ? (
          <EmptyFindings />
        ) : (
          <PageVerdictSummary
            counts={countByVerdict(findings)}
            top={topFindings(findings, TOP_FINDINGS_SHOWN)}
            totalFindings={findings.length}
            disputedCount={findings.filter((f) => f.stance === 'refuted').length}
            catalog={catalog}
          />
        )}
      </main>
      <PopupFooter
        canOpenPanel={!!tab}
        hostname={paused ? null : hostname}
        onOpenPanel={openPanel}
        onPause={() => setPaused(true)}
        pausing={pausing}
      />
    </div>
  );
}
