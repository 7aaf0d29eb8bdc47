import { mountPage } from '../../src/ui/mount-page';
import { OptionsApp } from '../../src/ui/options/OptionsApp';

mountPage(<OptionsApp />);
