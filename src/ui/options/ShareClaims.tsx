import { useId } from 'react';
import { EXPORT_FILE_NAME, ExportClaims } from './ExportClaims';
import { ImportResult } from './ImportResult';
import { useImportClaims } from './use-import-claims';
import './ShareClaims.css';

/** Import and export of the user's claims as a file. */
export function ShareClaims({ hasClaims }: { hasClaims: boolean }) {
  const inputId = useId();
  const { state, importFile } = useImportClaims();
  return (
    <section className="cl-share" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Share claims</h3>
      <p className="cl-muted">
        Export writes your claims to {EXPORT_FILE_NAME}; import reads such a file. An import is checked in full first: if
        anything is wrong, nothing is changed.
      </p>
      <div className="cl-share__actions">
        <label htmlFor={inputId} className="cl-button">
          Import claims from a file…
        </label>
        <input id={inputId} type="file" accept=".json,application/json" className="cl-share__file" onChange={importFile} />
        <ExportClaims disabled={!hasClaims} />
      </div>
      <ImportResult state={state} />
    </section>
  );
}
