import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ServicesProvider } from '../../../src/ui/services/ServicesContext';
import type { UiServices } from '../../../src/ui/services/ui-services';

export function renderWithServices(ui: ReactElement, services: UiServices) {
  return render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
}
