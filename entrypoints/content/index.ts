// The all-sites content script (Instagram included: the site adapter is picked by hostname).
// Top frame only: the background keeps one findings list per tab and a frame's reset would wipe
// the page's; see src/content/README.md.
import { backgroundToContent, contentToBackground } from '../../src/messaging/content';
import type { BackgroundChannel } from '../../src/content/channel';
import { startClaimLens } from '../../src/content/runtime';
import { createTrendPrefilter, withPageTitle } from '../../src/content/trend-prefilter';
import { pickAdapter } from '../../src/sites/pick-adapter';

const channel: BackgroundChannel = {
  send: (type, data) => contentToBackground.sendMessage(type, data as never),
  handle: (type, handler) => backgroundToContent.onMessage(type, ({ data }) => handler(data as never)),
};

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    try {
      startClaimLens({
        ctx,
        window,
        channel,
        adapter: pickAdapter(location),
        isTrendText: withPageTitle(createTrendPrefilter(), () => document.title),
      });
    } catch (error) {
      console.debug('[ClaimLens]', error);
    }
  },
});
