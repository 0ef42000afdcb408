// The languages Entente speaks, in one place: the server's schemas (a user's locale, a
// download's `lang`), the page the server opens the app with (server/infra/web.ts), the
// build that writes those pages (web/opening-pages.ts) and the web app's language list.
export const LOCALES = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's own name for itself, and the direction it is written in. */
const LANGUAGE_INFO = {
  en: { label: 'English', dir: 'ltr' },
  fr: { label: 'Français', dir: 'ltr' },
  ar: { label: 'العربية', dir: 'rtl' },
} as const satisfies Record<Locale, { label: string; dir: 'ltr' | 'rtl' }>;

/** What the web app's language list offers, in LOCALES' order. */
export const LANGUAGES = LOCALES.map((code) => ({ code, ...LANGUAGE_INFO[code] }));

/** The fallback language: its words are in the web app's shell, and its index.html is written in it. */
export const FALLBACK_LANGUAGE: Locale = 'en';

/**
 * The cookie that tells the server the reader's language, set by the web app beside its stored
 * choice, so that the page the server sends is already in that language (server/infra/web.ts).
 */
export const LANGUAGE_COOKIE = 'entente-lang';

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/**
 * The languages an Accept-Language header asks for (`fr-CA,fr;q=0.9,en;q=0.8`), most wanted
 * first: by weight, the header's order among equals, by primary tag (`fr` of `fr-CA`, the whole
 * of `fil`), lower case. A part that is not a well-formed tag or weight is ignored, as is one of
 * weight 0 (a refusal). Each part is trimmed before it is matched, so no two runs of spaces sit
 * side by side in the pattern, and it runs in linear time on any header.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  const asked: { lang: string; q: number }[] = [];
  for (const part of (header ?? '').split(',')) {
    const m = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*(?:\s*;\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?))?$/i.exec(part.trim());
    const q = m ? Number(m[2] ?? 1) : 0;
    if (m && q > 0) asked.push({ lang: m[1]!.toLowerCase(), q });
  }
  // Array.prototype.sort is stable: equals keep the header's order.
  return asked.sort((a, b) => b.q - a.q).map((a) => a.lang);
}
