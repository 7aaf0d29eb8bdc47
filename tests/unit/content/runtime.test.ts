import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ClaimLens, startClaimLens } from '../../../src/content/runtime';
import { createTrendPrefilter } from '../../../src/content/trend-prefilter';
import { BLOCKS_PER_MESSAGE } from '../../../src/content/block-sender';
import { NAVIGATION_SETTLE_MS } from '../../../src/content/page-session';
import { genericAdapter } from '../../../src/sites/generic';
import { SHADOW_HOST_ID } from '../../../src/sites/dom-rules';
import type { PageState } from '../../../src/messaging/protocol';
import { byId, loadFixture } from './support/fixtures';
import { fakeBackground, fakeContext, fakeHighlightApi, fakePlatform, manualClock, settle } from './support/fakes';

const CLAIMS = { 'regrow lost collagen': 'misleading', 'heals scars': 'false', 'salmon dna': 'unproven' } as const;

interface StartOptions {
  state?: Partial<PageState>;
  lowConfidence?: string[];
  /** Pretend the browser has no CSS Custom Highlight API. */
  noHighlightApi?: boolean;
  rectsOf?: (range: Range) => DOMRect[];
}

function start(options: StartOptions = {}) {
  const background = fakeBackground({ claims: { ...CLAIMS }, ...options });
  const time = manualClock();
  const highlights = fakeHighlightApi();
  const context = fakeContext();
  const lens: ClaimLens = startClaimLens({
    ctx: context.ctx,
    window,
    channel: background.channel,
    adapter: genericAdapter,
    isTrendText: createTrendPrefilter(),
    platform: fakePlatform({ highlightApi: options.noHighlightApi ? null : highlights.api }),
    clock: () => time.clock,
    rectsOf: options.rectsOf,
  });
  /** Lets observers and replies run, and runs every slice asked for, until all is quiet. */
  const idle = async () => {
    for (let round = 0; round < 5; round++) {
      await settle();
      time.runAll();
      await lens.session()?.settled();
    }
  };
  return { background, time, highlights, context, lens, idle };
}

let running: ReturnType<typeof start> | null = null;
const run = (options?: Parameters<typeof start>[0]) => (running = start(options));

