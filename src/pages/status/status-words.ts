import type { CaseStatus } from '../../core/case/case-status.ts';

/**
 * A case's status as the customer reads it: a short label, and a sentence naming who looks after
 * it. Never the status's code name ("acknowledged" is our word, not theirs).
 */
export function statusWords(status: CaseStatus, owner: string): { label: string; line: string } {
  switch (status) {
    case 'open':
      return { label: 'Received', line: `${owner} is looking after this and will be in touch soon.` };
    case 'acknowledged':
      return { label: 'We’re on it', line: `${owner} is looking after this.` };
    case 'resolved':
      return {
        label: 'Resolved',
        line: `${owner} looked after this. Not quite right? Write to us below and we will pick it up again.`,
      };
    case 'closed':
      return {
        label: 'Closed',
        line: `${owner} looked after this. If anything is still wrong, write to us below and we will pick it up again.`,
      };
  }
}

/**
 * A moment in words every reader understands without knowing their time zone: the script puts it in
 * the reader's own zone and language; without scripts this is what they see.
 * @example whenText(new Date('2026-12-07T14:05:00Z')) // '7 Dec 2026, 14:05 UTC'
 */
export function whenText(at: Date): string {
  return `${WHEN.format(at)} UTC`;
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
