import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, showBadge } from '../../../src/background/badge';
import { VERDICT_COLOR } from '../../../src/claims/verdict-display';
import type { BlockFinding } from '../../../src/messaging/protocol';

function finding(claimId: string, overrides: Partial<BlockFinding> = {}): BlockFinding {
  return {
    claimId,
    topic: 'anti-ageing',
    trend: 'exosomes',
    evidence: 'limited',
    verdict: 'overstated',
    stance: 'asserted',
    quote: 'a quote',
    start: 0,
    end: 7,
    confidence: 'high',
    blockId: 'b1',
    key: `b1:0:${claimId}`,
    ...overrides,
  };
}

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts distinct claims, not findings', () => {
    const findings = [finding('claim-a'), finding('claim-a', { blockId: 'b2' }), finding('claim-b')];
    expect(badgeFor(findings).text).toBe('2');
  });

  it('is empty when the page makes no claim', () => {
    expect(badgeFor([])).toEqual({ text: '', color: null });
  });

  it('does not count claims the page only denies', () => {
    expect(badgeFor([finding('claim-a', { stance: 'refuted', verdict: 'false' })])).toEqual({ text: '', color: null });
  });

  it('takes its colour from the worst verdict on the page', () => {
    const findings = [finding('claim-a', { verdict: 'unproven' }), finding('claim-b', { verdict: 'misleading' })];
    expect(badgeFor(findings).color).toBe(VERDICT_COLOR.misleading);
  });

  it('caps the count at 99+', () => {
    const many = Array.from({ length: 120 }, (_, index) => finding(`claim-${index}`));
    expect(badgeFor(many).text).toBe('99+');
  });

  it('sets the text and colour on the tab', async () => {
    await showBadge(4, [finding('claim-a', { verdict: 'false' })]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 4 })).toEqual([0xcf, 0x22, 0x2e, 255]);
    await showBadge(4, []);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });
});
