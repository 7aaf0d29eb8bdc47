// Reads a file, or every checkable file under a directory, from disk.
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { documentText, type DocumentFormat } from './decode-text';
import { formatSize, InputError, settle, type InputLimits, type InputOutcome } from './input';

const FORMAT_BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'plain',
  '.md': 'plain',
  '.html': 'html',
  '.htm': 'html',
};
const SUPPORTED = '.txt, .md, .html or .htm';

export async function* readFileOrDirectory(path: string, limits: InputLimits): AsyncGenerator<InputOutcome> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    yield { kind: 'failure', file: path, reason: describeFsError(error) };
    return;
  }
  if (stats.isDirectory()) {
    yield* readDirectory(path, limits);
  } else {
    yield await settle(path, () => readDocumentFile(path, stats, limits));
  }
}

function formatOf(path: string): DocumentFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

async function readDocumentFile(path: string, stats: Stats, limits: InputLimits): Promise<string> {
  const format = formatOf(path);
  if (!format) {
    const extension = extname(path);
    throw new InputError(
      `unsupported file type ${extension ? `"${extension}"` : '(no extension)'}; expected ${SUPPORTED}`,
    );
  }
  // FIFOs and devices would block or never end; only regular files are documents.
  if (!stats.isFile()) throw new InputError('not a regular file');
  if (stats.size > limits.maxBytes) throw tooLarge(stats.size, limits);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  // The file may have grown since stat.
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits);
  return documentText(bytes, format);
}

function tooLarge(size: number, limits: InputLimits): InputError {
  return new InputError(`file is larger than ${formatSize(limits.maxBytes)} (${size} bytes)`);
}

type DirectoryEntry = { path: string; stats: Stats } | { path: string; reason: string };

/** One outcome per checkable file, in path order, so output is the same on every machine. */
async function* readDirectory(root: string, limits: InputLimits): AsyncGenerator<InputOutcome> {
  const entries: DirectoryEntry[] = [];
  await collectEntries(root, entries);
  if (entries.length === 0) {
    yield { kind: 'failure', file: root, reason: `directory holds no ${SUPPORTED} files` };
    return;
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of entries) {
    if ('reason' in entry) yield { kind: 'failure', file: entry.path, reason: entry.reason };
    else yield await settle(entry.path, () => readDocumentFile(entry.path, entry.stats, limits));
  }
}

async function collectEntries(directory: string, into: DirectoryEntry[]): Promise<void> {
  let children: Dirent[];
  try {
    children = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    into.push({ path: directory, reason: describeFsError(error) });
    return;
  }
  for (const child of children) {
    const path = join(directory, child.name);
    if (child.isDirectory()) {
      if (child.name === 'node_modules' || child.name.startsWith('.')) continue;
      await collectEntries(path, into);
    } else if (formatOf(child.name) && (child.isFile() || child.isSymbolicLink())) {
      // Symlinked files are followed; symlinked directories are not (they can form cycles).
      try {
        const stats = await stat(path);
        if (stats.isFile()) into.push({ path, stats });
      } catch (error) {
        into.push({ path, reason: describeFsError(error) });
      }
    }
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
