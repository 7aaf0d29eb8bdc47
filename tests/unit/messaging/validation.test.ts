import { describe, expect, it } from 'vitest';
import { contentPayloadSchemas, KNOWN_MESSAGE_TYPES, uiPayloadSchemas } from '../../../src/messaging/validation';

const scan = (overrides: Record<string, unknown> = {}) => ({
  url: 'https://shop.example/serum',
  title: 'Serum',
  reset: true,
  blocks: [{ id: 'b1', text: 'Some caption' }],
  ...overrides,
});
const accepts = (schema: { safeParse(data: unknown): { success: boolean } }, data: unknown) =>
  schema.safeParse(data).success;

describe('content-script payload schemas', () => {
  it('accept a well-formed scan at the limits', () => {
    const blocks = Array.from({ length: 500 }, (_, index) => ({ id: `b${index}`.padEnd(64, 'x'), text: 'a' }));
    blocks[0]!.text = 'y'.repeat(20_000);
    expect(accepts(contentPayloadSchemas.scanBlocks, scan({ url: `https://a.example/${'p'.repeat(2_020)}`, blocks }))).toBe(true);
    expect(accepts(contentPayloadSchemas.scanBlocks, scan({ title: 't'.repeat(500) }))).toBe(true);
  });

  it.each([
    ['a URL over 2,048 characters', scan({ url: `https://a.example/${'p'.repeat(2_040)}` })],
    ['a title over 500 characters', scan({ title: 't'.repeat(501) })],
    ['more than 500 blocks', scan({ blocks: Array.from({ length: 501 }, (_, index) => ({ id: `b${index}`, text: '' })) })],
    ['a block over 20,000 characters', scan({ blocks: [{ id: 'b1', text: 'x'.repeat(20_001) }] })],
    ['a block id over 64 characters', scan({ blocks: [{ id: 'b'.repeat(65), text: '' }] })],
    ['an empty block id', scan({ blocks: [{ id: '', text: 'x' }] })],
    ['a block without text', scan({ blocks: [{ id: 'b1' }] })],
    ['a non-boolean reset', scan({ reset: 'yes' })],
    ['blocks that are not a list', scan({ blocks: { id: 'b1', text: 'x' } })],
    ['no payload at all', undefined],
  ])('refuse a scan with %s', (_, payload) => {
    expect(accepts(contentPayloadSchemas.scanBlocks, payload)).toBe(false);
  });

  it('cap finding keys at 200 characters and forgotten block lists at 500', () => {
    expect(accepts(contentPayloadSchemas.openDetails, { key: 'k'.repeat(200) })).toBe(true);
    expect(accepts(contentPayloadSchemas.openDetails, { key: 'k'.repeat(201) })).toBe(false);
    expect(accepts(contentPayloadSchemas.forgetBlocks, { blockIds: Array(501).fill('b') })).toBe(false);
    expect(accepts(contentPayloadSchemas.getPageState, { url: 42 })).toBe(false);
  });
});

describe('UI payload schemas', () => {
  it('check tab ids, settings fields and text sizes', () => {
    expect(accepts(uiPayloadSchemas.getTabFindings, { tabId: 3 })).toBe(true);
    expect(accepts(uiPayloadSchemas.getTabFindings, { tabId: -1 })).toBe(false);
    expect(accepts(uiPayloadSchemas.updateSettings, { sensitivity: 'all' })).toBe(true);
    expect(accepts(uiPayloadSchemas.updateSettings, { sensitivity: 'loud' })).toBe(false);
    expect(accepts(uiPayloadSchemas.updateSettings, { unknownField: 1 })).toBe(false);
    expect(accepts(uiPayloadSchemas.checkText, { text: 'x'.repeat(20_001) })).toBe(false);
    expect(accepts(uiPayloadSchemas.getSettings, undefined)).toBe(true);
  });
});

describe('known message types', () => {
  it('cover every direction of the protocol', () => {
    for (const type of ['scanBlocks', 'getSettings', 'refresh', 'showFinding', 'findingsChanged', 'selectionCheckChanged']) {
      expect(KNOWN_MESSAGE_TYPES.has(type)).toBe(true);
    }
    expect(KNOWN_MESSAGE_TYPES.has('deleteEverything')).toBe(false);
  });
});
