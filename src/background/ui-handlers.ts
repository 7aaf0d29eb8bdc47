// Answers the extension's own pages (popup, side panel, options). The sender was checked to be
// one of them (src/messaging/receive.ts) before any of this runs.
import { backgroundToContent } from '../messaging/content';
import type { UiHandlers } from '../messaging/receive';
import { notifyUi, refreshContentScripts } from './broadcast';
import { scanCheckedText } from './scanner';
import type { BackgroundServices } from './services';
import { createUserDataHandlers } from './user-data-handlers';

export function createUiHandlers(services: BackgroundServices): UiHandlers {
  function userClaimsChanged(): void {
    services.claims.invalidate();
    void notifyUi('userClaimsChanged');
    void refreshContentScripts();
  }

  function settingsChanged(): void {
    void notifyUi('settingsChanged');
    void refreshContentScripts();
  }

  return {
    getTabFindings: ({ tabId }) => services.tabFindings.get(tabId),

    getSettings: () => services.settings.get(),

    async updateSettings(patch) {
      const settings = await services.settings.update(patch);
      settingsChanged();
      return settings;
    },

    async setSitePaused({ hostname, paused }) {
      const settings = await services.settings.setSitePaused(hostname, paused);
      settingsChanged();
      return settings;
    },

    async saveUserClaim({ claim, replaceId }) {
      const result = await services.userClaims.save(claim, replaceId);
      if (result.ok) userClaimsChanged();
      return result;
    },

    async deleteUserClaim({ id }) {
      await services.userClaims.delete(id);
      userClaimsChanged();
    },

    async importUserClaims({ json }) {
      const result = await services.userClaims.importJson(json);
      if (result.ok) userClaimsChanged();
      return result;
    },

    exportUserClaims: () => services.userClaims.exportJson(),

    async checkText({ text }) {
      const [settings, compiled] = await Promise.all([services.settings.get(), services.claims.compiled()]);
      return scanCheckedText(compiled, text, settings.sensitivity);
    },

    async showFinding({ tabId, key }) {
      try {
        return (await backgroundToContent.sendMessage('showFinding', { key }, { tabId, frameId: 0 })) === true;
      } catch {
        // The tab closed or navigated away; its content script is gone.
        return false;
      }
    },

    getSelectionCheck: () => services.selectionChecks.get(),

    ...createUserDataHandlers(services),
  };
}
