import { useCallback, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../api/client.ts';

export type Action = {
  /** While true, buttons say so with aria-disabled (not `disabled`, which would throw keyboard focus away). */
  busy: boolean;
  /**
   * Why the last try failed, until the next try: the server's problem details (its `detail` as the
   * message, field errors in `problem.errors`), or an Error the action threw itself (a browser-side check).
   */
  error: ApiError | undefined;
  /** Runs `act`, one at a time (a second press while busy does nothing); true when it succeeded. */
  run(act: () => Promise<unknown>): Promise<boolean>;
};

/** What every form and button that calls the API does: busy while it runs, the error it ended with. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(async (act: () => Promise<unknown>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await act();
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
