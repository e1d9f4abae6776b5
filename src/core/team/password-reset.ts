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

/**
 * What a kept copy of a mailed reset link says in place of the secret. The outbox keeps every mail it
 * sends and shows it to supervisors; a working link there would let any of them take the account.
 */
export const SECRET_NOT_KEPT = 'not-kept';

/**
 * Links one person may have mailed from the sign-in page ("Forgot your password?") within
 * FORGOTTEN_PASSWORD_WINDOW_MINUTES. Three covers a lost mail and a second try; more is someone
 * flooding a colleague's inbox with links, and is dropped without a word (the answer stays the same).
 */
export const MAX_FORGOTTEN_PASSWORD_MAILS = 3;
const FORGOTTEN_PASSWORD_WINDOW_MINUTES = 60;

/** Since when asked-for links count toward MAX_FORGOTTEN_PASSWORD_MAILS. */
export function resolveForgottenPasswordWindowStart(now: Date): Date {
  return new Date(now.getTime() - FORGOTTEN_PASSWORD_WINDOW_MINUTES * 60 * 1000);
}
