import { FieldError, fieldAria } from './field-error.tsx';

/** A labelled one-line text input: the label above, the server's sentence under it when it refused the value. */
export function TextField({
  id,
  label,
  value,
  onChange,
  maxLength,
  required = true,
  placeholder,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  required?: boolean;
  placeholder?: string;
  error?: string | undefined;
}) {
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        required={required}
        maxLength={maxLength}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(id, error)}
      />
      <FieldError inputId={id} message={error} />
    </div>
  );
}
