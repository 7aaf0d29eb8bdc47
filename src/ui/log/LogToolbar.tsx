import type { ExportFile, ExportFormat } from '../../exports';
import { ConfirmButton } from '../components/ConfirmButton';
import { ExportButtons } from '../components/ExportButtons';
import './LogToolbar.css';

interface Props {
  shownCount: number;
  selectedCount: number;
  totalCount: number;
  onSelectAllShown: (selected: boolean) => void;
  exportFileFor: (format: ExportFormat) => ExportFile;
  onDeleteSelected: () => Promise<void>;
  onDeleteAll: () => Promise<void>;
}

/** Acts on the ticked pages (export, delete), or on the whole log (delete everything). */
export function LogToolbar({ shownCount, selectedCount, totalCount, onSelectAllShown, exportFileFor, onDeleteSelected, onDeleteAll }: Props) {
  const allShownSelected = shownCount > 0 && selectedCount === shownCount;
  return (
    <div className="cl-log-toolbar">
      <label className="cl-log-toolbar__select-all">
        <input
          type="checkbox"
          checked={allShownSelected}
          ref={(input) => {
            if (input) input.indeterminate = selectedCount > 0 && !allShownSelected;
          }}
          disabled={shownCount === 0}
          onChange={(event) => onSelectAllShown(event.target.checked)}
        />
        <span>
          Select all shown ({shownCount} of {totalCount} {totalCount === 1 ? 'page' : 'pages'})
        </span>
      </label>
      <p className="cl-log-toolbar__count" role="status">
        {selectedCount === 0 ? 'No page selected' : `${selectedCount} ${selectedCount === 1 ? 'page' : 'pages'} selected`}
      </p>
      <ExportButtons label="Export selected" disabled={selectedCount === 0} fileFor={exportFileFor} />
      <div className="cl-log-toolbar__delete">
        <ConfirmButton
          label="Delete selected"
          confirmLabel={`Delete ${selectedCount} ${selectedCount === 1 ? 'page' : 'pages'}`}
          disabled={selectedCount === 0}
          onConfirm={onDeleteSelected}
        />
        <ConfirmButton
          label="Delete everything"
          confirmLabel={`Delete all ${totalCount} ${totalCount === 1 ? 'page' : 'pages'} from the log`}
          disabled={totalCount === 0}
          onConfirm={onDeleteAll}
        />
      </div>
    </div>
  );
}
