import { useState } from 'react';
import type { BackupCounts } from '../../db/backup-contents';
import { MAX_BACKUP_BYTES } from '../../db/backup-format';
import { megabytes } from '../../db/file-size';
import { useServices } from '../services/ServicesContext';

export type RestoreState =
  | { status: 'idle' }
  | { status: 'restoring'; fileName: string }
  | { status: 'restored'; fileName: string; counts: BackupCounts }
  | { status: 'failed'; fileName: string; errors: string[] };

/** Hands a chosen backup to the background, which checks all of it before storing any: the
 *  outcome is either what was restored or what is wrong and where. */
export function useRestoreBackup() {
  const { backend } = useServices();
  const [state, setState] = useState<RestoreState>({ status: 'idle' });

  const restore = async (file: File) => {
    // Not even read: a file this size is not a ClaimLens backup, and reading it costs memory.
    if (file.size > MAX_BACKUP_BYTES) {
      setState({
        status: 'failed',
        fileName: file.name,
        errors: [`file: ${megabytes(file.size)} MB is larger than the ${megabytes(MAX_BACKUP_BYTES)} MB limit`],
      });
      return;
    }
    setState({ status: 'restoring', fileName: file.name });
    try {
      const result = await backend.restoreBackup({ json: await file.text() });
      if (!result.ok) setState({ status: 'failed', fileName: file.name, errors: result.errors });
      else if (!result.restored) setState({ status: 'failed', fileName: file.name, errors: ['the background did not say what it restored'] });
      else setState({ status: 'restored', fileName: file.name, counts: result.restored });
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, errors: [error instanceof Error ? error.message : String(error)] });
    }
  };

  return { state, restore };
}
