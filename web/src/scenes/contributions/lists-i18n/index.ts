// The words of the lists' filters, orders and saved views and of the contributions pivot, in
// English, French and Arabic, added to i18next's one `translation` namespace under `lists.`
// by each module that shows them (ListFilters, SavedViews, the pivot page).
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const LISTS_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(LISTS_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
