import { RefusedFile } from './RefusedFile';
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
      {state.status === 'failed' && <RefusedFile fileName={state.fileName} verb="imported" errors={state.errors} />}
    </div>
  );
}
