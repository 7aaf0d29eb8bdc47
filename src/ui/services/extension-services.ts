// The real services for extension pages: messages to the background, the browser's tab events,
// and the claims (bundled, plus user claims read live from Dexie).
import { browser } from 'wxt/browser';
import { bundledDb } from '../../claims/bundled';
import { getDatabase } from '../../db/database';
import { backgroundToUi, uiToBackground } from '../../messaging/ui';
import { createBackgroundSubscriber } from './background-events';
import { createBrowserTabEvents } from './browser-tabs';
import { openSidePanel } from './side-panel';
import type { UiBackend, UiServices } from './ui-services';

const send = uiToBackground.sendMessage;

function createMessagingBackend(): UiBackend {
  return {
    getTabFindings: (data) => send('getTabFindings', data),
    getSettings: () => send('getSettings'),
    updateSettings: (data) => send('updateSettings', data),
    setSitePaused: (data) => send('setSitePaused', data),
    saveUserClaim: (data) => send('saveUserClaim', data),
    deleteUserClaim: (data) => send('deleteUserClaim', data),
    importUserClaims: (data) => send('importUserClaims', data),
    exportUserClaims: () => send('exportUserClaims'),
    checkText: (data) => send('checkText', data),
    showFinding: (data) => send('showFinding', data),
    getSelectionCheck: () => send('getSelectionCheck'),
    addDispute: (data) => send('addDispute', data),
    deleteDispute: (data) => send('deleteDispute', data),
    exportDisputes: () => send('exportDisputes'),
    silenceClaim: (data) => send('silenceClaim', data),
    unsilenceClaim: (data) => send('unsilenceClaim', data),
    deleteLogEntries: (data) => send('deleteLogEntries', data),
    clearResearchLog: () => send('clearResearchLog'),
    exportBackup: () => send('exportBackup'),
    restoreBackup: (data) => send('restoreBackup', data),
  };
}

export function createExtensionServices(): UiServices {
  return {
    backend: createMessagingBackend(),
    subscribe: createBackgroundSubscriber(backgroundToUi),
    tabs: createBrowserTabEvents(),
    claims: {
      bundle: bundledDb,
      // Read-only, inside liveQuery: the list follows every write the background makes.
      loadUserClaims: () => getDatabase().userClaims.orderBy(':id').toArray(),
    },
    userData: {
      loadResearchLog: () => getDatabase().researchLog.orderBy('lastUpdated').reverse().toArray(),
      loadDisputes: () => getDatabase().disputes.orderBy('at').toArray(),
      loadSilences: () => getDatabase().silences.orderBy('[hostname+claimId]').toArray(),
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    openSidePanel,
    openOptionsPage: () => void browser.runtime.openOptionsPage(),
  };
}
