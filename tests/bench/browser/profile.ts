// Finding out where ClaimLens's time goes on a benchmark page (not part of `npm run bench`):
//
//   npx tsx tests/bench/browser/profile.ts [page] [--trace]
//
// page: 50k-free, 1m-free, 5m-free, 50k-claims, 1m-claims, 5m-claims (default 5m-free), or feed
// (the Instagram-like feed run of section 3). Loads the page with ClaimLens under the V8 sampling
// profiler (CDP Profiler) and prints the functions with the most self time; with --trace, runs it
// again under a Chromium trace and prints the page main thread's and the extension service
// worker's time by trace event (script, style, layout, paint, GC). With --ablate (article pages),
// times the steps of ClaimLens's reading one by one as page scripts (the content script's own
// code, bundled from src/ with esbuild) next to the floor.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { evaluateInWorker } from '../../e2e/harness/extension';
import { type FixtureServer, selfSignedCertificate, startFixtureServer } from '../../e2e/harness/servers';
import { PAGE_SPECS, pageFiles } from './bench-pages';
import { FEED_BATCH, FEED_INITIAL_POSTS, FEED_PAUSE_MS, FEED_POSTS, FEED_TIMEOUT_MS } from './feed';
import { repoRoot } from '../../e2e/harness/paths';
import { builtExtensionDir, launchExtension, NOOP_EXTENSION_DIR } from './launch';
import { settle } from './page-cost';
import { feedPage, feedPosts, writePages } from './pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per function, and total time per script file, from a V8 CPU profile. */
export function summariseProfile(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + delta);
  }
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    const file = url ? url.replace(/^chrome-extension:\/\/[^/]+\//, 'ext:') : '(native/VM)';
    const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { functions: sorted(byFunction), files: sorted(byFile) };
}

async function readStream(session: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = (await session.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return text;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
}

/** Time by event name on one thread: the busiest thread called `threadName` (nested events counted in their parents too). */
export function summariseTrace(events: TraceEvent[], threadName = 'CrRendererMain') {
  const threads = events.filter((event) => event.name === 'thread_name' && (event as unknown as { args: { name: string } }).args.name === threadName);
  const busy = (pid: number, tid: number) =>
    events.reduce((sum, event) => (event.pid === pid && event.tid === tid && event.ph === 'X' ? sum + (event.dur ?? 0) : sum), 0);
  const thread = threads.sort((a, b) => busy(b.pid, b.tid) - busy(a.pid, a.tid))[0];
  const onThread = events.filter((event) => thread && event.tid === thread.tid && event.pid === thread.pid && event.ph === 'X' && event.dur);
  const byName = new Map<string, { ms: number; count: number; maxMs: number }>();
  for (const event of onThread) {
    const entry = byName.get(event.name) ?? { ms: 0, count: 0, maxMs: 0 };
    entry.ms += event.dur! / 1000;
    entry.count++;
    entry.maxMs = Math.max(entry.maxMs, event.dur! / 1000);
    byName.set(event.name, entry);
  }
  return [...byName].sort((a, b) => b[1].ms - a[1].ms);
}

function printTrace(title: string, rows: ReturnType<typeof summariseTrace>, limit: number) {
  console.log(`\n${title} (nested events counted in their parents too)`);
  console.log('   total ms   count   max ms  event');
  for (const [event, { ms, count, maxMs }] of rows.slice(0, limit)) {
    console.log(`  ${ms.toFixed(1).padStart(9)} ${String(count).padStart(7)} ${maxMs.toFixed(1).padStart(8)}  ${event}`);
  }
}

function printProfile(title: string, profile: Profile) {
  const { functions, files } = summariseProfile(profile);
  console.log(`${title} (self time, ms)`);
  console.log('by script:');
  for (const [file, ms] of files.slice(0, 8)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${file}`);
  console.log('by function:');
  for (const [fn, ms] of functions.slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${fn.length > 160 ? `${fn.slice(0, 160)}…` : fn}`);
}

/** Runs `action` in a fresh tab under the V8 sampling profiler. */
async function profileWhile(browser: ExtensionBrowser, action: (page: Page, session: CDPSession) => Promise<void>): Promise<Profile> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  try {
    await session.send('Performance.enable');
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    await action(page, session);
    return ((await session.send('Profiler.stop')) as { profile: Profile }).profile;
  } finally {
    await page.close();
  }
}

