import { type RefObject, useEffect } from 'react';
import type { ApiError } from '../api/client.ts';

/**
 * After a refused submit, keyboard focus goes to the first field in error (its sentence is read with
 * it); a refusal that names no field leaves focus where the person was.
 */
export function useFocusOnError(form: RefObject<HTMLElement | null>, error: ApiError | undefined): void {
  useEffect(() => {
    if (!error) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, form]);
}
