// Launches Debian's Chromium with one unpacked extension: ClaimLens's build or the no-op baseline,
// through the end-to-end harness, so the harness's helpers (service-worker stop/wake) work on it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from '../../e2e/harness/browser';
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

/** Chromium with the extension in `sourceDir` (copied first, so a rebuild meanwhile changes nothing). */
export function launchExtension(sourceDir: string, options: { hostResolverRules?: string[] } = {}): Promise<ExtensionBrowser> {
  return launchWithExtension({ ...options, sourceDir });
}
