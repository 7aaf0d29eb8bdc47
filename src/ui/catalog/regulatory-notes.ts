// Regulatory status shown for a claim: its own notes plus its trend's notes (a trend's status in
// a country applies to every claim about that ingredient), the reader's jurisdiction first.
import type { TrendInfo } from '../../../claims-db/compile';
import type { Claim, Source } from '../../claims/types';
import { JURISDICTIONS, type Jurisdiction } from '../../claims/vocabulary';

export interface ShownRegulatoryNote {
  note: string;
  sources: Source[];
  /** 'trend' notes are about the ingredient in general, not this particular claim. */
  scope: 'claim' | 'trend';
}

export interface JurisdictionNotes {
  jurisdiction: Jurisdiction;
  isReadersJurisdiction: boolean;
  notes: ShownRegulatoryNote[];
}

function citedSources(ids: readonly string[], available: readonly Source[]): Source[] {
  return ids.flatMap((id) => available.filter((source) => source.id === id));
}

export function regulatoryNotesFor(
  claim: Pick<Claim, 'regulatory' | 'sources'>,
  trend: Pick<TrendInfo, 'regulatory' | 'sources'> | undefined,
  readersJurisdiction: Jurisdiction,
): JurisdictionNotes[] {
  const byJurisdiction = new Map<Jurisdiction, ShownRegulatoryNote[]>();
  const add = (jurisdiction: Jurisdiction, note: ShownRegulatoryNote) => {
    const list = byJurisdiction.get(jurisdiction) ?? [];
    list.push(note);
    byJurisdiction.set(jurisdiction, list);
  };
  for (const note of claim.regulatory) {
    add(note.jurisdiction, { note: note.note, sources: citedSources(note.sourceIds, claim.sources), scope: 'claim' });
  }
  for (const note of trend?.regulatory ?? []) {
    add(note.jurisdiction, { note: note.note, sources: citedSources(note.sourceIds, trend?.sources ?? []), scope: 'trend' });
  }
  const order = [readersJurisdiction, ...JURISDICTIONS.filter((j) => j !== readersJurisdiction)];
  return order.flatMap((jurisdiction) => {
    const notes = byJurisdiction.get(jurisdiction);
    return notes ? [{ jurisdiction, isReadersJurisdiction: jurisdiction === readersJurisdiction, notes }] : [];
  });
}
