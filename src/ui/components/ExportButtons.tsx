import { useState } from 'react';
import type { ExportFile, ExportFormat } from '../../exports';
import { downloadFile } from '../files/download-file';
import './ExportButtons.css';

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'claim-review', label: 'ClaimReview JSON-LD' },
  { format: 'csv', label: 'CSV' },
];

interface Props {
  /** Names what is exported, for the group's label ("Export this page"). */
  label: string;
  disabled?: boolean;
  /** Builds the file at click time, so it holds what is on screen then. */
  fileFor: (format: ExportFormat) => ExportFile;
}

/** One download button per export format. */
export function ExportButtons({ label, disabled = false, fileFor }: Props) {
  const [failure, setFailure] = useState('');
  const save = (format: ExportFormat) => {
    setFailure('');
    try {
      const file = fileFor(format);
      downloadFile(file.fileName, file.mimeType, file.content);
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="cl-export-buttons" role="group" aria-label={label}>
      <span className="cl-export-buttons__label">{label}:</span>
      {EXPORT_FORMATS.map(({ format, label: formatLabel }) => (
        <button
          key={format}
          type="button"
          className="cl-button cl-export-buttons__button"
          disabled={disabled}
          onClick={() => save(format)}
        >
          {formatLabel}
        </button>
      ))}
      {failure && (
        <p role="alert" className="cl-export-buttons__failure">
          {failure}
        </p>
      )}
    </div>
  );
}
