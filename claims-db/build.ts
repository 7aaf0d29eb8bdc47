// `npm run db:build`: reads claims-db/, validates it, writes claims-db/compiled/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefilterSources } from '../src/claims/triggers';
import { ClaimsDbError, compileClaimsDb, type DataFile } from './compile';

const root = dirname(fileURLToPath(import.meta.url));

function readJson(path: string): DataFile {
  const where = relative(root, path);
  try {
    return { path: where, content: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    throw new ClaimsDbError([`${where}: not valid JSON (${(error as Error).message})`]);
  }
}

function readFolder(folder: string): DataFile[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(join(root, folder, name)));
}

export function readClaimsDb() {
  return compileClaimsDb({
    sources: readJson(join(root, 'sources.json')),
    trends: readFolder('trends'),
    claims: readFolder('claims'),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const bundle = readClaimsDb();
    const out = join(root, 'compiled');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bundle.json'), JSON.stringify(bundle));
    // The content script needs only the prefilter, compiled here so that it starts quickly.
    writeFileSync(join(out, 'prefilter.json'), JSON.stringify(prefilterSources(bundle.trends)));
    console.error(`claims-db: ${bundle.claims.length} claims, ${bundle.trends.length} trends, version ${bundle.version}`);
  } catch (error) {
    console.error(error instanceof ClaimsDbError ? error.message : error);
    process.exit(1);
  }
}
