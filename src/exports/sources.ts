// How a source is cited in every format: citation, year (or n.d.), and one link to read it.
import type { Source } from '../claims/types';
import { doiUrl, safeHttpUrl } from './links';
import { withoutFinalPeriod } from './text';

export function sourceYear(source: Pick<Source, 'year'>): string {
  return source.year === undefined ? 'n.d.' : String(source.year);
}

/** The DOI is the stable address; the URL is used only when there is none. */
export function sourceLink(source: Pick<Source, 'doi' | 'url'>): string | null {
  if (source.doi) return doiUrl(source.doi);
  return safeHttpUrl(source.url);
}

/** "Citation (2020), https://doi.org/…" as plain text. */
export function sourcePlainText(source: Source): string {
  const link = sourceLink(source);
  const cited = `${withoutFinalPeriod(source.citation)} (${sourceYear(source)})`;
  return link ? `${cited}, ${link}` : cited;
}
