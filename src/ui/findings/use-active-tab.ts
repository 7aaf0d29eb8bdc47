import { useEffect, useState } from 'react';
import type { ActiveTab } from '../services/ui-services';
import { useServices } from '../services/ServicesContext';

/** The active tab of this window; follows tab switches and navigations. `undefined` while loading. */
export function useActiveTab(): ActiveTab | null | undefined {
  const { tabs } = useServices();
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const load = () => {
      tabs
        .getActiveTab()
        .then((active) => {
          if (!current) return;
          // Keep the same object when nothing changed, so effects keyed on it do not re-run.
          setTab((previous) =>
            previous && active && previous.id === active.id && previous.url === active.url && previous.title === active.title
              ? previous
              : active,
          );
        })
        .catch(() => current && setTab(null));
    };
    load();
    const unsubscribe = tabs.onActiveTabChange(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [tabs]);

  return tab;
}
