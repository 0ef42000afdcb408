// The words of the translated-name fields (ADR 0036: a framework element's, a working group's
// or a group's name in French and in Arabic) in English, French and Arabic, loaded with the
// console forms that show them: TranslatedNameFields imports this module, which adds them to
// i18next's one `translation` namespace under `localNames.`.
import i18n from '../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const NAMES_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(NAMES_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
