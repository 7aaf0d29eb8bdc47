// The pages section 3 loads: three sizes of article, each claim-free and with claims.
import { articlePage, writePages } from './pages';

export interface PageSpec {
  file: string;
  label: string;
  textBytes: number;
  withClaims: boolean;
}

const SIZES: { name: string; label: string; bytes: number }[] = [
  { name: '50k', label: '50 KB', bytes: 50_000 },
  { name: '1m', label: '1 MB', bytes: 1_000_000 },
  { name: '5m', label: '5 MB', bytes: 5_000_000 },
];

export const PAGE_SPECS: PageSpec[] = SIZES.flatMap(({ name, label, bytes }) =>
  [false, true].map((withClaims) => ({
    file: `${name}-${withClaims ? 'claims' : 'free'}.html`,
    label: `${label} ${withClaims ? 'with claims' : 'claim-free'}`,
    textBytes: bytes,
    withClaims,
  })),
);

/** Writes the pages into `dir` and returns it. */
export function pageFiles(dir: string, specs: readonly PageSpec[] = PAGE_SPECS): string {
  writePages(dir, Object.fromEntries(specs.map((spec) => [spec.file, articlePage(spec.textBytes, spec.withClaims).html])));
  return dir;
}
