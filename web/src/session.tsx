import { createContext, useContext } from 'react';
import type { User } from './api/types.ts';

export type Session = {
  user: User;
  /** After the server returns a changed user (e.g. availability). */
  setUser(user: User): void;
  signOut(): Promise<void>;
};

export const SessionContext = createContext<Session | undefined>(undefined);

/** The signed-in person; only screens behind the login use it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the signed-in console');
  return session;
}
