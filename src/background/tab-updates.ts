// After a tab's findings change: its badge and any open side panel or popup follow.
import type { TabFindings } from '../messaging/protocol';
import { showBadge } from './badge';
import { notifyUi } from './broadcast';

export async function publishTabFindings(tabId: number, findings: TabFindings | null): Promise<void> {
  await showBadge(tabId, findings?.findings ?? []);
  void notifyUi('findingsChanged', { tabId });
}
