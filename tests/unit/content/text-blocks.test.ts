import { beforeEach, describe, expect, it } from 'vitest';
import { blocksIn, type PageBlock } from '../../../src/content/text-blocks';
import { byId, loadFixture } from './support/fixtures';

function read(region: Element | ShadowRoot = document.body, options = {}): PageBlock[] {
  return [...blocksIn(region, options)].filter((block): block is PageBlock => block !== null);
}

const texts = (blocks: PageBlock[]) => blocks.map((block) => block.text.trim());

describe('blocksIn on an article page', () => {
  beforeEach(() => loadFixture('content/article.html'));

  it('joins a claim split by inline tags into one block', () => {
    const split = read().find((block) => block.container === byId('split'));
    expect(split?.text).toBe('Clinics claim exosome facials regrow lost collagen in one session.');
  });

  it('maps every character of a block back to its text node', () => {
    const split = read().find((block) => block.container === byId('split'));
    if (split?.kind !== 'flow') throw new Error('expected a flow block');
    for (const segment of split.segments) {
      const piece = split.text.slice(segment.start, segment.start + segment.length);
      expect(segment.node?.data.slice(segment.nodeOffset, segment.nodeOffset + segment.length)).toBe(piece);
    }
  });

  it('splits a container around a nested block into runs', () => {
    const mixed = read().filter((block) => block.container === byId('mixed'));
    expect(mixed.map((block) => [block.run, block.text])).toEqual([
      [0, 'Some brands sell polynucleotide serums.'],
      [1, 'Salmon DNA is the new buzzword.'],
    ]);
    expect(read().find((block) => block.container === byId('nested'))?.text).toBe('Others sell plain moisturisers.');
  });

  it('keeps a <br> as a line break in the flow', () => {
    expect(read().find((block) => block.container === byId('lines'))?.text).toBe('Stem cell creams:\nno human trials yet.');
  });

  it('reads image alt text as a block of its own', () => {
    const alt = read().find((block) => block.kind === 'alt');
    expect(alt).toMatchObject({ kind: 'alt', container: byId('figure-img'), text: 'Poster: PDRN serum heals scars in 3 days' });
  });

  it('never reads scripts, styles, noscript, templates, svg, hidden text, form fields or editors', () => {
    const all = texts(read()).join('\n');
    for (const unread of [
      'script', 'promo', 'Enable JavaScript', 'template text', 'svg', 'Hidden exosome', 'Collapsed exosome',
      'in an input', 'in a textarea', 'exosome option', 'Draft: exosomes', 'Another exosome draft',
    ]) {
      expect(all).not.toContain(unread);
    }
  });

  it('turns source line breaks and tabs into spaces, one for one', () => {
    document.body.innerHTML = '<p id="p">Exosome\n\tcreams</p>';
    expect(read()[0]?.text).toBe('Exosome  creams');
  });

  it('keeps whitespace as it is inside <pre>', () => {
    document.body.innerHTML = '<pre>line one\nline two</pre>';
    expect(read()[0]?.text).toBe('line one\nline two');
  });

  it('cuts a very long flow into blocks no longer than the limit', () => {
    document.body.innerHTML = `<p>${'a'.repeat(25)}<b>${'b'.repeat(10)}</b></p>`;
    const blocks = read(document.body, { maxBlockLength: 20 });
    expect(blocks.map((block) => block.text.length)).toEqual([20, 15]);
    expect(blocks.map((block) => block.run)).toEqual([0, 1]);
    const second = blocks[1];
    if (second?.kind !== 'flow') throw new Error('expected a flow block');
    expect(second.segments[0]).toMatchObject({ start: 0, nodeOffset: 20, length: 5 });
  });

  it('lets a site adapter declare extra block boundaries', () => {
    document.body.innerHTML = '<div id="row"><a>user</a> <span dir="auto" id="run">Exosome caption</span> <span>more</span></div>';
    const blocks = read(document.body, { isBlockBoundary: (element: Element) => element.getAttribute('dir') === 'auto' || element.localName === 'div' });
    expect(blocks.map((block) => block.text.trim())).toEqual(['user', 'Exosome caption', 'more']);
    expect(blocks[1]?.container).toBe(byId('run'));
  });

  it('reads open shadow roots and reports them so they can be watched', () => {
    document.body.innerHTML = '<div id="host"></div><p>Light text</p>';
    const shadow = byId('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Exosome text in a shadow root</p>';
    const seen: ShadowRoot[] = [];
    const blocks = read(document.body, { onShadowRoot: (root: ShadowRoot) => seen.push(root) });
    expect(texts(blocks)).toEqual(['Exosome text in a shadow root', 'Light text']);
    expect(seen).toEqual([shadow]);
  });

  it('yields checkpoints in a large subtree with little text', () => {
    document.body.innerHTML = '<div>' + '<span></span>'.repeat(1000) + '</div>';
    const steps = [...blocksIn(document.body)];
    expect(steps.filter((step) => step === null).length).toBeGreaterThanOrEqual(4);
  });
});
