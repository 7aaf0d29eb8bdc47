// The background's services, built in one place so the entrypoint and the tests assemble the
// same thing (tests pass their own database and session storage).
import type { ClaimsBundle } from '../../claims-db/compile';
import { getDatabase, type ClaimLensDatabase } from '../db/database';
import { createSettingsRepository, type SettingsRepository } from '../db/settings-repository';
import { createUserClaimsRepository, type UserClaimsRepository } from '../db/user-claims-repository';
import { bundledDb } from '../claims/bundled';
import { createClaimsService, type ClaimsService } from './claims-service';
import { createSelectionCheckStore, type SelectionCheckStore } from './selection-check-store';
import { browserSessionArea, type SessionArea } from './session-area';
import { createTabFindingsStore, type TabFindingsStore } from './tab-findings-store';

export interface BackgroundServices {
  settings: SettingsRepository;
  userClaims: UserClaimsRepository;
  claims: ClaimsService;
  tabFindings: TabFindingsStore;
  selectionChecks: SelectionCheckStore;
}

export interface BackgroundServicesOptions {
  db?: ClaimLensDatabase;
  session?: SessionArea;
  bundle?: ClaimsBundle;
}

export function createBackgroundServices(options: BackgroundServicesOptions = {}): BackgroundServices {
  const db = options.db ?? getDatabase();
  const session = options.session ?? browserSessionArea();
  const bundle = options.bundle ?? bundledDb;
  const userClaims = createUserClaimsRepository(db, new Set(bundle.claims.map((claim) => claim.id)));
  return {
    settings: createSettingsRepository(db),
    userClaims,
    claims: createClaimsService({ userClaims, bundle }),
    tabFindings: createTabFindingsStore(session),
    selectionChecks: createSelectionCheckStore(session),
  };
}
