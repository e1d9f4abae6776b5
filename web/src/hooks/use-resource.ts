import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { type ApiError, toApiError } from '../api/client.ts';

export type Resource<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  /** Fetch again, keeping what is shown until the answer arrives (live refreshes do not flicker). */
  reload(): void;
};

/** Loads `load()` now, again when `deps` change or on `reload()`; a late answer never overwrites a newer one. */
export function useResource<T>(load: () => Promise<T>, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError }>({});
  const [generation, setGeneration] = useState(0);

  // The caller lists what `load` depends on in `deps`.
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data }),
      (error: unknown) => current && setState((previous) => ({ ...previous, error: toApiError(error) })),
    );
    return () => {
      current = false;
    };
  }, [generation, ...deps]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data: state.data, error: state.error, reload };
}
