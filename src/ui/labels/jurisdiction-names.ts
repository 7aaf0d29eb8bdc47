import type { Jurisdiction } from '../../claims/vocabulary';

export const JURISDICTION_NAME: Record<Jurisdiction, string> = {
  US: 'United States',
  EU: 'European Union',
  UK: 'United Kingdom',
  KR: 'South Korea',
  TW: 'Taiwan',
  CN: 'China',
  CA: 'Canada',
  AU: 'Australia',
  ZA: 'South Africa',
  JP: 'Japan',
};
