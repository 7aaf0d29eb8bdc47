import { RefusedFile } from './RefusedFile';
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
      return <RefusedFile fileName={state.fileName} verb="restored" errors={state.errors} />;
  }
}
