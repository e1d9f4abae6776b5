import { admin } from '../api/admin.ts';
import { CustomerCard } from '../components/customer-card.tsx';
import { CustomerStoryList } from '../components/customer-story-list.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { Link } from '../router.tsx';
import '../styles/customers.css';

/** One customer and their whole story: cases, amends, answers and comments, survey emails, unsubscribes. */
export function CustomerScene({ customerId }: { customerId: string }) {
  const story = useResource(() => admin.customerStory(customerId), [customerId]);
  if (story.error)
    return (
      <section>
        <PageTitle title="Customer" />
        <ErrorMessage error={story.error} />
        <Link to="/customers">Find another customer</Link>
      </section>
    );
  if (!story.data) return <p className="muted">Loading the customer…</p>;
  const { customer, cases, ratings, amends } = story.data;
  const open = cases.filter((c) => c.status === 'open' || c.status === 'acknowledged').length;
  const answered = ratings.filter((r) => r.answers.length > 0).length;
  const given = amends.filter((a) => a.state === 'issued').length;
  return (
    <section className="customer-story">
      <p className="back-link">
        <Link to="/customers">← Customers</Link>
      </p>
      <PageTitle title={customer.name || 'Unnamed customer'} />
      <p className="lead" data-testid="story-summary">
        {cases.length === 1 ? '1 case' : `${cases.length} cases`} ({open} open) · {ratings.length} surveys
        sent, {answered} answered · {given === 1 ? '1 amends given' : `${given} amends given`}
      </p>
      <div className="customer-story-layout">
        <section aria-labelledby="story-title">
          <h2 id="story-title">Story</h2>
          <CustomerStoryList story={story.data} />
        </section>
        <CustomerCard customer={customer} />
      </div>
    </section>
  );
}
