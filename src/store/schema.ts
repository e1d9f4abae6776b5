/** The database as Kysely sees it: one interface per table, snake_case like the SQL. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export interface TeamTable {
  id: Generated<string>;
  name: string;
  created_at: Generated<Date>;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: 'agent' | 'supervisor' | 'admin';
  password_hash: string | null;
  active: Generated<boolean>;
  available: Generated<boolean>;
  last_assigned_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface TeamMemberTable {
  team_id: string;
  user_id: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface CustomerTable {
  id: Generated<string>;
  external_id: string | null;
  name: string;
  emails: string[];
  phones: string[];
  social_handles: string[];
  attributes: Json;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface CaseTable {
  id: Generated<string>;
  number: ColumnType<number, never, never>;
  customer_id: string;
  team_id: string | null;
  title: string;
  story: string;
  severity: 'critical' | 'high' | 'normal' | 'low';
  channel: string;
  status: 'open' | 'acknowledged' | 'resolved' | 'closed';
  owner_id: string;
  handoff_count: Generated<number>;
  reopen_count: Generated<number>;
  created_by: string | null;
  touchpoint_type: string | null;
  touchpoint_ref: string | null;
  opened_at: Timestamp;
  waiting_since: Timestamp;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  updated_at: Timestamp;
  /** The story is still the placeholder of a bare rating: the customer's first words replace it. */
  story_awaits_customer: Generated<boolean>;
  /** When the owner opened the case (or dismissed its alert); null: a new case they have not seen. */
  owner_seen_at: Date | null;
  /** 128 random bits (hex) naming the case's status page; replaced when its link is revoked. */
  status_key: Generated<string>;
  /** 128 random bits (hex) in the case's reply address; never replaced, so old mail still threads. */
  reply_key: Generated<string>;
  /** Since when a customer's message waits for an answer; null: none waits. */
  unanswered_since: Date | null;
  /** When the customer last heard from us (the latest customer-visible message). */
  last_message_out_at: Date | null;
  /** When the case was last reopened; its acknowledge and resolve clocks start again from here. */
  reopened_at: Date | null;
  /** The case's clocks as computed by core/case/case-clocks.ts; null where a clock does not run. */
  acknowledge_due_at: Date | null;
  update_due_at: Date | null;
  resolve_due_at: Date | null;
  /** The earliest of the three: the inbox orders by the clock that breaks first. */
  next_due_at: Date | null;
  /** The case a customer's late reply to opened this one after (their reply came too long after it was resolved). */
  follows_case_id: Generated<string | null>;
  /** When the update clock last ran out with no word from a person since: the owner's nudge is up. */
  update_nudged_at: Date | null;
  /** What went wrong on our side, as the owner recorded it; null: no fault recorded (the coach asks). */
  fault_recorded: string | null;
  fault_recorded_at: Date | null;
  fault_recorded_by: string | null;
  /** What kind of problem it is (issue_types): sets the knock-on needs to ask about; null: not said. */
  issue_type_id: Generated<string | null>;
}

