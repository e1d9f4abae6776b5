import { useCallback, useState } from 'react';

function read(key: string): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((item) => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

function write(key: string, items: ReadonlySet<string>): void {
  try {
    if (items.size === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify([...items]));
  } catch {
    // Storage full or refused (a private window): the choice lasts until the reload, as before.
  }
}

/**
 * A small set of strings this browser remembers under `key` across reloads (localStorage): a choice
 * a person made about what they are shown, not worth a round trip to the server. `keepOnly` forgets
 * whatever no longer matters, so the stored list never grows past what is on screen.
 */
export function useStoredSet(key: string): {
  items: ReadonlySet<string>;
  add(item: string): void;
  keepOnly(wanted: (item: string) => boolean): void;
} {
  const [items, setItems] = useState(() => read(key));
  const add = useCallback(
    (item: string) =>
      setItems((previous) => {
        const next = new Set(previous).add(item);
        write(key, next);
        return next;
      }),
    [key],
  );
  const keepOnly = useCallback(
    (wanted: (item: string) => boolean) =>
      setItems((previous) => {
        const next = new Set([...previous].filter(wanted));
        if (next.size === previous.size) return previous;
        write(key, next);
        return next;
      }),
    [key],
  );
  return { items, add, keepOnly };
}
