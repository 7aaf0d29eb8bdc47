// What a page load costs the page's main thread, read with CDP's Performance domain: ScriptDuration
// and TaskDuration accumulated from before navigation until the page has settled, plus the long
// tasks a PerformanceObserver saw. Run once with ClaimLens and once with the no-op extension, the
// difference is what ClaimLens adds. The floor is one bare TreeWalker pass that collects the
// page's text, timed the same way in the no-op tab.
//
// What ScriptDuration counts (checked on this Chromium): page scripts, content-script injection,
// timers, idle and observer callbacks in any world — but not the callbacks of extension messaging
// (a chrome.runtime.sendMessage reply runs outside it), nor CDP's own evaluations. ClaimLens's
// reading of the page runs in idle callbacks and is counted; placing findings runs in message
// replies and shows only in TaskDuration (with the style, layout and paint it causes). So settling
// is judged on task time and highlights, not script time alone.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';

/** Settled: over the last QUIET_MS, script time grew < QUIET_SCRIPT_MS, task time < QUIET_TASK_MS, no highlight changed. */
export const QUIET_MS = 1_000;
export const QUIET_SCRIPT_MS = 1;
/** Above the cost of the polling itself (about 4 ms/s: getMetrics every 250 ms, one evaluate per second). */
export const QUIET_TASK_MS = 10;
const POLL_MS = 250;
/**
 * A page still busy this long after load is measured as it is and marked unfinished (its numbers
 * are then lower bounds), so one pathological page cannot take the section past a few minutes.
 */
export const SETTLE_TIMEOUT_MS = 20_000;

export interface LongTask {
  start: number;
  duration: number;
}

export interface LongFrame extends LongTask {
  /** Time from the start of rendering to the end of the frame, ms. */
  renderMs: number;
  scripts: { source: string; duration: number }[];
}

export interface LoadCost {
  /** Main-thread script time, ms (CDP ScriptDuration), from navigation to settled. */
  scriptMs: number;
  /** All main-thread task time, ms (CDP TaskDuration): parsing, style, layout, paint, script. */
  taskMs: number;
  longTasks: LongTask[];
  /** Long animation frames (> 50 ms, rendering included). */
  longFrames: LongFrame[];
  /** Ranges in ClaimLens's `claimlens-*` highlights once settled. */
  highlights: number;
  /** From the load event until the last activity seen (script, task or highlight change), ms. */
  busyAfterLoadMs: number;
  /** False when the page was still busy SETTLE_TIMEOUT_MS after load. */
  settled: boolean;
  /** Characters of text in the body. */
  textLength: number;
}

export interface FloorCost {
  /** CDP ScriptDuration of one TreeWalker pass collecting the page's text, ms. */
  scriptMs: number;
  /** The same pass timed inside the page with performance.now(), ms. */
  wallMs: number;
}

/**
 * Installed before any page script: keeps every long task (> 50 ms) of the page's main thread and,
 * as a finer view, every long animation frame (> 50 ms, rendering included) with the scripts that
 * ran in it (a content script shows as its chrome-extension:// URL).
 */
