import { useCallback, useEffect, useMemo, useState } from 'react';
import { amends } from './api/amends.ts';
import { type ApiError, setSessionEndedHandler, toApiError } from './api/client.ts';
import type { User } from './api/types.ts';
import { ErrorMessage } from './components/error-message.tsx';
import { Header } from './components/header.tsx';
import { OwnerAlerts } from './components/owner-alerts.tsx';
import { PromiseAlerts } from './components/promise-alerts.tsx';
import { TaskAlerts } from './components/task-alerts.tsx';
import { LiveProvider } from './live.tsx';
import { PeopleProvider } from './people.tsx';
import { matchPath, useLocation } from './router.tsx';
import { hasRole } from './rules.ts';
import { AccountScene } from './scenes/account-scene.tsx';
import { AmendsQueueScene } from './scenes/amends-queue-scene.tsx';
import { AmendsSettingsScene } from './scenes/amends-settings-scene.tsx';
import { AuditScene } from './scenes/audit-scene.tsx';
import { BlastsScene } from './scenes/blasts-scene.tsx';
import { BrandScene } from './scenes/brand-scene.tsx';
import { CaseScene } from './scenes/case-scene.tsx';
import { ClocksScene } from './scenes/clocks-scene.tsx';
import { CustomerScene } from './scenes/customer-scene.tsx';
import { CustomersScene } from './scenes/customers-scene.tsx';
import { FeedbackScene } from './scenes/feedback-scene.tsx';
import { FollowUpsScene } from './scenes/follow-ups-scene.tsx';
import { ForgotPasswordScene } from './scenes/forgot-password-scene.tsx';
import { InboxScene } from './scenes/inbox-scene.tsx';
import { IssueTypesScene } from './scenes/issue-types-scene.tsx';
import { LoginScene } from './scenes/login-scene.tsx';
import { MailInScene } from './scenes/mail-in-scene.tsx';
import { MessageTemplatesScene } from './scenes/message-templates-scene.tsx';
import { NewCaseScene } from './scenes/new-case-scene.tsx';
import { NotAllowedScene } from './scenes/not-allowed-scene.tsx';
import { NotFoundScene } from './scenes/not-found-scene.tsx';
import { OutboxScene } from './scenes/outbox-scene.tsx';
import { PeopleScene } from './scenes/people-scene.tsx';
import { ResetPasswordScene } from './scenes/reset-password-scene.tsx';
import { SettingsScene } from './scenes/settings-scene.tsx';
import { SurveysScene } from './scenes/surveys-scene.tsx';
import { TasksScene } from './scenes/tasks-scene.tsx';
import { TeamHoursScene } from './scenes/team-hours-scene.tsx';
import { TokensScene } from './scenes/tokens-scene.tsx';
import { leastRoleFor } from './screens.ts';
import { type Session, SessionContext, useSession } from './session.tsx';

/** undefined while we ask the server who is signed in; null when nobody is. */
type SignedIn = User | null | undefined;

export function App() {
  const [user, setUser] = useState<SignedIn>(undefined);
  const [bootError, setBootError] = useState<ApiError>();
  const { path } = useLocation();

  useEffect(() => {
    setSessionEndedHandler(() => setUser(null));
    amends.me().then(setUser, (error: unknown) => {
      const problem = toApiError(error);
      if (problem.status === 401) setUser(null);
      else setBootError(problem);
    });
  }, []);

  const signOut = useCallback(async () => {
    await amends.logOut().catch(() => {});
    setUser(null);
  }, []);

  const session = useMemo<Session | undefined>(
    () => (user ? { user, setUser, signOut } : undefined),
    [user, signOut],
  );

  // Reached from a link, signed in or not: the person choosing a password may have no session.
  if (path === '/reset-password') return <ResetPasswordScene />;
  if (path === '/forgot-password') return <ForgotPasswordScene />;
  if (bootError) {
    return (
      <main className="login" id="main">
        <div className="login-card">
          <p className="brand brand-large">Amends</p>
          <ErrorMessage error={bootError} />
          <button type="button" className="button-primary" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (user === undefined) return <p className="booting">Loading Amends…</p>;
  if (!session) return <LoginScene onSignedIn={setUser} />;
  return (
    <SessionContext value={session}>
      {/* Keyed by person: signing in as someone else starts a fresh live stream and directory. */}
      <LiveProvider key={session.user.id}>
        <PeopleProvider>
          <Header />
          <main id="main" className="page">
            <OwnerAlerts />
            <PromiseAlerts />
            <TaskAlerts />
            <Routes />
          </main>
        </PeopleProvider>
      </LiveProvider>
    </SessionContext>
  );
}

function Routes() {
  const { path } = useLocation();
  const { role } = useSession().user;
  const supervisor = hasRole(role, 'supervisor');
  const least = leastRoleFor(path);
  if (least && least !== 'agent' && !hasRole(role, least)) return <NotAllowedScene least={least} />;
  if (path === '/') return <InboxScene />;
  if (matchPath('/cases/new', path)) return <NewCaseScene />;
  if (matchPath('/feedback', path)) return <FeedbackScene />;
  if (matchPath('/account', path)) return <AccountScene />;
  if (matchPath('/blasts', path) && supervisor) return <BlastsScene />;
  if (matchPath('/outbox', path) && supervisor) return <OutboxScene />;
  if (matchPath('/amends', path) && supervisor) return <AmendsQueueScene />;
  if (matchPath('/mail-in', path) && supervisor) return <MailInScene />;
  if (matchPath('/customers', path)) return <CustomersScene />;
  if (matchPath('/tasks', path)) return <TasksScene />;
  if (matchPath('/tokens', path)) return <TokensScene />;
  const admin = hasRole(role, 'admin');
  if (matchPath('/surveys', path) && admin) return <SurveysScene />;
  if (matchPath('/people', path) && admin) return <PeopleScene />;
  if (matchPath('/audit', path) && admin) return <AuditScene />;
  if (matchPath('/settings', path) && admin) return <SettingsScene />;
  if (matchPath('/settings/brand', path) && admin) return <BrandScene />;
  if (matchPath('/settings/amends', path) && admin) return <AmendsSettingsScene />;
  if (matchPath('/settings/templates', path) && admin) return <MessageTemplatesScene />;
  if (matchPath('/settings/follow-ups', path) && admin) return <FollowUpsScene />;
  if (matchPath('/settings/clocks', path) && admin) return <ClocksScene />;
  if (matchPath('/settings/issue-types', path) && admin) return <IssueTypesScene />;
  const teamHours = admin ? matchPath('/teams/:id/hours', path) : undefined;
  if (teamHours?.id) return <TeamHoursScene key={teamHours.id} teamId={teamHours.id} />;
  const customerRoute = matchPath('/customers/:id', path);
  if (customerRoute?.id) return <CustomerScene key={customerRoute.id} customerId={customerRoute.id} />;
  const caseRoute = matchPath('/cases/:id', path);
  // Keyed by id: another case is a fresh screen, never the previous case's data for a moment.
  if (caseRoute?.id) return <CaseScene key={caseRoute.id} caseId={caseRoute.id} />;
  return <NotFoundScene />;
}
