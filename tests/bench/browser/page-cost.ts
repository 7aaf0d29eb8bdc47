// What a page load costs the page's main thread, read with CDP's Performance domain: ScriptDuration
// and TaskDuration accumulated from before navigation until the page has settled, plus the long
// tasks a PerformanceObserver saw. Run once with ClaimLens and once with the no-op extension, the
// difference is what ClaimLens adds. The floor is one bare TreeWalker pass that collects the
// page's text, timed the same way in the no-op tab.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';

/** The page counts as settled once its script time grew less than this over QUIET_MS. */
export const QUIET_SCRIPT_MS = 1;
export const QUIET_MS = 1_000;
const POLL_MS = 100;
const SETTLE_TIMEOUT_MS = 60_000;

export interface LongTask {
  start: number;
  duration: number;
}

export interface LoadCost {
  /** Main-thread script time, ms (CDP ScriptDuration), from navigation to settled. */
  scriptMs: number;
  /** All main-thread task time, ms (CDP TaskDuration): parsing, style, layout, paint, script. */
  taskMs: number;
  longTasks: LongTask[];
  /** Ranges in ClaimLens's `claimlens-*` highlights once settled. */
  highlights: number;
  /** From the load event until the last script activity (settled minus the quiet window), ms. */
  busyAfterLoadMs: number;
  /** Characters of text in the body. */
  textLength: number;
}

export interface FloorCost {
  /** CDP ScriptDuration of one TreeWalker pass collecting the page's text, ms. */
  scriptMs: number;
  /** The same pass timed inside the page with performance.now(), ms. */
  wallMs: number;
}

/** Installed before any page script: keeps every long task (> 50 ms) of the page's main thread. */
const LONG_TASK_OBSERVER = `(() => {
  const tasks = (window.__benchLongTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
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

async function metrics(session: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0;
  return { script: value('ScriptDuration') * 1000, task: value('TaskDuration') * 1000 };
}

/**
 * Waits until the page's script time has stopped growing: less than QUIET_SCRIPT_MS over the last
 * QUIET_MS (ClaimLens works in idle slices, so a quiet second means it has finished). Only CDP is
 * polled, so waiting adds no script time to the page. Returns when the last activity was seen.
 */
export async function settle(session: CDPSession): Promise<number> {
  const history: { at: number; script: number }[] = [];
  const start = performance.now();
  let lastChange = start;
  for (;;) {
    const { script } = await metrics(session);
    const at = performance.now();
    const previous = history.at(-1);
    if (previous && script - previous.script > 0.05) lastChange = at;
    history.push({ at, script });
    // The oldest sample inside the quiet window (the window must be fully covered by samples).
    const windowStart = history.find((entry) => entry.at >= at - QUIET_MS - POLL_MS / 2);
    if (at - history[0]!.at >= QUIET_MS && windowStart && script - windowStart.script < QUIET_SCRIPT_MS) return lastChange;
    if (at - start > SETTLE_TIMEOUT_MS) throw new Error(`the page did not settle within ${SETTLE_TIMEOUT_MS} ms`);
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
    const lastActivity = await settle(session);
    const after = await metrics(session);
    const observed = await page.evaluate(() => {
      let highlights = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('claimlens-')) highlights += highlight.size;
      return {
        highlights,
        longTasks: (window as unknown as { __benchLongTasks?: LongTask[] }).__benchLongTasks ?? [],
        textLength: document.body.textContent?.length ?? 0,
      };
    });
    const load: LoadCost = {
      scriptMs: after.script,
      taskMs: after.task,
      longTasks: observed.longTasks,
      highlights: observed.highlights,
      busyAfterLoadMs: Math.max(0, lastActivity - loadedAt),
      textLength: observed.textLength,
    };
    let floor: FloorCost | null = null;
    if (options.floor) {
      const before = await metrics(session);
      // As a page <script>: CDP's own evaluations do not count in ScriptDuration, page scripts do.
      const wallMs = await page.evaluate((source) => {
        const script = document.createElement('script');
        script.textContent = source;
        document.documentElement.append(script);
        script.remove();
        return (window as unknown as { __benchWalkMs: number }).__benchWalkMs;
      }, TREE_WALKER_PASS);
      const end = await metrics(session);
      floor = { scriptMs: end.script - before.script, wallMs };
    }
    return { load, floor };
  } finally {
    await session.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}
