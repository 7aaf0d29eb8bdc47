// The background's services, built in one place so the entrypoint and the tests assemble the
// same thing (tests pass their own database and session storage).
import type { ClaimsBundle } from '../../claims-db/compile';
import { getDatabase, type ClaimLensDatabase } from '../db/database';
import { createBackupRepository, type BackupRepository } from '../db/backup-repository';
import { createDisputesRepository, type DisputesRepository } from '../db/disputes-repository';
import { createResearchLogRepository, type ResearchLogRepository } from '../db/research-log-repository';
import { createSettingsRepository, type SettingsRepository } from '../db/settings-repository';
import { createSilencesRepository, type SilencesRepository } from '../db/silences-repository';
import { createUserClaimsRepository, type UserClaimsRepository } from '../db/user-claims-repository';
import { bundledDb } from '../claims/bundled';
import { type AfterReply, createAfterReply } from './after-reply';
import { createClaimsService, type ClaimsService } from './claims-service';
import { createResearchLogRecorder, type ResearchLogRecorder } from './research-log-recorder';
import { createSelectionCheckStore, type SelectionCheckStore } from './selection-check-store';
import { browserSessionArea, type SessionArea } from './session-area';
import { createTabFindingsStore, type TabFindingsStore } from './tab-findings-store';

export interface BackgroundServices {
  settings: SettingsRepository;
  userClaims: UserClaimsRepository;
  claims: ClaimsService;
  tabFindings: TabFindingsStore;
  selectionChecks: SelectionCheckStore;
  researchLog: ResearchLogRepository;
  researchLogRecorder: ResearchLogRecorder;
  disputes: DisputesRepository;
  silences: SilencesRepository;
  backup: BackupRepository;
  /** The bundled claims database's version, written into the log and exports. */
  dbVersion: string;
  /** Work handlers leave running after they answer. */
  afterReply: AfterReply;
  /** This run of the service worker (see PageScanResult.worker). */
  workerRun: string;
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
  const bundledIds = new Set(bundle.claims.map((claim) => claim.id));
  const userClaims = createUserClaimsRepository(db, bundledIds);
  const researchLog = createResearchLogRepository(db);
  const afterReply = createAfterReply();
  return {
    settings: createSettingsRepository(db),
    userClaims,
    claims: createClaimsService({ userClaims, bundle }),
    tabFindings: createTabFindingsStore(session, afterReply),
    selectionChecks: createSelectionCheckStore(session),
    researchLog,
    researchLogRecorder: createResearchLogRecorder({ log: researchLog, session, dbVersion: bundle.version }),
    disputes: createDisputesRepository(db),
    silences: createSilencesRepository(db),
    backup: createBackupRepository(db, bundledIds),
    dbVersion: bundle.version,
    afterReply,
    workerRun: crypto.randomUUID(),
  };
}
