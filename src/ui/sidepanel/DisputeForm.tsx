import { useId, useState, type FormEvent } from 'react';
import { disputeInputSchema } from '../../disputes/dispute-input';
import type { DisputeInput } from '../../disputes/types';
import { useServices } from '../services/ServicesContext';
import './DisputeForm.css';

interface Props {
  finding: Pick<DisputeInput, 'claimId' | 'quote'>;
  pageUrl: string;
  onSaved: () => void;
  onCancel: () => void;
}

type FieldErrors = Partial<Record<'reason' | 'sourceUrl' | 'form', string>>;

/** "I think this is wrong": why (required) and a source (optional), kept on this device. */
export function DisputeForm({ finding, pageUrl, onSaved, onCancel }: Props) {
  const { backend } = useServices();
  const id = useId();
  const [reason, setReason] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      claimId: finding.claimId,
      quote: finding.quote,
      url: pageUrl,
      reason,
      ...(sourceUrl.trim() ? { sourceUrl: sourceUrl.trim() } : {}),
    };
    const checked = disputeInputSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const result = await backend.addDispute(checked.data);
      if (result.ok) onSaved();
      else setErrors({ form: result.errors.join(' ') });
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="cl-dispute-form" onSubmit={submit} noValidate aria-label="Dispute this finding">
      <label htmlFor={`${id}-reason`} className="cl-dispute-form__label">
        Why do you think this is wrong? <span className="cl-muted">(required)</span>
      </label>
      <textarea
        id={`${id}-reason`}
        className="cl-input"
        rows={3}
        value={reason}
        aria-invalid={errors.reason ? true : undefined}
        aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {errors.reason && (
        <p id={`${id}-reason-error`} className="cl-dispute-form__error">
          {errors.reason}
        </p>
      )}
      <label htmlFor={`${id}-source`} className="cl-dispute-form__label">
        Source <span className="cl-muted">(optional, a web address)</span>
      </label>
      <input
        id={`${id}-source`}
        type="url"
        className="cl-input"
        placeholder="https://"
        value={sourceUrl}
        aria-invalid={errors.sourceUrl ? true : undefined}
        aria-describedby={errors.sourceUrl ? `${id}-source-error` : undefined}
        onChange={(event) => setSourceUrl(event.target.value)}
      />
      {errors.sourceUrl && (
        <p id={`${id}-source-error`} className="cl-dispute-form__error">
          {errors.sourceUrl}
        </p>
      )}
      {errors.form && (
        <p role="alert" className="cl-dispute-form__error">
          Not saved: {errors.form}
        </p>
      )}
      <p className="cl-muted cl-dispute-form__note">Saved on this device only. Export your disputes from the options page to share them.</p>
      <div className="cl-dispute-form__actions">
        <button type="submit" className="cl-button cl-button--primary" disabled={saving}>
          Save dispute
        </button>
        <button type="button" className="cl-button cl-button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    const key = field === 'reason' || field === 'sourceUrl' ? field : 'form';
    errors[key] ??= key === 'form' ? `${String(field)}: ${issue.message}` : upperFirst(issue.message);
  }
  return errors;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
