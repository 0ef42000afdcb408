// The indicators' words, in English, French and Arabic, loaded with the indicator pages
// rather than with the app shell: each indicator scene imports this module, which adds them to
// i18next's one `translation` namespace under `indicators.`.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const INDICATOR_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(INDICATOR_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
