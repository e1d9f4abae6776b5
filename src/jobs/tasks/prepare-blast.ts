import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { prepareBlast as prepare } from '../../app/blasts/prepare-blast.ts';
import type { AppContext } from '../../app/context.ts';

const payload = z.object({ blastId: z.uuid() });

/** Turns an uploaded blast's rows into queued mail, a batch per transaction (app/blasts/prepare-blast.ts). */
export function prepareBlast(ctx: AppContext): Task {
  return async (raw) => {
    const { blastId } = payload.parse(raw);
    await prepare(ctx, blastId);
  };
}
