// i18next with English, French and Arabic. The chosen language sets <html lang dir>,
// which Mantine's DirectionProvider follows. English, the fallback, is in the shell; French
// and Arabic are each a chunk of their own, fetched before the first render when chosen
// (main.tsx) or when the reader switches to them (`switchLanguage`): a reader downloads the
// words of one language, not three (the pages' weight budget, ADR 0029).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

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

const WORDS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./fr.json'),
  ar: () => import('./ar.json'),
};
const loaded = new Set<Language>(['en']);

/**
 * Fetches the shell's words in `lang` (once), then makes it the page's language. Modules that
 * bring their own words add them for every language at once (their `i18n/index.ts`): merged
 * here, never overwritten.
 */
export async function switchLanguage(lang: Language): Promise<void> {
  if (!loaded.has(lang)) {
    const words = (await WORDS[lang as Exclude<Language, 'en'>]()).default;
    i18n.addResourceBundle(lang, 'translation', words, true, false);
    loaded.add(lang);
  }
  applyLanguage(lang);
  await i18n.changeLanguage(lang);
}

const lng = initialLanguage();
applyLanguage(lng);

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  // Shown before its words are fetched, the chosen language falls back to English for an instant at most.
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

/** The language the page opened in, its words fetched: main.tsx renders once this is done. */
// Should its words not arrive (the connection dropped), the page opens with English words.
export const initialLanguageReady = switchLanguage(lng).catch(() => undefined);

export default i18n;
