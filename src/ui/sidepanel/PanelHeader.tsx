import { BrandMark } from '../components/BrandMark';
import './PanelHeader.css';

interface Props {
  title: string | undefined;
  hostname: string | null;
}

/** Which page the panel is about, so a tab switch is visible at once. */
export function PanelHeader({ title, hostname }: Props) {
  return (
    <header className="cl-panel-header">
      <BrandMark size={26} />
      <div className="cl-panel-header__page">
        <p className="cl-panel-header__title">{title || hostname || 'ClaimLens'}</p>
        {hostname && <p className="cl-panel-header__host">{hostname}</p>}
      </div>
    </header>
  );
}
