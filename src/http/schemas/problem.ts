import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../core/shared/app-error.ts';

const CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

/** RFC 9457 problem details as every error leaves the server (http/problem.ts builds them). */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'urn:amends:error:<code>' }),
    title: z.string(),
    status: z.number().int(),
    /** Stable: clients match on it. */
    code: z.enum(CODES),
    /** For people: what went wrong and what to do about it. */
    detail: z.string(),
    instance: z.string().optional(),
    /** Each refused field (or CSV line) with its reason. */
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    /** SAME_LIST_SENT: the blast that already took this list. */
    blastId: z.uuid().optional(),
    /** OPEN_PROMISES: the case's open promises, to settle (kept or broken) before resolving it. */
    promiseIds: z.array(z.uuid()).optional(),
  })
  .meta({ id: 'Problem' });
