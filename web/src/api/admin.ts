import { http } from './client.ts';
import type {
  ApiToken,
  AuditPage,
  CustomerStory,
  MessageTemplate,
  OutboundEmail,
  Role,
  Team,
  TemplateKind,
  TemplateVariable,
  User,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export type NewPerson = { name: string; email: string; role: Role; teamIds: string[] };
export type PersonChanges = Partial<Pick<User, 'role' | 'active' | 'available' | 'teamIds'>>;
export type AuditFilter = {
  actorUserId?: string | undefined;
  action?: string | undefined;
  /** Dates (2026-12-01) or moments, as the API takes them. */
  from?: string | undefined;
  to?: string | undefined;
  beforeId?: number | undefined;
};

/** The calls of the admin screens (people, teams, tokens, audit) and the customer story. */
export const admin = {
  async teams(): Promise<Team[]> {
    return (await http.get<{ teams: Team[] }>('/api/v1/teams')).teams;
  },
  async createTeam(name: string): Promise<Team> {
    return (await http.post<{ team: Team }>('/api/v1/teams', { name })).team;
  },
  /** Without a password: the person chooses one through a reset link. */
  async addPerson(input: NewPerson): Promise<User> {
    return (await http.post<{ user: User }>('/api/v1/users', input)).user;
  },
  async changePerson(userId: string, changes: PersonChanges): Promise<User> {
    return (await http.patch<{ user: User }>(`/api/v1/users/${id(userId)}`, changes)).user;
  },
  passwordResetLink(userId: string): Promise<{ link: string; expiresAt: string }> {
    return http.post(`/api/v1/users/${id(userId)}/password-reset-link`);
  },
  /** The link goes to the person by mail; nobody else sees it. */
  mailPasswordResetLink(userId: string): Promise<{ email: OutboundEmail; expiresAt: string }> {
    return http.post(`/api/v1/users/${id(userId)}/password-reset-email`);
  },
  /** "Forgot your password?": the same answer whether or not the address has an account. */
  async forgotPassword(email: string): Promise<string> {
    return (await http.post<{ detail: string }>('/api/v1/auth/forgot-password', { email })).detail;
  },
  setPasswordFromLink(token: string, password: string): Promise<void> {
    return http.post('/api/v1/auth/password-reset', { token, password });
  },
  async apiTokens(): Promise<ApiToken[]> {
    return (await http.get<{ apiTokens: ApiToken[] }>('/api/v1/api-tokens')).apiTokens;
  },
  createApiToken(name: string): Promise<{ apiToken: ApiToken; secret: string }> {
    return http.post('/api/v1/api-tokens', { name });
  },
  revokeApiToken(tokenId: string): Promise<void> {
    return http.delete(`/api/v1/api-tokens/${id(tokenId)}`);
  },
  audit(filter: AuditFilter): Promise<AuditPage> {
    const query = new URLSearchParams({ limit: '50' });
    for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
    return http.get<AuditPage>(`/api/v1/audit?${query}`);
  },
  async findCustomers(q: string): Promise<CustomerStory['customer'][]> {
    const query = new URLSearchParams({ q, limit: '50' });
    return (await http.get<{ customers: CustomerStory['customer'][] }>(`/api/v1/customers?${query}`))
      .customers;
  },
  /** Every template in force (English and each language written for), and the variables they may use. */
  messageTemplates(): Promise<{ templates: MessageTemplate[]; variables: TemplateVariable[] }> {
    return http.get('/api/v1/message-templates');
  },
  saveMessageTemplate(
    kind: TemplateKind,
    language: string,
    template: { subject: string; body: string },
  ): Promise<MessageTemplate> {
    return http.put(`/api/v1/message-templates/${id(kind)}/${id(language)}`, template);
  },
  /** Back to the default (English) or to the English one (another language); answers what is in force now. */
  resetMessageTemplate(kind: TemplateKind, language: string): Promise<MessageTemplate> {
    return http.delete(`/api/v1/message-templates/${id(kind)}/${id(language)}`);
  },
  customerStory(customerId: string): Promise<CustomerStory> {
    return http.get<CustomerStory>(`/api/v1/customers/${id(customerId)}/story`);
  },
};
