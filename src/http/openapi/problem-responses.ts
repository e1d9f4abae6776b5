import type { Role } from '../../core/team/role.ts';
import { problemSchema } from '../schemas/problem.ts';

/** The 4xx answers a route can give, each an RFC 9457 problem. */
const PROBLEM_STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 429] as const;
type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Problems this route's use case can answer beyond those its shape implies (see
     * `problemStatusesOf`), e.g. 404 for an id in the body, 409 for a taken name.
     */
    problems?: readonly ProblemStatus[];
  }
}

const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field.',
  401: 'No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS).',
  403: 'The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID).',
  404: 'The id in the path, or one the body refers to, does not exist (NOT_FOUND).',
  409: 'The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS).',
  413: 'The body is larger than this endpoint accepts (BODY_TOO_LARGE).',
  415: 'The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE).',
  422: 'The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED).',
  429: 'Too many attempts from this address (RATE_LIMITED).',
};

type RouteShape = {
  method: string;
  url: string;
  access: 'public' | Role;
  hasInput: boolean;
  hasBody: boolean;
  rateLimited: boolean;
  idempotent: boolean;
  problems: readonly ProblemStatus[];
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The problems a route can answer, from what every route of its shape can meet (validation,
 * authentication, CSRF, path ids, bodies, rate limits, idempotency keys) plus the route's own list.
 */
export function problemStatusesOf(route: RouteShape): ProblemStatus[] {
  const statuses = new Set<ProblemStatus>(route.problems);
  if (route.hasInput || route.idempotent) statuses.add(400);
  if (route.access !== 'public') statuses.add(401);
  // Cookie-authenticated changes need a CSRF token, login included; higher roles are checked.
  if ((route.access !== 'public' && route.access !== 'agent') || !SAFE_METHODS.has(route.method))
    statuses.add(403);
  if (route.url.includes(':')) statuses.add(404);
  if (route.hasBody) {
    statuses.add(413);
    statuses.add(415);
  }
  if (route.rateLimited) statuses.add(429);
  if (route.idempotent) {
    statuses.add(409);
    statuses.add(422);
  }
  return PROBLEM_STATUSES.filter((status) => statuses.has(status));
}

/** The responses to add to a route's schema: each status as application/problem+json. */
export function problemResponses(statuses: readonly ProblemStatus[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}
