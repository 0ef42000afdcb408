// The words of the places page and of the organisations' other names, in English, French and
// Arabic, loaded with those pages rather than with the app shell: each scene imports this
// module, which adds them to i18next's one `translation` namespace under `adminPlaces.` and
// `orgAliases.`.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const PLACES_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(PLACES_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
