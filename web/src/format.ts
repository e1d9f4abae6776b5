import type {
  CaseStatus,
  Channel,
  MessageDeliveryStatus,
  OutboundEmailStatus,
  Role,
  Severity,
} from './api/types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long since `sinceIso`, short and coarse: "just now", "12 min", "3 h 20 min", "2 d 4 h". */
export function formatElapsed(sinceIso: string, now: Date): string {
  const ms = Math.max(0, now.getTime() - new Date(sinceIso).getTime());
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return `${Math.floor(ms / HOUR)} h${minutes > 0 ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((ms % DAY) / HOUR);
  return `${Math.floor(ms / DAY)} d${hours > 0 ? ` ${hours} h` : ''}`;
}

/** "3 h ago", or "just now". */
export function formatAgo(sinceIso: string, now: Date): string {
  const elapsed = formatElapsed(sinceIso, now);
  return elapsed === 'just now' ? elapsed : `${elapsed} ago`;
}

const MEGABYTE = 1024 * 1024;

/** A size limit for people: 5 * 1024 * 1024 → "5 MB". */
export function formatMegabytes(bytes: number): string {
  return `${Number((bytes / MEGABYTE).toFixed(1)).toLocaleString()} MB`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone',
  chat: 'Chat',
  social: 'Social media',
  web: 'Web form',
  in_person: 'In person',
  rating: 'Rating',
  event: 'System event',
  api: 'API',
};

export const EMAIL_STATUS_LABELS: Record<OutboundEmailStatus, string> = {
  queued: 'Queued',
  held: 'Held',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  suppressed: 'Unsubscribed',
};

/** Where a message to the customer is, in words; `explain` is the longer sentence beside it. */
export const DELIVERY_LABELS: Record<MessageDeliveryStatus, { label: string; explain: string }> = {
  queued: { label: 'Queued', explain: 'Waiting for its turn to be sent.' },
  sending: { label: 'Sending', explain: 'Being handed to the mail server.' },
  held: {
    label: 'Held',
    explain: 'Kept in the outbox: no mail server is set up (SMTP_URL), so nothing left this machine.',
  },
  sent: { label: 'Sent', explain: 'Handed to the mail server.' },
  bounced: { label: 'Bounced', explain: 'The customer’s mail server refused the address for good.' },
  failed: { label: 'Failed', explain: 'It could not be sent.' },
  suppressed: { label: 'Not sent', explain: 'The address is on the suppression list.' },
};

/** A role as people say it. */
export const ROLE_LABELS: Record<Role, string> = { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' };
