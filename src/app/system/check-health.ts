import { pingDatabase } from '../../store/db.ts';
import type { AppContext } from '../context.ts';

/** True when the database answers a trivial query within the timeout. */
export async function isDatabaseHealthy(ctx: AppContext, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = pingDatabase(ctx.db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
