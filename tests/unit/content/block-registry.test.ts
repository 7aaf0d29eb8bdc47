import { describe, expect, it } from 'vitest';
import { BlockRegistry } from '../../../src/content/block-registry';
import { blocksIn, type PageBlock } from '../../../src/content/text-blocks';

function readBody(): PageBlock[] {
  return [...blocksIn(document.body)].filter((block): block is PageBlock => block !== null);
}

describe('BlockRegistry', () => {
  it('gives each place an id and tells added, unchanged, moved and changed apart', () => {
    document.body.innerHTML = '<p id="p">Exosome <b>serum</b></p>';
    const registry = new BlockRegistry();
    const first = registry.track(readBody()[0]!);
    expect(first.change).toBe('added');
    expect(first.tracked.id).toBe('b1');

    expect(registry.track(readBody()[0]!).change).toBe('unchanged');

    // Same text, new nodes (a framework re-rendered the paragraph).
    document.getElementById('p')!.innerHTML = 'Exosome <b>serum</b>';
    const moved = registry.track(readBody()[0]!);
    expect(moved).toMatchObject({ change: 'nodes-changed', tracked: { id: 'b1', version: 1 } });

    document.getElementById('p')!.innerHTML = 'Exosome <b>toner</b>';
    expect(registry.track(readBody()[0]!)).toMatchObject({ change: 'text-changed', tracked: { id: 'b1', version: 2 } });
  });

  it('finds tracked blocks a new walk of a region did not meet', () => {
    document.body.innerHTML = '<div id="region"><p>Exosome one</p><p>Exosome two</p></div><p>Exosome outside</p>';
    const registry = new BlockRegistry();
    const tracked = readBody().map((block) => registry.track(block).tracked);
    const region = document.getElementById('region')!;
    expect(registry.unseenWithin(region, new Set([tracked[0]!])).map((t) => t.id)).toEqual([tracked[1]!.id]);
  });

  it('lists blocks whose element left the page', () => {
    document.body.innerHTML = '<p id="gone">Exosome one</p><p>Exosome two</p>';
    const registry = new BlockRegistry();
    for (const block of readBody()) registry.track(block);
    document.getElementById('gone')!.remove();
    expect(registry.disconnected().map((t) => t.block.text)).toEqual(['Exosome one']);
    registry.remove(registry.disconnected()[0]!);
    expect(registry.size).toBe(1);
  });
});
