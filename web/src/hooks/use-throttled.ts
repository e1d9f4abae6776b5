import { useCallback, useEffect, useRef } from 'react';

/**
 * `fn` at once, then at most once per `ms` while calls keep coming; a call in between is never lost,
 * it runs at the end of the wait. Live refetches use it: a burst of ratings is one refetch a second.
 */
export function useThrottled(fn: () => void, ms: number): () => void {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const state = useRef<{ last: number; timer: ReturnType<typeof setTimeout> | undefined }>({
    last: 0,
    timer: undefined,
  });
  useEffect(() => () => clearTimeout(state.current.timer), []);
  return useCallback(() => {
    const s = state.current;
    if (s.timer) return;
    const run = () => {
      s.timer = undefined;
      s.last = Date.now();
      latest.current();
    };
    const wait = s.last + ms - Date.now();
    if (wait <= 0) run();
    else s.timer = setTimeout(run, wait);
  }, [ms]);
}
