import { describe, expect, it } from 'vitest';
import {
  FLASH_HIGHLIGHT,
  groupOf,
  HighlightRegistry,
  highlightName,
  nativeHighlightApi,
} from '../../../src/content/highlight-registry';
import { highlightRules } from '../../../src/content/highlight-styles';
import { fakeHighlightApi } from './support/fakes';

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return range;
}

describe('HighlightRegistry', () => {
  it('groups ranges by verdict into one highlight per group, registered on first use', () => {
    const { api, registry, sizeOf } = fakeHighlightApi();
    const highlights = new HighlightRegistry(api);
    expect(registry.size).toBe(0);
    highlights.add('misleading', rangeOver('a'));
    highlights.add('misleading', rangeOver('b'));
    highlights.add('false', rangeOver('c'));
    expect(sizeOf('claimlens-misleading')).toBe(2);
    expect(sizeOf('claimlens-false')).toBe(1);
    expect([...registry.keys()].sort()).toEqual(['claimlens-false', 'claimlens-misleading']);
  });

  it('paints worse verdicts above milder ones and the flash above all', () => {
    const { api, registry } = fakeHighlightApi();
    const highlights = new HighlightRegistry(api);
    highlights.add('accurate', rangeOver('a'));
    highlights.add('false', rangeOver('b'));
    highlights.flash(rangeOver('c'));
    const priority = (name: string) => registry.get(name)!.priority;
    expect(priority('claimlens-false')).toBeGreaterThan(priority('claimlens-accurate'));
    expect(priority(FLASH_HIGHLIGHT)).toBeGreaterThan(priority('claimlens-false'));
  });

  it('removes single ranges, clears, and leaves the page registry clean on dispose', () => {
    const { api, registry, sizeOf } = fakeHighlightApi();
    const highlights = new HighlightRegistry(api);
    const range = rangeOver('a');
    highlights.add('unproven', range);
    highlights.add('unproven', rangeOver('b'));
    highlights.delete('unproven', range);
    expect(sizeOf('claimlens-unproven')).toBe(1);
    highlights.clear();
    expect(sizeOf('claimlens-unproven')).toBe(0);
    highlights.dispose();
    expect(registry.size).toBe(0);
  });

  it('marks text that argues against a claim as refuted, whatever the verdict', () => {
    expect(groupOf({ verdict: 'false', stance: 'refuted' })).toBe('refuted');
    expect(groupOf({ verdict: 'false', stance: 'asserted' })).toBe('false');
    expect(highlightName('overstated')).toBe('claimlens-overstated');
  });

  it('finds no native API where the browser lacks one (happy-dom)', () => {
    expect(nativeHighlightApi({})).toBeNull();
    expect(nativeHighlightApi({ Highlight: class {}, CSS: { highlights: new Map() } })).not.toBeNull();
  });
});

describe('highlightRules', () => {
  it('underlines each group in its verdict colour', () => {
    const css = highlightRules('underline');
    expect(css).toContain('::highlight(claimlens-false){text-decoration-line:underline;text-decoration-color:#cf222e;');
    expect(css).toContain('::highlight(claimlens-refuted)');
    expect(css).toContain(`::highlight(${FLASH_HIGHLIGHT})`);
  });

  it('tints the background, or marks nothing but the flash', () => {
    expect(highlightRules('background')).toContain('::highlight(claimlens-accurate){background-color:#1a7f3738;}');
    expect(highlightRules('none')).not.toContain('claimlens-false');
    expect(highlightRules('none')).toContain(FLASH_HIGHLIGHT);
  });
});
