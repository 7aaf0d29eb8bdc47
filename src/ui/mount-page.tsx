// Every extension page starts the same way: shared styles, the real services, one React root.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createExtensionServices } from './services/extension-services';
import { ServicesProvider } from './services/ServicesContext';
import './theme/base.css';

export function mountPage(page: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('ClaimLens page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <ServicesProvider services={createExtensionServices()}>{page}</ServicesProvider>
    </StrictMode>,
  );
}
