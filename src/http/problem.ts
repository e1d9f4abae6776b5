import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERRORS, type ErrorCode } from '../core/shared/app-error.ts';
import { fieldErrorsOf } from './validation.ts';

/** RFC 9457 problem details, with our stable `code` beside the human `detail`. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  /** SAME_LIST_SENT: the blast that already took the list. */
  blastId?: string;
  /** OPEN_PROMISES: the open promises to settle first. */
  promiseIds?: string[];
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Too large',
  414: 'URL too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  431: 'Headers too large',
  500: 'Internal error',
  503: 'Unavailable',
};

export function problem(code: ErrorCode, detail: string, extra: Partial<Problem> = {}): Problem {
  const status = ERRORS[code];
  return {
    type: `urn:amends:error:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/** Maps anything thrown to a problem a person can act on. Unknown errors are logged and said plainly. */
export function toProblem(error: unknown, request: FastifyRequest): Problem {
  const instance = request.url.split('?')[0];
  if (error instanceof AppError) {
    const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
    // A use case may list several problems (a blast's refused lines); otherwise the one field.
    const listed =
      Array.isArray(error.details?.errors) && error.details.errors.length > 0
        ? (error.details.errors as { field: string; message: string }[])
        : undefined;
    const blastId = typeof error.details?.blastId === 'string' ? error.details.blastId : undefined;
    const promiseIds = Array.isArray(error.details?.promiseIds)
      ? (error.details.promiseIds as string[])
      : undefined;
    return problem(error.code, error.message, {
      instance,
      ...(blastId && { blastId }),
      ...(promiseIds && { promiseIds }),
      ...(listed ? { errors: listed } : field && { errors: [{ field, message: error.message }] }),
    });
  }
  const errors = fieldErrorsOf(error);
  if (errors) {
    // Each message is a sentence naming its field (see validation.ts), so together they are the detail.
    return problem('VALIDATION_FAILED', errors.map((e) => e.message).join(' '), { instance, errors });
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(
        'MALFORMED_JSON',
        'The body is not valid JSON. Send a JSON object with Content-Type: application/json.',
        { instance },
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      // The route's own limit (a blast's CSV takes far more than a case note).
      return problem(
        'BODY_TOO_LARGE',
        `The body is larger than this endpoint accepts (${formatBytes(request.routeOptions.bodyLimit)}): send less, or split a list into several requests.`,
        { instance },
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
      return problem(
        'UNSUPPORTED_MEDIA_TYPE',
        `Send the body with Content-Type: ${consumes?.[0] ?? 'application/json'}.`,
        {
          instance,
        },
      );
    }
    case 'FST_ERR_BAD_URL':
      return problem(
        'MALFORMED_REQUEST',
        'The path is not valid percent-encoding (a % must be followed by two hexadecimal digits that spell UTF-8). Encode the path with encodeURIComponent.',
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(
        'URL_TOO_LONG',
        `A part of the path is longer than ${request.server.initialConfig.maxParamLength ?? 100} characters; ids and tokens are much shorter. Check the URL.`,
      );
    case 'FST_ERR_RATE_LIMITED':
      return problem('RATE_LIMITED', 'Too many attempts from here. Wait a minute and try again.', {
        instance,
      });
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return problem(
      'MALFORMED_JSON',
      'The body is not valid JSON. Send a JSON object with Content-Type: application/json.',
      { instance },
    );
  }
  if (fastifyError.statusCode === 429) {
    return problem('RATE_LIMITED', 'Too many attempts from here. Wait a minute and try again.', { instance });
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return problem('VALIDATION_FAILED', fastifyError.message ?? 'The request is not valid.', {
      instance,
      status: fastifyError.statusCode,
    });
  }
  return problem(
    'INTERNAL',
    'Something went wrong on our side and nothing was changed. Try again; if it keeps happening, tell your administrator.',
    { instance },
  );
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}