const LONG_TASK_OBSERVER = `(() => {
  const tasks = (window.__benchLongTasks = []);
  const frames = (window.__benchLongFrames = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        frames.push({
          start: entry.startTime,
          duration: entry.duration,
          renderMs: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
          scripts: (entry.scripts || []).map((script) => ({ source: script.sourceURL || script.invoker, duration: script.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/** The floor: one bare TreeWalker pass that collects the page's text (run as a page script). */
const TREE_WALKER_PASS = `(() => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
  window.__benchWalkLength = parts.join('').length;
  window.__benchWalkMs = performance.now() - start;
})();`;

const HIGHLIGHT_COUNT = `(() => {
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('claimlens-')) ranges += highlight.size;
  return ranges;
})()`;

async function metrics(session: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0;
  return { script: value('ScriptDuration') * 1000, task: value('TaskDuration') * 1000 };
}

async function highlightCount(page: Page): Promise<number> {
  return (await page.evaluate(HIGHLIGHT_COUNT)) as number;
}

/**
 * Waits until the page is quiet for QUIET_MS: script time grew < QUIET_SCRIPT_MS, task time
 * < QUIET_TASK_MS, and the number of ClaimLens highlight ranges did not change. ClaimLens works in
 * idle slices and message replies, so a quiet second means it has finished. Returns when the last
 * activity was seen, and whether the page settled before `timeoutMs`.
 */
export async function settle(page: Page, session: CDPSession, timeoutMs = SETTLE_TIMEOUT_MS): Promise<{ lastActivity: number; settled: boolean }> {
  const history: { at: number; script: number; task: number; highlights: number | null }[] = [];
  const start = performance.now();
  let lastActivity = start;
  let lastCount = -1;
  for (let poll = 0; ; poll++) {
    const { script, task } = await metrics(session);
    // The highlight count once a second (an evaluation costs the page a little task time).
    const highlights = poll % Math.round(QUIET_MS / POLL_MS) === 0 ? await highlightCount(page) : null;
    const at = performance.now();
    const previous = history.at(-1);
    if (previous && (script - previous.script > 0.05 || task - previous.task > QUIET_TASK_MS / 2)) lastActivity = at;
    if (highlights !== null) {
      if (lastCount !== -1 && highlights !== lastCount) lastActivity = at;
      lastCount = highlights;
    }
    history.push({ at, script, task, highlights });
    const windowStart = history.find((entry) => entry.at >= at - QUIET_MS - POLL_MS / 2);
    const counts = history.filter((entry) => entry.at >= at - QUIET_MS - POLL_MS / 2 && entry.highlights !== null);
    if (
      windowStart &&
      at - history[0]!.at >= QUIET_MS &&
      counts.length >= 2 &&
      counts.every((entry) => entry.highlights === counts[0]!.highlights) &&
      script - windowStart.script < QUIET_SCRIPT_MS &&
      task - windowStart.task < QUIET_TASK_MS
    ) {
      return { lastActivity, settled: true };
    }
    if (at - start > timeoutMs) return { lastActivity, settled: false };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function openMeasured(browser: ExtensionBrowser): Promise<{ page: Page; session: CDPSession }> {
  const page = await browser.context.newPage();
  await page.addInitScript(LONG_TASK_OBSERVER);
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  return { page, session };
}

/** Loads `url` in a fresh tab, waits until it settles, and returns what the load cost. */
export async function measureLoad(
  browser: ExtensionBrowser,
  url: string,
  options: { floor?: boolean } = {},
): Promise<{ load: LoadCost; floor: FloorCost | null }> {
  const { page, session } = await openMeasured(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const loadedAt = performance.now();
    const { lastActivity, settled } = await settle(page, session);
    const after = await metrics(session);
    const observed = (await page.evaluate(`({
      highlights: ${HIGHLIGHT_COUNT},
      longTasks: window.__benchLongTasks ?? [],
      longFrames: window.__benchLongFrames ?? [],
      textLength: document.body.textContent.length,
    })`)) as { highlights: number; longTasks: LongTask[]; longFrames: LongFrame[]; textLength: number };
    const load: LoadCost = {
      scriptMs: after.script,
      taskMs: after.task,
      longTasks: observed.longTasks,
      longFrames: observed.longFrames,
      highlights: observed.highlights,
      busyAfterLoadMs: Math.max(0, lastActivity - loadedAt),
      settled,
      textLength: observed.textLength,
    };
    let floor: FloorCost | null = null;
    if (options.floor) {
      // As a page <script>: CDP's own evaluations do not count in ScriptDuration, page scripts do.
      const before = await metrics(session);
      const wallMs = (await page.evaluate(`(() => {
        const script = document.createElement('script');
        script.textContent = ${JSON.stringify(TREE_WALKER_PASS)};
        document.documentElement.append(script);
        script.remove();
        return window.__benchWalkMs;
      })()`)) as number;
      const end = await metrics(session);
      floor = { scriptMs: end.script - before.script, wallMs };
    }
    return { load, floor };
  } finally {
    await session.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}
