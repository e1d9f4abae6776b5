import Tokens from '@fastify/csrf';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/shared/app-error.ts';

/**
 * CSRF tokens from @fastify/csrf: a per-browser secret in an httpOnly cookie, and tokens derived
 * from it that the page sends back in the `x-csrf-token` header. A cross-site form can make the
 * browser send the cookie, but it cannot read a token to put in a header.
 */
const tokens = Tokens();
export const CSRF_COOKIE = 'amends_csrf';

export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing) return tokens.create(existing);
  const secret = tokens.secretSync();
  reply.setCookie(CSRF_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  return tokens.create(secret);
}

export function assertCsrfToken(request: FastifyRequest): void {
  const secret = request.cookies[CSRF_COOKIE];
  const token = request.headers['x-csrf-token'];
  if (!secret || typeof token !== 'string' || !tokens.verify(secret, token)) {
    throw new AppError(
      'CSRF_TOKEN_INVALID',
      'The request lacks a valid CSRF token: reload the page, or send the x-csrf-token header from GET /api/v1/auth/csrf.',
    );
  }
}
