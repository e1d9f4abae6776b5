import { useEffect, useState } from 'react';

/** The current time, ticking every `everyMs`, for "waiting for 12 min" labels (a clock, not a poll). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
