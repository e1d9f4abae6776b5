import type { ApiError } from '../api/client.ts';

/** The server's words (its problem `detail`) for a failed request, announced to screen readers. */
export function ErrorMessage({ error }: { error: ApiError | string | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error-message">
      {typeof error === 'string' ? error : error.message}
    </p>
  );
}
