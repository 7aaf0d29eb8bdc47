import type { ImportState } from './use-import-claims';

export function ImportResult({ state }: { state: ImportState }) {
  return (
    <div aria-live="polite" className="cl-import-result">
      {state.status === 'importing' && <p className="cl-muted">Checking {state.fileName}…</p>}
      {state.status === 'imported' && (
        <p className="cl-import-result__ok">
          Imported {state.count} {state.count === 1 ? 'claim' : 'claims'} from {state.fileName}.
        </p>
      )}
      {state.status === 'failed' && (
        <div className="cl-import-result__failed" role="alert">
          <p className="cl-import-result__failed-title">
            {state.fileName} was not imported: nothing was changed.{' '}
            {state.errors.length === 1 ? 'One problem' : `${state.errors.length} problems`} to fix:
          </p>
          <ul className="cl-import-result__errors">
            {state.errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
