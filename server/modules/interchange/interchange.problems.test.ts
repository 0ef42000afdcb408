// The problems' one table (ADR 0037): every code worded in English, French and Arabic, with the
// same parameters in each, on the server (the rows handed back) and in the web app (the report).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEMS_HEADER, PROBLEM_LANGUAGES, PROBLEM_TEXT, type ProblemCode, problem, problemMessage, rowProblemsText } from './interchange.problems.ts';

const paramsOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const web = Object.fromEntries(
  PROBLEM_LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`../../../web/src/components/problems-i18n/${lang}.json`, import.meta.url), 'utf8')).problems as Record<string, string>,
  ]),
);

describe('the problems’ codes', () => {
  const codes = Object.keys(PROBLEM_TEXT) as ProblemCode[];

  it('are worded in every language, with the parameters of the English', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes)
      for (const lang of PROBLEM_LANGUAGES) {
        const text = PROBLEM_TEXT[code][lang];
        expect(text.trim(), `${code} ${lang}`).not.toBe('');
        expect(paramsOf(text), `${code} ${lang}`).toEqual(paramsOf(PROBLEM_TEXT[code].en));
        if (lang !== 'en' && code !== 'refused') expect(text, `${code} ${lang}`).not.toBe(PROBLEM_TEXT[code].en);
      }
    for (const lang of PROBLEM_LANGUAGES) expect(PROBLEMS_HEADER[lang]).toBeTruthy();
  });

  it('are all in the web app’s translations, in English, French and Arabic, with the same parameters', () => {
    for (const lang of PROBLEM_LANGUAGES) {
      expect(web[lang], lang).toBeTruthy();
      for (const code of codes) {
        expect(web[lang]![code], `problems.${code} in ${lang}.json`).toBeTruthy();
        expect(paramsOf(web[lang]![code]!), `problems.${code} in ${lang}.json`).toEqual(paramsOf(PROBLEM_TEXT[code].en));
      }
    }
  });

  it('word a problem with its parameters, numbers in the language’s separators, and a row’s problems in order', () => {
    expect(problemMessage(problem('too_long', { max: 5000 }))).toBe('longer than 5,000 characters');
    expect(problemMessage(problem('too_long', { max: 5000 }), 'fr')).toBe('plus de 5\u202f000 caractères');
    expect(problemMessage(problem('amount_decimals', { currency: 'JPY' }), 'ar')).toBe('منازل عشرية أكثر مما في JPY');
    expect(
      rowProblemsText(
        [
          { column: '#adm1', ...problem('place_unknown'), value: 'IQ-ZZ' },
          { column: '#sector', ...problem('line_missing') },
        ],
        'fr',
      ),
    ).toBe('#adm1: lieu inconnu (« IQ-ZZ »); #sector: manquant : chaque ligne doit avoir un axe d’effort');
  });
});
