import type { ResolutionParts } from '../../core/case/case-resolution.ts';
import type { TemplateKind } from '../../core/message-template/message-template.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCaseByIdOrNumber } from '../../store/case.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';
import { caseTemplateValues, type FilledTemplate, fillCaseTemplate } from './case-template.ts';

/**
 * A template filled for this case and its customer's language, for the composer to show and the owner
 * to edit before sending. Writes nothing.
 */
export async function draftCaseMessage(
  ctx: AppContext,
  caseRef: string,
  kind: TemplateKind,
  /** The resolution the owner is about to record (the resolve dialog drafts before it resolves). */
  resolution?: Partial<ResolutionParts> | undefined,
): Promise<FilledTemplate> {
  const found = await findCaseByIdOrNumber(ctx.db, caseRef);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id or number.');
  const customer = await findCustomerById(ctx.db, found.customerId);
  if (!customer) throw new Error(`case ${found.id} points at a missing customer`);
  // Parts not written yet keep their placeholders, so the draft shows what is still to say.
  const parts = resolution && {
    whatWentWrong: resolution.whatWentWrong?.trim() || '[what went wrong]',
    howFixed: resolution.howFixed?.trim() || '[how it was fixed]',
    whyNotAgain: resolution.whyNotAgain?.trim() || '[what we changed]',
  };
  return fillCaseTemplate(
    ctx.db,
    kind,
    customer,
    await caseTemplateValues(ctx, ctx.db, found, customer, parts),
  );
}
