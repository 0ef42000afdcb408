// The words of the problems a file or a refusal can name by code (ADR 0037: import problems,
// gazetteer and organisation-alias refusals), in English, French and Arabic, loaded with the
// pages that show them (imports, places, organisations) rather than with the app shell, whose
// weight every page pays: each such scene imports this module, which adds them to i18next's
// one `translation` namespace under `problems.`. Until it is loaded, `fieldMessage` gives the
// server's own words.
import i18n from '../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const PROBLEMS_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(PROBLEMS_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
