import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';

export type Language = 'nl' | 'en';
export const LANGUAGES: Language[] = ['nl', 'en'];
const STORAGE_KEY = 'meedoen.language';

function remembered(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch first: the app starts in Dutch unless the person chose English before on this device. */
void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: remembered(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

/** Switches the language, remembers it on this device and tells screen readers via the lang attribute. */
export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export { i18next };
