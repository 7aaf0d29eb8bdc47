import { mountPage } from '../../src/ui/mount-page';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';

mountPage(<SidePanelApp />);
