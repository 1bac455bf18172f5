/**
 * Numbers for people, one way everywhere: counts with the locale's grouping (2,500), shares as percentages with one
 * decimal (58.0%, 59.9% — never 58% on one page and 59.9% on the next).
 */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A share 0–1 as a percentage with exactly one decimal; a dash when there is none. */
export function formatPercent(rate: number | null | undefined, locale: string, none = '—'): string {
  if (rate == null || Number.isNaN(rate)) return none;
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}
