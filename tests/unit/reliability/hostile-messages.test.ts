// Issue 5: what a page can make its content script say to the background is untrusted. These go
// beyond tests/unit/messaging (which checks the receiving layer with stub handlers): the real
// background handlers over a real (fake-IndexedDB) database receive wrong shapes, oversized
// payloads, unknown types and privileged UI messages from a page, are refused and logged, store
// nothing, and keep answering the well-formed messages that follow.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContentHandlers } from '../../../src/background/content-handlers';
import type { BackgroundServices } from '../../../src/background/services';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ClaimLensDatabase } from '../../../src/db/database';
import {
  MAX_BLOCK_ID_LENGTH,
  MAX_BLOCK_TEXT_LENGTH,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_KEY_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from '../../../src/messaging/limits';
import { listenToContentScripts, listenToExtensionPages, warnAboutUnknownMessages } from '../../../src/messaging/receive';
import { uiPayloadSchemas } from '../../../src/messaging/validation';
import { SERUM_PAGE, servicesOver } from '../background/services';
import { dropDatabase, freshDatabase, lashClaim } from '../db/fixtures';
import { contentScript, deliver, deliverRaw, type Reply } from '../messaging/deliver';

const TAB = 7;
const URL = 'https://shop.example/serum';
const page = (blocks: unknown, extra: Record<string, unknown> = {}) => ({ url: URL, title: 'Serum', reset: false, blocks, ...extra });
const goodBlock = { id: 'b1', text: SERUM_PAGE.lash };

/** Payloads of the wrong shape, for every content message type. */
const WRONG_SHAPES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  NaN,
  'scanBlocks',
  true,
  [],
  [goodBlock],
  {},
  { url: 42 },
  { url: URL, title: null, reset: 'yes', blocks: {} },
  page('all of them'),
  page([{ id: 1, text: 'exosome serum regrows eyelashes' }]),
  page([{ id: 'b1' }]),
  page([{ text: SERUM_PAGE.lash }]),
  page([{ id: '', text: SERUM_PAGE.lash }]),
  page([null]),
  page([goodBlock], { reset: 1 }),
  { blockIds: 'b1' },
  { blockIds: [1, 2, 3] },
  { blockIds: [{}] },
  { key: 42 },
  { key: '' },
  { key: ['b1:0:x'] },
];

/** Payloads of the right shape but over a size limit. */
function oversized(): [string, unknown][] {
  const long = (length: number) => 'x'.repeat(length);
  return [
    ['getPageState', { url: `https://shop.example/${long(MAX_URL_LENGTH)}` }],
    ['scanBlocks', page([goodBlock], { url: `${URL}?${long(MAX_URL_LENGTH)}` })],
    ['scanBlocks', page([goodBlock], { title: long(MAX_TITLE_LENGTH + 1) })],
    ['scanBlocks', page([{ id: 'b1', text: `${SERUM_PAGE.lash} ${long(MAX_BLOCK_TEXT_LENGTH)}` }])],
    ['scanBlocks', page([{ id: long(MAX_BLOCK_ID_LENGTH + 1), text: SERUM_PAGE.lash }])],
    ['scanBlocks', page(Array.from({ length: MAX_BLOCKS_PER_MESSAGE + 1 }, (_, i) => ({ id: `b${i}`, text: SERUM_PAGE.lash })))],
    // 30 MB in one block: refused by its length, not scanned.
    ['scanBlocks', page([{ id: 'b1', text: `${SERUM_PAGE.lash} `.repeat(600_000) }])],
    ['forgetBlocks', { blockIds: Array.from({ length: MAX_BLOCKS_PER_MESSAGE + 1 }, (_, i) => `b${i}`) }],
    ['forgetBlocks', { blockIds: [long(MAX_BLOCK_ID_LENGTH + 1)] }],
    ['openDetails', { key: long(MAX_KEY_LENGTH + 1) }],
  ];
}

const CONTENT_TYPES = ['getPageState', 'scanBlocks', 'forgetBlocks', 'openDetails'] as const;

