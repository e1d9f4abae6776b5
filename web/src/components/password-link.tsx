import { formatDateTime } from '../format.ts';
import { ShownOnce } from './shown-once.tsx';

/**
 * A link to choose a password, shown once to the admin who made it (a person just added, or one who
 * forgot theirs), with what they must know to pass it on.
 */
export function PasswordLink({
  label,
  link,
  expiresAt,
  forName,
  hasPassword,
}: {
  label: string;
  link: string;
  expiresAt: string;
  /** Who the link is for, as the note names them. */
  forName: string;
  /** They have a password now, which keeps working until they use the link. */
  hasPassword: boolean;
}) {
  const keeps = hasPassword ? ' Their current password works until they use it.' : '';
  return (
    <ShownOnce
      label={label}
      value={link}
      note={`Send it to ${forName} yourself: it is shown only now, works once, and stops working ${formatDateTime(expiresAt)}.${keeps}`}
    />
  );
}
