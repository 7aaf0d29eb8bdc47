// The latest "Fact-check selection" result. The side panel may open (and ask for it) before
// the check has finished, so a reader waits for a check in progress.
import type { SelectionCheck } from '../messaging/protocol';
import type { SessionArea } from './session-area';

const KEY = 'selectionCheck';

export interface SelectionCheckStore {
  get(): Promise<SelectionCheck | null>;
  /** Records a check in progress; get() waits for it, then returns its result. */
  track(check: Promise<SelectionCheck>): Promise<void>;
}

export function createSelectionCheckStore(area: SessionArea): SelectionCheckStore {
  let pending: Promise<unknown> = Promise.resolve();
  return {
    async get() {
      await pending.catch(() => undefined);
      return (await area.get<SelectionCheck>(KEY)) ?? null;
    },
    track(check) {
      const stored = check.then((result) => area.set(KEY, result));
      pending = stored;
      return stored;
    },
  };
}
