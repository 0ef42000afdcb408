// i18next with English, French and Arabic. The chosen language sets <html lang dir>,
// which Mantine's DirectionProvider follows. English, the fallback, is in the shell; French
// and Arabic are each a JSON file of their own, fetched before the first render when chosen
// (main.tsx) or when the reader switches to them (`switchLanguage`): a reader downloads the
// words of one language, not three (the pages' weight budget, ADR 0029).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json?url&no-inline';
import en from './en.json';
import fr from './fr.json?url&no-inline';

import { LANGUAGE_COOKIE, LANGUAGES, type Locale } from '../../../common/languages.ts';

export { LANGUAGES };
export type Language = Locale;

const STORAGE_KEY = 'entente.language';

/** Arabic with Latin digits, chosen explicitly (plain `ar` varies between ICU versions). */
export const numberLocale = (lang: string) => (lang === 'ar' ? 'ar-u-nu-latn' : lang);

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && LANGUAGES.some((l) => l.code === saved)) return saved as Language;
  // The primary tag (fr of fr-CA), as the server reads Accept-Language to choose the opening page.
  const browser = navigator.language.split('-')[0]!.toLowerCase();
  return (LANGUAGES.find((l) => l.code === browser)?.code ?? 'en') as Language;
}

/** Sets <html lang dir> for `lang`. */
function showLanguage(lang: Language) {
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES.find((l) => l.code === lang)?.dir ?? 'ltr';
}

/**
 * Sets <html lang dir> for `lang` and remembers it for the reader's next visit: in the
 * browser's storage, which decides, and in a cookie for the server, which then serves the page
 * already in that language with its words file preloaded (web/opening-pages.ts).
 */
function applyLanguage(lang: Language) {
  showLanguage(lang);
  localStorage.setItem(STORAGE_KEY, lang);
  const secure = location.protocol === 'https:' ? '; secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: one cookie of a known value; the Cookie Store API is not yet in every browser members use.
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax${secure}`;
}

/**
 * Where French's and Arabic's words are: each a hashed file of the build, fetched as JSON (never
 * inlined as a data: address, which the Content-Security-Policy's connect-src refuses). Not a
 * dynamic import(): a browser keeps a failed import's failure for the page's life, so a reader
 * whose connection dropped the words once could never have that language without reloading.
 */
const WORDS: Record<Exclude<Language, 'en'>, string> = { fr, ar };

async function fetchWords(lang: Exclude<Language, 'en'>): Promise<Record<string, unknown>> {
  const res = await fetch(WORDS[lang]);
  if (!res.ok) throw new Error(`the words of ${lang}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}
const loaded = new Set<Language>(['en']);
/** The language asked for last: a switch whose words arrive after a later one's gives way to it. */
let wanted: Language = 'en';

/**
 * Fetches the shell's words in `lang` (once), then makes it the page's language. Modules that
 * bring their own words add them for every language at once (their `i18n/index.ts`): merged
 * here, never overwritten. Should the words not arrive (a dropped connection, a file gone
 * after a deploy), it rejects and the page stays in its language: the reader may pick again.
 */
export async function switchLanguage(lang: Language): Promise<void> {
  wanted = lang;
  if (!loaded.has(lang)) {
    const words = await fetchWords(lang as Exclude<Language, 'en'>);
    i18n.addResourceBundle(lang, 'translation', words, true, false);
    loaded.add(lang);
  }
  if (wanted !== lang) return;
  applyLanguage(lang);
  await i18n.changeLanguage(lang);
}

const lng = initialLanguage();
// The page's direction from the start; its words follow before the first render.
showLanguage(lng);

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

/**
 * The language the page opened in, its words fetched: main.tsx renders once this is done.
 * Should they not arrive, the page opens in English for this visit (the choice stays stored,
 * so the next visit tries again).
 */
export const initialLanguageReady = switchLanguage(lng).catch(async () => {
  showLanguage('en');
  await i18n.changeLanguage('en');
});

export default i18n;
