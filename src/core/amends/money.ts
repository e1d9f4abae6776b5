/**
 * Money as a service-recovery person hands it out: an integer count of the currency's minor unit
 * (cents, pence; yen have none) and an ISO 4217 code. Never a float: 0.1 + 0.2 is not a refund.
 */
export type Money = { amountMinor: number; currency: string };

/** The ISO 4217 codes this runtime knows (maintained with ICU, not by hand). */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The largest amount we accept in minor units: well inside an exact integer and a bigint column. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_00;

export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/** How many digits the currency's minor unit has (EUR 2, JPY 0, BHD 3), from ICU's ISO 4217 data. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Why an amount cannot be money, in a sentence naming the field; undefined when it can. */
export function amountProblem(amountMinor: unknown, field = 'amountMinor'): string | undefined {
  if (typeof amountMinor !== 'number' || !Number.isFinite(amountMinor))
    return `${field} must be a whole number of the currency's minor unit (e.g. 1250 for 12.50).`;
  if (!Number.isInteger(amountMinor))
    return `${field} must be a whole number of the currency's minor unit (e.g. 1250 for 12.50), not a fraction.`;
  if (amountMinor <= 0) return `${field} must be more than zero.`;
  if (amountMinor > MAX_AMOUNT_MINOR) return `${field} is larger than any gesture Amends accepts.`;
  return undefined;
}

/** Why a currency code cannot be used, or undefined. Codes are upper-case ISO 4217 (EUR, not eur). */
export function currencyProblem(currency: unknown, field = 'currency'): string | undefined {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
    return `${field} must be a three-letter ISO 4217 code in capitals, e.g. EUR.`;
  if (!isKnownCurrency(currency)) return `${field} ${currency} is not an ISO 4217 currency we know.`;
  return undefined;
}

/** e.g. "€12.50", "¥500": the locale decides the symbol, the currency its digits. */
export function formatMoney(money: Money, locale = 'en'): string {
  const digits = minorUnitDigits(money.currency);
  // Through a string so an amount of any size never passes through a float division.
  const sign = money.amountMinor < 0 ? '-' : '';
  const whole = Math.abs(money.amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  const decimal = digits === 0 ? whole : `${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    `${sign}${decimal}` as unknown as number,
  );
}

/** An amount as a person types it, the inverse of parseMajorAmount: 1250 EUR → "12.50", 500 JPY → "500". */
export function formatMajorAmount(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const whole = Math.abs(amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  return `${sign}${digits === 0 ? whole : `${whole.slice(0, -digits)}.${whole.slice(-digits)}`}`;
}

/** Parses "12.50" in the currency's minor unit (1250), or undefined when it has more digits than allowed. */
export function parseMajorAmount(text: string, currency: string): number | undefined {
  const digits = minorUnitDigits(currency);
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
