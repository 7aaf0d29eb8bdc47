import { SOURCE_KINDS } from '../../../claims/vocabulary';
import { SOURCE_KIND_NAME } from '../../labels/source-kind-names';
import type { SourceDraft } from './claim-draft';
import { errorsAt, type FieldErrors } from './field-errors';
import { FormField } from './FormField';
import './SourceRow.css';

interface Props {
  index: number;
  source: SourceDraft;
  onChange: (source: SourceDraft) => void;
  onRemove?: () => void;
  errors: FieldErrors;
}

export function SourceRow({ index, source, onChange, onRemove, errors }: Props) {
  const path = `sources.${index}`;
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => onChange({ ...source, [key]: value });
  return (
    <li className="cl-repeatable__row cl-source-row" aria-label={`Source ${index + 1}`}>
      <div className="cl-source-row__grid">
        <FormField label="Source id" errors={errorsAt(errors, `${path}.id`)}>
          {(control) => <input {...control} className="cl-input" value={source.id} onChange={(e) => set('id', e.target.value)} />}
        </FormField>
        <FormField label="Citation" errors={errorsAt(errors, `${path}.citation`)} className="cl-source-row__citation">
          {(control) => (
            <textarea
              {...control}
              className="cl-input"
              rows={2}
              placeholder="Authors. Title. Journal. Year;volume:pages."
              value={source.citation}
              onChange={(e) => set('citation', e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Year" errors={errorsAt(errors, `${path}.year`)}>
          {(control) => (
            <input {...control} className="cl-input" inputMode="numeric" value={source.year} onChange={(e) => set('year', e.target.value)} />
          )}
        </FormField>
        <FormField label="Kind" errors={errorsAt(errors, `${path}.kind`)}>
          {(control) => (
            <select {...control} className="cl-input" value={source.kind} onChange={(e) => set('kind', e.target.value as SourceDraft['kind'])}>
              <option value="">Choose…</option>
              {SOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SOURCE_KIND_NAME[kind]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="DOI (optional)" errors={errorsAt(errors, `${path}.doi`)}>
          {(control) => (
            <input {...control} className="cl-input" placeholder="10.1234/abcd" value={source.doi} onChange={(e) => set('doi', e.target.value)} />
          )}
        </FormField>
        <FormField label="Web address (optional)" errors={errorsAt(errors, `${path}.url`)} className="cl-source-row__url">
          {(control) => (
            <input {...control} type="url" className="cl-input" placeholder="https://" value={source.url} onChange={(e) => set('url', e.target.value)} />
          )}
        </FormField>
      </div>
      {onRemove && (
        <button type="button" className="cl-button cl-button--quiet cl-button--danger" onClick={onRemove}>
          Remove source {index + 1}
        </button>
      )}
    </li>
  );
}