describe('content runtime on an ordinary page', () => {
  beforeEach(() => loadFixture('content/article.html'));
  afterEach(() => {
    running?.lens.stop();
    running = null;
  });

  it('sends only blocks that name a trend ingredient, the first message starting a new page', async () => {
    const { background, idle } = run();
    await idle();
    expect(background.scannedTexts().sort()).toEqual(
      [
        'Clinics claim exosome facials regrow lost collagen in one session.',
        'Some brands sell polynucleotide serums.',
        'Salmon DNA is the new buzzword.',
        'Stem cell creams:\nno human trials yet.',
        'Poster: PDRN serum heals scars in 3 days',
      ].sort(),
    );
    const scans = background.of('scanBlocks');
    expect(scans[0]).toMatchObject({ reset: true, title: 'Five skincare trends to watch' });
    expect(scans.slice(1).every((scan) => scan.reset === false)).toBe(true);
    expect(background.of('getPageState')).toHaveLength(1);
  });

  it('highlights each text finding in its verdict group, over the page’s own nodes', async () => {
    const { lens, highlights, idle } = run();
    await idle();
    expect(highlights.sizeOf('claimlens-misleading')).toBe(1);
    expect(highlights.sizeOf('claimlens-unproven')).toBe(1);
    const [range] = highlights.registry.get('claimlens-misleading') as unknown as Set<Range>;
    expect(range?.toString()).toBe('regrow lost collagen');
    // The finding in the image's alt text is registered as a range around the image (so it counts)
    // and drawn as a frame around it.
    const [image] = highlights.registry.get('claimlens-false') as unknown as Set<Range>;
    expect(image?.startContainer.childNodes[image.startOffset]).toBe(byId('figure-img'));
    expect(lens.session()!.layer.all().find((placed) => placed.onImage)?.group).toBe('false');
    expect(byId('split').innerHTML).toBe('Clinics claim <b>exo</b><i>some</i> facials <a href="/x">regrow lost collagen</a> in <span>one</span> session.');
  });

  it('batches blocks, at most 50 per message', async () => {
    document.body.innerHTML = Array.from({ length: 120 }, (_, i) => `<p>Exosome claim number ${i}</p>`).join('');
    const { background, idle } = run();
    await idle();
    const batches = background.of('scanBlocks').map((scan) => scan.blocks.length);
    expect(batches.every((size) => size <= BLOCKS_PER_MESSAGE)).toBe(true);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(120);
  });

  it('sends the whole page again, after a reset, when a restarted worker answers', async () => {
    const { background, idle } = run();
    await idle();
    const sentBefore = background.scannedTexts().length;
    background.sent.length = 0;

    background.restartWorker();
    const added = document.createElement('p');
    added.textContent = 'New: exosome toner';
    document.querySelector('article')!.append(added);
    await idle();

    const scans = background.of('scanBlocks');
    // The new paragraph (answered by the new run), then everything again from a reset.
    expect(scans[0]).toMatchObject({ reset: false, blocks: [expect.objectContaining({ text: 'New: exosome toner' })] });
    expect(scans[1]?.reset).toBe(true);
    expect(scans.slice(1).flatMap((scan) => scan.blocks)).toHaveLength(sentBefore + 1);
  });

  it('reads new content, re-sends changed blocks under the same id, and forgets removed ones', async () => {
    const { background, highlights, idle } = run();
    await idle();
    const idOf = (text: string) =>
      background.of('scanBlocks').flatMap((scan) => scan.blocks).find((block: { text: string }) => block.text.includes(text))?.id;
    const splitId = idOf('regrow lost collagen');
    background.sent.length = 0;

    const added = document.createElement('p');
    added.textContent = 'New: exosome toner';
    document.querySelector('article')!.append(added);
    byId('split').querySelector('span')!.textContent = 'two';
    byId('lines').remove();
    await idle();

    const scans = background.of('scanBlocks');
    expect(scans.flatMap((scan) => scan.blocks.map((block: { text: string }) => block.text)).sort()).toEqual([
      'Clinics claim exosome facials regrow lost collagen in two session.',
      'New: exosome toner',
    ]);
    expect(scans.flatMap((scan) => scan.blocks).find((block: { text: string }) => block.text.startsWith('Clinics'))?.id).toBe(splitId);
    expect(scans.every((scan) => scan.reset === false)).toBe(true);
    expect(background.of('forgetBlocks').flatMap((message) => message.blockIds)).toHaveLength(1);
    expect(highlights.sizeOf('claimlens-misleading')).toBe(1);
  });

  it('drops the highlight when a block’s text no longer names a trend', async () => {
    const { background, highlights, idle } = run();
    await idle();
    byId('split').innerHTML = 'Clinics offer facials.';
    await idle();
    expect(highlights.sizeOf('claimlens-misleading')).toBe(0);
    expect(background.of('forgetBlocks')).toHaveLength(1);
  });

  it('draws boxes in its shadow root where CSS highlights are missing', async () => {
    const { lens, highlights, idle } = run({ noHighlightApi: true, rectsOf: () => [new DOMRect(10, 10, 50, 16)] });
    await idle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(highlights.registry.size).toBe(0);
    const marks = document.getElementById(SHADOW_HOST_ID)!.shadowRoot!.querySelectorAll('.mark');
    expect(marks.length).toBe(lens.session()!.layer.size);
    expect(marks.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps only confident findings when the user asked for them', async () => {
    const { highlights, idle } = run({ state: { sensitivity: 'confident' }, lowConfidence: ['salmon dna'] });
    await idle();
    expect(highlights.sizeOf('claimlens-unproven')).toBe(0);
    expect(highlights.sizeOf('claimlens-misleading')).toBe(1);
  });

  it('shows a finding on request and says whether it exists', async () => {
    const { background, lens, idle } = run();
    await idle();
    const key = lens.session()!.layer.all().find((placed) => placed.group === 'misleading')!.finding.key;
    expect(background.deliver('showFinding', { key })).toBe(true);
    expect(background.deliver('showFinding', { key: 'b999:0:nothing' })).toBe(false);
  });

  it('does nothing at all on a paused site', async () => {
    const { background, highlights, lens, idle } = run({ state: { paused: true } });
    await idle();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'More exosome news' }));
    await idle();
    expect(lens.session()).toBeNull();
    expect(background.sent.map((message) => message.type)).toEqual(['getPageState']);
    expect(highlights.registry.size).toBe(0);
    expect(document.getElementById(SHADOW_HOST_ID)).toBeNull();
  });

  it('on refresh asks for the page state again: stops when paused, rescans from scratch when not', async () => {
    const { background, highlights, idle } = run();
    await idle();
    background.setState({ paused: true });
    await background.deliver('refresh');
    await idle();
    expect(highlights.sizeOf('claimlens-misleading')).toBe(0);
    background.sent.length = 0;
    background.setState({ paused: false, highlightStyle: 'background' });
    await background.deliver('refresh');
    await idle();
    expect(background.of('scanBlocks')[0]?.reset).toBe(true);
    expect(highlights.sizeOf('claimlens-misleading')).toBe(1);
  });

  it('after a single-page navigation forgets the old page and reads the new one with reset', async () => {
    const { background, highlights, context, idle } = run();
    await idle();
    background.sent.length = 0;
    context.navigate();
    document.body.innerHTML = '<main><p>Second page: plain moisturiser review.</p></main>';
    expect(highlights.sizeOf('claimlens-misleading')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, NAVIGATION_SETTLE_MS + 50));
    await idle();
    // Nothing on the new page names a trend: an empty reset still tells the background.
    expect(background.of('scanBlocks')).toEqual([expect.objectContaining({ reset: true, blocks: [] })]);
  });

  it('cleans up everything when the extension context is invalidated', async () => {
    const { background, highlights, context, idle } = run();
    await idle();
    context.invalidate();
    background.sent.length = 0;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Late exosome news' }));
    await idle();
    expect(background.sent).toEqual([]);
    expect(highlights.registry.size).toBe(0);
    expect(document.getElementById(SHADOW_HOST_ID)).toBeNull();
  });
});
