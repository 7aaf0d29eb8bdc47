// Benchmark section 4: raw and gzipped size of every script bundle in the Chrome build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_GZIP = 20 * 1024;

export function bundleSizes(outputDir = '.output/chrome-mv3') {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html|json)$/.test(name)) files.push(path);
    }
  };
  walk(outputDir);
  return files.sort().map((path) => {
    const content = readFileSync(path);
    return { file: relative(outputDir, path), rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
