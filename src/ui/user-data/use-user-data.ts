// The journalist's data, following the database live. Read-only: writes go through the
// background, which is the single writer.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Dispute, Silence } from '../../disputes/types';
import type { ResearchLogEntry } from '../../research-log/types';
import { useServices } from '../services/ServicesContext';

/** `undefined` until the first read. */
export function useResearchLog(): ResearchLogEntry[] | undefined {
  const { userData } = useServices();
  return useLiveQuery(() => userData.loadResearchLog(), [userData]);
}

export function useDisputes(): Dispute[] | undefined {
  const { userData } = useServices();
  return useLiveQuery(() => userData.loadDisputes(), [userData]);
}

export function useSilences(): Silence[] | undefined {
  const { userData } = useServices();
  return useLiveQuery(() => userData.loadSilences(), [userData]);
}
