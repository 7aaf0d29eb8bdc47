import { useState, type FormEvent } from 'react';
import type { Jurisdiction } from '../../claims/vocabulary';
import type { ScanResult } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { useServices } from '../services/ServicesContext';
import { CheckedTextResult } from './CheckedTextResult';
import './TextCheck.css';

interface Props {
  catalog: ClaimCatalog;
  jurisdiction: Jurisdiction;
}

/** Paste a caption, a quote or a press release and check it (text ClaimLens cannot see itself,
 *  such as a video's voice-over a journalist transcribed). */
export function TextCheck({ catalog, jurisdiction }: Props) {
  const { backend } = useServices();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ScanResult | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      setResult(await backend.checkText({ text }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="cl-text-check">
      <summary>Check a passage of text</summary>
      <form onSubmit={submit} className="cl-text-check__form">
        <label htmlFor="cl-text-check-input" className="cl-visually-hidden">
          Text to check
        </label>
        <textarea
          id="cl-text-check-input"
          className="cl-input"
          rows={4}
          value={text}
          placeholder="Paste a caption, a product description or a quote"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="cl-button" disabled={busy || !text.trim()}>
          Check text
        </button>
      </form>
      <div aria-live="polite">
        {result && <CheckedTextResult result={result} catalog={catalog} jurisdiction={jurisdiction} />}
      </div>
    </details>
  );
}
