import { http, refreshCsrfToken } from './client.ts';
import type {
  Blast,
  BlastStarted,
  Brand,
  CaseDetail,
  CaseEvent,
  CaseListItem,
  CaseStatus,
  Channel,
  Customer,
  FeedbackPage,
  FeedbackRules,
  HappinessGrouping,
  HappinessReport,
  OutboundEmail,
  OutboundEmailDetail,
  OutboundEmailStatus,
  Severity,
  Survey,
  User,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export type CaseFilter = { ownerId?: string | undefined; statuses?: readonly CaseStatus[] | undefined };

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
  async users(): Promise<User[]> {
    return (await http.get<{ users: User[] }>('/api/v1/users')).users;
  },
  async setAvailable(userId: string, available: boolean): Promise<User> {
    return (await http.patch<{ user: User }>(`/api/v1/users/${id(userId)}`, { available })).user;
  },
  async cases(filter: CaseFilter = {}): Promise<CaseListItem[]> {
    const query = new URLSearchParams();
    if (filter.ownerId) query.set('ownerId', filter.ownerId);
    if (filter.statuses) query.set('status', filter.statuses.join(','));
    const search = query.size > 0 ? `?${query}` : '';
    return (await http.get<{ cases: CaseListItem[] }>(`/api/v1/cases${search}`)).cases;
  },
  /** My active cases that I have not opened since they became mine: the "New case for you" alerts. */
  async unseenCases(): Promise<CaseListItem[]> {
    return (await http.get<{ cases: CaseListItem[] }>('/api/v1/cases/unseen')).cases;
  },
  /** I have seen this case (opened it, or dismissed its alert); changes nothing unless it is mine. */
  markCaseSeen(caseId: string): Promise<void> {
    return http.post<void>(`/api/v1/cases/${id(caseId)}/seen`);
  },
  case(caseId: string): Promise<CaseDetail> {
    return http.get<CaseDetail>(`/api/v1/cases/${id(caseId)}`);
  },
  async events(caseId: string): Promise<CaseEvent[]> {
    return (await http.get<{ events: CaseEvent[] }>(`/api/v1/cases/${id(caseId)}/events`)).events;
  },
  openCase(input: NewCase): Promise<CaseDetail> {
    return http.post<CaseDetail>('/api/v1/cases', input);
  },
  async addNote(caseId: string, body: string): Promise<CaseEvent> {
    return (await http.post<{ event: CaseEvent }>(`/api/v1/cases/${id(caseId)}/notes`, { body })).event;
  },
  handOff(caseId: string, toUserId: string, reason: string): Promise<CaseDetail> {
    return http.post<CaseDetail>(`/api/v1/cases/${id(caseId)}/handoff`, { toUserId, reason });
  },
  changeStatus(caseId: string, status: CaseStatus, note?: string): Promise<CaseDetail> {
    return http.post<CaseDetail>(`/api/v1/cases/${id(caseId)}/status`, note ? { status, note } : { status });
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
  async blasts(): Promise<Blast[]> {
    return (await http.get<{ blasts: Blast[] }>('/api/v1/blasts')).blasts;
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
