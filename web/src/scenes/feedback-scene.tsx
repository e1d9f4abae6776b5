import { FeedbackList } from '../components/feedback-list.tsx';
import { FeedbackRulesPanel } from '../components/feedback-rules-panel.tsx';
import { HappinessTiles } from '../components/happiness-tiles.tsx';
import { PageHead } from '../components/page-title.tsx';
import { hasRole } from '../rules.ts';
import { useSession } from '../session.tsx';

/** The feedback monitor: how happy customers are, and every answer and comment as it arrives. */
export function FeedbackScene() {
  const { user } = useSession();
  const admin = hasRole(user.role, 'admin');
  return (
    <section className="feedback" data-testid="feedback-scene">
      <PageHead title="Feedback" />
      <HappinessTiles />
      <div className={admin ? 'feedback-layout' : undefined}>
        <FeedbackList />
        {admin && (
          <aside aria-label="Settings">
            <FeedbackRulesPanel />
          </aside>
        )}
      </div>
    </section>
  );
}
