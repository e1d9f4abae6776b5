/**
 * Every error a person or a client can meet, with its HTTP status and when it is thrown.
 * Codes are stable API: clients match on them, the message is for people.
 */
export const ERRORS = {
  /** The request body, query or path failed validation (wrong type, unknown field, missing field). */
  VALIDATION_FAILED: 400,
  /** The body is not valid JSON. */
  MALFORMED_JSON: 400,
  /** The request is not valid HTTP, or its path is not valid percent-encoding. */
  MALFORMED_REQUEST: 400,
  /** No valid session cookie or API token came with a request that needs one. */
  UNAUTHENTICATED: 401,
  /** Email and password do not match an active user. */
  INVALID_CREDENTIALS: 401,
  /** A change of one's own password came with a current password that is not theirs. */
  CURRENT_PASSWORD_WRONG: 403,
  /** The caller's role may not do this. */
  FORBIDDEN: 403,
  /** A cookie-authenticated state change came without a valid CSRF token. */
  CSRF_TOKEN_INVALID: 403,
  /** A cookie-authenticated state change (or a sign-in) came from a page on another site. */
  FOREIGN_ORIGIN: 403,
  /** The id in the path (or a referenced id) does not exist. */
  NOT_FOUND: 404,
  /** A unique value (an email, a team name, an external id) is already taken. */
  CONFLICT: 409,
  /** The case cannot move from its status to the one asked for. */
  INVALID_STATUS_TRANSITION: 409,
  /** A hand-off that breaks the rules (to the current owner, to an inactive user). */
  INVALID_HANDOFF: 409,
  /** Nobody is available to own a new case. */
  NO_AVAILABLE_OWNER: 409,
  /** A request with the same Idempotency-Key is still being handled; retry it shortly. */
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
  /** The Idempotency-Key came before with a different request (method, path, query or body). */
  IDEMPOTENCY_KEY_REUSED: 422,
  /**
   * A blast's list (the same rows, for the same survey) was already sent less than a day before:
   * the problem names the earlier blast (`blastId`). A retried upload, so nobody is mailed twice.
   */
  SAME_LIST_SENT: 409,
  /** An owner of active cases would be deactivated: their cases must be handed off first. */
  OWNS_ACTIVE_CASES: 409,
  /** A message to the customer of a closed case: reopen it first (core/conversation/case-message.ts). */
  CASE_CLOSED: 409,
  /** A message to a customer with no email address, or whose address bounced for good. */
  CUSTOMER_UNREACHABLE: 409,
  /** A change to a promise that is kept, broken or renegotiated already (core/promise/promise.ts). */
  PROMISE_NOT_OPEN: 409,
  /**
   * Resolving or closing a case that still has open promises: settle them first, kept or broken
   * (core/promise/promise.ts#assertNoOpenPromises); the problem lists them (`promiseIds`).
   */
  OPEN_PROMISES: 409,
  /** An amends request that was already approved or declined (core/amends/gesture.ts). */
  GESTURE_NOT_PENDING: 409,
  /** An amends gesture that is not waiting to be issued by hand (it is pending, issuing or done). */
  GESTURE_NOT_AWAITING_ISSUE: 409,
  /** A coupon or gift card from a code pool with no unused code left: upload more (Settings → Amends). */
  CODE_POOL_EXHAUSTED: 409,
  /** A password-reset link that is unknown, already used or expired. */
  RESET_LINK_INVALID: 410,
  /** The body is larger than the server accepts. */
  BODY_TOO_LARGE: 413,
  /** The request did not arrive in time. */
  REQUEST_TIMEOUT: 408,
  /** The URL, or one part of its path, is longer than the server reads. */
  URL_TOO_LONG: 414,
  /** The body is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The request's headers together are larger than the server reads. */
  HEADERS_TOO_LARGE: 431,
  /** Too many requests from one client. */
  RATE_LIMITED: 429,
  /** Something failed on our side; the request changed nothing. */
  INTERNAL: 500,
  /** The database does not answer. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code];
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
