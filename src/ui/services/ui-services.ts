// What the extension pages need from the outside world, as interfaces: components get these from
// a React context, so tests hand in plain fakes instead of mocking modules or the browser.
import type { ClaimsBundle } from '../../../claims-db/compile';
import type { Claim } from '../../claims/types';
import type { Dispute, Silence } from '../../disputes/types';
import type { ResearchLogEntry } from '../../research-log/types';
import type { BackgroundToUi, UiToBackground } from '../../messaging/protocol';

type MaybePromise<T> = T | Promise<T>;

/** The UiToBackground protocol as callable methods. A plain object implementing UiToBackground
 *  (synchronous returns) fits, which is what tests pass. */
export type UiBackend = {
  [K in keyof UiToBackground]: (
    ...args: Parameters<UiToBackground[K]>
  ) => MaybePromise<ReturnType<UiToBackground[K]>>;
};

export type BackgroundEventData<K extends keyof BackgroundToUi> = Parameters<BackgroundToUi[K]>[0];

/** Subscribes to a BackgroundToUi notification; returns the unsubscribe function. */
export type SubscribeToBackground = <K extends keyof BackgroundToUi>(
  type: K,
  listener: (data: BackgroundEventData<K>) => void,
) => () => void;

export interface ActiveTab {
  id: number;
  url?: string;
  title?: string;
}

export interface TabEvents {
  /** The tab the user is looking at in this window (null on windows without tabs). */
  getActiveTab(): Promise<ActiveTab | null>;
  /** Called when the user switches tabs or the active tab navigates. Returns unsubscribe. */
  onActiveTabChange(listener: () => void): () => void;
}

export interface ClaimSource {
  bundle: ClaimsBundle;
  /** Read-only; may be a Dexie query so the catalog follows changes live (liveQuery). */
  loadUserClaims(): Promise<Claim[]>;
}

/** The journalist's data, read-only: Dexie queries, so pages follow the background's writes
 *  live (liveQuery). Writes go through UiToBackground. */
export interface UserDataSource {
  /** Most recently updated first. */
  loadResearchLog(): Promise<ResearchLogEntry[]>;
  /** Oldest first. */
  loadDisputes(): Promise<Dispute[]>;
  /** By site, then claim. */
  loadSilences(): Promise<Silence[]>;
}

export interface UiServices {
  backend: UiBackend;
  subscribe: SubscribeToBackground;
  tabs: TabEvents;
  claims: ClaimSource;
  userData: UserDataSource;
  /** Puts text on the clipboard (a citation); rejects when the browser refuses. */
  copyText(text: string): Promise<void>;
  /** Opens the side panel for a tab. Must run synchronously inside a click handler: Chrome
   *  refuses sidePanel.open() once the user gesture has been lost to an await. */
  openSidePanel(tabId: number): Promise<void>;
  /** Opens the options page (the contributor's claims and settings). */
  openOptionsPage(): void;
}
