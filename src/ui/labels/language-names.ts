import type { Language } from '../../claims/vocabulary';

export const LANGUAGE_NAME: Record<Language, string> = {
  en: 'English',
  ko: 'Korean',
  es: 'Spanish',
  ja: 'Japanese',
  zh: 'Chinese',
  id: 'Indonesian',
};
