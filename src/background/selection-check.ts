// "Fact-check selection" from the context menu: check the selected text, keep the result for
// the side panel, and open the panel.
import { MAX_CHECK_TEXT_LENGTH } from '../messaging/limits';
import type { SelectionCheck } from '../messaging/protocol';
import { notifyUi } from './broadcast';
import { scanCheckedText } from './scanner';
import type { BackgroundServices } from './services';
import { openSidePanel } from './side-panel';

export function factCheckSelection(
  services: BackgroundServices,
  selectionText: string | undefined,
  tab: { id?: number; windowId?: number } | undefined,
): Promise<void> {
  // First, before any await: the browser allows opening the panel only during the click.
  openSidePanel({ tabId: tab?.id, windowId: tab?.windowId });
  const text = (selectionText ?? '').slice(0, MAX_CHECK_TEXT_LENGTH);
  const check = (async (): Promise<SelectionCheck> => {
    const [settings, compiled] = await Promise.all([services.settings.get(), services.claims.compiled()]);
    return { text, result: scanCheckedText(compiled, text, settings.sensitivity), at: Date.now() };
  })();
  return services.selectionChecks.track(check).then(
    () => notifyUi('selectionCheckChanged'),
    (error) => console.error('[ClaimLens] fact-checking the selection failed', error),
  );
}
