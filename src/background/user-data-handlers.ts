// Answers the extension pages about the journalist's data: disputes, silenced claims, the
// research log, and backup/restore of everything. The sender was checked to be one of ClaimLens's
// own pages and the payload validated (src/messaging/receive.ts); pages read these tables live
// (liveQuery), so writes need no extra notification, except where the pages keep other state.
import type { UiHandlers } from '../messaging/receive';
import { notifyUi, refreshContentScripts } from './broadcast';
import type { BackgroundServices } from './services';

type UserDataHandlers = Pick<
  UiHandlers,
  | 'addDispute'
  | 'deleteDispute'
  | 'exportDisputes'
  | 'silenceClaim'
  | 'unsilenceClaim'
  | 'deleteLogEntries'
  | 'clearResearchLog'
  | 'exportBackup'
  | 'restoreBackup'
>;

export function createUserDataHandlers(services: BackgroundServices): UserDataHandlers {
  return {
    addDispute: (input) => services.disputes.add(input),

    deleteDispute: ({ id }) => services.disputes.delete(id),

    exportDisputes: () => services.disputes.exportJson(services.dbVersion),

    async silenceClaim({ hostname, claimId }) {
      await services.silences.silence(hostname, claimId);
      // Pages rescan, and the claim's highlights, badge count and panel entries go.
      void refreshContentScripts();
    },

    async unsilenceClaim({ hostname, claimId }) {
      await services.silences.unsilence(hostname, claimId);
      void refreshContentScripts();
    },

    deleteLogEntries: ({ ids }) => services.researchLog.delete(ids),

    clearResearchLog: () => services.researchLog.clear(),

    exportBackup: () => services.backup.exportJson(),

    async restoreBackup({ json }) {
      const result = await services.backup.restoreJson(json);
      if (result.ok) {
        // Claims, settings and silences all changed: recompile, and let every page catch up.
        services.claims.invalidate();
        void notifyUi('userClaimsChanged');
        void notifyUi('settingsChanged');
        void refreshContentScripts();
      }
      return result;
    },
  };
}
