// A ledger transaction's kinds and their names in the web app's three languages: one list for
// the server (its schemas; its statement files in French and Arabic, fund.reports.ts) and the
// web app (its forms; the words `fund.kinds.*` and `fund.reversalOf` its fund bundle adds).
import type { LOCALES } from './enums.ts';

export const FUND_KINDS = ['pledge', 'commitment', 'deposit', 'interest', 'allocation', 'transfer', 'expenditure', 'refund', 'fee', 'reversal'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

type Locale = (typeof LOCALES)[number];

export const FUND_KIND_NAMES: Record<Locale, Record<FundKind, string>> = {
  en: {
    pledge: 'Pledge',
    commitment: 'Commitment',
    deposit: 'Deposit',
    interest: 'Interest',
    allocation: 'Allocation',
    transfer: 'Transfer to a partner',
    expenditure: 'Expenditure',
    refund: 'Refund',
    fee: 'Fee',
    reversal: 'Reversal',
  },
  fr: {
    pledge: 'Annonce',
    commitment: 'Engagement',
    deposit: 'Versement',
    interest: 'Intérêts',
    allocation: 'Allocation',
    transfer: 'Transfert à un partenaire',
    expenditure: 'Dépense',
    refund: 'Remboursement',
    fee: 'Frais',
    reversal: 'Contrepassation',
  },
  ar: {
    pledge: 'تعهد',
    commitment: 'التزام',
    deposit: 'إيداع',
    interest: 'فوائد',
    allocation: 'تخصيص',
    transfer: 'تحويل إلى شريك',
    expenditure: 'نفقات',
    refund: 'استرداد',
    fee: 'رسوم',
    reversal: 'قيد عكسي',
  },
};

/** A reversal named by the kind it reverses, `{{kind}}` (i18next's interpolation). */
export const REVERSAL_OF: Record<Locale, string> = {
  en: 'Reversal of a {{kind}}',
  fr: 'Contrepassation : {{kind}}',
  ar: 'عكس قيد: {{kind}}',
};
