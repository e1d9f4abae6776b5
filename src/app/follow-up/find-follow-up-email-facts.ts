import { amendsPhrase } from '../../core/amends/amends-words.ts';
import { replyAddressFor, statusPageUrl } from '../../core/case/case-links.ts';
import type { FollowUpFacts } from '../../core/follow-up/follow-up-message.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { firstNameOf } from '../../core/message-template/template-values.ts';
import { findCaseById } from '../../store/case.store.ts';
import { listCaseNeedAnswers } from '../../store/case-need-answer.store.ts';
import { findResolutionById } from '../../store/case-resolution.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { findFollowUpByEmailId } from '../../store/follow-up.store.ts';
import { findRatingRequestById } from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { listCaseAmends } from '../amends/list-case-amends.ts';
import type { AppContext } from '../context.ts';
import { type RatingLinkChoice, ratingLinksOf } from '../rating-requests/rating-links.ts';
import { brandForCustomers } from '../settings/brand.ts';

/** What the follow-up email says, read right before it is sent. */
export type FollowUpEmailFacts = {
  toAddress: string;
  customerName: string;
  message: FollowUpFacts;
  statusPageUrl: string;
  replyTo: string;
  /** The recovery rating: its question and one signed link per answer; undefined when no survey was active. */
  rating: { question: string; links: RatingLinkChoice[] } | undefined;
};

/** The facts of a follow-up email, or undefined when its follow-up, case or resolution is gone. */
export async function findFollowUpEmailFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'id' | 'toAddress'>,
): Promise<FollowUpEmailFacts | undefined> {
  const followUp = await findFollowUpByEmailId(ctx.db, email.id);
  if (!followUp) return undefined;
  const [found, resolution] = await Promise.all([
    findCaseById(ctx.db, followUp.caseId),
    findResolutionById(ctx.db, followUp.resolutionId),
  ]);
  if (!found || !resolution) return undefined;
  const [customer, owner, brand, request] = await Promise.all([
    findCustomerById(ctx.db, found.customerId),
    findUserById(ctx.db, found.ownerId),
    brandForCustomers(ctx),
    followUp.ratingRequestId ? findRatingRequestById(ctx.db, followUp.ratingRequestId) : undefined,
  ]);
  const survey = request ? await findSurveyById(ctx.db, request.surveyId) : undefined;
  return {
    toAddress: email.toAddress,
    customerName: customer?.name ?? '',
    message: {
      customerFirstName: firstNameOf(customer?.name ?? ''),
      ownerFirstName: firstNameOf(owner?.name ?? ''),
      businessName: brand.businessName,
      caseNumber: found.number,
      caseTitle: found.title,
      resolution,
      amends: (await listCaseAmends(ctx, found.id)).map(amendsPhrase),
      needs: await listCaseNeedAnswers(ctx.db, found.id),
    },
    statusPageUrl: statusPageUrl(ctx.publicUrl, ctx.linkSecret, found.statusKey),
    replyTo: replyAddressFor(ctx.linkSecret, ctx.replyMailbox, found.replyKey),
    rating:
      request && survey
        ? { question: survey.question, links: ratingLinksOf(ctx, survey, request) }
        : undefined,
  };
}
