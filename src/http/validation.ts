import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/** One refused field as a problem's `errors` lists it: `body.title`, `querystring.limit`, `params.id`. */
export type FieldError = { field: string; message: string };

/** What our validator hands Fastify for each refused field (Fastify adds `validationContext`). */
type Refusal = { instancePath: string; message: string };

type Issue = z.core.$ZodRawIssue;

/**
 * Fastify's validator for the zod schemas, parsing with `humanMessage` as the error map: a schema's
 * own message (e.g. `text(20_000, 'Write a note first.')`) wins, and every other refusal gets a
 * sentence naming the field instead of zod's "Too small: expected string to have >=1 characters".
 * Per parse rather than zod's global config, so only what the API answers is affected.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: humanMessage });
    if (result.success) return { value: result.data };
    const refusals: Refusal[] = result.error.issues.map((issue) => ({
      instancePath: issue.path.map((part) => `/${String(part)}`).join(''),
      message: issue.message,
    }));
    // Fastify turns a list into a 400 error carrying it as `validation`.
    return { error: refusals as unknown as Error };
  };

/** The refused fields of a validation error from `validatorCompiler`; undefined for any other error. */
export function fieldErrorsOf(error: unknown): FieldError[] | undefined {
  const { validation, validationContext } = error as { validation?: unknown; validationContext?: string };
  if (!Array.isArray(validation) || validation.length === 0) return undefined;
  return (validation as Refusal[]).map((refusal) => ({
    field: [validationContext, ...refusal.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
    message: refusal.message,
  }));
}

/**
 * A sentence for a refused value that names the field (`touchpointType` → "Touchpoint type"), for
 * fields whose schema has no message of its own. Never zod's wording: API callers read these too.
 */
function humanMessage(issue: Issue): string {
  const name = fieldName(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${name} is missing.`;
      return `${name} must be ${TYPE_WORDS[issue.expected] ?? `of type ${issue.expected}`}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `${name} is empty: fill it in.`
          : `${name} needs at least ${count(issue.minimum)} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${name} needs at least ${count(issue.minimum)}.`;
      return `${name} must be ${count(issue.minimum)} or more.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `${name} is too long: keep it to ${count(issue.maximum)} characters or fewer.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${name} takes at most ${count(issue.maximum)}.`;
      return `${name} must be ${count(issue.maximum)} or less.`;
    case 'invalid_format':
      return `${name} must be ${FORMAT_WORDS[issue.format] ?? `in ${issue.format} form`}.`;
    case 'invalid_value':
      return `${name} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return `Remove ${keys}: ${issue.keys.length > 1 ? 'these fields are' : 'this field is'} not taken here.`;
    }
    case 'not_multiple_of':
      return `${name} must be a multiple of ${String(issue.divisor)}.`;
    default:
      return `${name} is not valid.`;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const FORMAT_WORDS: Record<string, string> = {
  uuid: 'an id (a UUID)',
  email: 'an email address, like name@example.com',
  url: 'a full address, like https://example.com',
  datetime: 'a date and time, like 2026-11-23T09:00:00Z',
  date: 'a date, like 2026-11-23',
};

/** `['customer', 'touchpointType']` → "Touchpoint type"; a list item → "Emails item 1"; none → "The request". */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'The request';
  if (typeof last === 'number') return `${fieldName(path.slice(0, -1))} item ${last + 1}`;
  const words = String(last)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    // Initialisms read as letters: "Logo URL", "Owner ID", "SMTP".
    .replace(/\b(url|id|csv|smtp|api|nps|csat)\b/g, (word) => word.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const count = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en') : String(value));
