import { useId, type ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import './FormField.css';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface Props {
  label: string;
  hint?: string;
  errors?: readonly string[];
  /** Renders the input; spread the props onto it so the label, hint and errors are linked. */
  children: (control: ControlProps) => ReactNode;
  className?: string;
}

/** A labelled control with its hint and its inline errors. */
export function FormField({ label, hint, errors = [], children, className }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  const describedBy = [hint ? hintId : null, errors.length > 0 ? errorsId : null].filter(Boolean).join(' ');
  return (
    <div className={`cl-form-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="cl-form-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="cl-form-field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': errors.length > 0 || undefined,
      })}
      <FieldMessages id={errorsId} messages={errors} />
    </div>
  );
}
