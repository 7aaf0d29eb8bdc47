import { useState } from 'react';
import { useServices } from '../services/ServicesContext';

export const EXPORT_FILE_NAME = 'claimlens-user-claims.json';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; keep the URL a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportClaims({ disabled }: { disabled: boolean }) {
  const { backend } = useServices();
  const [failure, setFailure] = useState<string | null>(null);
  const exportClaims = async () => {
    setFailure(null);
    try {
      download(await backend.exportUserClaims(), EXPORT_FILE_NAME);
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
