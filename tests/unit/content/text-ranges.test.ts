import { describe, expect, it } from 'vitest';
import { blocksIn, type FlowBlock, type PageBlock } from '../../../src/content/text-blocks';
import { rangeForSpan } from '../../../src/content/text-ranges';

function onlyBlock(html: string): FlowBlock {
  document.body.innerHTML = html;
  const block = [...blocksIn(document.body)].find((item): item is PageBlock => item !== null);
  if (block?.kind !== 'flow') throw new Error('expected one flow block');
  return block;
}

function spanOf(block: FlowBlock, phrase: string) {
  const start = block.text.indexOf(phrase);
  return rangeForSpan(block, start, start + phrase.length);
}

describe('rangeForSpan', () => {
  it('builds a range across inline tags that reads back the same text', () => {
    const block = onlyBlock('<p>Clinics claim <b>exo</b><i>some</i> facials <a href="#">regrow lost</a> collagen.</p>');
    const range = spanOf(block, 'exosome facials regrow lost collagen');
    expect(range?.toString()).toBe('exosome facials regrow lost collagen');
    expect(range?.startContainer.textContent).toBe('exo');
    expect(range?.endContainer.textContent).toBe(' collagen.');
  });

  it('skips over a <br> line break at either edge', () => {
    const block = onlyBlock('<p>Stem cell creams:<br>no human trials yet.</p>');
    const afterBreak = block.text.indexOf('\n');
    expect(rangeForSpan(block, afterBreak, block.text.length)?.toString()).toBe('no human trials yet.');
    expect(rangeForSpan(block, 0, afterBreak + 1)?.toString()).toBe('Stem cell creams:');
  });

  it('works for a text node cut into several blocks', () => {
    document.body.innerHTML = `<p>${'x'.repeat(10)}exosome${'y'.repeat(10)}</p>`;
    const blocks = [...blocksIn(document.body, { maxBlockLength: 12 })].filter((b): b is FlowBlock => b?.kind === 'flow');
    const second = blocks[1]!;
    expect(second.text).toBe('osomeyyyyyyy');
    expect(rangeForSpan(second, 0, 5)?.toString()).toBe('osome');
  });

  it('gives a range around the image for alt text', () => {
    document.body.innerHTML = '<p><img alt="Exosome poster"></p>';
    const block = [...blocksIn(document.body)].find((item): item is PageBlock => item?.kind === 'alt')!;
    const range = rangeForSpan(block, 0, 7);
    expect(range?.startContainer).toBe(document.querySelector('p'));
    expect(range?.endOffset! - range?.startOffset!).toBe(1);
  });

  it('returns null for offsets outside the block or nodes that left the page', () => {
    const block = onlyBlock('<p>Exosome <b>serum</b></p>');
    expect(rangeForSpan(block, 5, 100)).toBeNull();
    expect(rangeForSpan(block, 4, 4)).toBeNull();
    document.body.innerHTML = '';
    expect(rangeForSpan(block, 0, 7)).toBeNull();
  });
});
