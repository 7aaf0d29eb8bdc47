// The side panel's journalist tools for the current page: export, per-finding citation,
// dispute and silence, and the dispute marks. Kept out of SidePanelApp so the app stays a layout.
import { useCallback, useMemo, useState } from 'react';
import { disputeKey, disputesByFinding } from '../../disputes/dispute-marks';
import type { ExportFormat } from '../../exports';
import { exportFile } from '../../exports';
import type { BlockFinding, TabFindings } from '../../messaging/protocol';
import type { Settings } from '../../settings/settings';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { reportForTab } from '../reports/build-reports';
import { useServices } from '../services/ServicesContext';
import { useDisputes } from '../user-data/use-user-data';
import { FindingTools } from './FindingTools';
import type { SilencedClaim } from './SilencedNotice';

export function useFindingTools(options: {
  tabFindings: TabFindings | null;
  hostname: string | null;
  settings: Settings | null;
  catalog: ClaimCatalog;
}) {
  const { tabFindings, hostname, settings, catalog } = options;
  const { backend, claims } = useServices();
  const disputes = useDisputes();
  const [silenced, setSilenced] = useState<SilencedClaim | null>(null);
  const dbVersion = claims.bundle.version;
  const pageUrl = tabFindings?.url;

  const marks = useMemo(() => disputesByFinding(disputes ?? []), [disputes]);
  const disputeFor = useCallback(
    (finding: BlockFinding) => (pageUrl ? marks.get(disputeKey(finding.claimId, finding.quote, pageUrl)) : undefined),
    [marks, pageUrl],
  );

  const exportFileFor = useCallback(
    (format: ExportFormat) => {
      if (!tabFindings || !settings) throw new Error('This page has no findings to export yet.');
      const context = { catalog, jurisdiction: settings.jurisdiction, dbVersion, disputes: disputes ?? [] };
      return exportFile(reportForTab(tabFindings, context, new Date()), format);
    },
    [tabFindings, settings, catalog, dbVersion, disputes],
  );

  const silence = useCallback(
    async (claimId: string) => {
      if (!hostname) return;
      await backend.silenceClaim({ hostname, claimId });
      setSilenced({ hostname, claimId, label: catalog.byId.get(claimId)?.claim ?? claimId });
    },
    [backend, hostname, catalog],
  );

  const undoSilence = useCallback(async () => {
    if (!silenced) return;
    try {
      await backend.unsilenceClaim({ hostname: silenced.hostname, claimId: silenced.claimId });
      setSilenced(null);
    } catch (error) {
      // The notice stays, so the reader can try again or undo from the options page.
      console.warn('[ClaimLens] could not undo the silence', error);
    }
  }, [backend, silenced]);

  const toolsFor = useCallback(
    (finding: BlockFinding) =>
      pageUrl ? (
        <FindingTools
          finding={finding}
          claim={catalog.byId.get(finding.claimId)}
          pageUrl={pageUrl}
          hostname={hostname}
          dbVersion={dbVersion}
          disputed={disputeFor(finding) !== undefined}
          onSilence={silence}
        />
      ) : null,
    [pageUrl, catalog, hostname, dbVersion, disputeFor, silence],
  );

  return {
    exportFileFor,
    disputeFor,
    toolsFor,
    silenced,
    undoSilence,
    dismissSilenced: () => setSilenced(null),
  };
}
