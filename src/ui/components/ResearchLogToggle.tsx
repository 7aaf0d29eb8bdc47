import { useState } from 'react';
import type { Settings } from '../../settings/settings';
import { useServices } from '../services/ServicesContext';
import './ResearchLogToggle.css';

/** The research log page, opened in a tab of its own from any ClaimLens page. */
export const RESEARCH_LOG_PAGE = '/log.html';

interface Props {
  settings: Settings;
  /** Shows the settings the background stored, without waiting for its notification. */
  onChanged: (settings: Settings) => void;
  /** Off on the log page itself. */
  linkToLog?: boolean;
}

/** "Keep a research log": one click on, one click off. Turning it off keeps what was logged. */
export function ResearchLogToggle({ settings, onChanged, linkToLog = true }: Props) {
  const { backend } = useServices();
  const [failure, setFailure] = useState('');
  const toggle = async (researchLog: boolean) => {
    setFailure('');
    try {
      onChanged(await backend.updateSettings({ researchLog }));
    } catch (error) {
      setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="cl-research-log-toggle">
      <label className="cl-research-log-toggle__switch">
        <input type="checkbox" checked={settings.researchLog} onChange={(event) => toggle(event.target.checked)} />
        <span>Keep a research log</span>
      </label>
      <p className="cl-muted cl-research-log-toggle__hint">
        {settings.researchLog
          ? 'Every page where ClaimLens finds claims is saved on this device, with the quotes.'
          : 'Off. When on, every page where ClaimLens finds claims is saved on this device.'}
        {linkToLog && (
          <>
            {' '}
            <a href={RESEARCH_LOG_PAGE} target="_blank" rel="noopener">
              Open the research log
            </a>
          </>
        )}
      </p>
      {failure && (
        <p role="alert" className="cl-research-log-toggle__failure">
          {failure}
        </p>
      )}
    </div>
  );
}
