// i18next with English, French and Arabic. The chosen language sets <html lang dir>,
// which Mantine's DirectionProvider follows.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGES = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'entente.language';

/** Arabic with Latin digits, chosen explicitly (plain `ar` varies between ICU versions). */
export const numberLocale = (lang: string) => (lang === 'ar' ? 'ar-u-nu-latn' : lang);

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && LANGUAGES.some((l) => l.code === saved)) return saved as Language;
  const browser = navigator.language.slice(0, 2);
  return (LANGUAGES.find((l) => l.code === browser)?.code ?? 'en') as Language;
}

export function applyLanguage(lang: Language) {
  const dir = LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr';
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  localStorage.setItem(STORAGE_KEY, lang);
}

const lng = initialLanguage();
applyLanguage(lng);

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
  lng,
  fallbackLng: 'en',
  interpolation: {
    // React escapes what it renders; the one thing a value needs is its own direction. In
    // right-to-left text each value put into a sentence (a name, a number, a code) is a bidi
    // island (FSI … PDI), so a Latin name followed by a number or a "#" keeps its order
    // ("brigades 4" read as "4 brigades" before). Left-to-right text is left as it is.
    escapeValue: true,
    escape: (value: string) => (i18n.dir() === 'rtl' ? `\u2068${value}\u2069` : value),
  },
});

i18n.services.formatter?.add('number', (value, lang) => new Intl.NumberFormat(numberLocale(lang ?? 'en')).format(value));

export default i18n;
