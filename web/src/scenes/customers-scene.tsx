import { type FormEvent, useState } from 'react';
import { admin } from '../api/admin.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { formatDateTime } from '../format.ts';
import { useResource } from '../hooks/use-resource.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import '../styles/customers.css';

/** Find a customer by name, email or your own id; the newest customers when nothing is asked. */
export function CustomersScene() {
  const { search } = useLocation();
  const asked = search.get('q') ?? '';
  const [text, setText] = useState(asked);
  const found = useResource(() => admin.findCustomers(asked), [asked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    navigate(q ? `/customers?${new URLSearchParams({ q })}` : '/customers', { replace: true });
  };

  return (
    <section className="customers">
      <PageHead title="Customers" />
      <form className="customer-search" onSubmit={submit} aria-label="Find customers">
        <label htmlFor="customer-q" className="visually-hidden">
          Name, email or external id
        </label>
        <input
          id="customer-q"
          type="search"
          maxLength={200}
          value={text}
          placeholder="Name, email or external id"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button-primary">
          Search
        </button>
      </form>
      <ErrorMessage error={found.error} />
      {!found.data && !found.error && <p className="muted">Searching…</p>}
      {found.data?.length === 0 && (
        <p className="empty">{asked ? `No customer matches “${asked}”.` : 'No customers yet.'}</p>
      )}
      {found.data && found.data.length > 0 && (
        <ScrollTable label="Customers found">
          <table className="data-table customers-table">
            <caption className="visually-hidden">
              {asked ? `Customers matching ${asked}` : 'The newest customers'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">External id</th>
                <th scope="col">Known since</th>
              </tr>
            </thead>
            <tbody>
              {found.data.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <Link to={`/customers/${customer.id}`}>{customer.name || 'Unnamed customer'}</Link>
                  </td>
                  <td className="customer-emails">{customer.emails.join(', ')}</td>
                  <td>{customer.externalId ?? <span className="muted">—</span>}</td>
                  <td>{formatDateTime(customer.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
