import { describe, expect, it } from 'vitest';
import type { RegionScan } from '../../../src/content/region-scan';
import { HUGE_BURST, ScanQueue } from '../../../src/content/scan-queue';
import { ViewportGate } from '../../../src/content/viewport-gate';
import type { Region } from '../../../src/sites/adapter';
import { genericAdapter } from '../../../src/sites/generic';
import { SHADOW_HOST_ID } from '../../../src/sites/dom-rules';
import { FakeIntersectionObserver } from './support/fakes';

/** A queue whose scans only record which regions they were asked to read. */
function recordingQueue(adapter = genericAdapter, gate = new ViewportGate(undefined, () => {})) {
  const scanned: Region[] = [];
  let sweeps = 0;
  const queue = new ScanQueue({
    document,
    adapter,
    gate,
    startScan: (region) => {
      scanned.push(region);
      return { step: () => false } as unknown as RegionScan;
    },
    sweep: () => sweeps++,
  });
  const drain = () => {
    let steps = 0;
    while (queue.hasWork() && steps++ < 10_000) queue.step();
  };
  return { queue, scanned, drain, sweeps: () => sweeps };
}

function record(init: Partial<MutationRecord> & { target: Node }): MutationRecord {
  return { type: 'childList', addedNodes: [] as never, removedNodes: [] as never, ...init } as MutationRecord;
}

describe('ScanQueue', () => {
  it('starts by reading the regions the adapter names', () => {
    document.body.innerHTML = '<p>Exosome</p>';
    const { queue, scanned, drain } = recordingQueue();
    queue.readEverything();
    drain();
    expect(scanned).toEqual([document.body]);
  });

  it('reads an added block on its own, and the enclosing block for inline changes', () => {
    document.body.innerHTML = '<div id="feed"></div><p id="p">Exo<b id="b">some</b></p>';
    const { queue, scanned, drain } = recordingQueue();
    const post = document.createElement('div');
    document.getElementById('feed')!.append(post);
    const text = document.getElementById('b')!.firstChild!;
    queue.takeRecords([
      record({ target: document.getElementById('feed')!, addedNodes: [post] as never }),
      record({ type: 'characterData', target: text }),
    ]);
    drain();
    expect(scanned).toEqual([post, document.getElementById('p')]);
  });

  it('reads a region once when its ancestor is queued too', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">Exosome</p></div>';
    const { queue, scanned, drain } = recordingQueue();
    const inner = document.getElementById('inner')!;
    const outer = document.getElementById('outer')!;
    queue.takeRecords([
      record({ type: 'characterData', target: inner.firstChild! }),
      record({ target: document.body, addedNodes: [outer] as never }),
    ]);
    drain();
    expect(scanned).toEqual([outer]);
  });

  it('ignores changes to ClaimLens’s own host and regions inside editors', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="draft">Exosome draft</p></div>';
    const host = document.createElement('claimlens-root');
    host.id = SHADOW_HOST_ID;
    document.documentElement.append(host);
    const { queue, scanned, drain } = recordingQueue();
    queue.takeRecords([
      record({ target: document.documentElement, addedNodes: [host] as never }),
      record({ type: 'characterData', target: document.getElementById('draft')!.firstChild! }),
    ]);
    drain();
    expect(scanned).toEqual([]);
    host.remove();
  });

  it('sweeps for blocks that left the page after removals', () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { queue, drain, sweeps } = recordingQueue();
    const removed = document.createElement('article');
    queue.takeRecords([record({ target: document.getElementById('feed')!, removedNodes: [removed] as never })]);
    drain();
    expect(sweeps()).toBe(1);
  });

  it('turns a huge burst into one lazy re-read of the whole page', () => {
    document.body.innerHTML = '<p id="p">Exosome</p>';
    const { queue, scanned, drain } = recordingQueue();
    const text = document.getElementById('p')!.firstChild!;
    const burst = Array.from({ length: HUGE_BURST + 1 }, () => record({ type: 'characterData', target: text }));
    queue.takeRecords(burst.slice(0, 1_000));
    queue.takeRecords(burst.slice(1_000));
    drain();
    expect(scanned).toEqual([document.body]);
  });

  it('turns records into regions in bounded steps', () => {
    document.body.innerHTML = '<p id="p">Exosome</p>';
    const { queue } = recordingQueue();
    const text = document.getElementById('p')!.firstChild!;
    queue.takeRecords(Array.from({ length: 120 }, () => record({ type: 'characterData', target: text })));
    let steps = 0;
    while (queue.hasWork()) {
      queue.step();
      steps++;
    }
    // 120 records at 50 per step, then one step to start the scan and one to finish it.
    expect(steps).toBe(5);
  });

  it('holds a gated region back until its gate comes near the viewport', () => {
    document.body.innerHTML = '<article id="post"><p>Exosome</p></article>';
    const post = document.getElementById('post')!;
    const gated = { ...genericAdapter, gateFor: (region: Region) => (region === post ? post : null), initialRegions: () => [post] };
    let queue!: ScanQueue;
    const gate = new ViewportGate(FakeIntersectionObserver as never, (regions) => queue.release(regions));
    const recording = recordingQueue(gated, gate);
    queue = recording.queue;
    queue.readEverything();
    recording.drain();
    expect(recording.scanned).toEqual([]);
    FakeIntersectionObserver.show(post);
    recording.drain();
    expect(recording.scanned).toEqual([post]);
  });
});
