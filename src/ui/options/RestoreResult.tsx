import type { RestoreState } from './use-restore-backup';

export function RestoreResult({ state }: { state: RestoreState }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'restoring':
      return (
        <p className="cl-muted" aria-live="polite">
          Checking {state.fileName}…
        </p>
      );
    case 'restored': {
      const { counts } = state;
      return (
        <p className="cl-backup__ok" aria-live="polite">
          Restored {state.fileName}: {counts.userClaims} claims, {counts.researchLog} research-log pages, {counts.disputes}{' '}
          disputes, {counts.silences} silenced claims, and your settings.
        </p>
      );
    }
    case 'failed':
      return (
        <div className="cl-import-result__failed" role="alert">
          <p className="cl-import-result__failed-title">
            {state.fileName} was not restored: nothing was changed.{' '}
            {state.errors.length === 1 ? 'One problem' : `${state.errors.length} problems`} to fix:
          </p>
          <ul className="cl-import-result__errors">
            {state.errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      );
  }
}
