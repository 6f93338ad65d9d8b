import { useTranslation } from 'react-i18next';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Number, money, date and month formats of the current language, through Intl. */
export interface Formats {
  locale: string;
  /** Euro cents as money: € 1.600,00 in Dutch, €1,600.00 in English. */
  money(cents: number): string;
  /** A calendar date YYYY-MM-DD, e.g. "maandag 2 november 2026". */
  date(date: string, style?: 'long' | 'short' | 'weekday'): string;
  /** A month YYYY-MM, e.g. "maart 2026" (or "mrt" short). */
  month(month: string, style?: 'long' | 'short'): string;
  /** A fraction as a percentage: 0.25 is "25%". */
  percent(fraction: number, digits?: number): string;
  number(value: number): string;
}

const cache = new Map<string, Formats>();

export function formats(language: string): Formats {
  const locale = language === 'en' ? LOCALES.en : LOCALES.nl;
  const cached = cache.get(locale);
  if (cached) return cached;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const longDate = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const longMonth = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const made: Formats = {
    locale,
    money: (cents) => money.format(cents / 100),
    date: (date, style = 'long') =>
      (style === 'long' ? longDate : style === 'short' ? shortDate : weekday).format(
        new Date(`${date}T00:00:00Z`),
      ),
    month: (month, style = 'long') =>
      (style === 'long' ? longMonth : shortMonth).format(new Date(`${month}-01T00:00:00Z`)),
    percent: (fraction, digits = 0) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction),
    number: (value) => number.format(value),
  };
  cache.set(locale, made);
  return made;
}

/** The formats of the language the app shows now. */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return formats(i18n.language);
}
