import { emptySource, type SourceDraft } from './claim-draft';
import { errorsAt, type FieldErrors } from './field-errors';
import { FieldMessages } from './FieldMessages';
import { SourceRow } from './SourceRow';
import './fieldset.css';

interface Props {
  sources: SourceDraft[];
  onChange: (sources: SourceDraft[]) => void;
  errors: FieldErrors;
}

/** The sources behind the verdict; at least one, as many as needed. */
export function SourcesFieldset({ sources, onChange, errors }: Props) {
  const replace = (index: number, source: SourceDraft) => onChange(sources.map((s, i) => (i === index ? source : s)));
  const remove = (index: number) => onChange(sources.filter((_, i) => i !== index));
  const nextId = () => {
    const taken = new Set(sources.map((source) => source.id));
    let index = sources.length;
    while (taken.has(`S${index + 1}`)) index++;
    return emptySource(index);
  };
  return (
    <fieldset className="cl-fieldset">
      <legend>Sources</legend>
      <p className="cl-fieldset__hint">What the verdict rests on; readers see these as links they can cite. Regulatory notes refer to sources by their id.</p>
      <FieldMessages id="sources-errors" messages={errorsAt(errors, 'sources')} />
      <ol className="cl-repeatable">
        {sources.map((source, index) => (
          <SourceRow
            key={index}
            index={index}
            source={source}
            onChange={(next) => replace(index, next)}
            onRemove={sources.length > 1 ? () => remove(index) : undefined}
            errors={errors}
          />
        ))}
      </ol>
      <button type="button" className="cl-button" onClick={() => onChange([...sources, nextId()])}>
        Add a source
      </button>
    </fieldset>
  );
}