/** Runs `action` in a fresh tab while Chromium records a trace (all processes: the page and the worker). */
async function traceWhile(browser: ExtensionBrowser, action: (page: Page, session: CDPSession) => Promise<void>): Promise<TraceEvent[]> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  try {
    await session.send('Performance.enable');
    const done = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event) => resolve(event.stream as string)));
    await session.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'] },
    });
    await action(page, session);
    await session.send('Tracing.end');
    const text = await readStream(session, await done);
    if (process.env.CLAIMLENS_TRACE_FILE) writeFileSync(process.env.CLAIMLENS_TRACE_FILE, text);
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await page.close();
  }
}

/**
 * Times the background's answer to scanBlocks from the content script's isolated world (the
 * real sender: this tab, top frame): five messages of four post-sized blocks, median ms. The
 * probe blocks join the tab's findings, so this runs only in this diagnostic tool.
 */
async function probeScanBlocks(session: CDPSession, contexts: { id: number; name: string; auxData?: { type?: string } }[]): Promise<number> {
  const world = contexts.filter((context) => context.auxData?.type === 'isolated' && context.name === 'ClaimLens').at(-1);
  if (!world) throw new Error(`no ClaimLens content-script world among ${contexts.map((c) => c.name).join(', ')}`);
  const expression = `(async () => {
    const times = [];
    for (let round = 0; round < 5; round++) {
      const blocks = [0, 1, 2, 3].map((i) => ({ id: 'probe-' + Date.now() + '-' + round + '-' + i,
        text: 'Tried the exosome facial last week and it boosts collagen like nothing else, no downtime at all #probe' + i }));
      const message = { id: Math.floor(Math.random() * 1e9), type: 'scanBlocks', timestamp: Date.now(),
        data: { url: location.href, title: document.title, reset: false, blocks } };
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage(message);
      times.push(performance.now() - start);
      if (!reply || reply.err) throw new Error('scanBlocks failed: ' + JSON.stringify(reply));
    }
    times.sort((a, b) => a - b);
    return times[2];
  })()`;
  const result = (await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
    result: { value: number };
    exceptionDetails?: unknown;
  };
  if (result.exceptionDetails) throw new Error(`probe failed: ${JSON.stringify(result.exceptionDetails)}`);
  return result.result.value;
}

/** Steps of ClaimLens's reading of a page, each run alone as a page script (median of 3, ms). */
const ABLATION_STEPS: Record<string, string> = {
  'floor: TreeWalker(SHOW_TEXT) collecting the text': `
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const parts = [];
    for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data); parts.join('').length;`,
  'document.body.textContent': `document.body.textContent.length;`,
  'TreeWalker(SHOW_ELEMENT|SHOW_TEXT), no filter': `
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); let k = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) k++;`,
  'TreeWalker(SHOW_ELEMENT|SHOW_TEXT) + JS acceptNode (isSkippedElement)': `
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      { acceptNode: (n) => n.nodeType === 1 && __bench.isSkippedElement(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT }); let k = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) k++;`,
  'blocksIn(body) drained (blocks with segments, no prefilter)': `
    let k = 0; for (const b of __bench.blocksIn(document.body)) if (b) k++;`,
  'blocksIn(body) + prefilter on each block': `
    const test = __bench.prefilter; let k = 0; for (const b of __bench.blocksIn(document.body)) if (b && test(b.text)) k++;`,
  'prefilter once over body.textContent': `__bench.prefilter(document.body.textContent);`,
  'compile the prefilter (content-script start)': `__bench.createTrendPrefilter();`,
};

/** Bundles the content script's reading code (src/content/text-blocks.ts, trend-prefilter.ts) for a page script. */
async function ablationBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `import { blocksIn } from './src/content/text-blocks';
        import { createTrendPrefilter } from './src/content/trend-prefilter';
        import { isSkippedElement } from './src/sites/dom-rules';
        window.__bench = { blocksIn, createTrendPrefilter, isSkippedElement, prefilter: createTrendPrefilter() };`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

