import type { LineError } from '../../core/blast/recipient-rows.ts';
import { checkRecipientRows } from '../../core/blast/recipient-rows.ts';
import { parseRecipientsCsv } from '../../core/blast/recipients-csv.ts';
import type { Brand } from '../../core/brand/brand.ts';
import { decideSend, suppressionKey } from '../../core/mail/suppression.ts';
import type { Actor } from '../../core/team/user.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { getActiveSurvey } from '../rating-requests/create-rating-request.ts';
import { ratingLinkUrl } from '../rating-requests/rating-links.ts';
import { brandForCustomers } from '../settings/brand.ts';
import { type SurveyEmailFacts, unsubscribeUrl } from './find-survey-email-facts.ts';
import { nothingToSend, type StartBlastInput } from './start-blast.ts';

/** A key no rating request has: the preview's links open the "link not valid" page, never a rating. */
const PREVIEW_KEY = 'preview';

/** What a blast would do, before it does it. */
export type BlastPreview = {
  surveyId: string;
  /** Rows that would get an email. */
  wouldSend: number;
  /** Rows whose address unsubscribed or bounced: they would get nothing. */
  skippedSuppressed: number;
  /** Rows refused, each with its line and reason. */
  errors: LineError[];
  /** What the first recipient would read (its links do nothing). */
  firstEmail: SurveyEmailFacts;
  /** The business's name and colours as the email shows them. */
  brand: Brand;
};

/**
 * A dry run of `startBlast`: the same row rules and suppression list, and the first email as it
 * would read, so a person confirms the count and the words before anything is sent. Writes nothing.
 * A row the real send may still refuse: an address that belongs to a customer with another external id.
 */
export async function previewBlast(
  ctx: AppContext,
  actor: Actor | undefined,
  input: StartBlastInput,
): Promise<BlastPreview> {
  if (actor) assertRole(actor, 'supervisor');
  const checked = checkRecipientRows(input.recipients);
  const errors = [...(input.unreadable ?? []), ...checked.errors].sort((a, b) => a.line - b.line);
  if (checked.recipients.length === 0) throw nothingToSend(errors);
  const survey = await getActiveSurvey(ctx.db, input.surveyId);
  const suppressions = await findSuppressions(
    ctx.db,
    checked.recipients.map((recipient) => suppressionKey(recipient.email)),
  );
  const mailable = checked.recipients.filter(
    (recipient) => decideSend(suppressions.get(suppressionKey(recipient.email)), 'survey').send,
  );
  const first = mailable[0] ?? checked.recipients[0]!;
  return {
    surveyId: survey.id,
    wouldSend: mailable.length,
    skippedSuppressed: checked.recipients.length - mailable.length,
    errors,
    firstEmail: {
      toAddress: first.email,
      customerName: first.name ?? '',
      question: survey.question,
      links: survey.scale.map((point) => ({ ...point, url: ratingLinkUrl(ctx, PREVIEW_KEY, point.score) })),
      unsubscribeUrl: unsubscribeUrl(ctx, PREVIEW_KEY),
    },
    brand: await brandForCustomers(ctx),
  };
}

/** The dry run of a CSV upload: unreadable lines are reported with the rows the rules refuse. */
export async function previewBlastFromCsv(
  ctx: AppContext,
  actor: Actor | undefined,
  input: Omit<StartBlastInput, 'recipients' | 'unreadable'> & { csv: string },
): Promise<BlastPreview> {
  if (actor) assertRole(actor, 'supervisor');
  const { csv, ...fields } = input;
  const { rows, errors } = parseRecipientsCsv(csv);
  return previewBlast(ctx, actor, { ...fields, recipients: rows, unreadable: errors });
}
