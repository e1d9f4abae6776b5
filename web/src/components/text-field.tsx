/** A labelled one-line text input: the label above, as every console form lays them out. */
export function TextField({
  id,
  label,
  value,
  onChange,
  maxLength,
  required = true,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  required?: boolean;
  placeholder?: string;
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
      />
    </div>
  );
}
