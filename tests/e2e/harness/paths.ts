// Where things are: the repository, the built extension, the fixture pages, the system Chromium.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const extensionDir = path.join(repoRoot, '.output', 'chrome-mv3');
export const fixturePagesDir = path.join(repoRoot, 'tests', 'fixtures', 'pages');
export const resultsDir = path.join(repoRoot, 'tests', '.results');
export const screenshotsDir = path.join(resultsDir, 'screenshots');

/** The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. The end-to-end tests need a real Chromium: ` +
        'run `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return candidate;
}

/** The built Chrome MV3 extension; the tests load exactly what `npm run build` produced. */
export function builtExtensionDir(): string {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir}. Run \`npm run build\` first (\`npm test\` does it for you).`,
    );
  }
  return extensionDir;
}
