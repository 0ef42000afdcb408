import { useTranslation } from 'react-i18next';
import { numberLocale } from '../i18n/index.ts';

/** Integer minor units shown in the reader's language, with the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string, lang: string): string {
  const format = new Intl.NumberFormat(numberLocale(lang), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

export function Money({ value }: { value: { amountMinor: number; currency: string } | null }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return <>{formatMoney(value.amountMinor, value.currency, i18n.language)}</>;
}
