// Accept-Language is read once, here, for both the page the server opens the app with and the
// language of a download: most wanted first, by primary tag, refusals and malformed parts left out.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, acceptedLanguages, isLocale } from './languages.ts';

describe('the languages', () => {
  it('lists every locale once, Arabic right to left', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual([...LOCALES]);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    expect(isLocale('fr')).toBe(true);
    for (const other of ['de', 'FR', '__proto__', ['fr'], undefined]) expect(isLocale(other)).toBe(false);
  });

  it('reads Accept-Language most wanted first, the header’s order among equals', () => {
    expect(acceptedLanguages('fr-CA,fr;q=0.9,en;q=0.8')).toEqual(['fr', 'fr', 'en']);
    expect(acceptedLanguages('de-DE,fr;q=0.4,ar;q=0.7')).toEqual(['de', 'ar', 'fr']);
    expect(acceptedLanguages('en;q=0.5, AR;q=0.5 ,fr ; q = 0.5')).toEqual(['en', 'ar', 'fr']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
  });

  it('takes the whole primary tag: fil is not fi, arn is not ar', () => {
    expect(acceptedLanguages('fil-PH,ar;q=0.9')).toEqual(['fil', 'ar']);
    expect(acceptedLanguages('arn-CL')).toEqual(['arn']);
  });

  it('leaves out refusals, weights above 1 and parts that are not tags', () => {
    expect(acceptedLanguages('ar;q=0, fr;q=0.000, en')).toEqual(['en']);
    expect(acceptedLanguages('ar;q=1.5, fr;q=2, en;q=0.1')).toEqual(['en']);
    expect(acceptedLanguages('*, fr;q=abc, 12, ;q=1, en-')).toEqual([]);
  });

  it('reads a header built to make a careless pattern backtrack, passing over its malformed part', () => {
    // A tag, 50,000 spaces and a stray character: a pattern with two runs of spaces side by side
    // would backtrack quadratically here and not finish within the test's timeout.
    const header = `en${' '.repeat(50_000)}x,${'fr;q=0.5,'.repeat(5_000)}`;
    expect(acceptedLanguages(header)).toEqual(Array(5_000).fill('fr'));
  });
});
