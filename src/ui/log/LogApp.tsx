import { useCallback, useMemo } from 'react';
import { disputesByFinding } from '../../disputes/dispute-marks';
import type { ExportFormat } from '../../exports';
import { loggedSites } from '../../research-log/log-filters';
import { useClaimCatalog } from '../catalog/use-claim-catalog';
import { BrandMark } from '../components/BrandMark';
import { ResearchLogToggle } from '../components/ResearchLogToggle';
import { useSettings } from '../findings/use-settings';
import { reportForLogEntry } from '../reports/build-reports';
import { combinedExportFile } from '../reports/combined-export';
import { useServices } from '../services/ServicesContext';
import { useDisputes, useResearchLog } from '../user-data/use-user-data';
import { LogEntryCard } from './LogEntryCard';
import { LogFiltersBar } from './LogFiltersBar';
import { LogToolbar } from './LogToolbar';
import { useLogView } from './use-log-view';
import './LogApp.css';

/** The journalist's research log: every page with claims, filterable, searchable, exportable. */
export function LogApp() {
  const { backend, claims } = useServices();
  const entries = useResearchLog();
  const disputes = useDisputes();
  const { settings, replace } = useSettings();
  const catalog = useClaimCatalog();
  const view = useLogView(entries ?? []);
  const sites = useMemo(() => loggedSites(entries ?? []), [entries]);
  const disputeMarks = useMemo(() => disputesByFinding(disputes ?? []), [disputes]);

  const exportFileFor = useCallback(
    (format: ExportFormat) => {
      const context = {
        catalog,
        jurisdiction: settings?.jurisdiction ?? 'US',
        dbVersion: claims.bundle.version,
        disputes: disputes ?? [],
      };
      const now = new Date();
      return combinedExportFile(view.selected.map((entry) => reportForLogEntry(entry, context, now)), format);
    },
    [catalog, settings, claims.bundle.version, disputes, view.selected],
  );

  const deleteSelected = async () => {
    await backend.deleteLogEntries({ ids: view.selected.map((entry) => entry.id) });
    view.selectAllShown(false);
  };
  const deleteAll = async () => {
    await backend.clearResearchLog();
    view.selectAllShown(false);
  };

  return (
    <div className="cl-log">
      <header className="cl-log__header">
        <BrandMark size={32} />
        <div>
          <h1>Research log</h1>
          <p className="cl-muted">Pages where ClaimLens found claims while the log was on. Stored on this device only.</p>
        </div>
      </header>
      {settings && (
        <div className="cl-log__setting">
          <ResearchLogToggle settings={settings} onChanged={replace} linkToLog={false} />
        </div>
      )}
      <LogFiltersBar
        filters={view.filters}
        onChange={view.setFilters}
        query={view.query}
        onQueryChange={view.setQuery}
        sites={sites}
      />
      <LogToolbar
        shownCount={view.shown.length}
        selectedCount={view.selected.length}
        totalCount={entries?.length ?? 0}
        onSelectAllShown={view.selectAllShown}
        exportFileFor={exportFileFor}
        onDeleteSelected={deleteSelected}
        onDeleteAll={deleteAll}
      />
      <main className="cl-log__entries" aria-live="polite" aria-busy={entries === undefined}>
        {entries === undefined ? (
          <p className="cl-muted">Reading the log…</p>
        ) : entries.length === 0 ? (
          <p className="cl-muted">
            The log is empty. {settings?.researchLog ? 'Pages with claims will appear here.' : 'Turn it on above, then browse.'}
          </p>
        ) : view.shown.length === 0 ? (
          <p className="cl-muted">No logged page matches these filters.</p>
        ) : (
          view.shown.map((entry) => (
            <LogEntryCard
              key={entry.id}
              entry={entry}
              catalog={catalog}
              disputes={disputeMarks}
              selected={view.selectedIds.has(entry.id)}
              onSelect={(selected) => view.toggle(entry.id, selected)}
              onDelete={() => Promise.resolve(backend.deleteLogEntries({ ids: [entry.id] }))}
            />
          ))
        )}
      </main>
    </div>
  );
}