async function ablate(url: string) {
  const browser = await launchExtension(NOOP_EXTENSION_DIR);
  try {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(1_000);
    const bundle = await ablationBundle();
    const run = (source: string) =>
      page.evaluate((code) => {
        const script = document.createElement('script');
        script.textContent = code;
        document.documentElement.append(script);
        script.remove();
        return (window as unknown as { __benchMs: number }).__benchMs;
      }, `window.__benchMs = 0; { const t0 = performance.now(); ${source}; window.__benchMs = performance.now() - t0; }`);
    await run(bundle);
    console.log(`Steps of reading ${url} (no-op extension, each as a page script; median of 3, ms):`);
    for (const [label, source] of Object.entries(ABLATION_STEPS)) {
      const times = [await run(source), await run(source), await run(source)].sort((a, b) => a - b);
      console.log(`  ${times[1]!.toFixed(1).padStart(8)}  ${label}`);
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '5m-free';
  const trace = process.argv.includes('--trace');
  const ablation = process.argv.includes('--ablate');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-pages-'));
  let server: FixtureServer;
  let url: string;
  let action: (page: Page, session: CDPSession) => Promise<void>;
  let browser: ExtensionBrowser | undefined;
  if (name === 'feed') {
    writePages(dir, { 'feed.html': feedPage(feedPosts(FEED_POSTS), FEED_INITIAL_POSTS) });
    server = await startFixtureServer({ root: dir, index: 'feed.html', tls: selfSignedCertificate('www.instagram.com') });
    url = 'https://www.instagram.com/';
    action = async (page, session) => {
      const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
      session.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
      await session.send('Runtime.enable');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1_000);
      const probe = () => probeScanBlocks(session, contexts);
      console.log(`scanBlocks round trip from the content script's world, 4 post-sized blocks, median of 5: ${(await probe()).toFixed(1)} ms with the first posts`);
      const latencies = await page.evaluate(
        (options) => (window as unknown as { benchFeed: { run(o: typeof options): Promise<(number | null)[]> } }).benchFeed.run(options),
        { batch: FEED_BATCH, pauseMs: FEED_PAUSE_MS, timeoutMs: FEED_TIMEOUT_MS },
      );
      const perForty: string[] = [];
      for (let i = 0; i < latencies.length; i += 40) perForty.push(Math.max(...latencies.slice(i, i + 40).map((ms) => ms ?? Infinity)).toFixed(0));
      console.log(`feed latencies, worst of each 40 posts (ms): ${perForty.join(' ')}`);
      console.log(`scanBlocks round trip after the feed grew to ${FEED_POSTS} posts: ${(await probe()).toFixed(1)} ms`);
      const storage = await evaluateInWorker(
        browser!,
        async () => {
          const all = await chrome.storage.session.get(null);
          const [key, value] = Object.entries(all)
            .filter(([name]) => name.startsWith('tabFindings:'))
            .sort((a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length)[0]!;
          const t0 = performance.now();
          await chrome.storage.session.get(key);
          const t1 = performance.now();
          await chrome.storage.session.set({ [key]: value });
          const t2 = performance.now();
          await chrome.action.setBadgeText({ tabId: (value as { tabId: number }).tabId, text: '9' });
          const t3 = performance.now();
          return {
            findings: (value as { findings: unknown[] }).findings.length,
            kB: JSON.stringify(value).length / 1024,
            getMs: t1 - t0,
            setMs: t2 - t1,
            badgeMs: t3 - t2,
          };
        },
        undefined,
      );
      console.log(
        `the tab's findings in storage.session: ${storage.findings} findings, ${storage.kB.toFixed(0)} kB; ` +
          `get ${storage.getMs.toFixed(1)} ms, set ${storage.setMs.toFixed(1)} ms, setBadgeText ${storage.badgeMs.toFixed(1)} ms`,
      );
    };
  } else {
    const spec = PAGE_SPECS.find((candidate) => candidate.file === `${name}.html`);
    if (!spec) throw new Error(`unknown page ${name}; feed or one of ${PAGE_SPECS.map((s) => s.file).join(', ')}`);
    server = await startFixtureServer({ root: pageFiles(dir, [spec]) });
    url = server.url(`/${spec.file}`);
    action = async (page, session) => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await settle(page, session, 300_000);
    };
    if (ablation) {
      try {
        await ablate(url);
      } finally {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
  }
  browser = await launchExtension(builtExtensionDir, name === 'feed' ? { hostResolverRules: [`MAP www.instagram.com 127.0.0.1:${server.port}`] } : {});
  try {
    // Warm up the browser and the worker.
    const warm = await browser.context.newPage();
    await warm.goto(url);
    await warm.waitForTimeout(500);
    await warm.close();

    printProfile(`CPU profile of ${name} with ClaimLens`, await profileWhile(browser, action));
    if (trace) {
      const events = await traceWhile(browser, action);
      printTrace(`Page main thread, trace of ${name} with ClaimLens`, summariseTrace(events, 'CrRendererMain'), 40);
      printTrace(`Extension service worker thread, same trace`, summariseTrace(events, 'ServiceWorkerThread'), 20);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
