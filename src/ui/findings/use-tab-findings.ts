import { useEffect, useState } from 'react';
import type { TabFindings } from '../../messaging/protocol';
import { useServices } from '../services/ServicesContext';

export type TabFindingsState =
  | { status: 'loading' }
  | { status: 'ready'; findings: TabFindings | null }
  | { status: 'error' };

type Loaded = { tabId: number; state: TabFindingsState };

/** Findings the background holds for a tab, re-read when it announces a change for that tab.
 *  `pageKey` (e.g. the tab's URL) makes a navigation re-read too. */
export function useTabFindings(tabId: number | undefined, pageKey?: string): TabFindingsState {
  const { backend, subscribe } = useServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (tabId === undefined) return;
    let current = true;
    const load = () => {
      Promise.resolve(backend.getTabFindings({ tabId }))
        .then((findings) => current && setLoaded({ tabId, state: { status: 'ready', findings } }))
        .catch(() => current && setLoaded({ tabId, state: { status: 'error' } }));
    };
    load();
    const unsubscribe = subscribe('findingsChanged', (data) => {
      if (data.tabId === tabId) load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [backend, subscribe, tabId, pageKey]);

  // Right after a tab switch the previous tab's findings must not show under the new tab.
  return loaded && loaded.tabId === tabId ? loaded.state : { status: 'loading' };
}
