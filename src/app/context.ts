import type { Db } from '../store/db.ts';

/** What every use case needs: the database, and the clock (passed in so rules and tests control time). */
export type AppContext = {
  db: Db;
  connectionString: string;
  now: () => Date;
  sessionDays: number;
};
