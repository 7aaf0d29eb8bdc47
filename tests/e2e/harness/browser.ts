// Launches Debian's Chromium with the built extension loaded, in a throwaway profile.
//
// Headless: playwright-core's `headless: true` passes plain `--headless`, which since Chromium 132
// is the *new* headless mode (the old one lives on only as chrome-headless-shell). New headless is
// the full browser without a window, so extensions, their service workers, the action badge and
// extension pages all work in it; checked with Debian's Chromium 156. `CLAIMLENS_HEADED=1` runs
// with a window instead (needs a display).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { builtExtensionDir, chromiumPath } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** Flags every ClaimLens test browser runs with: no sandbox as root, no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface LaunchOptions {
  /** The unpacked extension to load; the built one by default. */
  sourceDir?: string;
  /** More Chromium flags (a DevTools port, say). */
  extraArgs?: string[];
  /** Extra Chromium host-resolver rules, e.g. `MAP www.instagram.com 127.0.0.1:8443`. */
  hostResolverRules?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  const sourceDir = options.sourceDir ?? builtExtensionDir();
  // A snapshot of the build, so a rebuild while the tests run (watch mode, a teammate's
  // `npm run build`) cannot swap files under the loaded extension. Its id follows from its path.
  const snapshotDir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-e2e-extension-'));
  const extensionDir = path.join(snapshotDir, path.basename(sourceDir));
  cpSync(sourceDir, extensionDir, { recursive: true });
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-e2e-profile-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...CHROMIUM_ARGS,
    ...(options.extraArgs ?? []),
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
      executablePath,
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
    throw new Error(
      `Could not start Chromium with the extension (${executablePath}, ${extensionDir}): ` +
        (error instanceof Error ? error.message : String(error)),
    );
  }
}
