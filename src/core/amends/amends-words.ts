import type { GestureKind } from './gesture-kind.ts';
import { formatMoney } from './money.ts';

/** A gesture that was issued, as a message to the customer names it. */
export type IssuedAmend = {
  kind: GestureKind;
  label: string;
  amountMinor?: number | undefined;
  currency?: string | undefined;
  code?: string | undefined;
};

/**
 * What we did, as the words after "we": "refunded €12.50", "sent you a coupon (code SAVE10)". The
 * follow-up and the status page say the amends made in these words; only issued gestures are named,
 * so a message never claims what the customer has not been given.
 * @example amendsPhrase({ kind: 'refund', label: 'Refund', amountMinor: 1250, currency: 'EUR' }) // → 'refunded €12.50'
 */
export function amendsPhrase(amend: IssuedAmend): string {
  const money =
    amend.amountMinor !== undefined && amend.currency
      ? formatMoney({ amountMinor: amend.amountMinor, currency: amend.currency })
      : undefined;
  const code = amend.code ? ` (code ${amend.code})` : '';
  switch (amend.kind) {
    case 'refund':
      return money ? `refunded ${money}` : 'refunded you';
    case 'account_credit':
      return money ? `added ${money} of credit to your account` : 'added credit to your account';
    case 'coupon':
      return `sent you a coupon${money ? ` worth ${money}` : ''}${code}`;
    case 'gift_card':
      return `sent you a gift card${money ? ` of ${money}` : ''}${code}`;
    case 'free_shipping':
      return `made your shipping free${code}`;
    case 'replacement':
      return 'sent you a replacement';
    case 'free_trial':
      return `gave you a free trial${code}`;
    case 'waived_fee':
      return money ? `waived a fee of ${money}` : 'waived the fee';
    case 'custom':
      return `gave you ${amend.label.trim() || 'a gesture of goodwill'}${money ? ` (${money})` : ''}${code}`;
  }
}

/**
 * The amends made, as one sentence a message can carry: "To make it right, we refunded €12.50 and
 * sent you a coupon worth €5.00." — empty when nothing was issued.
 */
export function amendsSentence(phrases: readonly string[]): string {
  const said = phrases.map((a) => a.trim().replace(/\.$/, '')).filter((a) => a.length > 0);
  if (said.length === 0) return '';
  const joined = said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
  return `To make it right, we ${joined}.`;
}
