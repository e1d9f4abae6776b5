import { FeedbackList } from '../components/feedback-list.tsx';
import { HappinessTiles } from '../components/happiness-tiles.tsx';
import { PageHead } from '../components/page-title.tsx';
import { Link } from '../router.tsx';
import { hasRole } from '../rules.ts';
import { useSession } from '../session.tsx';

/** The feedback monitor: how happy customers are, and every answer and comment as it arrives. */
export function FeedbackScene() {
  const { user } = useSession();
  return (
    <section className="feedback" data-testid="feedback-scene">
      <PageHead title="Feedback">
        {hasRole(user.role, 'admin') && (
          <Link to="/settings" className="button button-secondary">
            Feedback rules
          </Link>
        )}
      </PageHead>
      <HappinessTiles />
      <FeedbackList />
    </section>
  );
}
