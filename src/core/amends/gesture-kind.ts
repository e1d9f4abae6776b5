/**
 * The gestures a front-line person can offer to put things right. Admins rename them, set default
 * amounts and add custom ones; the kind says what the business's system has to do.
 */
export const GESTURE_KINDS = [
  'refund',
  'account_credit',
  'coupon',
  'free_shipping',
  'gift_card',
  'replacement',
  'free_trial',
  'waived_fee',
  'custom',
] as const;
export type GestureKind = (typeof GESTURE_KINDS)[number];

/** One entry of the catalogue, as an admin keeps it. */
export type GestureType = {
  id: string;
  kind: GestureKind;
  name: string;
  /** Whether it is an amount of money (a refund) or a thing (a replacement, free shipping). */
  carriesMoney: boolean;
  /** Coupons and gift cards can hand out codes from an uploaded pool, each used once. */
  usesCodePool: boolean;
  /** Prefilled in the case's form; the agent may change it. */
  defaultAmountMinor: number | undefined;
  defaultCurrency: string | undefined;
  active: boolean;
};

const DEFAULTS: readonly Pick<GestureType, 'kind' | 'name' | 'carriesMoney' | 'usesCodePool'>[] = [
  { kind: 'refund', name: 'Refund', carriesMoney: true, usesCodePool: false },
  { kind: 'account_credit', name: 'Account credit', carriesMoney: true, usesCodePool: false },
  { kind: 'coupon', name: 'Coupon', carriesMoney: true, usesCodePool: true },
  { kind: 'free_shipping', name: 'Free shipping', carriesMoney: false, usesCodePool: false },
  { kind: 'gift_card', name: 'Gift card', carriesMoney: true, usesCodePool: true },
  { kind: 'replacement', name: 'Replacement', carriesMoney: false, usesCodePool: false },
  { kind: 'free_trial', name: 'Free trial', carriesMoney: false, usesCodePool: false },
  { kind: 'waived_fee', name: 'Waived fee', carriesMoney: true, usesCodePool: false },
];

/** The catalogue a new database starts with (the migration seeds the same). */
export const DEFAULT_GESTURE_TYPES: readonly Omit<GestureType, 'id'>[] = DEFAULTS.map((type) => ({
  ...type,
  defaultAmountMinor: undefined,
  defaultCurrency: undefined,
  active: true,
}));
