import { FeedbackRulesPanel } from '../components/feedback-rules-panel.tsx';
import { PageHead } from '../components/page-title.tsx';
import { Link } from '../router.tsx';
import '../styles/settings.css';

/** What an admin sets once and rarely changes: the brand customers see, and what feedback opens. */
export function SettingsScene() {
  return (
    <section className="settings">
      <PageHead title="Settings" />
      <div className="settings-layout">
        <FeedbackRulesPanel />
        <nav className="stack" aria-label="More settings">
          <Link to="/settings/brand" className="card settings-link">
            <strong className="block">Brand</strong>
            <span className="muted">
              Business name, logo and colours on the pages and emails customers see.
            </span>
          </Link>
          <Link to="/settings/clocks" className="card settings-link">
            <strong className="block">Clocks and business hours</strong>
            <span className="muted">
              How soon each severity is acknowledged, updated and resolved; the hours those clocks count in.
            </span>
          </Link>
          <Link to="/settings/templates" className="card settings-link">
            <strong className="block">Message templates</strong>
            <span className="muted">
              What owners start from when they write to a customer: acknowledgement, update, resolution.
            </span>
          </Link>
          <Link to="/settings/amends" className="card settings-link">
            <strong className="block">Amends</strong>
            <span className="muted">
              The gestures on offer, what each role may give without asking, team budgets, and how approved
              gestures are issued.
            </span>
          </Link>
          <Link to="/settings/issue-types" className="card settings-link">
            <strong className="block">Issue types and knock-on needs</strong>
            <span className="muted">
              What else to ask a customer about, per kind of problem, and the partners who look after it.
            </span>
          </Link>
          <Link to="/settings/follow-ups" className="card settings-link">
            <strong className="block">Follow-ups</strong>
            <span className="muted">
              When the follow-up after a resolution goes, and the check that none is missing or doubled.
            </span>
          </Link>
          <Link to="/people" className="card settings-link">
            <strong className="block">People and teams</strong>
            <span className="muted">Who works cases, their roles and teams, password links.</span>
          </Link>
          <Link to="/tokens" className="card settings-link">
            <strong className="block">API tokens</strong>
            <span className="muted">Let another system use the Amends API as you.</span>
          </Link>
        </nav>
      </div>
    </section>
  );
}
