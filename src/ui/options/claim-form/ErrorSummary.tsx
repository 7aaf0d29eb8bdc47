import type { FieldErrors } from './field-errors';
import { fieldLabel } from './field-labels';
import './ErrorSummary.css';

/** Above the form after a failed save: how many problems, each with where it is. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const entries = Object.entries(errors).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  if (entries.length === 0) return null;
  return (
    <div className="cl-error-summary" role="alert">
      <p className="cl-error-summary__title">
        {entries.length === 1 ? 'One thing needs fixing' : `${entries.length} things need fixing`} before this claim can
        be saved:
      </p>
      <ul>
        {entries.map(({ path, message }, index) => (
          <li key={index}>
            {path === '(form)' ? message : `${fieldLabel(path)}: ${message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
