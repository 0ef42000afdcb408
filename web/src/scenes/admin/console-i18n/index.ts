// The words of the secretariat console's groups and framework pages, in English, French and
// Arabic, loaded with those pages rather than with the app shell: each scene imports this
// module, which adds them to i18next's one `translation` namespace under `adminConsole.`.
import i18n from '../../../i18n/index.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

export const CONSOLE_TRANSLATIONS = { en, fr, ar } as const;

for (const [lang, words] of Object.entries(CONSOLE_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
