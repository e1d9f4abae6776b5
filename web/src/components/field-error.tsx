import '../styles/forms.css';

/** The id of the sentence beside a field, for its input's aria-describedby. */
export const errorIdOf = (inputId: string) => `${inputId}-error`;

/**
 * What is wrong with one field, right under it, in the server's words. The input points at it
 * (`fieldAria`), so a screen reader reads it with the field when focus lands there; it is also an
 * alert, because focus cannot announce it when it is already in that field (Ctrl+Enter in a note).
 */
export function FieldError({ inputId, message }: { inputId: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorIdOf(inputId)} className="field-error" role="alert">
      {message}
    </p>
  );
}

/** aria-invalid and aria-describedby for an input: its error (when it has one) and its hint. */
export function fieldAria(inputId: string, message: string | undefined, hintId?: string) {
  const describedBy = [message ? errorIdOf(inputId) : undefined, hintId].filter(Boolean).join(' ');
  return {
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}
