import { ApiError } from './client.ts';

/** Where a refused field sits in a request: `body.title`, `querystring.name`, `params.id`. */
const CONTEXT = /^(body|querystring|params|headers)(\.|$)/;

/** A problem's field as the form knows it: `body.customer.emails.0` → `customer.emails.0`. */
export function formField(field: string): string {
  return field.replace(CONTEXT, '');
}

/** The server's sentence for one field of the form, if it refused that field. */
export function messageFor(error: ApiError | undefined, field: string): string | undefined {
  return error?.problem.errors?.find((e) => formField(e.field) === field)?.message;
}

/**
 * The error to show at the foot of the form: none when every refused field has its sentence beside
 * it already (`shown`), else the whole problem (a refusal that is not about one field, or a field the
 * form does not show).
 */
export function unplacedError(error: ApiError | undefined, shown: readonly string[]): ApiError | undefined {
  const fields = error?.problem.errors;
  if (!error || !fields || fields.length === 0) return error;
  return fields.every((e) => shown.includes(formField(e.field))) ? undefined : error;
}

/** A refusal the console makes itself before asking the server, placed beside its field like the server's. */
export function fieldProblem(field: string, message: string): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Check the form',
    status: 0,
    code: 'VALIDATION_FAILED',
    detail: message,
    errors: [{ field, message }],
  });
}

/**
 * The server's sentence for a field, naming it as the form's label does: "defaultCurrency must be a
 * three-letter…" beside the Currency field reads "The currency must be a three-letter…".
 */
export function messageNaming(error: ApiError | undefined, field: string, words: string): string | undefined {
  const message = messageFor(error, field);
  return message?.startsWith(field) ? `${words}${message.slice(field.length)}` : message;
}
