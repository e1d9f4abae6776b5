import { z } from 'zod';

/** A moment in a query string: a date (midnight UTC) or a date and time with its offset. */
export const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'Give a date (2026-11-23) or a date and time (2026-11-23T09:00:00Z).',
  })
  .transform((value) => new Date(value));
