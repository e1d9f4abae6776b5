import { z } from 'zod';
import {
  IDEMPOTENCY_KEY_PATTERN,
  MAX_IDEMPOTENCY_KEY_LENGTH,
} from '../../core/idempotency/idempotency-key.ts';

/** The header as the OpenAPI document describes it; http/plugins/idempotency.ts enforces it. */
export const idempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(MAX_IDEMPOTENCY_KEY_LENGTH)
    .regex(IDEMPOTENCY_KEY_PATTERN)
    .optional()
    .meta({
      description:
        'Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours.',
    }),
});
