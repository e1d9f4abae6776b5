/**
 * How long after resolving a case the customer's reply still reopens it (after that it opens a new
 * case that names the old one: a new problem, or the same one come back much later), and how many
 * business days after resolving the follow-up goes.
 */
export type FollowUpSettings = {
  reopenWithinDays: number;
  followUpBusinessDays: number;
};

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = { reopenWithinDays: 14, followUpBusinessDays: 3 };

export const FOLLOW_UP_LIMITS = {
  reopenWithinDays: { min: 1, max: 365 },
  followUpBusinessDays: { min: 1, max: 30 },
} as const;

/** The settings as saved, each value kept only when it is a whole number within its limits. */
export function followUpSettingsOf(saved: unknown): FollowUpSettings {
  const value = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
  const pick = (name: keyof FollowUpSettings): number => {
    const n = value[name];
    const { min, max } = FOLLOW_UP_LIMITS[name];
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max
      ? n
      : DEFAULT_FOLLOW_UP_SETTINGS[name];
  };
  return { reopenWithinDays: pick('reopenWithinDays'), followUpBusinessDays: pick('followUpBusinessDays') };
}

/** Whether the customer's reply at `now` reopens a case resolved at `resolvedAt`, or opens a new one. */
export function replyReopens(resolvedAt: Date | undefined, now: Date, settings: FollowUpSettings): boolean {
  if (!resolvedAt) return true;
  return now.getTime() - resolvedAt.getTime() <= settings.reopenWithinDays * 86_400_000;
}
