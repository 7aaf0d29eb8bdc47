// Starts and stops ClaimLens in a page: asks the background whether the site is paused, runs a
// PageSession if not, and answers the background's messages. On a paused site nothing runs — no
// observer, no highlight — until a refresh says otherwise.
import type { PageState } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/adapter';
import { RETRY_DELAYS_MS } from './block-sender';
import type { BackgroundChannel } from './channel';
import { guard, type InvalidationSource, Lifetime } from './lifetime';
import type { RectsOf } from './overlay-painter';
import { PageSession } from './page-session';
import { capturePlatform, type Platform } from './platform';
import { report } from './report';
import type { SliceClock } from './scheduler';

/** What the runtime needs from WXT's ContentScriptContext. */
export interface ScriptContext extends InvalidationSource {
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: Event) => void): void;
}

export interface ClaimLensOptions {
  ctx: ScriptContext;
  window: Window;
  channel: BackgroundChannel;
  adapter: SiteAdapter;
  /** The trend prefilter: does this text name a trend ingredient at all? */
  isTrendText(text: string): boolean;
  platform?: Platform;
  clock?: (lifetime: Lifetime) => SliceClock;
  rectsOf?: RectsOf;
}

export interface ClaimLens {
  /** Settles once the page state is known and, unless paused, reading has started. */
  readonly ready: Promise<void>;
  /** The running session; null while paused or stopped. */
  session(): PageSession | null;
  stop(): void;
}

export function startClaimLens(options: ClaimLensOptions): ClaimLens {
  const { ctx, window: view, channel } = options;
  const platform = options.platform ?? capturePlatform();
  const lifetime = new Lifetime(ctx);
  let session: PageSession | null = null;
  let activations = 0;

  const activate = async (announce: boolean, retries = 0): Promise<void> => {
    const attempt = ++activations;
    session?.stop();
    session = null;
    let state: PageState;
    try {
      state = await channel.send('getPageState', { url: view.location.href });
    } catch (error) {
      report(error);
      // No answer (the service worker was stopping, say): ask again a little later, unless a
      // newer activation (a refresh) has begun since.
      const delay = RETRY_DELAYS_MS[retries];
      if (delay !== undefined && attempt === activations) {
        lifetime.setTimeout(() => {
          if (attempt === activations) void activate(announce, retries + 1);
        }, delay);
      }
      return;
    }
    if (attempt !== activations || lifetime.ended || !state || state.paused) return;
    session = new PageSession({
      window: view,
      parent: lifetime,
      channel,
      adapter: options.adapter,
      isTrendText: options.isTrendText,
      platform,
      state,
      clock: options.clock,
      rectsOf: options.rectsOf,
    });
    session.start(announce);
  };

  lifetime.onEnd(channel.handle('showFinding', (data) => session?.showFinding(data.key) ?? false));
  lifetime.onEnd(channel.handle('refresh', () => activate(true)));
  ctx.addEventListener(view, 'wxt:locationchange', guard(() => session?.navigate()));
  lifetime.onEnd(() => {
    session?.stop();
    session = null;
  });

  return {
    ready: activate(false),
    session: () => session,
    stop: () => lifetime.end(),
  };
}
