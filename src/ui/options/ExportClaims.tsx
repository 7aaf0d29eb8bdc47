import { useState } from 'react';
import { downloadFile } from '../files/download-file';
import { useServices } from '../services/ServicesContext';

export const EXPORT_FILE_NAME = 'claimlens-user-claims.json';

export function ExportClaims({ disabled }: { disabled: boolean }) {
  const { backend } = useServices();
  const [failure, setFailure] = useState<string | null>(null);
  const exportClaims = async () => {
    setFailure(null);
    try {
      downloadFile(EXPORT_FILE_NAME, 'application/json', await backend.exportUserClaims());
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" className="cl-button" onClick={exportClaims} disabled={disabled}>
        Export your claims
      </button>
      {failure && <p role="alert" className="cl-muted">Export failed: {failure}</p>}
    </>
  );
}
