// Dates and numbers as the reader's language writes them (issue 9: quantities read "10000" and
// dates were ISO). A calendar date ('2015-01-22') is a day, not an instant: it is formatted in
// UTC so no zone moves it to the day before. Quantities are exact decimal strings or numbers;
// Intl formats a decimal string without going through a float.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../i18n/index.ts';

export interface Formats {
  /** A calendar date ('2015-01-22', or a timestamp's date part); '—' when there is none. */
  day: (iso: string | null | undefined) => string;
  /** A number or an exact decimal string, grouped as the language groups digits. */
  number: (value: number | string) => string;
  /** A quantity with its unit ("1,000 officers"). */
  quantity: (value: number | string, unit: string | null | undefined) => string;
}

export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const locale = numberLocale(i18n.language);
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    const number = (value: number | string) => numbers.format(value as unknown as number);
    return {
      day: (iso) => (iso ? days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
      number,
      quantity: (value, unit) => `${number(value)}${unit ? ` ${unit}` : ''}`,
    };
  }, [i18n.language]);
}
