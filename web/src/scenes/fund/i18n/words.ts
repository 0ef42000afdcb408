// The fund's words in English, French and Arabic: the bundle's own (the JSON files) with the
// kinds' names, which come from the list the server's statement files use too
// (common/fund-kinds.ts). Plain data: the tests read it as the app does.
import { FUND_KIND_NAMES, REVERSAL_OF } from '../../../../../common/fund-kinds.ts';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

const withKinds = <T extends { fund: object }>(words: T, lang: keyof typeof FUND_KIND_NAMES) => ({
  fund: { ...words.fund, kinds: FUND_KIND_NAMES[lang], reversalOf: REVERSAL_OF[lang] },
});

export const FUND_TRANSLATIONS = { en: withKinds(en, 'en'), fr: withKinds(fr, 'fr'), ar: withKinds(ar, 'ar') } as const;
