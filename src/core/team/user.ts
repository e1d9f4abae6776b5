import type { Role } from './role.ts';

export type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Deactivated people keep their history but cannot log in or own cases. */
  active: boolean;
  /** Whether the assignment rule may give this person new cases right now. */
  available: boolean;
  teamIds: string[];
  createdAt: Date;
};

/** Who is acting: a person through the console, or a machine client through an API token. */
/** The shortest password Amends accepts, wherever one is set (API, CLI, first admin from env). */
export const MIN_PASSWORD_LENGTH = 12;

export type Actor = { userId: string; role: Role; via: 'session' | 'token' };

/** Lower-cases and trims an email so one person has one address. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * What a customer calls the person looking after them: the first word of their name.
 * @example firstNameOf('Maya Lind') // 'Maya'
 */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
