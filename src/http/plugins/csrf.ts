import Tokens from '@fastify/csrf';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/shared/app-error.ts';
import { isForeignFetchSite, isOwnOrigin } from '../../core/shared/own-origin.ts';

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

/**
 * A browser names the page a request came from (Origin, or at least Sec-Fetch-Site). A page on another
 * site that somehow holds a CSRF token (an XSS there, a token leaked in a log) must still not act with
 * this browser's cookies. Allowed: the public URL's origin, and the host the request was sent to — a
 * page served by this very host (the console on a LAN address, or before AMENDS_PUBLIC_URL is set);
 * a foreign page cannot make a browser send an Origin naming the host it is sending to. A request
 * naming neither header is not from a browser page (curl with a cookie), and the token alone decides.
 */
export function assertSameOrigin(request: FastifyRequest, publicUrl: string): void {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (isOwnOrigin(origin, publicUrl, request.headers.host)) return;
    throw new AppError(
      'FOREIGN_ORIGIN',
      `This change came from a page on ${origin}, not from Amends (${new URL(publicUrl).origin}): changes with your session are accepted only from Amends' own pages. Use an API token from other systems.`,
    );
  }
  const site = request.headers['sec-fetch-site'];
  if (isForeignFetchSite(site)) {
    throw new AppError(
      'FOREIGN_ORIGIN',
      `This change came from a page on another site (Sec-Fetch-Site: ${site}): changes with your session are accepted only from Amends' own pages. Use an API token from other systems.`,
    );
  }
}
