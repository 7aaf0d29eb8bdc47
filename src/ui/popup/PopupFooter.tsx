import './PopupFooter.css';

interface Props {
  canOpenPanel: boolean;
  /** The site to offer pausing on; null when pausing does not apply (already paused, not a web page). */
  hostname: string | null;
  onOpenPanel: () => void;
  onPause: () => void;
  pausing: boolean;
}

export function PopupFooter({ canOpenPanel, hostname, onOpenPanel, onPause, pausing }: Props) {
  return (
    <footer className="cl-popup-footer">
      <button type="button" className="cl-button cl-button--primary" onClick={onOpenPanel} disabled={!canOpenPanel}>
        Open side panel
      </button>
      {hostname && (
        <button type="button" className="cl-button" onClick={onPause} disabled={pausing}>
          Pause on this site
        </button>
      )}
    </footer>
  );
}
