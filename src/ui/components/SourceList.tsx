import type { Source } from '../../claims/types';
import { SOURCE_KIND_NAME } from '../labels/source-kind-names';
import './SourceList.css';

function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** A URL that only repeats the DOI link adds nothing. */
function isDoiLink(url: string, doi: string | undefined): boolean {
  return !!doi && /^https?:\/\/(dx\.)?doi\.org\//i.test(url) && decodeURIComponent(url).toLowerCase().endsWith(doi.toLowerCase());
}

function SourceLinks({ source }: { source: Source }) {
  const showUrl = source.url && !isDoiLink(source.url, source.doi);
  return (
    <>
      {source.doi && (
        <a href={doiUrl(source.doi)} target="_blank" rel="noopener noreferrer" className="cl-source__link">
          doi:{source.doi}
        </a>
      )}
      {showUrl && source.url && (
        <a href={source.url} target="_blank" rel="noopener noreferrer" className="cl-source__link">
          {hostnameOf(source.url)}
        </a>
      )}
    </>
  );
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Sources a reader can cite: citation, year, kind and where to read it. */
export function SourceList({ sources, compact = false }: { sources: readonly Source[]; compact?: boolean }) {
  if (sources.length === 0) return null;
  return (
    <ol className={`cl-sources${compact ? ' cl-sources--compact' : ''}`}>
      {sources.map((source) => (
        <li key={source.id} className="cl-source">
          <span className="cl-source__citation">{source.citation}</span>{' '}
          <span className="cl-source__meta">
            <span>{source.year}</span>
            <span aria-hidden="true"> · </span>
            <span>{SOURCE_KIND_NAME[source.kind]}</span>
          </span>
          {(source.doi || source.url) && (
            <span className="cl-source__links">
              <SourceLinks source={source} />
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
