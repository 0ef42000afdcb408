// The fund's words, in English, French and Arabic, loaded with the fund's pages rather than
// with the app shell (which stays within its weight budget): each fund scene imports this
// module, which adds them (./words.ts) to i18next's one `translation` namespace under `fund.`.
import i18n from '../../../i18n/index.ts';
import { FUND_TRANSLATIONS } from './words.ts';

for (const [lang, words] of Object.entries(FUND_TRANSLATIONS)) i18n.addResourceBundle(lang, 'translation', words, true, false);
