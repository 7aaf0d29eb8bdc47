import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/sites/generic';
import { blockOf, isInsideSkipped } from '../../../src/sites/dom-rules';
import { byId, loadFixture } from '../content/support/fixtures';

describe('generic adapter', () => {
  it('reads the whole body and re-reads the nearest block around a change', () => {
    loadFixture('content/article.html');
    expect(genericAdapter.initialRegions(document)).toEqual([document.body]);
    const inline = byId('split').querySelector('b')!.firstChild!;
    expect(genericAdapter.regionFor(inline)).toBe(byId('split'));
    expect(genericAdapter.gateFor(document.body)).toBeNull();
  });

  it('stops at a shadow root when looking for the block', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = byId('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Exosome</span>';
    expect(blockOf(shadow.querySelector('span')!.firstChild!, genericAdapter.isBlockBoundary)).toBe(shadow);
  });

  it('knows editors and hidden parts from their ancestors, across shadow roots', () => {
    loadFixture('content/article.html');
    expect(isInsideSkipped(byId('editor').querySelector('p')!.firstChild!)).toBe(true);
    expect(isInsideSkipped(byId('hidden-style').firstChild!)).toBe(true);
    expect(isInsideSkipped(byId('split').firstChild!)).toBe(false);
    document.designMode = 'on';
    expect(isInsideSkipped(byId('split').firstChild!)).toBe(true);
    document.designMode = 'off';
  });
});
