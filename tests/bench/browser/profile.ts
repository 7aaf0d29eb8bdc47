// Finding out where ClaimLens's time goes on a benchmark page (not part of `npm run bench`):
//
//   npx tsx tests/bench/browser/profile.ts [page] [--trace]
//
// page: 50k-free, 1m-free, 5m-free, 50k-claims, 1m-claims, 5m-claims (default 5m-free).
// Loads the page with ClaimLens under the V8 sampling profiler (CDP Profiler) and prints the
// functions with the most self time, then, with --trace, the main thread's time by trace event
// (script, style, layout, paint, GC) from a CDP trace of the same kind of load.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { startFixtureServer } from '../../e2e/harness/servers';
import { builtExtensionDir, launchExtension } from './launch';
import { PAGE_SPECS, pageFiles } from './bench-pages';
import { settle } from './page-cost';

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

/** Main-thread time by top-level event name (complete events only, nested ones not counted twice). */
export function summariseTrace(events: TraceEvent[]) {
  const mainThread = events.find((event) => event.name === 'thread_name' && (event as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const onMain = events.filter((event) => mainThread && event.tid === mainThread.tid && event.pid === mainThread.pid && event.ph === 'X' && event.dur);
  const byName = new Map<string, number>();
  for (const event of onMain) byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur! / 1000);
  return [...byName].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '5m-free';
  const trace = process.argv.includes('--trace');
  const spec = PAGE_SPECS.find((candidate) => candidate.file === `${name}.html`);
  if (!spec) throw new Error(`unknown page ${name}; one of ${PAGE_SPECS.map((s) => s.file).join(', ')}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-pages-'));
  const server = await startFixtureServer({ root: pageFiles(dir, [spec]) });
  const browser = await launchExtension(builtExtensionDir);
  try {
    // Warm up the browser and the worker with one small page.
    const warm = await browser.context.newPage();
    await warm.goto(server.url(`/${spec.file}`));
    await warm.close();

    const page = await browser.context.newPage();
    const session = await browser.context.newCDPSession(page);
    await session.send('Performance.enable');
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    await page.goto(server.url(`/${spec.file}`), { waitUntil: 'load', timeout: 60_000 });
    await settle(session);
    const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
    const { functions, files } = summariseProfile(profile);
    console.log(`CPU profile of ${spec.file} with ClaimLens (self time, ms)`);
    console.log('by script:');
    for (const [file, ms] of files.slice(0, 8)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${file}`);
    console.log('by function:');
    for (const [fn, ms] of functions.slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${fn}`);
    await page.close();

    if (trace) {
      const traced = await browser.context.newPage();
      const tracing = await browser.context.newCDPSession(traced);
      await tracing.send('Performance.enable');
      const done = new Promise<string>((resolve) => tracing.once('Tracing.tracingComplete', (event) => resolve(event.stream as string)));
      await tracing.send('Tracing.start', {
        transferMode: 'ReturnAsStream',
        traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'] },
      });
      await traced.goto(server.url(`/${spec.file}`), { waitUntil: 'load', timeout: 60_000 });
      await settle(tracing);
      await tracing.send('Tracing.end');
      const text = await readStream(tracing, await done);
      const events = (JSON.parse(text) as { traceEvents?: TraceEvent[] }).traceEvents ?? (JSON.parse(text) as TraceEvent[]);
      console.log(`\nMain-thread trace events of ${spec.file} with ClaimLens (total ms, nested events counted in their parents too)`);
      for (const [event, ms] of summariseTrace(events).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(9)}  ${event}`);
      await traced.close();
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
