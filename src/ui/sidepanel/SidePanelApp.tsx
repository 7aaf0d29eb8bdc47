import { useCallback, useMemo } from 'react';
import { useClaimCatalog } from '../catalog/use-claim-catalog';
import { PausedNotice } from '../components/PausedNotice';
import { ResearchLogToggle } from '../components/ResearchLogToggle';
import { pageAddress, webHostname } from '../findings/page-address';
import { useActiveTab } from '../findings/use-active-tab';
import { useSelectionCheck } from '../findings/use-selection-check';
import { useSettings } from '../findings/use-settings';
import { useTabFindings } from '../findings/use-tab-findings';
import { useServices } from '../services/ServicesContext';
import { ClaimSearch } from './ClaimSearch';
import { PageFindings } from './PageFindings';
import { PanelHeader } from './PanelHeader';
import { SelectionCheckCard } from './SelectionCheckCard';
import { SilencedNotice } from './SilencedNotice';
import { TextCheck } from './TextCheck';
import { useFindingTools } from './use-finding-tools';
import './SidePanelApp.css';

/** Every finding on the current tab with its evidence, for people who need to cite it. */
export function SidePanelApp() {
  const { backend } = useServices();
  const tab = useActiveTab();
  const { settings, replace: replaceSettings } = useSettings();
  const findingsState = useTabFindings(tab?.id, tab?.url);
  const catalog = useClaimCatalog();
  const selection = useSelectionCheck();

  const tabFindings = findingsState.status === 'ready' ? findingsState.findings : null;
  const address = pageAddress(tab?.url ?? tabFindings?.url);
  const hostname = webHostname(address);
  const paused = !!hostname && !!settings?.pausedSites.includes(hostname);
  const claimIdsOnPage = useMemo(
    () => new Set((tabFindings?.findings ?? []).map((finding) => finding.claimId)),
    [tabFindings],
  );
  const tabId = tab?.id;
  const showOnPage = useCallback(
    async (key: string) => (tabId === undefined ? false : !!(await backend.showFinding({ tabId, key }))),
    [backend, tabId],
  );
  const resume = async () => {
    if (hostname) replaceSettings(await backend.setSitePaused({ hostname, paused: false }));
  };

  const showEveryFinding = async () => replaceSettings(await backend.updateSettings({ sensitivity: 'all' }));
  const tools = useFindingTools({ tabFindings, hostname, settings, catalog });

  const loading = tab === undefined || !settings || findingsState.status === 'loading';

  return (
    <div className="cl-panel">
      <PanelHeader title={tabFindings?.title ?? tab?.title} hostname={hostname} />
      <main className="cl-panel__body">
        {selection.check && settings && (
          <SelectionCheckCard
            check={selection.check}
            catalog={catalog}
            jurisdiction={settings.jurisdiction}
            onDismiss={selection.dismiss}
          />
        )}
        <div aria-live="polite" aria-busy={loading}>
          {loading || !settings ? (
            <p className="cl-muted">Reading this page's findings…</p>
          ) : address.kind === 'not-web' ? (
            <p className="cl-muted">This tab is not a web page ClaimLens can read. The search below still works.</p>
          ) : paused ? (
            <PausedNotice hostname={hostname} onResume={resume} busy={false} />
          ) : findingsState.status === 'error' ? (
            <p className="cl-muted">ClaimLens could not read this page's results. Reload the page to try again.</p>
          ) : (
            <>
              {tools.silenced && (
                <SilencedNotice silenced={tools.silenced} onUndo={tools.undoSilence} onDismiss={tools.dismissSilenced} />
              )}
              <PageFindings
                tabFindings={tabFindings}
                settings={settings}
                catalog={catalog}
                onShowOnPage={showOnPage}
                onShowEveryFinding={showEveryFinding}
                exportFileFor={tools.exportFileFor}
                disputeFor={tools.disputeFor}
                toolsFor={tools.toolsFor}
              />
            </>
          )}
        </div>
        {settings && (
          <>
            <hr className="cl-panel__rule" />
            <section className="cl-panel__research-log" aria-label="Research log">
              <ResearchLogToggle settings={settings} onChanged={replaceSettings} />
            </section>
            <hr className="cl-panel__rule" />
            <ClaimSearch catalog={catalog} jurisdiction={settings.jurisdiction} claimIdsOnPage={claimIdsOnPage} />
            <TextCheck catalog={catalog} jurisdiction={settings.jurisdiction} />
          </>
        )}
      </main>
    </div>
  );
}
