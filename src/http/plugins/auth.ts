import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type Authenticated,
  authenticateApiToken,
  authenticateSession,
} from '../../app/auth/authenticate.ts';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { hasRole, type Role } from '../../core/team/role.ts';
import { assertCsrfToken, assertSameOrigin } from './csrf.ts';

export const SESSION_COOKIE = 'amends_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling; set for every route that is not public. */
    auth: Authenticated | undefined;
  }
  interface FastifyContextConfig {
    /** 'public' skips authentication; a role is the least one allowed. Default: 'agent'. */
    access?: 'public' | Role;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in caller; throws when a route forgot to require authentication. */
export function authOf(request: FastifyRequest): Authenticated {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return request.auth;
}

/**
 * Authenticates every /api/v1 route unless it is public: an API token (Authorization: Bearer) or the
 * session cookie. Cookie-authenticated state changes must also carry the CSRF token and come from our
 * own origin, because a browser sends cookies on cross-site requests; a bearer token is never sent by a
 * browser on its own.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', undefined);
  // A callback hook, so public routes (a customer's rating click) pass without a promise per request.
  app.addHook('onRequest', (request, _reply, done) => {
    const access = request.routeOptions.config.access ?? 'agent';
    if (access === 'public' || !request.routeOptions.url?.startsWith('/api/v1')) return done();
    authenticate(ctx, request, access).then(() => done(), done);
  });
}

async function authenticate(ctx: AppContext, request: FastifyRequest, access: Role): Promise<void> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    request.auth = await authenticateApiToken(ctx, bearer);
    if (!request.auth)
      throw new AppError(
        'UNAUTHENTICATED',
        'That API token is unknown or revoked. Create a new one in the console under Settings.',
      );
  } else {
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await authenticateSession(ctx, token) : undefined;
    if (!request.auth)
      throw new AppError('UNAUTHENTICATED', 'Sign in first (your session may have expired).');
    if (!SAFE_METHODS.has(request.method)) {
      assertCsrfToken(request);
      assertSameOrigin(request, ctx.publicUrl);
    }
  }
  if (!hasRole(request.auth.actor.role, access)) {
    throw new AppError(
      'FORBIDDEN',
      `This needs the ${access} role; you are signed in as ${request.auth.actor.role}.`,
    );
  }
}
