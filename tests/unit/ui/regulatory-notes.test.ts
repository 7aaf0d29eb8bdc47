import { describe, expect, it } from 'vitest';
import { regulatoryNotesFor } from '../../../src/ui/catalog/regulatory-notes';
import { collagenClaim, fixtureBundle } from './fixtures';

const exosomeTrend = fixtureBundle.trends[0];

describe('regulatory notes', () => {
  it("puts the reader's jurisdiction first, then the fixed jurisdiction order", () => {
    const groups = regulatoryNotesFor(collagenClaim, exosomeTrend, 'KR');
    expect(groups.map((g) => g.jurisdiction)).toEqual(['KR', 'US', 'EU']);
    expect(groups[0]!.isReadersJurisdiction).toBe(true);
  });

  it('includes the trend-level notes, with their own sources, for every claim of the trend', () => {
    const groups = regulatoryNotesFor(collagenClaim, exosomeTrend, 'EU');
    expect(groups[0]).toMatchObject({ jurisdiction: 'EU', isReadersJurisdiction: true });
    expect(groups[0]!.notes[0]).toMatchObject({ scope: 'trend', sources: [{ id: 'TR1' }] });
  });

  it("resolves a claim note's source ids to the claim's sources", () => {
    const us = regulatoryNotesFor(collagenClaim, undefined, 'US')[0]!;
    expect(us.notes[0]!.sources.map((s) => s.citation)).toEqual(['Testland Agency notice on vesicle products']);
  });
});
