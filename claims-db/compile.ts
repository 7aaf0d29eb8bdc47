// Validates the claims-db data files and compiles them into the bundle the extension and the
// CLI load. Pure: it takes parsed file contents, so the tests check exactly what the build does.
import {
  claimFileSchema,
  describeIssues,
  sourceRegistrySchema,
  trendFileSchema,
  type TrendFile,
} from '../src/claims/schema';
import type { Claim, RegulatoryNote, Source } from '../src/claims/types';
import type { Phrasings } from '../src/claims/types';
import { TRENDS, type Trend } from '../src/claims/vocabulary';

export interface DataFile {
  path: string;
  content: unknown;
}

export interface TrendInfo {
  trend: Trend;
  name: string;
  triggers: Phrasings;
  regulatory: RegulatoryNote[];
  sources: Source[];
  reviewed: string;
}

export interface ClaimsBundle {
  /** Changes whenever any claim, source or trend changes; shown in reports. */
  version: string;
  claims: Claim[];
  trends: TrendInfo[];
}

export class ClaimsDbError extends Error {
  constructor(readonly problems: string[]) {
    super(`claims-db has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

export function compileClaimsDb(input: {
  sources: DataFile;
  trends: DataFile[];
  claims: DataFile[];
}): ClaimsBundle {
  const problems: string[] = [];
  const registry = sourceRegistrySchema.safeParse(input.sources.content);
  if (!registry.success) throw new ClaimsDbError(describeIssues(registry.error, input.sources.path));
  const sourceById = new Map<string, Source>(
    Object.entries(registry.data).map(([id, source]) => [id, { id, ...source }]),
  );
  const resolveSources = (ids: string[], where: string): Source[] =>
    ids.flatMap((id) => {
      const source = sourceById.get(id);
      if (!source) problems.push(`${where}: unknown source "${id}" (add it to sources.json)`);
      return source ? [source] : [];
    });

  const trends: TrendInfo[] = [];
  for (const file of input.trends) {
    const parsed = trendFileSchema.safeParse(file.content);
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error, file.path));
      continue;
    }
    trends.push(resolveTrend(parsed.data, file.path, resolveSources));
  }
  for (const trend of TRENDS) {
    if (!trends.some((info) => info.trend === trend)) problems.push(`trends/: no file for trend "${trend}"`);
  }

  const claims: Claim[] = [];
  const seenIds = new Set<string>();
  for (const file of input.claims) {
    const parsed = claimFileSchema.safeParse(file.content);
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error, file.path));
      continue;
    }
    const claim = parsed.data;
    if (seenIds.has(claim.id)) problems.push(`${file.path}: duplicate claim id "${claim.id}"`);
    seenIds.add(claim.id);
    const expectedName = `${claim.id}.json`;
    if (!file.path.endsWith(expectedName)) problems.push(`${file.path}: file must be named ${expectedName}`);
    claims.push({ ...claim, sources: resolveSources(claim.sources, file.path), origin: 'bundled' });
  }

  if (problems.length > 0) throw new ClaimsDbError(problems);
  claims.sort((a, b) => a.id.localeCompare(b.id));
  trends.sort((a, b) => TRENDS.indexOf(a.trend) - TRENDS.indexOf(b.trend));
  return { version: bundleVersion(claims, trends), claims, trends };
}

function resolveTrend(
  file: TrendFile,
  path: string,
  resolveSources: (ids: string[], where: string) => Source[],
): TrendInfo {
  const cited = new Set([...file.sources, ...file.regulatory.flatMap((note) => note.sourceIds)]);
  return {
    trend: file.trend,
    name: file.name,
    triggers: file.triggers,
    regulatory: file.regulatory,
    sources: resolveSources([...cited], path),
    reviewed: file.reviewed,
  };
}

/** Latest review date plus a short content hash: readable and changes with any edit. */
function bundleVersion(claims: Claim[], trends: TrendInfo[]): string {
  const latest = [...claims.map((c) => c.reviewed), ...trends.map((t) => t.reviewed)].sort().at(-1) ?? 'empty';
  return `${latest}+${fnv1a(JSON.stringify({ claims, trends }))}`;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
