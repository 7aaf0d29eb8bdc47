// What every report a page builds shares: the claims judging now, the reader's region, the
// database version, and the reader's disputes.
import type { Jurisdiction } from '../../claims/vocabulary';
import type { Dispute } from '../../disputes/types';
import type { ClaimCatalog } from '../catalog/claim-catalog';

export interface ReportContext {
  catalog: Pick<ClaimCatalog, 'byId' | 'trends'>;
  jurisdiction: Jurisdiction;
  dbVersion: string;
  disputes: readonly Dispute[];
}
