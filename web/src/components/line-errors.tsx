/** The lines of a list the server refused, each with its reason; folded when there are many. */
export function LineErrors({ errors }: { errors: { field: string; message: string }[] }) {
  return (
    <details className="line-errors" open={errors.length <= 10}>
      <summary>{errors.length === 1 ? '1 line refused' : `${errors.length} lines refused`}</summary>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}>
            <strong>{e.field.replace(/^line/, 'Line')}:</strong> {e.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
