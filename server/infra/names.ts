// The key two spellings of a name share when they are the same name: case, accents, Arabic
// diacritics, tatweel and hamza forms, hyphens, apostrophes and runs of spaces do not count, so
// "Al-Anbar", "al anbar" and "AL ANBAR" are one name, "Ba'aj" and "Baaj" another, and
// "نينوى" with or without its vowel marks a third. Used wherever a name typed by a person or
// written in a file is matched against the names the system knows (imports, the gazetteer,
// organisation aliases), so that every matcher agrees.
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
