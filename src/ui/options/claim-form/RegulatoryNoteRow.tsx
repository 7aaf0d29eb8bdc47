import { JURISDICTIONS } from '../../../claims/vocabulary';
import { JURISDICTION_NAME } from '../../labels/jurisdiction-names';
import type { RegulatoryDraft } from './claim-draft';
import { errorsAt, type FieldErrors } from './field-errors';
import { FieldMessages } from './FieldMessages';
import { FormField } from './FormField';
import './RegulatoryNoteRow.css';

interface Props {
  index: number;
  note: RegulatoryDraft;
  /** Ids of the claim's sources, any of which the note may cite. */
  sourceIds: string[];
  onChange: (note: RegulatoryDraft) => void;
  onRemove: () => void;
  errors: FieldErrors;
}

export function RegulatoryNoteRow({ index, note, sourceIds, onChange, onRemove, errors }: Props) {
  const path = `regulatory.${index}`;
  const toggleSource = (id: string, cited: boolean) =>
    onChange({ ...note, sourceIds: cited ? [...note.sourceIds, id] : note.sourceIds.filter((s) => s !== id) });
  const citableIds = sourceIds.filter((id) => id.trim() !== '');
  return (
    <li className="cl-repeatable__row cl-regulatory-row" aria-label={`Regulatory note ${index + 1}`}>
      <div className="cl-regulatory-row__grid">
        <FormField label="Region" errors={errorsAt(errors, `${path}.jurisdiction`)}>
          {(control) => (
            <select
              {...control}
              className="cl-input"
              value={note.jurisdiction}
              onChange={(e) => onChange({ ...note, jurisdiction: e.target.value as RegulatoryDraft['jurisdiction'] })}
            >
              <option value="">Choose…</option>
              {JURISDICTIONS.map((jurisdiction) => (
                <option key={jurisdiction} value={jurisdiction}>
                  {JURISDICTION_NAME[jurisdiction]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Note" errors={errorsAt(errors, `${path}.note`)}>
          {(control) => (
            <textarea
              {...control}
              className="cl-input"
              rows={2}
              value={note.note}
              onChange={(e) => onChange({ ...note, note: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <fieldset className="cl-regulatory-row__sources">
        <legend>Backed by</legend>
        {citableIds.length === 0 && <span className="cl-muted">Give your sources ids first.</span>}
        {citableIds.map((id) => (
          <label key={id} className="cl-checkbox">
            <input type="checkbox" checked={note.sourceIds.includes(id)} onChange={(e) => toggleSource(id, e.target.checked)} />
            {id}
          </label>
        ))}
        <FieldMessages id={`${path}-sources-errors`} messages={errorsAt(errors, `${path}.sourceIds`)} />
      </fieldset>
      <button type="button" className="cl-button cl-button--quiet cl-button--danger" onClick={onRemove}>
        Remove note {index + 1}
      </button>
    </li>
  );
}
