/** Where the customer's story reached us. */
export const CHANNELS = [
  'email',
  'phone',
  'chat',
  'social',
  'web',
  'in_person',
  'rating',
  'event',
  'api',
] as const;
export type Channel = (typeof CHANNELS)[number];
