import { useDeferredValue, useMemo, useState } from 'react';
import type { Jurisdiction } from '../../claims/vocabulary';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { createClaimSearch } from '../catalog/claim-search';
import { SearchResultItem } from './SearchResultItem';
import './ClaimSearch.css';

interface Props {
  catalog: ClaimCatalog;
  jurisdiction: Jurisdiction;
  /** Claim ids found on the current page, marked in the results. */
  claimIdsOnPage: ReadonlySet<string>;
}

/** Search the whole claims database, including claims this page does not make. */
export function ClaimSearch({ catalog, jurisdiction, claimIdsOnPage }: Props) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const trends = useMemo(() => [...catalog.trends.values()], [catalog.trends]);
  const search = useMemo(() => createClaimSearch(catalog.claims, trends), [catalog.claims, trends]);
  const results = useMemo(() => search.search(deferredQuery), [search, deferredQuery]);
  const searching = deferredQuery.trim().length >= 2;

  return (
    <section className="cl-claim-search" aria-labelledby="cl-claim-search-title">
      <h2 id="cl-claim-search-title" className="cl-claim-search__title">
        Search all claims
      </h2>
      <input
        type="search"
        className="cl-input"
        aria-label="Search all claims"
        placeholder="e.g. collagen, hair loss, FDA approved"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div aria-live="polite" className="cl-claim-search__results">
        {searching && results.length === 0 && <p className="cl-muted">No claims match “{deferredQuery.trim()}”.</p>}
        {results.length > 0 && (
          <>
            <p className="cl-visually-hidden">
              {results.length} {results.length === 1 ? 'claim matches' : 'claims match'}
            </p>
            <ul className="cl-claim-search__list">
              {results.map((claim) => (
                <SearchResultItem
                  key={claim.id}
                  claim={claim}
                  trend={catalog.trends.get(claim.trend)}
                  jurisdiction={jurisdiction}
                  onThisPage={claimIdsOnPage.has(claim.id)}
                />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
