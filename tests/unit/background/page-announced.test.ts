import { describe, expect, it } from 'vitest';
import { withPageAnnounced } from '../../../src/background/page-findings';
import type { BlockFinding, TabFindings } from '../../../src/messaging/protocol';

const finding = { key: 'b1:0:c', blockId: 'b1' } as BlockFinding;
const page = (url: string, findings: BlockFinding[] = [finding]): TabFindings => ({
  tabId: 7, url, title: 'Serum page', findings, updatedAt: 1,
});

describe('a content script announcing its page', () => {
  it('records a page the tab had not reported, so the popup knows the site', () => {
    expect(withPageAnnounced(null, { tabId: 7, url: 'https://shop.test/a', paused: false, at: 5 })).toEqual({
      tabId: 7, url: 'https://shop.test/a', title: '', findings: [], updatedAt: 5,
    });
  });

  it('leaves the findings of the same page alone', () => {
    const current = page('https://shop.test/a');
    expect(withPageAnnounced(current, { tabId: 7, url: 'https://shop.test/a#reviews', paused: false, at: 5 })).toBe(current);
  });

  it('clears the findings (and so the badge) of a page that is now paused', () => {
    const next = withPageAnnounced(page('https://shop.test/a'), { tabId: 7, url: 'https://shop.test/a', paused: true, at: 5 });
    expect(next).toMatchObject({ url: 'https://shop.test/a', title: 'Serum page', findings: [] });
  });

  it('starts over on a different page', () => {
    const next = withPageAnnounced(page('https://shop.test/a'), { tabId: 7, url: 'https://shop.test/b', paused: false, at: 5 });
    expect(next).toMatchObject({ url: 'https://shop.test/b', title: '', findings: [] });
  });
});
