// The words of the needs list's own marks (a gap that leaves contributions unconverted), in
// English, French and Arabic, added to i18next's one `translation` namespace under
// `needsList.` by the needs list.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const NEEDS_LIST_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(NEEDS_LIST_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
