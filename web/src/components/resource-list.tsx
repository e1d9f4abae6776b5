import type { ReactNode } from 'react';
import type { Resource } from '../hooks/use-resource.ts';
import { ErrorMessage } from './error-message.tsx';

/**
 * A list screen's states around its rows: the server's error, "Loading…" until the first answer, the
 * empty note, else `children(items)`. A failed reload keeps the rows already shown beside the error.
 */
export function ResourceList<T>({
  resource,
  loading,
  empty,
  children,
}: {
  resource: Resource<T[]>;
  loading: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const { data, error } = resource;
  return (
    <>
      <ErrorMessage error={error} />
      {data === undefined && !error && <p className="muted">{loading}</p>}
      {data?.length === 0 && <p className="empty">{empty}</p>}
      {data && data.length > 0 && children(data)}
    </>
  );
}
