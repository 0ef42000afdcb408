// The import page's words, in English, French and Arabic, loaded with that page rather than
// with the app shell (whose weight every page pays): the page imports this module, which adds
// them to i18next's one `translation` namespace under `imports.` and `importOptions.`.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const IMPORTS_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(IMPORTS_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
