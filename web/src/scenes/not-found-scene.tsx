import { PageTitle } from '../components/page-title.tsx';
import { Link } from '../router.tsx';

export function NotFoundScene() {
  return (
    <section className="narrow">
      <PageTitle title="Page not found" />
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the inbox</Link>
      </p>
    </section>
  );
}
