import { type KeyboardEvent, useEffect, useState } from 'react';
import { amends } from '../api/amends.ts';
import { toApiError } from '../api/client.ts';
import type { Customer } from '../api/types.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

export type CustomerChoice =
  | { mode: 'existing'; customer: Customer | undefined }
  | { mode: 'new'; name: string; email: string };

/** How long typing must pause before we search, so each keystroke does not become a request. */
const SEARCH_DELAY_MS = 250;

/** What was refused, in sentences: no customer chosen, or the new customer's name or email. */
export type CustomerErrors = {
  choice?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
};

/** Find an existing customer, or give a new one's name and email (the server matches by email). */
export function CustomerPicker({
  value,
  onChange,
  errors = {},
}: {
  value: CustomerChoice;
  onChange: (c: CustomerChoice) => void;
  errors?: CustomerErrors;
}) {
  return (
    <fieldset className="card stack">
      <legend>Customer</legend>
      <div className="segmented" role="radiogroup" aria-label="Customer">
        <label className="check">
          <input
            type="radio"
            name="customer-mode"
            checked={value.mode === 'existing'}
            onChange={() => onChange({ mode: 'existing', customer: undefined })}
          />
          Existing customer
        </label>
        <label className="check">
          <input
            type="radio"
            name="customer-mode"
            checked={value.mode === 'new'}
            onChange={() => onChange({ mode: 'new', name: '', email: '' })}
          />
          New customer
        </label>
      </div>
      {value.mode === 'existing' ? (
        <CustomerSearch
          selected={value.customer}
          onSelect={(customer) => onChange({ mode: 'existing', customer })}
          error={errors.choice}
        />
      ) : (
        <>
          <label htmlFor="customer-name">Name</label>
          <input
            id="customer-name"
            required
            autoComplete="off"
            value={value.name}
            onChange={(event) => onChange({ ...value, name: event.target.value })}
            {...fieldAria('customer-name', errors.name)}
          />
          <FieldError inputId="customer-name" message={errors.name} />
          <label htmlFor="customer-email">Email</label>
          <input
            id="customer-email"
            type="email"
            required
            autoComplete="off"
            value={value.email}
            onChange={(event) => onChange({ ...value, email: event.target.value })}
            {...fieldAria('customer-email', errors.email)}
          />
          <FieldError inputId="customer-email" message={errors.email} />
        </>
      )}
    </fieldset>
  );
}

function CustomerSearch({
  selected,
  onSelect,
  error: choiceError,
}: {
  selected: Customer | undefined;
  onSelect: (customer: Customer) => void;
  error: string | undefined;
}) {
  const [q, setQ] = useState('');
  // With the query they answer: Enter must not pick from an older search while a new one is pending.
  const [found, setFound] = useState<{ query: string; customers: Customer[] }>();
  const results = found?.query === q.trim() ? found.customers : undefined;
  const [error, setError] = useState<string>();

  useEffect(() => {
    const query = q.trim();
    if (query.length === 0) return;
    let current = true;
    const timer = setTimeout(() => {
      amends.searchCustomers(query).then(
        (customers) => {
          if (!current) return;
          setFound({ query, customers });
          setError(undefined);
        },
        (caught: unknown) => current && setError(toApiError(caught).message),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  // Enter picks the first match instead of sending the whole form half-filled.
  const pickFirst = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = results?.[0];
    if (first) onSelect(first);
  };

  return (
    <>
      <label htmlFor="customer-search">Find by name, email or external id</label>
      <input
        id="customer-search"
        type="search"
        autoComplete="off"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onKeyDown={pickFirst}
        {...fieldAria('customer-search', selected ? undefined : choiceError, 'customer-selected')}
      />
      <FieldError inputId="customer-search" message={selected ? undefined : choiceError} />
      <ErrorMessage error={error} />
      {results?.length === 0 && (
        <p className="muted">No customer matches. Choose “New customer” to add one.</p>
      )}
      {results && results.length > 0 && (
        <div className="results" role="radiogroup" aria-label="Matching customers">
          {results.map((customer) => (
            <label key={customer.id} className="check result">
              <input
                type="radio"
                name="customer-id"
                checked={selected?.id === customer.id}
                onChange={() => onSelect(customer)}
              />
              <span>
                <strong>{customer.name}</strong>
                <span className="muted"> {customer.emails[0] ?? customer.externalId ?? ''}</span>
              </span>
            </label>
          ))}
        </div>
      )}
      <p id="customer-selected" className="hint" aria-live="polite">
        {selected ? `Selected: ${selected.name}` : 'No customer selected yet.'}
      </p>
    </>
  );
}
