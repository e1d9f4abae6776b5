import { fieldProblem } from '../api/field-errors.ts';
import { MIN_PASSWORD_LENGTH } from '../rules.ts';
import { PasswordField } from './password-field.tsx';

/** The form field the repeated password's refusal names (the console's own check, not the server's). */
export const REPEATED_PASSWORD_FIELD = 'repeated';

/** The refusal when the two differ, placed beside the second field; undefined when they agree. */
export function repeatedPasswordProblem(password: string, repeated: string) {
  return password === repeated
    ? undefined
    : fieldProblem(REPEATED_PASSWORD_FIELD, 'The two passwords differ: type the same one twice.');
}

/**
 * A new password typed twice (Account, and the page a reset link opens): the rule in a hint, and each
 * field's refusal beside it — `passwordError` is the server's, the second field's is the console's.
 */
export function NewPasswordFields({
  idPrefix,
  password,
  repeated,
  onPassword,
  onRepeated,
  passwordError,
  repeatedError,
  autoFocus = false,
}: {
  idPrefix: string;
  password: string;
  repeated: string;
  onPassword: (value: string) => void;
  onRepeated: (value: string) => void;
  passwordError: string | undefined;
  repeatedError: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <>
      <PasswordField
        id={`${idPrefix}-password`}
        label="New password"
        value={password}
        onChange={onPassword}
        autoComplete="new-password"
        error={passwordError}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoFocus={autoFocus}
      />
      <PasswordField
        id={`${idPrefix}-repeat`}
        label="The same password again"
        value={repeated}
        onChange={onRepeated}
        autoComplete="new-password"
        error={repeatedError}
      />
    </>
  );
}
