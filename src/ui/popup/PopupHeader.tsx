import { BrandMark } from '../components/BrandMark';
import './PopupHeader.css';

interface Props {
  hostname: string | null;
  onOpenOptions: () => void;
}

export function PopupHeader({ hostname, onOpenOptions }: Props) {
  return (
    <header className="cl-popup-header">
      <div className="cl-popup-header__brand">
        <BrandMark />
        <div>
          <h1>ClaimLens</h1>
          {hostname && <p className="cl-popup-header__host">{hostname}</p>}
        </div>
      </div>
      <button type="button" className="cl-button cl-button--quiet" onClick={onOpenOptions}>
        Settings
      </button>
    </header>
  );
}
