import { FieldError, fieldAria } from './field-error.tsx';

/**
 * A labelled password input, like TextField: the server's sentence under it when it refused the value,
 * and an optional hint the input also points at.
 */
export function PasswordField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  error,
  hint,
  autoFocus = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  error: string | undefined;
  hint?: string;
  autoFocus?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        required
        maxLength={1000}
        // biome-ignore lint/a11y/noAutofocus: only where choosing a password is all the screen is for.
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(id, error, hintId)}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError inputId={id} message={error} />
    </div>
  );
}
