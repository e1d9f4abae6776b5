/**
 * What every open console hears when something changes: small ({ type, id }) so a NOTIFY payload stays
 * under PostgreSQL's 8 kB, and consoles refetch what they show.
 */
export type LiveMessage =
  | {
      type: 'case.changed';
      caseId: string;
      /** Set when the change gave the case an owner (opened or handed off): the console alerts them. */
      assignedTo?: string;
      /** Who made the change; absent when Amends did (a case opened from feedback). */
      by?: string;
      /** Set when the customer wrote: the owner whose console alerts them. */
      customerWroteTo?: string;
      /** A promise on the case is at risk or broke by itself: the people whose consoles alert them. */
      promiseAlert?: {
        to: string[];
        promiseId: string;
        state: 'at_risk' | 'broken';
        /** The case's number, so the alert names which case wherever the person is in the console. */
        caseNumber: number;
      };
      /**
       * A task on the case was asked of someone, commented on, done or ran overdue: the people whose
       * consoles alert them (the assignee, and the owner when it is not theirs).
       */
      taskAlert?: { to: string[]; taskId: string; state: 'asked' | 'commented' | 'overdue' | 'done' };
      /** Set when the case's update clock ran out: the owner whose console nudges them to write. */
      updateDueFor?: string;
    }
  | { type: 'rating.recorded' };