export interface CasePolicyTable {
  severity: 'critical' | 'high' | 'normal' | 'low';
  acknowledge_minutes: number;
  acknowledge_business: boolean;
  update_minutes: number;
  update_business: boolean;
  resolve_minutes: number;
  resolve_business: boolean;
  holding_message: Generated<boolean>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface BusinessHoursTable {
  id: Generated<string>;
  /** null: the organisation's hours, for cases without a team and teams without their own. */
  team_id: string | null;
  time_zone: string;
  /** core/time/business-hours.ts#WeeklyHours as JSON. */
  weekly: ColumnType<Record<string, unknown>, string, string>;
  holiday_country: string | null;
  holiday_region: string | null;
  /** ISO dates (yyyy-mm-dd). */
  days_off: ColumnType<string[], string[] | undefined, string[]>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface CaseTimerTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  subject_id: string | null;
  due_at: Date;
  fired_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A worker pool alive (migrations/2026-12-09T1100-worker-heartbeats.ts); `worker_id` is its `locked_by`. */
export interface WorkerHeartbeatTable {
  worker_id: string;
  host: string;
  pid: number;
  started_at: Generated<Date>;
  seen_at: Generated<Date>;
}

/** One resolution of a case: the three parts the owner wrote, and when its follow-up is owed. */
export interface CaseResolutionTable {
  id: Generated<string>;
  case_id: string;
  /** 1 for the first resolution, 2 after a reopening, … */
  number: number;
  what_went_wrong: string;
  how_fixed: string;
  why_not_again: string;
  resolved_by: string | null;
  resolved_at: Date;
  follow_up_due_at: Date;
  follow_up_cancelled_at: Date | null;
}

/** Something a person is to do on a case (the follow-up call; issue 12 adds more kinds). */
export interface CaseTaskTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  assignee_user_id: string | null;
  what: string;
  script: string | null;
  due_at: Date | null;
  status: Generated<string>;
  outcome: string | null;
  completed_at: Date | null;
  completed_by: string | null;
  created_at: Generated<Date>;
  /** A help task for a team (anyone in it may take it); null: a person's, or nobody's yet. */
  assignee_team_id: string | null;
  /** Who asked; null for tasks Amends made itself (the follow-up call). */
  created_by: string | null;
  /** A referral task's partner (a knock-on need's) and how to reach them. */
  partner_name: string | null;
  partner_contact: string | null;
  updated_at: Generated<Date>;
}

/** A comment on a task, by whoever works on it (migrations/2026-12-11T0900-help-tasks.ts). */
export interface CaseTaskCommentTable {
  id: Generated<string>;
  task_id: string;
  author_id: string;
  body: string;
  created_at: Generated<Date>;
}

/** The follow-up of one resolution: at most one, ever (resolution_id is unique). */
export interface FollowUpTable {
  id: Generated<string>;
  case_id: string;
  resolution_id: string;
  email_id: string | null;
  rating_request_id: string | null;
  task_id: string | null;
  created_at: Generated<Date>;
}

export interface PromiseTable {
  id: Generated<string>;
  case_id: string;
  what: string;
  due_at: Date;
  confidence: 'certain' | 'estimate';
  customer_visible: boolean;
  state: Generated<'open' | 'kept' | 'broken' | 'renegotiated'>;
  made_at: Date;
  made_by: string | null;
  settled_at: Date | null;
  settled_by: string | null;
  replaces_id: string | null;
}

export interface CaseEventTable {
  id: ColumnType<number, never, never>;
  case_id: string;
  kind: string;
  actor_user_id: string | null;
  body: string | null;
  data: Json;
  at: Timestamp;
}

export interface AuditLogTable {
  id: ColumnType<number, never, never>;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Json;
  at: Timestamp;
}

export interface AppSecretTable {
  name: string;
  value: string;
  created_at: Generated<Date>;
}

export interface SurveyTable {
  id: Generated<string>;
  name: string;
  kind: 'thermometer' | 'csat' | 'nps';
  touchpoint_type: string;
  question: string;
  scale: ColumnType<{ score: number; label: string; colour: string; icon: string }[], string, string>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface RatingRequestTable {
  id: Generated<string>;
  key: string;
  survey_id: string;
  customer_id: string;
  touchpoint_type: string;
  touchpoint_ref: string;
  team_id: string | null;
  negative_at_most: number;
  created_at: Timestamp;
  expires_at: Date;
  first_answered_at: Date | null;
  last_answered_at: Date | null;
  last_score: number | null;
  case_id: string | null;
  reported_answer_id: Generated<number>;
  reported_comment_id: Generated<number>;
}

export interface RatingAnswerTable {
  id: ColumnType<number, never, never>;
  request_id: string;
  score: number;
  source: 'page' | 'button';
  at: Timestamp;
  /** When the recovery check set it aside as part of a scanner's run of clicks; null for answers that count. */
  set_aside_at: ColumnType<Date | null, never, Date | null>;
  /** The request's survey, touchpoint type and team (fixed when it is made), so happiness is counted from answers alone. */
  survey_id: string;
  touchpoint_type: string;
  team_id: string | null;
}

export interface RatingCommentTable {
  id: ColumnType<number, never, never>;
  request_id: string;
  /** The answer the comment was written after. */
  answer_id: number | null;
  body: string;
  at: Timestamp;
}

export interface SettingTable {
  name: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface BlastTable {
  id: Generated<string>;
  survey_id: string;
  name: string;
  touchpoint_type: string;
  created_by: string | null;
  created_at: Timestamp;
  recipients: number;
  queued: Generated<number>;
  skipped_suppressed: Generated<number>;
  skipped_invalid: Generated<number>;
  /** `preparing` while its job turns blast_rows into queued mail; then `prepared`. */
  state: ColumnType<'preparing' | 'prepared', 'preparing' | 'prepared' | undefined, 'preparing' | 'prepared'>;
  /** What makes two uploads the same list (core/blast/blast-list.ts#listHash). */
  list_hash: string | null;
  /** Rows refused, with their line: at the upload and while preparing. */
  line_errors: ColumnType<{ line: number; reason: string }[], string | undefined, string>;
  /** When its last batch was prepared. */
  progressed_at: Date | null;
}

/** A row of a blast's list, kept until its batch is prepared. */
export interface BlastRowTable {
  blast_id: string;
  line: number;
  email: string;
  name: string | null;
  external_id: string | null;
  touchpoint_ref: string | null;
}

export type OutboundEmailStatus = 'queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed';

export interface OutboundEmailTable {
  id: Generated<string>;
  intent_key: string;
  kind:
    | 'follow-up'
    | 'survey'
    | 'survey-test'
    | 'case-alert'
    | 'password-reset'
    | 'case-message'
    | 'promise-broken'
    | 'update-nudge'
    | 'amends-approval'
    | 'task-asked'
    | 'task-overdue';
  to_address: string;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  headers: ColumnType<Record<string, string>, string | undefined, string>;
  status: ColumnType<OutboundEmailStatus, OutboundEmailStatus | undefined, OutboundEmailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  message_id: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
  blast_id: string | null;
  rating_request_id: string | null;
  case_id: string | null;
  /** The `message_out` event of a message written from a case. */
  case_event_id: number | null;
  /** The reset whose link a `password-reset` mail carries. */
  password_reset_id: string | null;
  /** The promise a promise-broken mail is about. */
  promise_id: Generated<string | null>;
  /** The help task a task-asked or task-overdue mail is about. */
  task_id: Generated<string | null>;
  /** When the current (or last) attempt claimed it. */
  claimed_at: Date | null;
  /** When its content was kept for its hand-off: from then on only that mail is sent. */
  composed_at: Date | null;
  from_name: string | null;
  from_address: string | null;
  to_name: string | null;
}

export interface EmailSuppressionTable {
  email: string;
  reason: 'unsubscribed' | 'bounced';
  detail: string | null;
  at: Timestamp;
}

/** A request whose negative feedback awaits its recovery check, until the relay queues the job. */
export interface RecoveryCheckDueTable {
  request_id: string;
}

export interface IdempotencyKeyTable {
  /** Whose key: the calling user's id, so two clients cannot collide or read each other's answers. */
  scope: string;
  key: string;
  request_hash: string;
  /** Null while the first request is running. */
  answer_status: number | null;
  /** The answer exactly as it was sent (serialized JSON). */
  answer_body: string | null;
  created_at: Date;
}

/** A link for a person to choose a new password: hashed secret, single use, expiring. */
export interface PasswordResetTable {
  id: Generated<string>;
  user_id: string;
  /** Null while a mailed link waits for its mail: the send job makes the secret (never kept in clear). */
  token_hash: string | null;
  /** The admin who made it; null when it was asked for on the sign-in page. */
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

/** An admin's version of a message template for one kind and language (the defaults live in core). */
export interface MessageTemplateTable {
  kind: 'acknowledgement' | 'update' | 'resolution' | 'free' | 'holding';
  /** `en`, `fr`, `pt-br`: core/message-template#languageCode. */
  language: string;
  subject: string;
  body: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export type InboundEmailStatus = 'received' | 'threaded' | 'ignored' | 'flagged';

/** One message as it reached us (SMTP or IMAP), kept raw; parsing fills the rest. */
export interface InboundEmailTable {
  id: Generated<string>;
  received_at: Date;
  source: 'smtp' | 'imap';
  /** The exact bytes received. */
  raw: Buffer;
  /** sha256(raw), generated: finds the same bytes delivered twice. */
  raw_sha256: ColumnType<Buffer, never, never>;
  size: number;
  /** MAIL FROM; '' for the null reverse path `<>` of bounces; null when not known (IMAP). */
  envelope_from: string | null;
  envelope_to: string[];
  remote_address: string | null;
  helo: string | null;
  status: ColumnType<InboundEmailStatus, InboundEmailStatus | undefined, InboundEmailStatus>;
  /** Why it was ignored or flagged. */
  problem: string | null;
  message_id: string | null;
  in_reply_to: string | null;
  message_references: ColumnType<string[], string[] | undefined, string[]>;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  text_body: string | null;
  /** The HTML part, sanitised. */
  html_body: string | null;
  auth: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  case_id: string | null;
  case_event_id: number | null;
  imap_mailbox: string | null;
  imap_uidvalidity: number | null;
  imap_uid: number | null;
  attempts: Generated<number>;
  processed_at: Date | null;
}

export interface InboundEmailAttachmentTable {
  id: Generated<string>;
  inbound_email_id: string;
  position: number;
  filename: string;
  /** As the sender declared it: shown, never used to serve the file. */
  content_type: string;
  size: number;
  /** Null when the file was not kept (`omitted` says why). */
  content: Buffer | null;
  omitted: string | null;
}

/** Minor units: bigint in PostgreSQL, read as a string by pg and turned into a safe integer by the store. */
type MinorUnits = ColumnType<string, number, number>;

export interface AmendGestureTypeTable {
  id: Generated<string>;
  kind: string;
  name: string;
  carries_money: boolean;
  uses_code_pool: Generated<boolean>;
  default_amount_minor: MinorUnits | null;
  default_currency: string | null;
  active: Generated<boolean>;
  position: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AmendLimitTable {
  id: Generated<string>;
  role: 'agent' | 'supervisor' | 'admin';
  gesture_type_id: string;
  currency: string | null;
  per_gesture_minor: MinorUnits | null;
  per_case_minor: MinorUnits | null;
  per_agent_month_minor: MinorUnits | null;
  updated_at: Generated<Date>;
}

export interface AmendTeamBudgetTable {
  team_id: string;
  currency: string;
  monthly_minor: MinorUnits;
  updated_at: Generated<Date>;
}

export interface AmendGestureTable {
  id: Generated<string>;
  case_id: string;
  gesture_type_id: string;
  kind: string;
  label: string;
  amount_minor: MinorUnits | null;
  currency: string | null;
  state: 'requested' | 'pending_approval' | 'approved' | 'declined' | 'issuing' | 'issued' | 'failed';
  team_id: string | null;
  requested_by: string;
  decided_by: string | null;
  reason: string | null;
  decision_reason: string | null;
  reference: string | null;
  code: string | null;
  idempotency_key: string;
  last_error: string | null;
  requested_at: Date;
  decided_at: Date | null;
  issued_at: Date | null;
  updated_at: Generated<Date>;
}

export interface AmendCodeTable {
  id: ColumnType<string, never, never>;
  gesture_type_id: string;
  code: string;
  gesture_id: string | null;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
  claimed_at: Date | null;
}

export interface AmendWebhookDeliveryTable {
  id: ColumnType<string, never, never>;
  gesture_id: string;
  attempt: number;
  at: Date;
  status_code: number | null;
  error: string | null;
  reference: string | null;
}

/** A kind of problem with its checklist of knock-on needs (migrations/2026-12-11T1100-knock-on-needs.ts). */
export interface IssueTypeTable {
  id: Generated<string>;
  name: string;
  archived_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One need on an issue type's checklist, with the partner who looks after it, if any. */
export interface KnockOnNeedTable {
  id: Generated<string>;
  issue_type_id: string;
  label: string;
  partner_name: string | null;
  partner_contact: string | null;
  position: number;
  archived_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A need's answer on a case, once per case and need; label and partner as they were when asked. */
export interface CaseNeedAnswerTable {
  case_id: string;
  need_id: string;
  answer: 'needed' | 'not_needed';
  label: string;
  partner_name: string | null;
  partner_contact: string | null;
  note: string | null;
  task_id: string | null;
  answered_by: string;
  answered_at: Date;
}

export interface Database {
  message_templates: MessageTemplateTable;
  inbound_emails: InboundEmailTable;
  inbound_email_attachments: InboundEmailAttachmentTable;
  idempotency_keys: IdempotencyKeyTable;
  password_resets: PasswordResetTable;
  blasts: BlastTable;
  blast_rows: BlastRowTable;
  outbound_emails: OutboundEmailTable;
  email_suppressions: EmailSuppressionTable;
  settings: SettingTable;
  app_secrets: AppSecretTable;
  surveys: SurveyTable;
  rating_requests: RatingRequestTable;
  rating_answers: RatingAnswerTable;
  rating_comments: RatingCommentTable;
  recovery_checks_due: RecoveryCheckDueTable;
  teams: TeamTable;
  users: UserTable;
  team_members: TeamMemberTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  customers: CustomerTable;
  cases: CaseTable;
  case_events: CaseEventTable;
  case_policies: CasePolicyTable;
  business_hours: BusinessHoursTable;
  case_timers: CaseTimerTable;
  worker_heartbeats: WorkerHeartbeatTable;
  case_resolutions: CaseResolutionTable;
  case_tasks: CaseTaskTable;
  case_task_comments: CaseTaskCommentTable;
  follow_ups: FollowUpTable;
  promises: PromiseTable;
  audit_log: AuditLogTable;
  amend_gesture_types: AmendGestureTypeTable;
  amend_limits: AmendLimitTable;
  amend_team_budgets: AmendTeamBudgetTable;
  amend_gestures: AmendGestureTable;
  amend_codes: AmendCodeTable;
  amend_webhook_deliveries: AmendWebhookDeliveryTable;
  issue_types: IssueTypeTable;
  knock_on_needs: KnockOnNeedTable;
  case_need_answers: CaseNeedAnswerTable;
}

export type UserRow = Selectable<UserTable>;
export type TeamRow = Selectable<TeamTable>;
export type CustomerRow = Selectable<CustomerTable>;
export type NewCustomerRow = Insertable<CustomerTable>;
export type CaseRow = Selectable<CaseTable>;
export type CaseEventRow = Selectable<CaseEventTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type SurveyRow = Selectable<SurveyTable>;
export type RatingRequestRow = Selectable<RatingRequestTable>;
export type BlastRow = Selectable<BlastTable>;
export type OutboundEmailRow = Selectable<OutboundEmailTable>;
export type MessageTemplateRow = Selectable<MessageTemplateTable>;

export type InboundEmailRow = Selectable<InboundEmailTable>;
export type AmendGestureRow = Selectable<AmendGestureTable>;
export type AmendGestureTypeRow = Selectable<AmendGestureTypeTable>;
export type AmendLimitRow = Selectable<AmendLimitTable>;
