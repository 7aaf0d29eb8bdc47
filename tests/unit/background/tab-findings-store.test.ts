import { describe, expect, it } from 'vitest';
import { createAfterReply } from '../../../src/background/after-reply';
import { memorySessionArea, type SessionArea } from '../../../src/background/session-area';
import { createTabFindingsStore } from '../../../src/background/tab-findings-store';
import type { TabFindings } from '../../../src/messaging/protocol';

const TAB = 7;
const record = (title: string): TabFindings => ({ tabId: TAB, url: 'https://shop.example/', title, findings: [], updatedAt: 1 });
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Session storage whose writes finish only when the test lets them. */
function heldArea(): SessionArea & { writes: string[]; release(): void } {
  const inner = memorySessionArea();
  const held: (() => void)[] = [];
  const writes: string[] = [];
  return {
    get: (key) => inner.get(key),
    remove: (key) => inner.remove(key),
    async set(key, value) {
      writes.push((value as TabFindings).title);
      await new Promise<void>((resolve) => held.push(resolve));
      await inner.set(key, value);
    },
    writes,
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}

describe('tab findings store', () => {
  it('applies edits at once and does not pile up writes: changes made during a write go out together next', async () => {
    const area = heldArea();
    const writes = createAfterReply();
    const store = createTabFindingsStore(area, writes, 0);
    expect((await store.update(TAB, () => record('one')))?.title).toBe('one');
    await nextTask();
    for (const title of ['two', 'three', 'four']) await store.update(TAB, () => record(title));
    expect((await store.get(TAB))?.title).toBe('four');
    expect(area.writes).toEqual(['one']);

    area.release();
    await nextTask();
    expect(area.writes).toEqual(['one', 'four']);
    area.release();
    await writes.settled();
    expect((await createTabFindingsStore(area, createAfterReply()).get(TAB))?.title).toBe('four');
  });

  it('spaces writes out', async () => {
    const area = memorySessionArea();
    const starts: number[] = [];
    const timed = {
      ...area,
      set: (key: string, value: unknown) => {
        starts.push(Date.now());
        return area.set(key, value);
      },
    };
    const writes = createAfterReply();
    const store = createTabFindingsStore(timed, writes, 60);
    await store.update(TAB, () => record('one'));
    await writes.settled();
    await store.update(TAB, () => record('two'));
    await writes.settled();
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(55);
  });

  it('forgets a tab in storage too', async () => {
    const area = memorySessionArea();
    const writes = createAfterReply();
    const store = createTabFindingsStore(area, writes);
    await store.update(TAB, () => record('one'));
    await store.remove(TAB);
    await writes.settled();
    expect(await createTabFindingsStore(area, createAfterReply()).get(TAB)).toBeNull();
  });
});
