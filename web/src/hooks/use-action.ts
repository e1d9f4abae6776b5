import { useCallback, useState } from 'react';
import { toApiError } from '../api/client.ts';

export type Action = {
  busy: boolean;
  /** The server's own words for why the last try failed, until the next try. */
  error: string | undefined;
  /** Runs `act` (one at a time: buttons use `busy`); true when it succeeded. */
  run(act: () => Promise<unknown>): Promise<boolean>;
};

/** What every form and button that calls the API does: busy while it runs, the error it ended with. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(async (act: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await act();
      return true;
    } catch (caught) {
      setError(toApiError(caught).message);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
