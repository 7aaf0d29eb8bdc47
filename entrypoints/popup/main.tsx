import { mountPage } from '../../src/ui/mount-page';
import { PopupApp } from '../../src/ui/popup/PopupApp';

// The popup closes once the side panel is open, so the panel is what the user looks at.
mountPage(<PopupApp onPanelOpened={() => window.close()} />);
