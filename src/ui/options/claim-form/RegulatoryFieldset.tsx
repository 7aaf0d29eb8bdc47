import { emptyRegulatoryNote, type RegulatoryDraft } from './claim-draft';
import type { FieldErrors } from './field-errors';
import { RegulatoryNoteRow } from './RegulatoryNoteRow';
import './fieldset.css';

interface Props {
  notes: RegulatoryDraft[];
  sourceIds: string[];
  onChange: (notes: RegulatoryDraft[]) => void;
  errors: FieldErrors;
}

export function RegulatoryFieldset({ notes, sourceIds, onChange, errors }: Props) {
  return (
    <fieldset className="cl-fieldset">
      <legend>Regulatory notes (optional)</legend>
      <p className="cl-fieldset__hint">
        What a regulator says about this claim in a region. Notes about the ingredient in general are already shown
        with every claim.
      </p>
      {notes.length > 0 && (
        <ol className="cl-repeatable">
          {notes.map((note, index) => (
            <RegulatoryNoteRow
              key={index}
              index={index}
              note={note}
              sourceIds={sourceIds}
              onChange={(next) => onChange(notes.map((n, i) => (i === index ? next : n)))}
              onRemove={() => onChange(notes.filter((_, i) => i !== index))}
              errors={errors}
            />
          ))}
        </ol>
      )}
      <button type="button" className="cl-button" onClick={() => onChange([...notes, emptyRegulatoryNote()])}>
        Add a regulatory note
      </button>
    </fieldset>
  );
}
