// What the research log page shows: the log narrowed by the filters and the search box, and
// which of the shown entries the reader ticked for export or deletion.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { filterLog, type LogFilters } from '../../research-log/log-filters';
import { createLogSearch } from '../../research-log/log-search';
import type { ResearchLogEntry } from '../../research-log/types';

export function useLogView(entries: readonly ResearchLogEntry[]) {
  const [filters, setFilters] = useState<LogFilters>({});
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());

  const search = useMemo(() => createLogSearch(entries), [entries]);
  const shown = useMemo(() => filterLog(search.search(deferredQuery), filters), [search, deferredQuery, filters]);
  // Exports and deletions act on what is on screen: a ticked entry the filters now hide is left alone.
  const selected = useMemo(() => shown.filter((entry) => selectedIds.has(entry.id)), [shown, selectedIds]);

  const toggle = useCallback((id: string, on: boolean) => {
    setSelectedIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const selectAllShown = useCallback((on: boolean) => setSelectedIds(on ? new Set(shown.map((entry) => entry.id)) : new Set()), [shown]);

  return { filters, setFilters, query, setQuery, shown, selected, selectedIds, toggle, selectAllShown };
}
