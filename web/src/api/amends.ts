import { http, refreshCsrfToken } from './client.ts';
import type {
  Blast,
  BlastPreview,
  BlastStarted,
  Brand,
  CaseDetail,
  CaseEvent,
  CaseListItem,
  CaseMessageDraft,
  CasePromise,
  CaseStatus,
  CaseTask,
  CaseTaskComment,
  CaseTaskWithComments,
  Channel,
  CoachChannel,
  CoachFinding,
  Customer,
  FeedbackPage,
  FeedbackRules,
  FollowUpReconciliation,
  FollowUpSettings,
  HappinessGrouping,
  HappinessReport,
  InboundEmail,
  InboundEmailDetail,
  InboundEmailStatus,
  MyTask,
  OutboundEmail,
  OutboundEmailDetail,
  OutboundEmailStatus,
  PromiseConfidence,
  ResolutionParts,
  Severity,
  Survey,
  Team,
  TemplateKind,
  UpdateNudge,
  User,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export type CaseFilter = {
  ownerId?: string | undefined;
  teamId?: string | undefined;
  statuses?: readonly CaseStatus[] | undefined;
  severities?: readonly Severity[] | undefined;
  /** A case number, words of the title, or part of the customer's name or email. */
  q?: string | undefined;
  /** Only cases whose customer waits for an answer. */
  unanswered?: boolean | undefined;
};

/** One page of cases; `nextCursor` asks for the next, null on the last page. */
export type CasePage = { cases: CaseListItem[]; nextCursor: string | null };

export type NewSurvey = Pick<Survey, 'name' | 'kind' | 'touchpointType' | 'question'>;
/** Any of these; `scale` replaces the whole scale. */
export type SurveyChanges = Partial<
  Pick<Survey, 'name' | 'question' | 'touchpointType' | 'active' | 'scale'>
>;

export type NewCase = {
  title: string;
  story: string;
  severity: Severity;
  channel: Channel;
  /** Give the case to this person instead of the assignment rule's choice. */
  ownerId?: string;
  /** What kind of problem it is: its knock-on needs show on the case. */
  issueTypeId?: string;
} & ({ customerId: string } | { customer: { name: string; emails: string[] } });

/** Every call the console makes to /api/v1, typed. */
export const amends = {
  async me(): Promise<User> {
    return (await http.get<{ user: User }>('/api/v1/me')).user;
  },
  async logIn(email: string, password: string): Promise<User> {
    const { user } = await http.post<{ user: User }>('/api/v1/auth/login', { email, password });
    await refreshCsrfToken();
    return user;
  },
  async logOut(): Promise<void> {
    await http.post<void>('/api/v1/auth/logout');
    await refreshCsrfToken();
  },
  /** Changes one's own password; the answer's `message` says what happened to other sessions and tokens. */
  changePassword(
    currentPassword: string,
    newPassword: string,
  ): Promise<{ endedSessions: number; liveApiTokens: number; message: string }> {
    return http.post('/api/v1/me/password', { currentPassword, newPassword });
  },
  async teams(): Promise<Team[]> {
    return (await http.get<{ teams: Team[] }>('/api/v1/teams')).teams;
  },
  async users(): Promise<User[]> {
    return (await http.get<{ users: User[] }>('/api/v1/users')).users;
  },
  async setAvailable(userId: string, available: boolean): Promise<User> {
    return (await http.patch<{ user: User }>(`/api/v1/users/${id(userId)}`, { available })).user;
  },
  /** The inbox a page at a time, in the server's order (active: severity, then longest waiting). */
  cases(filter: CaseFilter, page: { limit: number; cursor?: string | undefined }): Promise<CasePage> {
    const query = new URLSearchParams({ limit: String(page.limit) });
    if (filter.ownerId) query.set('ownerId', filter.ownerId);
    if (filter.teamId) query.set('teamId', filter.teamId);
    if (filter.statuses) query.set('status', filter.statuses.join(','));
    if (filter.severities) query.set('severity', filter.severities.join(','));
    if (filter.q) query.set('q', filter.q);
    if (filter.unanswered) query.set('unanswered', 'true');
    if (page.cursor) query.set('cursor', page.cursor);
    return http.get<CasePage>(`/api/v1/cases?${query}`);
  },
  /** My active cases that I have not opened since they became mine: the "New case for you" alerts. */
  async unseenCases(): Promise<CaseListItem[]> {
    return (await http.get<{ cases: CaseListItem[] }>('/api/v1/cases/unseen')).cases;
  },
  /** My active cases whose customer has heard nothing for a whole update cadence: "send one now". */
  async updateNudges(): Promise<UpdateNudge[]> {
    return (await http.get<{ cases: UpdateNudge[] }>('/api/v1/cases/update-nudges')).cases;
  },
  /** I have seen this case (opened it, or dismissed its alert); changes nothing unless it is mine. */
  markCaseSeen(caseId: string): Promise<void> {
    return http.post<void>(`/api/v1/cases/${id(caseId)}/seen`);
  },
  /** A case by its id or its number (`1014`). */
  case(caseId: string): Promise<CaseDetail> {
    return http.get<CaseDetail>(`/api/v1/cases/${id(caseId)}`);
  },
  async events(caseId: string): Promise<CaseEvent[]> {
    return (await http.get<{ events: CaseEvent[] }>(`/api/v1/cases/${id(caseId)}/events`)).events;
  },
  openCase(input: NewCase): Promise<CaseDetail> {
    return http.post<CaseDetail>('/api/v1/cases', input);
  },
  /** Writes to the customer by email (queued with its timeline event); `template` names where the text came from. */
  async sendMessage(
    caseId: string,
    message: { text: string; template?: TemplateKind | undefined },
  ): Promise<CaseEvent> {
    return (await http.post<{ message: CaseEvent }>(`/api/v1/cases/${id(caseId)}/messages`, message)).message;
  },
  async promises(caseId: string): Promise<CasePromise[]> {
    return (await http.get<{ promises: CasePromise[] }>(`/api/v1/cases/${id(caseId)}/promises`)).promises;
  },
  /** A promise on the case; with `message`, that message goes to the customer in the same transaction. */
  makePromise(
    caseId: string,
    promise: {
      what: string;
      dueAt: string;
      confidence: PromiseConfidence;
      customerVisible: boolean;
      message?: string | undefined;
    },
  ): Promise<{ promise: CasePromise; message: CaseEvent | null }> {
    return http.post(`/api/v1/cases/${id(caseId)}/promises`, promise);
  },
  /** Kept, broken, or renegotiated with the new date and a message to the customer that states it. */
  changePromise(
    promiseId: string,
    change: { state: 'kept' | 'broken' } | { state: 'renegotiated'; dueAt: string; message: string },
  ): Promise<{ promise: CasePromise; replacement: CasePromise | null; message: CaseEvent | null }> {
    return http.patch(`/api/v1/promises/${id(promiseId)}`, change);
  },
  /** The message coach's findings on a draft for this case; `signal` cancels it when the draft changes. */
  async coach(
    draft: { text: string; caseId?: string; channel?: CoachChannel },
    signal?: AbortSignal,
  ): Promise<CoachFinding[]> {
    return (await http.post<{ findings: CoachFinding[] }>('/api/v1/coach', draft, signal)).findings;
  },
  /** Records that the fault was ours (once per case): admitting it to the customer is then right. */
  async recordFault(caseId: string, text: string): Promise<CaseEvent> {
    return (await http.post<{ event: CaseEvent }>(`/api/v1/cases/${id(caseId)}/fault`, { text })).event;
  },
  /** A template filled for this case, in its customer's language, for the composer. */
  messageDraft(
    caseId: string,
    template: TemplateKind,
    resolution?: Partial<ResolutionParts>,
  ): Promise<CaseMessageDraft> {
    const query = new URLSearchParams({ template });
    for (const [name, value] of Object.entries(resolution ?? {})) if (value) query.set(name, value);
    return http.get<CaseMessageDraft>(`/api/v1/cases/${id(caseId)}/message-draft?${query}`);
  },
  async addNote(caseId: string, body: string): Promise<CaseEvent> {
    return (await http.post<{ event: CaseEvent }>(`/api/v1/cases/${id(caseId)}/notes`, { body })).event;
  },
  handOff(caseId: string, toUserId: string, reason: string): Promise<CaseDetail> {
    return http.post<CaseDetail>(`/api/v1/cases/${id(caseId)}/handoff`, { toUserId, reason });
  },
  changeStatus(
    caseId: string,
    status: CaseStatus,
    note?: string,
    resolution?: ResolutionParts,
  ): Promise<CaseDetail> {
    return http.post<CaseDetail>(`/api/v1/cases/${id(caseId)}/status`, {
      status,
      ...(note && { note }),
      ...(resolution && { resolution }),
    });
  },
  async caseTasks(caseId: string): Promise<CaseTaskWithComments[]> {
    return (await http.get<{ tasks: CaseTaskWithComments[] }>(`/api/v1/cases/${id(caseId)}/tasks`)).tasks;
  },
  /** Asks a colleague or a team for help on the case; the owner stays the owner. */
  askForHelp(
    caseId: string,
    request: { what: string; assigneeUserId?: string; assigneeTeamId?: string; dueAt?: string },
  ): Promise<CaseTask> {
    return http.postOnce(`/api/v1/cases/${id(caseId)}/tasks`, request, crypto.randomUUID());
  },
  /** Open tasks asked of me or of my teams, soonest due first. */
  async myTasks(): Promise<MyTask[]> {
    return (await http.get<{ tasks: MyTask[] }>('/api/v1/tasks')).tasks;
  },
  commentOnTask(taskId: string, body: string): Promise<CaseTaskComment> {
    return http.postOnce(`/api/v1/tasks/${id(taskId)}/comments`, { body }, crypto.randomUUID());
  },
  /** "I'll take it": a team's task becomes mine. */
  takeTask(taskId: string): Promise<CaseTask> {
    return http.post<CaseTask>(`/api/v1/tasks/${id(taskId)}/take`);
  },
  /** How the task went (the follow-up call, the help asked for); marks it done. */
  recordTaskOutcome(taskId: string, outcome: string): Promise<CaseTask> {
    return http.patch<CaseTask>(`/api/v1/tasks/${id(taskId)}`, { outcome });
  },
  followUpReport(): Promise<FollowUpReconciliation> {
    return http.get<FollowUpReconciliation>('/api/v1/reports/follow-ups');
  },
  followUpSettings(): Promise<FollowUpSettings> {
    return http.get<FollowUpSettings>('/api/v1/settings/follow-up');
  },
  updateFollowUpSettings(settings: FollowUpSettings): Promise<FollowUpSettings> {
    return http.put<FollowUpSettings>('/api/v1/settings/follow-up', settings);
  },
  /** A new status-page link for the case; the old one stops working. */
  issueStatusLink(caseId: string): Promise<CaseDetail> {
    return http.post<CaseDetail>(`/api/v1/cases/${id(caseId)}/status-link`);
  },
  /** A customer's mail whole (text, sanitised HTML, attachments), from a `message_in` event. */
  async inboundEmail(emailId: string): Promise<InboundEmailDetail> {
    return (await http.get<{ email: InboundEmailDetail }>(`/api/v1/inbound-emails/${id(emailId)}`)).email;
  },
  /** Received mail, newest first, of one status (supervisors). */
  async inboundEmails(status: InboundEmailStatus | undefined): Promise<InboundEmail[]> {
    const query = new URLSearchParams({ limit: '100', ...(status && { status }) });
    return (await http.get<{ emails: InboundEmail[] }>(`/api/v1/inbound-emails?${query}`)).emails;
  },
  /** Runs a flagged mail through reading and threading again (supervisors). */
  async processInboundEmail(emailId: string): Promise<InboundEmail> {
    return (await http.post<{ email: InboundEmail }>(`/api/v1/inbound-emails/${id(emailId)}/process`)).email;
  },
  /** Where an attachment downloads from (a plain link: the session cookie goes with it). */
  inboundAttachmentUrl(emailId: string, attachmentId: string): string {
    return `/api/v1/inbound-emails/${id(emailId)}/attachments/${id(attachmentId)}`;
  },
  async searchCustomers(q: string): Promise<Customer[]> {
    const query = new URLSearchParams({ q, limit: '8' });
    return (await http.get<{ customers: Customer[] }>(`/api/v1/customers?${query}`)).customers;
  },
  /** The latest answers, newest first; `before` (an answer id) pages back. */
  feedback(before?: number): Promise<FeedbackPage> {
    const query = new URLSearchParams({ limit: '50' });
    if (before !== undefined) query.set('before', String(before));
    return http.get<FeedbackPage>(`/api/v1/feedback?${query}`);
  },
  /** `period` (day or week) splits a `groupBy: 'period'` report; the server's default is day. */
  happiness(groupBy: HappinessGrouping, from: Date, period?: 'day' | 'week'): Promise<HappinessReport> {
    const query = new URLSearchParams({ groupBy, from: from.toISOString(), ...(period && { period }) });
    return http.get<HappinessReport>(`/api/v1/feedback/happiness?${query}`);
  },
  async feedbackRules(): Promise<FeedbackRules> {
    return (await http.get<{ rules: FeedbackRules }>('/api/v1/settings/feedback-rules')).rules;
  },
  async saveFeedbackRules(rules: FeedbackRules): Promise<FeedbackRules> {
    return (await http.put<{ rules: FeedbackRules }>('/api/v1/settings/feedback-rules', rules)).rules;
  },
  /** The business name, logo and accent colour customers see. */
  brand(): Promise<Brand> {
    return http.get<Brand>('/api/v1/settings/brand');
  },
  saveBrand(brand: Brand): Promise<Brand> {
    return http.put<Brand>('/api/v1/settings/brand', brand);
  },
  async surveys(): Promise<Survey[]> {
    return (await http.get<{ surveys: Survey[] }>('/api/v1/surveys')).surveys;
  },
  async createSurvey(input: NewSurvey): Promise<Survey> {
    return (await http.post<{ survey: Survey }>('/api/v1/surveys', input)).survey;
  },
  async updateSurvey(surveyId: string, changes: SurveyChanges): Promise<Survey> {
    return (await http.patch<{ survey: Survey }>(`/api/v1/surveys/${id(surveyId)}`, changes)).survey;
  },
  /** A new rating request for a customer and touchpoint, as a snippet to paste into an email. */
  createRatingSnippet(input: {
    surveyId: string;
    touchpointRef: string;
    who: { customerId: string } | { customer: { name: string; emails: string[] } };
  }): Promise<{ html: string; text: string }> {
    const { who, ...rest } = input;
    return http.post<{ html: string; text: string }>('/api/v1/rating-requests/snippet', { ...rest, ...who });
  },
  /** The survey's email to the signed-in person, through the outbox; its links record nothing. */
  async sendSurveyTest(surveyId: string): Promise<OutboundEmail> {
    return (await http.post<{ email: OutboundEmail }>(`/api/v1/surveys/${id(surveyId)}/test-email`)).email;
  },
  async blasts(): Promise<Blast[]> {
    return (await http.get<{ blasts: Blast[] }>('/api/v1/blasts')).blasts;
  },
  /** What sending the survey to a CSV would do, and the first email; sends nothing. */
  previewBlastCsv(input: { surveyId: string; csv: string }): Promise<BlastPreview> {
    const query = new URLSearchParams({ surveyId: input.surveyId });
    return http.postText<BlastPreview>(
      `/api/v1/blasts/csv/preview?${query}`,
      input.csv,
      'text/csv; charset=utf-8',
    );
  },
  /** Sends the survey to the customers of a CSV; bad lines come back with their number and reason. */
  startBlastCsv(input: { surveyId: string; name?: string | undefined; csv: string }): Promise<BlastStarted> {
    const query = new URLSearchParams({ surveyId: input.surveyId });
    if (input.name) query.set('name', input.name);
    return http.postText<BlastStarted>(`/api/v1/blasts/csv?${query}`, input.csv, 'text/csv; charset=utf-8');
  },
  async outbox(filter: {
    status?: OutboundEmailStatus | undefined;
    blastId?: string | undefined;
  }): Promise<OutboundEmail[]> {
    const query = new URLSearchParams({ limit: '100' });
    if (filter.status) query.set('status', filter.status);
    if (filter.blastId) query.set('blastId', filter.blastId);
    return (await http.get<{ emails: OutboundEmail[] }>(`/api/v1/outbox?${query}`)).emails;
  },
  async outboundEmail(emailId: string): Promise<OutboundEmailDetail> {
    return (await http.get<{ email: OutboundEmailDetail }>(`/api/v1/outbox/${id(emailId)}`)).email;
  },
};
