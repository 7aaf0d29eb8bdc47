import { createContext, useContext, type ReactNode } from 'react';
import type { UiServices } from './ui-services';

const ServicesContext = createContext<UiServices | null>(null);

export function ServicesProvider({ services, children }: { services: UiServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): UiServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesProvider> above it');
  return services;
}
