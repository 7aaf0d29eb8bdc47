import { useCallback, useEffect, useState } from 'react';
import type { SelectionCheck } from '../../messaging/protocol';
import { useServices } from '../services/ServicesContext';

/** A selection check older than this belongs to an earlier task; the panel stops showing it. */
export const SELECTION_CHECK_FRESH_MS = 15 * 60 * 1000;

/** The latest "Fact-check selection" result while it is recent and not dismissed. */
export function useSelectionCheck(now: () => number = Date.now) {
  const { backend, subscribe } = useServices();
  const [check, setCheck] = useState<SelectionCheck | null>(null);
  const [dismissedAt, setDismissedAt] = useState(0);

  useEffect(() => {
    let current = true;
    const load = () => {
      Promise.resolve(backend.getSelectionCheck())
        .then((latest) => current && setCheck(latest))
        .catch((error: unknown) => console.warn('[ClaimLens] could not read the selection check', error));
    };
    load();
    const unsubscribe = subscribe('selectionCheckChanged', load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [backend, subscribe]);

  const dismiss = useCallback(() => setDismissedAt(check?.at ?? now()), [check, now]);
  const fresh = check && check.at > dismissedAt && now() - check.at < SELECTION_CHECK_FRESH_MS;
  return { check: fresh ? check : null, dismiss };
}
