import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../settings/settings';
import { useServices } from '../services/ServicesContext';

/** The user's settings, re-read whenever the background announces a change. `replace` lets a
 *  page show the Settings a write returned without waiting for the notification. */
export function useSettings(): { settings: Settings | null; replace: (settings: Settings) => void } {
  const { backend, subscribe } = useServices();
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let current = true;
    const load = () => {
      Promise.resolve(backend.getSettings())
        .then((loaded) => current && setSettings(loaded))
        .catch((error: unknown) => console.warn('[ClaimLens] could not read settings', error));
    };
    load();
    const unsubscribe = subscribe('settingsChanged', load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [backend, subscribe]);

  const replace = useCallback((next: Settings) => setSettings(next), []);
  return { settings, replace };
}
