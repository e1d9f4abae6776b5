/**
 * How long a password-reset link works. A day covers "the admin sent it, I open it tomorrow
 * morning"; longer would leave a working way into the account lying in a chat history.
 */
const PASSWORD_RESET_HOURS = 24;

/** The moment a reset link made at `now` stops working. */
export function resolvePasswordResetExpiry(now: Date): Date {
  return new Date(now.getTime() + PASSWORD_RESET_HOURS * 60 * 60 * 1000);
}

/** Reset links start with this, so a person (and a secret scanner) can tell one apart from an API token. */
export const PASSWORD_RESET_PREFIX = 'amr_';

/** Where the console lets a person choose a password; the secret rides in the fragment, which no server logs. */
export function passwordResetLink(publicUrl: string, secret: string): string {
  return `${publicUrl}/reset-password#${secret}`;
}
