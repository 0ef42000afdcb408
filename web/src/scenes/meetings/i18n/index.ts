// The meetings' words, in English, French and Arabic, loaded with the meetings' pages rather
// than with the app shell (which stays within its weight budget): each meetings scene imports
// this module, which adds them to i18next's one `translation` namespace under `meetings.`.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const MEETINGS_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(MEETINGS_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
