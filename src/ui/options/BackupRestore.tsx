import { useId, useState } from 'react';
import { downloadFile } from '../files/download-file';
import { useServices } from '../services/ServicesContext';
import { RestoreResult } from './RestoreResult';
import { useRestoreBackup } from './use-restore-backup';
import './BackupRestore.css';

export function backupFileName(now: Date): string {
  return `claimlens-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** One file with everything the reader stored in ClaimLens, and the way back from it. Restoring
 *  replaces everything, so its file picker appears only after the reader asks to restore and
 *  has read what that does. */
export function BackupRestore() {
  const { backend } = useServices();
  const id = useId();
  const [failure, setFailure] = useState('');
  const [restoring, setRestoring] = useState(false);
  const { state, restore } = useRestoreBackup();

  const backUp = async () => {
    setFailure('');
    try {
      downloadFile(backupFileName(new Date()), 'application/json', await backend.exportBackup());
    } catch (error) {
      setFailure(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="cl-options__section cl-backup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Backup and restore</h2>
      <p className="cl-muted">
        A backup is one JSON file with all your ClaimLens data: your claims, settings, research log, disputes and silenced
        claims.
      </p>
      <div className="cl-backup__actions">
        <button type="button" className="cl-button" onClick={backUp}>
          Back up all my data
        </button>
        <button type="button" className="cl-button" aria-expanded={restoring} onClick={() => setRestoring(!restoring)}>
          Restore from a backup…
        </button>
      </div>
      {failure && (
        <p role="alert" className="cl-backup__failure">
          {failure}
        </p>
      )}
      {restoring && (
        <div className="cl-backup__restore">
          <p>
            Restoring <strong>replaces all your ClaimLens data</strong> (claims, settings, research log, disputes and silenced
            claims) with the backup’s. The file is checked in full first: if anything in it is wrong, nothing is changed.
          </p>
          <label htmlFor={`${id}-file`} className="cl-button cl-button--primary">
            Choose a backup file and restore it
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            className="cl-backup__file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Choosing the same file again (after fixing it) must fire another change event.
              event.currentTarget.value = '';
              if (file) void restore(file);
            }}
          />
        </div>
      )}
      <RestoreResult state={state} />
    </section>
  );
}
