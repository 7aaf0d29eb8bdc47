// Launches Debian's Chromium with one unpacked extension: ClaimLens's build or the no-op baseline.
// The same flags as the end-to-end harness (tests/e2e/harness/browser.ts), with the extension's
// directory as a parameter; the harness's helpers (service-worker stop/wake) work on the result.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { chromiumPath, extensionDir as builtExtensionDir } from '../../e2e/harness/paths';

export const NOOP_EXTENSION_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'noop-extension');
export { builtExtensionDir };

/** Why the browser section cannot run here, or null when it can. */
export function browserSectionUnavailable(): string | null {
  try {
    chromiumPath();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!existsSync(path.join(builtExtensionDir, 'manifest.json'))) return `no build at ${builtExtensionDir} (run \`npm run build\`)`;
  return null;
}

export interface LaunchOptions {
  hostResolverRules?: string[];
}

/** Chromium with the extension in `sourceDir` (copied first, so a rebuild meanwhile changes nothing). */
export async function launchExtension(sourceDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const snapshotDir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-extension-'));
  const extensionDir = path.join(snapshotDir, path.basename(sourceDir));
  cpSync(sourceDir, extensionDir, { recursive: true });
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-profile-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
  if (options.hostResolverRules?.length) args.push(`--host-resolver-rules=${options.hostResolverRules.join(',')}`);
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    rmSync(snapshotDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: process.env.CLAIMLENS_HEADED !== '1',
      ignoreDefaultArgs: ['--disable-extensions'],
      args,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
    });
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, extensionDir, userDataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
