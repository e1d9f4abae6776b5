import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { amends } from './api/amends.ts';
import type { User } from './api/types.ts';
import { useResource } from './hooks/use-resource.ts';
import { useLive } from './live.tsx';

type People = {
  /** Everyone, by name (as the server orders them). */
  list: readonly User[];
  /** A person's name for display; a placeholder while loading or for someone unknown. */
  nameOf(userId: string | null | undefined): string;
};

const PeopleContext = createContext<People>({ list: [], nameOf: () => '…' });

/** The people directory, loaded once and again on `resync`, to turn user ids into names. */
export function PeopleProvider({ children }: { children: ReactNode }) {
  const users = useResource(() => amends.users(), []);
  useLive((message) => {
    if (message.type === 'resync') users.reload();
  });
  const people = useMemo<People>(() => {
    const list = users.data ?? [];
    const byId = new Map(list.map((user) => [user.id, user]));
    return {
      list,
      nameOf: (userId) => {
        if (!userId) return 'Amends';
        return byId.get(userId)?.name ?? (users.data ? 'Someone no longer listed' : '…');
      },
    };
  }, [users.data]);
  return <PeopleContext value={people}>{children}</PeopleContext>;
}

export function usePeople(): People {
  return useContext(PeopleContext);
}
