import { useState } from 'react';
import { JURISDICTIONS } from '../../claims/vocabulary';
import type { Settings } from '../../settings/settings';
import { useClaimCatalog } from '../catalog/use-claim-catalog';
import { ResearchLogToggle } from '../components/ResearchLogToggle';
import { useSettings } from '../findings/use-settings';
import { JURISDICTION_NAME } from '../labels/jurisdiction-names';
import { useServices } from '../services/ServicesContext';
import { FormField } from './claim-form/FormField';
import { PausedSitesList } from './PausedSitesList';
import { RadioGroup, type RadioOption } from './RadioGroup';
import { SilencedClaimsList } from './SilencedClaimsList';
import './SettingsPanel.css';

const SENSITIVITY_OPTIONS: RadioOption<Settings['sensitivity']>[] = [
  { value: 'confident', label: 'Shopper: only confident findings', description: 'Claims made in the same sentence as the ingredient.' },
  { value: 'all', label: 'Journalist: every finding', description: 'Also claims made nearby, which may be about something else.' },
];

const HIGHLIGHT_OPTIONS: RadioOption<Settings['highlightStyle']>[] = [
  { value: 'underline', label: 'Underline', description: 'A coloured wavy line under each claim.' },
  { value: 'background', label: 'Background tint', description: 'A soft coloured background behind each claim.' },
  { value: 'none', label: 'No highlights', description: 'Findings only in the popup and the side panel.' },
];

/** Settings apply at once; the background stores them and tells every open page. */
export function SettingsPanel() {
  const { backend } = useServices();
  const { settings, replace } = useSettings();
  const [status, setStatus] = useState('');
  const catalog = useClaimCatalog();

  if (!settings) return <p className="cl-muted">Loading settings…</p>;

  const apply = async (write: () => Settings | Promise<Settings>) => {
    setStatus('');
    try {
      replace(await write());
      setStatus('Saved');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const update = (patch: Partial<Settings>) => apply(() => backend.updateSettings(patch));

  return (
    <div className="cl-settings">
      <FormField label="Your region" hint="Regulatory notes for your region are shown first.">
        {(control) => (
          <select
            {...control}
            className="cl-input cl-settings__region"
            value={settings.jurisdiction}
            onChange={(e) => update({ jurisdiction: e.target.value as Settings['jurisdiction'] })}
          >
            {JURISDICTIONS.map((jurisdiction) => (
              <option key={jurisdiction} value={jurisdiction}>
                {JURISDICTION_NAME[jurisdiction]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <RadioGroup
        legend="Which findings to show"
        name="sensitivity"
        value={settings.sensitivity}
        options={SENSITIVITY_OPTIONS}
        onChange={(sensitivity) => update({ sensitivity })}
      />
      <RadioGroup
        legend="How claims are marked on pages"
        name="highlight"
        value={settings.highlightStyle}
        options={HIGHLIGHT_OPTIONS}
        onChange={(highlightStyle) => update({ highlightStyle })}
      />
      <ResearchLogToggle settings={settings} onChanged={replace} />
      <PausedSitesList
        sites={settings.pausedSites}
        onResume={(hostname) => apply(() => backend.setSitePaused({ hostname, paused: false }))}
      />
      <SilencedClaimsList catalog={catalog} />
      <p role="status" className="cl-settings__status">
        {status}
      </p>
    </div>
  );
}
