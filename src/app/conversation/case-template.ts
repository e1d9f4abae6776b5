import { amendsPhrase } from '../../core/amends/amends-words.ts';
import type { Case } from '../../core/case/case.ts';
import { statusPageUrl } from '../../core/case/case-links.ts';
import type { ResolutionParts } from '../../core/case/case-resolution.ts';
import { isCaseActive } from '../../core/case/case-status.ts';
import type { Customer } from '../../core/customer/customer.ts';
import {
  fillTemplate,
  languageCandidates,
  languageCode,
  pickTemplate,
  type TemplateInForce,
  type TemplateKind,
  type TemplateValues,
} from '../../core/message-template/message-template.ts';
import { templateValuesFor } from '../../core/message-template/template-values.ts';
import { customerTimeZone, dueTimeText } from '../../core/time/customer-time.ts';
import { addTimeBudget } from '../../core/time/time-budget.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { findCasePolicy } from '../../store/case-policy.store.ts';
import { findLatestResolution } from '../../store/case-resolution.store.ts';
import type { Executor } from '../../store/db.ts';
import { listSavedTemplatesOf } from '../../store/message-template.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { listCaseAmends } from '../amends/list-case-amends.ts';
import type { AppContext } from '../context.ts';
import { brandForCustomers } from '../settings/brand.ts';

/** A template filled for one case: what the composer shows and what a message starts from. */
export type FilledTemplate = {
  template: TemplateInForce;
  /** The template's subject, filled (the mail adds the case number and "Re:"). */
  subject: string;
  /** The template's text, filled: the message as the owner would send it unedited. */
  text: string;
};

/**
 * The values of a case's templates: its customer, number, title, owner, status page, business, its
 * resolution, the amends issued on it, and when the customer hears from us next if the message goes now (a cadence from now,
 * in their zone).
 */
export async function caseTemplateValues(
  ctx: AppContext,
  db: Executor,
  found: Case,
  customer: Customer,
  /** The resolution to tell; without it, the case's latest one once it is resolved. */
  resolution?: ResolutionParts | undefined,
): Promise<TemplateValues> {
  const [owner, brand, hours, policy, latest, amends] = await Promise.all([
    findUserById(db, found.ownerId),
    brandForCustomers(ctx),
    findBusinessHours(db, found.teamId),
    findCasePolicy(db, found.severity),
    resolution || (found.status !== 'resolved' && found.status !== 'closed')
      ? undefined
      : findLatestResolution(db, found.id),
    listCaseAmends({ db }, found.id),
  ]);
  // A message to the customer restarts the update clock (and the first one starts it): written now,
  // the next update is due a cadence from now. A done case has no clock.
  const nextUpdate = isCaseActive(found.status)
    ? addTimeBudget(ctx.now(), policy.updateEvery, hours)
    : undefined;
  return templateValuesFor({
    customerName: customer.name,
    caseNumber: found.number,
    caseTitle: found.title,
    ownerName: owner?.name ?? '',
    statusPageUrl: statusPageUrl(ctx.publicUrl, ctx.linkSecret, found.statusKey),
    businessName: brand.businessName,
    resolution: resolution ?? latest,
    amends: amends.map(amendsPhrase),
    nextUpdateBy: nextUpdate
      ? dueTimeText(nextUpdate, customerTimeZone(customer.attributes, hours.timeZone).zone)
      : undefined,
  });
}

/** The kind's template in the customer's language (their `language` attribute; English otherwise), filled. */
export async function fillCaseTemplate(
  db: Executor,
  kind: TemplateKind,
  customer: Customer,
  values: TemplateValues,
): Promise<FilledTemplate> {
  const language = languageCode(customer.attributes.language);
  const saved = await listSavedTemplatesOf(db, kind, languageCandidates(language));
  const template = pickTemplate(kind, language, saved);
  return {
    template,
    subject: fillTemplate(template.subject, values),
    text: fillTemplate(template.body, values),
  };
}
