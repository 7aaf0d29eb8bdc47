import { describe, expect, it } from 'vitest';
import { createClaimSearch } from '../../../src/ui/catalog/claim-search';
import { approvalClaim, collagenClaim, fixtureBundle, hairClaim } from './fixtures';

describe('claim search', () => {
  const search = createClaimSearch([approvalClaim, collagenClaim, hairClaim], fixtureBundle.trends);

  it('finds a claim from a misspelt query', () => {
    expect(search.search('colagen rebuid')[0]?.id).toBe('vesicles-rebuild-collagen');
  });

  it('searches phrasings, topic names and trend names', () => {
    expect(search.search('thicker hair')[0]?.id).toBe('salmon-dna-regrows-hair');
    expect(search.search('Regulatory status')[0]?.id).toBe('vesicles-regulator-approved');
    expect(search.search('PDRN').map((c) => c.id)).toContain('salmon-dna-regrows-hair');
  });

  it('ignores queries too short to mean anything', () => {
    expect(search.search('a')).toEqual([]);
  });
});
