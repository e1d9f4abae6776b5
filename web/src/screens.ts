import type { Role } from './api/types.ts';
import { matchPath } from './router.tsx';
import { hasRole } from './rules.ts';

/**
 * Who may open which screen, in one place: the header offers only what a person can open, and a
 * person who follows a link to a screen above their role is told whose it is instead of "Page not
 * found". The API decides all the same; this only keeps the console honest about it.
 */
const GATED: readonly { pattern: string; least: Role }[] = [
  { pattern: '/blasts', least: 'supervisor' },
  { pattern: '/outbox', least: 'supervisor' },
  { pattern: '/amends', least: 'supervisor' },
  { pattern: '/mail-in', least: 'supervisor' },
  { pattern: '/surveys', least: 'admin' },
  { pattern: '/people', least: 'admin' },
  { pattern: '/audit', least: 'admin' },
  { pattern: '/teams/:id/hours', least: 'admin' },
];

/** The least role a screen needs; undefined for screens everyone signed in may open. Every /settings screen is an admin's. */
export function leastRoleFor(path: string): Role | undefined {
  const trimmed = path.replace(/\/+$/, '') || '/';
  if (trimmed === '/settings' || trimmed.startsWith('/settings/')) return 'admin';
  return GATED.find(({ pattern }) => matchPath(pattern, trimmed) !== undefined)?.least;
}

export function canOpen(role: Role, path: string): boolean {
  const least = leastRoleFor(path);
  return least === undefined || hasRole(role, least);
}
