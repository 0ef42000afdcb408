import { useTranslation } from 'react-i18next';
import { fromMinorUnits } from '../../../common/money.ts';
import { numberLocale } from '../i18n/index.ts';

/**
 * Integer minor units — one amount (a number) or an exact sum (a decimal string of any
 * size) — shown in the reader's language with the currency's own decimals. The amount is
 * turned into decimal text exactly (BigInt) and formatted as text: Intl formats a numeric
 * string without passing it through a float (ES2023), so no digit is lost or rounded.
 */
export function formatMoney(amountMinor: number | string, currency: string, lang: string): string {
  const format = new Intl.NumberFormat(numberLocale(lang), { style: 'currency', currency });
  // The project's lib is ES2022, whose typings do not know format(string) yet.
  return format.format(fromMinorUnits(amountMinor, currency) as unknown as number);
}

export function Money({ value }: { value: { amountMinor: number | string; currency: string } | null }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return <>{formatMoney(value.amountMinor, value.currency, i18n.language)}</>;
}
