import { useRef, useState, type FormEvent } from 'react';
import type { Claim } from '../../../claims/types';
import { EVIDENCE_LEVELS, TOPIC_IDS, TRENDS, VERDICTS } from '../../../claims/vocabulary';
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../../../claims/verdict-display';
import { topicName } from '../../labels/topic-names';
import { TREND_SHORT_NAME } from '../../labels/trend-names';
import { useServices } from '../../services/ServicesContext';
import { claimInputFromDraft, draftFromClaim, emptyDraft, hashtagEntries, lines, type ClaimDraft } from './claim-draft';
import { errorsAt, fieldErrorsFromLines, hasErrors, lineErrors, validateDraft, type FieldErrors } from './field-errors';
import { ErrorSummary } from './ErrorSummary';
import { FormField } from './FormField';
import { LinesByLanguageFieldset } from './LinesByLanguageFieldset';
import { RegulatoryFieldset } from './RegulatoryFieldset';
import { SourcesFieldset } from './SourcesFieldset';
import './ClaimForm.css';
import './fieldset.css';

interface Props {
  /** The claim being edited; null to write a new one. */
  editing: Claim | null;
  /** Bundled claim ids, which a user claim may not take. */
  reservedIds: ReadonlySet<string>;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

const PHRASING_HINT =
  'One wording per line, in any of these languages. End a word with * to match its endings (regenerat*); ' +
  'use ... to skip a few words (boost* ... collagen).';

/** Add or edit one of the contributor's claims. Checked here for inline errors, and again by the
 *  background, which stores it. */
export function ClaimForm({ editing, reservedIds, onSaved, onCancel }: Props) {
  const { backend } = useServices();
  const [draft, setDraft] = useState<ClaimDraft>(() => (editing ? draftFromClaim(editing) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = (patch: Partial<ClaimDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // After a first attempt, errors follow the typing so each one disappears once fixed.
    if (attempted) setErrors(validateDraft(next, reservedIds));
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const found = validateDraft(draft, reservedIds);
    if (hasErrors(found)) return showErrors(found);
    setSaving(true);
    try {
      const result = await backend.saveUserClaim({ claim: claimInputFromDraft(draft), replaceId: editing?.id });
      if (result.ok) onSaved(draft.id.trim());
      else showErrors(fieldErrorsFromLines(result.errors));
    } catch (error) {
      showErrors({ '(form)': [`ClaimLens could not save the claim: ${error instanceof Error ? error.message : String(error)}`] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="cl-claim-form" onSubmit={submit} noValidate aria-label={editing ? 'Edit claim' : 'New claim'}>
      <div ref={summaryRef}>{attempted && <ErrorSummary errors={errors} />}</div>

      <fieldset className="cl-fieldset">
        <legend>The claim</legend>
        <div className="cl-claim-form__row">
          <FormField label="Id" hint="Lowercase words joined by hyphens" errors={errorsAt(errors, 'id')}>
            {(control) => (
              <input {...control} className="cl-input" value={draft.id} placeholder="exosomes-cure-hair-loss" onChange={(e) => update({ id: e.target.value })} />
            )}
          </FormField>
          <FormField label="Trend" errors={errorsAt(errors, 'trend')}>
            {(control) => (
              <select {...control} className="cl-input" value={draft.trend} onChange={(e) => update({ trend: e.target.value as ClaimDraft['trend'] })}>
                <option value="">Choose…</option>
                {TRENDS.map((trend) => (
                  <option key={trend} value={trend}>
                    {TREND_SHORT_NAME[trend]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Topic" errors={errorsAt(errors, 'topic')}>
            {(control) => (
              <select {...control} className="cl-input" value={draft.topic} onChange={(e) => update({ topic: e.target.value as ClaimDraft['topic'] })}>
                <option value="">Choose…</option>
                {TOPIC_IDS.map((topic) => (
                  <option key={topic} value={topic}>
                    {topicName(topic)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <FormField label="Claim" hint="The claim as marketing states it" errors={errorsAt(errors, 'claim')}>
          {(control) => <textarea {...control} className="cl-input" rows={2} value={draft.claim} onChange={(e) => update({ claim: e.target.value })} />}
        </FormField>
      </fieldset>

      <fieldset className="cl-fieldset">
        <legend>Verdict</legend>
        <div className="cl-claim-form__row">
          <FormField label="Verdict" errors={errorsAt(errors, 'verdict')}>
            {(control) => (
              <select {...control} className="cl-input" value={draft.verdict} onChange={(e) => update({ verdict: e.target.value as ClaimDraft['verdict'] })}>
                <option value="">Choose…</option>
                {VERDICTS.map((verdict) => (
                  <option key={verdict} value={verdict}>
                    {VERDICT_LABEL[verdict]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Evidence" errors={errorsAt(errors, 'evidence')}>
            {(control) => (
              <select {...control} className="cl-input" value={draft.evidence} onChange={(e) => update({ evidence: e.target.value as ClaimDraft['evidence'] })}>
                <option value="">Choose…</option>
                {EVIDENCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {EVIDENCE_LABEL[level]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Reviewed on" errors={errorsAt(errors, 'reviewed')}>
            {(control) => <input {...control} type="date" className="cl-input" value={draft.reviewed} onChange={(e) => update({ reviewed: e.target.value })} />}
          </FormField>
        </div>
        <FormField label="Summary" hint="One line a shopper understands" errors={errorsAt(errors, 'summary')}>
          {(control) => <input {...control} className="cl-input" value={draft.summary} onChange={(e) => update({ summary: e.target.value })} />}
        </FormField>
        <FormField label="Explanation" hint="What is known, what is not, and why this verdict" errors={errorsAt(errors, 'explanation')}>
          {(control) => <textarea {...control} className="cl-input" rows={4} value={draft.explanation} onChange={(e) => update({ explanation: e.target.value })} />}
        </FormField>
      </fieldset>

      <LinesByLanguageFieldset
        legend="Phrasings"
        hint={PHRASING_HINT}
        path="phrasings"
        value={draft.phrasings}
        onChange={(phrasings) => update({ phrasings })}
        errors={errors}
      />
      <LinesByLanguageFieldset
        legend="Denials (optional)"
        hint="Wordings that raise the claim only to deny it, such as “not FDA-approved”. Same syntax as phrasings."
        path="denials"
        value={draft.denials}
        onChange={(denials) => update({ denials })}
        errors={errors}
      />

      <fieldset className="cl-fieldset">
        <legend>Hashtags and safety (optional)</legend>
        <div className="cl-claim-form__row cl-claim-form__row--two">
          <FormField label="Hashtags" hint="One per line, such as #exosomes" errors={lineErrors(errors, 'hashtags', hashtagEntries(draft.hashtags))}>
            {(control) => <textarea {...control} className="cl-input" rows={3} value={draft.hashtags} onChange={(e) => update({ hashtags: e.target.value })} />}
          </FormField>
          <FormField label="Safety notes" hint="One note per line" errors={lineErrors(errors, 'safety', lines(draft.safety))}>
            {(control) => <textarea {...control} className="cl-input" rows={3} value={draft.safety} onChange={(e) => update({ safety: e.target.value })} />}
          </FormField>
        </div>
      </fieldset>

      <SourcesFieldset sources={draft.sources} onChange={(sources) => update({ sources })} errors={errors} />
      <RegulatoryFieldset
        notes={draft.regulatory}
        sourceIds={draft.sources.map((source) => source.id.trim())}
        onChange={(regulatory) => update({ regulatory })}
        errors={errors}
      />

      <div className="cl-claim-form__actions">
        <button type="submit" className="cl-button cl-button--primary" disabled={saving}>
          {saving ? 'Saving…' : editing ? 'Save changes' : 'Save claim'}
        </button>
        <button type="button" className="cl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
