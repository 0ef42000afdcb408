// The words of exchange rates — the secretariat's rates page and the conversions shown on a
// need's page and when linking a contribution — in English, French and Arabic, loaded with
// those pages: each imports this module, which adds them under `rates.`.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const RATES_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(RATES_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
