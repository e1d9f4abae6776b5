import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/shared/app-error.ts';
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../../core/shared/storable-text.ts';

const PARTS = ['params', 'query', 'body'] as const;

/**
 * One rule for every API route, before its schema or use case runs: text PostgreSQL cannot store
 * (a NUL, an unpaired surrogate) in the path, the query or the body — JSON or a CSV upload — is
 * refused with a 400 naming the field, so no route can forget it and nothing is written. Headers
 * need no check: Node's parser already refuses control characters in them. The customer pages keep
 * a customer's text instead (app/ratings/add-rating-comment.ts).
 */
export function registerStorableText(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    if (!request.routeOptions.url?.startsWith('/api/')) return done();
    const field = findUnstorableField(request);
    if (!field) return done();
    done(new AppError('VALIDATION_FAILED', `${field} ${UNSTORABLE_TEXT_MESSAGE}.`, { field }));
  });
}

/** e.g. `body.customer.name`, `query.q`, `body.line 3`. */
function findUnstorableField(request: FastifyRequest): string | undefined {
  for (const part of PARTS) {
    const path = findUnstorableText(request[part]);
    if (path) return [part, ...path].join('.');
  }
  return undefined;
}
