import { amends } from '../api/amends.ts';
import { BrandForm } from '../components/brand-form.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { useResource } from '../hooks/use-resource.ts';

/** Brand (admins): the business name, logo and accent colour on every customer page and email. */
export function BrandScene() {
  const brand = useResource(() => amends.brand(), []);
  return (
    <section className="brand-settings">
      <PageHead title="Brand" />
      <p className="muted lead">
        Customers see this on every rating and unsubscribe page and in every email; staff see it in case
        alerts.
      </p>
      <ErrorMessage error={brand.error} />
      {!brand.data && !brand.error && <p className="muted">Loading the brand…</p>}
      {brand.data && <BrandForm brand={brand.data} />}
    </section>
  );
}
