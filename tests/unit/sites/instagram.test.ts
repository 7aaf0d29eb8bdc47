import { afterEach, describe, expect, it } from 'vitest';
import { startClaimLens } from '../../../src/content/runtime';
import { createTrendPrefilter } from '../../../src/content/trend-prefilter';
import { instagramAdapter } from '../../../src/sites/instagram/adapter';
import { pickAdapter } from '../../../src/sites/pick-adapter';
import { genericAdapter } from '../../../src/sites/generic';
import { byId, loadFixture } from '../content/support/fixtures';
import {
  fakeBackground,
  fakeContext,
  fakeHighlightApi,
  FakeIntersectionObserver,
  fakePlatform,
  manualClock,
  settle,
} from '../content/support/fakes';

function startOnInstagram(pathname = '/') {
  const background = fakeBackground({ claims: { 'regrows collagen': 'false', 'erase acne scars': 'misleading' } });
  const time = manualClock();
  const highlights = fakeHighlightApi();
  FakeIntersectionObserver.instances = [];
  const lens = startClaimLens({
    ctx: fakeContext().ctx,
    window,
    channel: background.channel,
    adapter: instagramAdapter({ pathname }),
    isTrendText: createTrendPrefilter(),
    platform: fakePlatform({ highlightApi: highlights.api, IntersectionObserver: FakeIntersectionObserver as never }),
    clock: () => time.clock,
  });
  const idle = async () => {
    for (let round = 0; round < 5; round++) {
      await settle();
      time.runAll();
      await lens.session()?.settled();
    }
  };
  return { background, highlights, lens, idle };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

describe('Instagram adapter', () => {
  it('is chosen on instagram.com only', () => {
    expect(pickAdapter({ hostname: 'www.instagram.com', pathname: '/' }).name).toBe('instagram');
    expect(pickAdapter({ hostname: 'instagram.com.example.net', pathname: '/' })).toBe(genericAdapter);
  });

  it('feed: reads a post only once it comes near the viewport', async () => {
    loadFixture('instagram/feed.html');
    const { background, lens, idle } = startOnInstagram();
    stop = lens.stop;
    await idle();
    expect(background.of('scanBlocks')).toEqual([]);
    FakeIntersectionObserver.show(byId('post-exosome'));
    await idle();
    expect(background.scannedTexts().sort()).toEqual(
      [
        "Photo by Glow Lab Studio on March 03, 2025. May be an image of text that says 'SALMON DNA SERUM REBUILDS YOUR SKIN BARRIER OVERNIGHT'.",
        'Our new exosome ampoule regrows collagen in just 7 days ✨\nBook your glow facial today! #exosomes',
        'Honest question: is there a single human trial behind the exosome claim?',
      ].sort(),
    );
  });

  it('feed: the caption is one block across <b>, <span>, <a> and <br>, highlighted over Instagram’s nodes', async () => {
    loadFixture('instagram/feed.html');
    const { highlights, lens, idle } = startOnInstagram();
    stop = lens.stop;
    const before = byId('caption').outerHTML;
    await idle();
    FakeIntersectionObserver.show(byId('post-exosome'));
    await idle();
    const [range] = highlights.registry.get('claimlens-false') as unknown as Set<Range>;
    expect(range?.toString()).toBe('regrows collagen');
    expect(byId('caption').outerHTML).toBe(before);
  });

  it('feed: never reads the comment box', async () => {
    loadFixture('instagram/feed.html');
    const { background, lens, idle } = startOnInstagram();
    stop = lens.stop;
    FakeIntersectionObserver.show(byId('post-exosome'));
    await idle();
    FakeIntersectionObserver.show(byId('post-exosome'));
    await idle();
    expect(background.scannedTexts().join('\n')).not.toContain('draft');
  });

  it('feed: reads posts added as the feed grows, when they come near', async () => {
    loadFixture('instagram/feed.html');
    const { background, lens, idle } = startOnInstagram();
    stop = lens.stop;
    await idle();
    const post = document.createElement('article');
    post.innerHTML = '<div><div><span dir="auto">Polynucleotide eye cream, day 3 update</span></div></div>';
    byId('feed').append(post);
    await idle();
    expect(background.scannedTexts()).toEqual([]);
    FakeIntersectionObserver.show(post);
    await idle();
    expect(background.scannedTexts()).toEqual(['Polynucleotide eye cream, day 3 update']);
  });

  it('post dialog: reads the caption and comments, not the grid behind it nor the comment editor', async () => {
    loadFixture('instagram/post-dialog.html');
    const { background, highlights, lens, idle } = startOnInstagram('/p/GlowPost1/');
    stop = lens.stop;
    await idle();
    expect(background.scannedTexts().sort()).toEqual(
      [
        'Before and after our stem cell facial. Results speak for themselves!',
        'My aesthetician says PDRN salmon injections permanently erase acne scars 😍',
      ].sort(),
    );
    expect(highlights.sizeOf('claimlens-misleading')).toBe(1);
  });

  it('profile: reads the bio in the header section, lines kept apart', async () => {
    loadFixture('instagram/profile.html');
    const { background, lens, idle } = startOnInstagram('/glowlab.studio/');
    stop = lens.stop;
    await idle();
    expect(background.scannedTexts()).toEqual([
      'Clinic-grade stem cell skincare 🧬\nOur growth factor serum reverses ageing at the cellular level\n📍 Seoul · DM to book',
    ]);
  });

  it('reels: reads the description in the reels viewer', async () => {
    loadFixture('instagram/reels.html');
    const { background, lens, idle } = startOnInstagram('/reels/C0ffee/');
    stop = lens.stop;
    await idle();
    expect(background.scannedTexts()).toEqual(['Exosome microneedling regenerates your skin cells overnight, no downtime 🔬']);
  });

  it('maps a change to the smallest block around it, inside the post', () => {
    loadFixture('instagram/feed.html');
    const adapter = instagramAdapter({ pathname: '/' });
    const captionText = byId('caption').querySelector('b')!.firstChild!;
    expect(adapter.regionFor(captionText)).toBe(byId('caption'));
    expect(adapter.gateFor(byId('caption'))).toBe(byId('post-exosome'));
    expect(adapter.regionFor(document.querySelector('main')!)).toBeNull();
    expect(adapter.initialRegions(document)).toEqual([byId('post-exosome'), document.querySelectorAll('article')[1]]);
  });
});
