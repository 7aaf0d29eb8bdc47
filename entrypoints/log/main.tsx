import { LogApp } from '../../src/ui/log/LogApp';
import { mountPage } from '../../src/ui/mount-page';

mountPage(<LogApp />);
