// The web app's languages: what the language list offers and the direction each is written in.
// Plain data, so that the build (web/opening-pages.ts) reads the same list as the app.
export const LANGUAGES = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/** The fallback language: its words are in the shell, and index.html is written in it. */
export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * The cookie that tells the server the reader's language, set by the app beside its stored
 * choice, so that the page it serves is already in that language (server/infra/web.ts).
 */
export const LANGUAGE_COOKIE = 'entente-lang';
