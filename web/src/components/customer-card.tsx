import type { Customer } from '../api/types.ts';

/** Who the case is for, and how to reach them. */
export function CustomerCard({ customer }: { customer: Customer }) {
  return (
    <section className="card" aria-labelledby="customer-title">
      <h2 id="customer-title">Customer</h2>
      <p className="customer-name" data-testid="customer-name">
        {customer.name}
      </p>
      <dl className="facts">
        {customer.externalId && (
          <>
            <dt>External id</dt>
            <dd>{customer.externalId}</dd>
          </>
        )}
        <dt>Email</dt>
        <dd>
          {customer.emails.length === 0 && <span className="muted">None</span>}
          {customer.emails.map((email) => (
            <a key={email} href={`mailto:${email}`} className="block">
              {email}
            </a>
          ))}
        </dd>
        <dt>Phone</dt>
        <dd>
          {customer.phones.length === 0 && <span className="muted">None</span>}
          {customer.phones.map((phone) => (
            <a key={phone} href={`tel:${phone.replace(/[^\d+]/g, '')}`} className="block">
              {phone}
            </a>
          ))}
        </dd>
      </dl>
    </section>
  );
}
