// Test doubles injected into the content script: the background channel, a clock that runs slices
// by hand, a Highlight API, an IntersectionObserver and a script context.
import type { BackgroundChannel } from '../../../../src/content/channel';
import type { HighlightApi, HighlightLike } from '../../../../src/content/highlight-registry';
import type { Platform } from '../../../../src/content/platform';
import type { ScriptContext } from '../../../../src/content/runtime';
import type { SliceClock } from '../../../../src/content/scheduler';
import type { Verdict } from '../../../../src/claims/vocabulary';
import type { BlockFinding, ClaimCard, PageScanResult, PageState, TextBlock } from '../../../../src/messaging/protocol';

export interface SentMessage {
  type: string;
  data: any;
}

export interface FakeBackgroundOptions {
  state?: Partial<PageState>;
  /** Phrases the fake engine finds, with the verdict of their claim. */
  claims?: Record<string, Verdict>;
  /** Phrases found only with low confidence (ingredient named nearby, not in the sentence). */
  lowConfidence?: string[];
}

export const DEFAULT_STATE: PageState = { paused: false, sensitivity: 'all', highlightStyle: 'underline' };

function cardFor(claimId: string, verdict: Verdict): ClaimCard {
  return {
    claimId,
    claim: `Claim about ${claimId}`,
    summary: `Summary for ${claimId}`,
    verdict,
    evidence: 'preclinical',
    topic: 'anti-ageing',
  };
}

/** A stand-in for the background: finds each phrase of `claims` in the blocks it is sent. */
export function fakeBackground(options: FakeBackgroundOptions = {}) {
  const sent: SentMessage[] = [];
  const handlers = new Map<string, (data: any) => unknown>();
  let state: PageState = { ...DEFAULT_STATE, ...options.state };
  const claims = options.claims ?? {};
  let workerRun = 1;

  const scan = (blocks: TextBlock[]): PageScanResult => {
    const findings: BlockFinding[] = [];
    const cards: Record<string, ClaimCard> = {};
    for (const block of blocks) {
      for (const [phrase, verdict] of Object.entries(claims)) {
        const start = block.text.toLowerCase().indexOf(phrase.toLowerCase());
        if (start === -1) continue;
        const claimId = phrase.replace(/\W+/g, '-');
        cards[claimId] = cardFor(claimId, verdict);
        findings.push({
          blockId: block.id,
          key: `${block.id}:${start}:${claimId}`,
          claimId,
          topic: 'anti-ageing',
          trend: 'exosomes',
          evidence: 'preclinical',
          verdict,
          stance: 'asserted',
          quote: block.text.slice(start, start + phrase.length),
          start,
          end: start + phrase.length,
          confidence: options.lowConfidence?.includes(phrase) ? 'low' : 'high',
        });
      }
    }
    return { findings, cards, worker: `run-${workerRun}` };
  };

  const channel: BackgroundChannel = {
    send: (async (type: string, data: any) => {
      sent.push({ type, data });
      if (type === 'getPageState') return state;
      if (type === 'scanBlocks') return scan(data.blocks);
      return undefined;
    }) as BackgroundChannel['send'],
    handle: ((type: string, handler: (data: any) => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    }) as BackgroundChannel['handle'],
  };

  return {
    channel,
    sent,
    of: (type: string) => sent.filter((message) => message.type === type).map((message) => message.data),
    scannedTexts: () => sent.filter((m) => m.type === 'scanBlocks').flatMap((m) => m.data.blocks.map((b: TextBlock) => b.text)),
    /** Chrome stopped the worker and started it again: replies come from a new run. */
    restartWorker() {
      workerRun++;
    },
    setState(next: Partial<PageState>) {
      state = { ...state, ...next };
    },
    /** Delivers a BackgroundToContent message as the background would. */
    deliver: (type: string, data?: unknown) => handlers.get(type)?.(data),
  };
}

/** Slices run only when the test says so; time moves only when the test moves it. */
export function manualClock(stepCost = 0) {
  let now = 0;
  const waiting: Array<(deadline: null) => void> = [];
  const clock: SliceClock = {
    now: () => {
      now += stepCost;
      return now;
    },
    requestSlice: (run) => {
      waiting.push(run);
    },
  };
  return {
    clock,
    get pending() {
      return waiting.length;
    },
    advance(ms: number) {
      now += ms;
    },
    /** Runs one waiting slice; false if none was waiting. */
    runSlice(): boolean {
      const run = waiting.shift();
      run?.(null);
      return run !== undefined;
    },
    /** Runs slices until none is asked for (bounded, to catch a scheduler that never stops). */
    runAll(limit = 10_000): number {
      let slices = 0;
      while (slices < limit && this.runSlice()) slices++;
      return slices;
    },
  };
}

export class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export function fakeHighlightApi() {
  const registry = new Map<string, HighlightLike>();
  const api: HighlightApi = { createHighlight: () => new FakeHighlight(), registry };
  return { api, registry, sizeOf: (name: string) => registry.get(name)?.size ?? 0 };
}

/** An IntersectionObserver the test drives: `show(target)` says it came near the viewport. */
export class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  static show(target: Element, near = true): void {
    for (const observer of FakeIntersectionObserver.instances) {
      if (!observer.targets.has(target)) continue;
      observer.callback([{ target, isIntersecting: near } as IntersectionObserverEntry], observer as never);
    }
  }
}

export function fakePlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    MutationObserver: globalThis.MutationObserver,
    IntersectionObserver: undefined,
    highlightApi: fakeHighlightApi().api,
    now: () => 0,
    ...overrides,
  };
}

/** A WXT-like context the test can invalidate and navigate. */
export function fakeContext() {
  const invalidated = new Set<() => void>();
  const navigation = new Set<(event: Event) => void>();
  let valid = true;
  const ctx: ScriptContext = {
    get isValid() {
      return valid;
    },
    onInvalidated(callback) {
      invalidated.add(callback);
      return () => invalidated.delete(callback);
    },
    addEventListener(_target, _type, handler) {
      navigation.add(handler);
    },
  };
  return {
    ctx,
    invalidate() {
      valid = false;
      for (const callback of invalidated) callback();
    },
    navigate() {
      for (const handler of navigation) handler(new Event('wxt:locationchange'));
    },
  };
}

/** Lets MutationObserver callbacks and message replies run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
