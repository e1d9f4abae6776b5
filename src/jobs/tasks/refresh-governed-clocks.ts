import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { refreshGovernedClocksInBatches } from '../../app/timers/refresh-governed-clocks.ts';
import { SEVERITIES } from '../../core/case/severity.ts';

const payload = z.object({
  governed: z.union([
    z.object({ severity: z.enum(SEVERITIES) }),
    z.object({ teamId: z.uuid() }),
    z.object({ organisationHours: z.literal(true) }),
  ]),
});

/** Recomputes the clocks of the many cases a policy or hours change governs, in batches. */
export function refreshGovernedClocks(ctx: AppContext): Task {
  return async (raw) => {
    const { governed } = payload.parse(raw);
    await refreshGovernedClocksInBatches(ctx, governed);
  };
}