describe('the background, receiving hostile messages from pages', () => {
  let db: ClaimLensDatabase;
  let services: BackgroundServices;
  let stop: (() => void)[];
  let warn: MockInstance<typeof console.warn>;
  let error: MockInstance<typeof console.error>;

  beforeEach(async () => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    error = vi.spyOn(console, 'error').mockImplementation(() => {});
    db = freshDatabase();
    services = servicesOver(db);
    await services.userClaims.save(lashClaim());
    stop = [
      warnAboutUnknownMessages(),
      listenToContentScripts(createContentHandlers(services)),
      listenToExtensionPages(createUiHandlers(services)),
    ];
  });
  afterEach(async () => {
    stop.forEach((remove) => remove());
    warn.mockRestore();
    error.mockRestore();
    await dropDatabase(db);
  });

  const refused = (reply: Reply) => reply?.err?.message ?? '';

  /** A well-formed scan still gets its findings, and they are what the tab stores. */
  async function expectStillAnswering() {
    const reply = await deliver('scanBlocks', page([goodBlock], { reset: true }), contentScript(TAB, URL));
    expect(reply?.err).toBeUndefined();
    const result = reply?.res as { findings: { blockId: string }[] };
    expect(result.findings.map((finding) => finding.blockId)).toEqual(['b1']);
    const stored = await services.tabFindings.get(TAB);
    expect(stored?.findings.map((finding) => finding.blockId)).toEqual(['b1']);
  }

  it('refuses every content message type with a wrong-shaped payload, logs each, stores nothing', async () => {
    let count = 0;
    for (const type of CONTENT_TYPES) {
      for (const data of WRONG_SHAPES) {
        // Some shapes are right for one type (e.g. { key: '…' } is never right for scanBlocks).
        const reply = await deliver(type, data, contentScript(TAB, URL));
        if (reply?.err) {
          expect(refused(reply)).toMatch(new RegExp(`refused "${type}": malformed payload`));
          count++;
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(CONTENT_TYPES.length * (WRONG_SHAPES.length - 4));
    expect(warn.mock.calls.filter(([line]: unknown[]) => /refused message/.test(String(line)))).toHaveLength(count);
    expect((await services.tabFindings.get(TAB))?.findings ?? []).toEqual([]);
    await expectStillAnswering();
  });

  it('refuses payloads over the size limits before scanning them, and logs them', async () => {
    for (const [type, data] of oversized()) {
      const reply = await deliver(type, data, contentScript(TAB, URL));
      expect(refused(reply), `${type} over a limit`).toMatch(/malformed payload/);
    }
    expect(warn).toHaveBeenCalledTimes(oversized().length);
    expect(await services.tabFindings.get(TAB)).toBeNull();
    await expectStillAnswering();
  });

  it('logs unknown message types and malformed envelopes without answering them', async () => {
    const replies = await Promise.all([
      deliver('deleteEverything', {}, contentScript()),
      deliver('getTabFindingz', {}, contentScript()),
      deliver('SCANBLOCKS', {}, contentScript()),
      deliver('x'.repeat(100_000), {}, contentScript()),
      deliverRaw({ type: 42, data: {}, timestamp: Date.now() }, contentScript()),
      deliverRaw({ type: 'scanBlocks', data: page([goodBlock]) }, contentScript()),
      deliverRaw('scanBlocks', contentScript()),
      deliverRaw(null, contentScript()),
      deliverRaw([1, 2, 3], contentScript()),
    ]);
    expect(replies).toEqual(replies.map(() => undefined));
    // An `undefined` message makes @webext-core/messaging's root listener read `.type` of
    // undefined and throw (Chrome logs "Error in event handler" and goes on). ClaimLens's own
    // listener has logged it first, and the background keeps answering.
    await deliverRaw(undefined, contentScript()).catch(() => undefined);
    const lines: string[] = warn.mock.calls.map(([line]: unknown[]) => String(line));
    expect(lines.filter((line) => /ignored unknown message/.test(line))).toHaveLength(4);
    expect(lines.filter((line) => /ignored a malformed message/.test(line))).toHaveLength(6);
    // A 100,000-character type is not copied whole into the log.
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(400);
    await expectStillAnswering();
  });

  it('does not answer message types named like Object.prototype members', async () => {
    // @webext-core/messaging keeps its handlers in a plain object and looks a message's type up
    // in it, so "constructor" finds Object() (which echoes the message back with its sender) and
    // "__proto__" finds Object.prototype (a TypeError, sent back as an error reply).
    const names = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
    const replies = await Promise.all(names.map((type) => deliver(type, { probe: true }, contentScript())));
    const answered = names.filter((_, index) => replies[index] !== undefined);
    expect(answered, 'unknown types the background answered').toEqual([]);
    await expectStillAnswering();
  });

  it('refuses every UI (privileged) message type from a page, including ones with valid payloads', async () => {
    const types = Object.keys(uiPayloadSchemas);
    expect(types.length).toBeGreaterThan(5);
    for (const type of types) {
      const reply = await deliver(type, { tabId: TAB, claim: lashClaim({ id: 'planted-claim' }), json: '[]', id: 'x' }, contentScript(TAB, URL));
      expect(refused(reply), type).toMatch(/only ClaimLens pages/);
    }
    // Nothing the page asked for happened: no claim planted, no settings changed.
    expect((await services.userClaims.list()).map((claim) => claim.id)).toEqual(['exosome-lash-regrowth']);
    await expectStillAnswering();
  });

  it('does not let a payload pollute prototypes or choose the tab it writes to', async () => {
    const polluting = JSON.parse(
      `{"url": "${URL}", "title": "t", "reset": true, "tabId": 999, "__proto__": {"polluted": "yes"},` +
        `"blocks": [{"id": "b1", "text": ${JSON.stringify(SERUM_PAGE.lash)}, "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}]}`,
    );
    const reply = await deliver('scanBlocks', polluting, contentScript(TAB, URL));
    expect(reply?.err).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Written to the sender's tab (from the browser), never the tab the payload names.
    expect(await services.tabFindings.get(999)).toBeNull();
    expect((await services.tabFindings.get(TAB))?.findings).toHaveLength(1);
  });

  it("cannot focus or forget another tab's findings", async () => {
    const other = 8;
    const scanned = await deliver('scanBlocks', page([goodBlock], { reset: true }), contentScript(other, URL));
    const key = (scanned?.res as { findings: { key: string }[] }).findings[0]!.key;
    // A page in tab 7 names tab 8's finding and block.
    await deliver('openDetails', { key }, contentScript(TAB, URL));
    await deliver('forgetBlocks', { blockIds: ['b1'] }, contentScript(TAB, URL));
    const stored = await services.tabFindings.get(other);
    expect(stored?.focusKey).toBeUndefined();
    expect(stored?.findings.map((finding) => finding.key)).toEqual([key]);
  });

  it('refuses findings from sub-frames and from senders outside a tab', async () => {
    for (const sender of [
      contentScript(TAB, 'https://ads.example/frame', 3),
      { id: fakeBrowser.runtime.id, url: URL },
      { id: fakeBrowser.runtime.id, url: URL, tab: { id: -1 } },
      { id: 'another-extension', url: URL, tab: {} },
    ]) {
      expect(refused(await deliver('scanBlocks', page([goodBlock], { reset: true }), sender))).toMatch(/refused/);
    }
    expect(await services.tabFindings.get(TAB)).toBeNull();
  });

  it('keeps answering after a flood of 1,000 hostile messages', async () => {
    const random = (() => {
      let state = 12345;
      return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    })();
    const flood: Promise<Reply>[] = [];
    for (let i = 0; i < 1_000; i++) {
      const type = CONTENT_TYPES[Math.floor(random() * CONTENT_TYPES.length)]!;
      const data = WRONG_SHAPES[Math.floor(random() * WRONG_SHAPES.length)];
      flood.push(i % 10 === 0 ? deliverRaw({ junk: i }, contentScript()) : deliver(type, data, contentScript(TAB, URL)));
    }
    await Promise.all(flood);
    await expectStillAnswering();
  });
});
